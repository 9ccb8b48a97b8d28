# -*- coding: utf-8 -*-
import random, json, os, re, html, base64
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
from email import charset as cs
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
import mails_students as MS, mails_other as MO

OUT = "/work/blind/train-n"
random.seed(20251)
DROP = {"unicode-smileys-win1252", "spam-like-student-off-topic", "dashboard-past-course", "enrol-key-question",
        "double-codes-period", "vacant-wrong-email-en", "en-all-fine-question-dates"}
studs = [d for d in MS.S if d["f"] not in DROP]
for d in studs: d.setdefault("role", "student")
allm = studs + MO.T
assert len(allm) == 100, len(allm)
random.shuffle(allm)

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000001008020000009091683600000016494441547801"
                    "63fcff9f8114c0c4400a606a60000031f80201a0a8e9ea0000000049454e44ae426082")
TZ = ZoneInfo("Europe/Paris")

def rand_date():
    if random.random() < 0.72:
        start, days = datetime(2025, 9, 1, tzinfo=TZ), 90
    else:
        start, days = datetime(2026, 1, 5, tzinfo=TZ), 55
    d = start + timedelta(days=random.randrange(days), hours=random.randrange(7, 23), minutes=random.randrange(60))
    return d.replace(tzinfo=TZ)

def to_html(text):
    t = html.escape(text, quote=False).replace("&amp;nbsp;", "&nbsp;")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">' + t.replace("\n", "<br>\n") + "</div></body></html>")

def strip_html(h):
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return html.unescape(h)

def textpart(body, charset="utf-8", cte=None, sub="plain"):
    p = MIMEText(body, sub, charset)
    if cte:
        del p["Content-Transfer-Encoding"]
        data = body.encode(charset)
        if cte == "base64":
            p.set_payload(base64.encodebytes(data).decode("ascii"))
        elif cte == "quoted-printable":
            import quopri
            p.set_payload(quopri.encodestring(data).decode("ascii"))
        else:
            p.set_payload(data.decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = cte
    return p

def bounce_msg(d):
    outer = MIMEMultipart("report", report_type="delivery-status")
    outer.attach(MIMEText("""This is the mail system at host smtp.unicaen.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<lea.morinn@etu.unicaen.fr>: host mx.unicaen.fr[193.55.120.14] said: 550 5.1.1
    <lea.morinn@etu.unicaen.fr>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
""", "plain", "us-ascii"))
    import email as _e
    ds = _e.message_from_string("Content-Type: message/delivery-status\n\nReporting-MTA: dns; smtp.unicaen.fr\nArrival-Date: Mon, 6 Oct 2025 10:14:03 +0200\n\nFinal-Recipient: rfc822; lea.morinn@etu.unicaen.fr\nAction: failed\nStatus: 5.1.1\n")
    outer.attach(ds)
    orig = MIMEBase("text", "rfc822-headers")
    orig.set_payload("From: CEMU Assistance <cemu.assistance@unicaen.fr>\nTo: lea.morinn@etu.unicaen.fr\nSubject: [CEMU #48311] Re: cours pas sur mon tableau de bord\n")
    outer.attach(orig)
    return outer

def build(d, i):
    form = d["form"]
    body = d["body"]
    if form == "plain" and i % 6 == 0:
        form = "alt"
    if form == "plain":
        msg = textpart(body, "utf-8", "8bit")
    elif form == "qp":
        msg = textpart(body, "utf-8", "quoted-printable")
    elif form == "b64":
        msg = textpart(body, "utf-8", "base64")
    elif form == "latin1":
        msg = textpart(body, "iso-8859-1", "quoted-printable")
    elif form == "cp1252":
        msg = textpart(body, "windows-1252", "8bit")
    elif form == "html":
        msg = textpart(to_html(body), "utf-8", "quoted-printable", "html")
    elif form == "rawhtml":
        msg = textpart(body, "utf-8", "8bit" if i % 2 else "base64", "html")
    elif form == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(textpart(body, "utf-8", "quoted-printable"))
        msg.attach(textpart(to_html(body), "utf-8", "quoted-printable", "html"))
    elif form == "png":
        msg = MIMEMultipart("mixed")
        msg.attach(textpart(body, "utf-8", "quoted-printable"))
        img = MIMEImage(PNG, "png")
        img.add_header("Content-Disposition", "attachment", filename="Capture d’écran 2025-10-07 103214.png")
        msg.attach(img)
    elif form == "bounce":
        msg = bounce_msg(d)
    else:
        raise ValueError(form)
    from email.header import Header
    from email.utils import parseaddr, formataddr
    nm, ad = parseaddr(d["frm"])
    msg["From"] = formataddr((nm, ad), charset="utf-8") if nm else ad
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = Header(d["sub"], "utf-8") if not d["sub"].isascii() else d["sub"]
    msg["Date"] = format_datetime(rand_date())
    dom = d["frm"].split("@")[-1].strip(">") if "@" in d["frm"] else "unicaen.fr"
    msg["Message-ID"] = make_msgid(domain=dom)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    if d["sub"].lower().startswith(("re:", "tr:", "fwd:")):
        msg["In-Reply-To"] = make_msgid(domain="unicaen.fr")
    if d.get("auto"):
        msg["Auto-Submitted"] = "auto-replied" if d["sub"].startswith(("Réponse automatique", "Absent", "Automatic reply")) else "auto-generated"
    if "Outlook" in d["note"] or form == "html":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    return msg

gold = {}
cited = set(); unknown = set(); dmg_total = 0; ncodes = 0
for i, d in enumerate(allm, 1):
    fname = "%03d-%s.eml" % (i, d["f"])
    msg = build(d, i)
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(msg.as_bytes())
    codes = d.get("codes", [])
    canon = []; written = []
    for c, w in codes:
        if c not in canon: canon.append(c)
        if w not in written: written.append(w)
    for w in d.get("extra_written", []):
        if w not in written: written.append(w)
    ncodes += len(canon); dmg_total += d.get("dmg", 0)
    unk = d.get("unknown", [])
    unknown.update(unk)
    cited.update(c for c in canon if c not in unk)
    gold[fname] = {
        "apogee_codes": canon, "apogee_codes_as_written": written,
        "student_numbers": d.get("nums", []), "course_ids": d.get("ids", []),
        "symptom": d["sym"], "sender_role": d.get("role", "student"), "language": d.get("lang", "fr"),
        "auto_reply": bool(d.get("auto", False)), "schemes": d.get("sch", []),
        "etapes_said": d.get("said", []), "note": d["note"],
    }
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)

# ---- catalogue
E, ET, G = set(), set(), set()
for s in ["HLAN", "HMAT", "HPHI", "SPHY", "SCHI", "SMAT", "HGEO", "HSOC"]:
    for y in (1, 2, 3):
        for n in range(1, 13):
            E.add("%s%d%02d" % (s, y, n))
for y in (1, 2):
    for n in range(1, 10):
        for l in "ABC":
            E.add("M.%dHRP%d%s" % (y, n, l))
for y in (1, 2, 3):
    for n in range(1, 9):
        for l in "ABC":
            E.add("%dHR%d%s" % (y, n, l))
for y in (1, 2):
    for n in range(101, 160):
        E.add("%dCA%d" % (y, n))
    for n in range(201, 215):
        E.add("%dCA%d" % (y, n))
for y in (1, 2, 3):
    for s in "AB":
        for n in range(1, 15):
            E.add("PSY%d%s%02d" % (y, s, n))
for y in (1, 2, 3, 4, 5):
    for n in range(1, 15):
        E.add("HIS-%dM%02d" % (y, n))
for y in (1, 2, 3):
    for n in range(1, 33):
        E.add("BIO.%dE%02d" % (y, n))
for p in "RS":
    for sem in range(1, 7):
        for n in range(1, 16 if p == "R" else 5):
            E.add("%sGEA%d%02d" % (p, sem, n))
for sem in range(1, 7):
    for l in ("EN", "ES", "AL", "IT"):
        for n in (1, 2, 3):
            E.add("LEAS%d%s%d" % (sem, l, n))
for site in (3, 7):
    for disc in ("STA", "INF", "AGR", "ECO"):
        for y in (1, 2, 3):
            for n in range(1, 16):
                E.add("%d%s%d%02d" % (site, disc, y, n))
for y in (1, 2, 3):
    for m in ("CIV", "PEN", "ADM", "CON", "FIS", "HDI", "INT", "AFF", "TRA"):
        E.add("JUR%d-%s" % (y, m))
for n in range(1, 16):
    E.add("PAS.UE%02d" % n)
for y in (1, 2, 3):
    for s in (1, 2):
        for l in "ABCD":
            E.add("APS%d%d%s" % (y, s, l))
for d_, ys in (("PSY", 5), ("HIS", 5), ("BIO", 3), ("LEA", 3), ("JUR", 5), ("APS", 3), ("MAT", 3), ("PHY", 3), ("GEO", 3)):
    for y in range(1, ys + 1):
        ET.add("X%s%d" % (d_, y))
ET.add("XPAS1")
for dept in ("GEA", "GEI", "TC", "INF", "GMP"):
    for y in (1, 2, 3):
        ET.add("I%s%d" % (dept, y))
for y in (1, 2, 3):
    for n in range(1, 9): G.add("PSY%d-TD%02d" % (y, n))
    for n in range(1, 5):
        for l in "AB": G.add("PSY%d-TP%d%s" % (y, n, l))
    for n in range(1, 7): G.add("HIS%d-TD%d" % (y, n))
    for n in range(1, 13): G.add("JUR%d-TD%02d" % (y, n))
    for l in "ABC":
        for n in (1, 2): G.add("IGEA%d-TP%s%d" % (y, l, n))
for c in cited:
    if c in ET or re.fullmatch(r"X[A-Z]{3}\d|I[A-Z]{2,3}\d", c): ET.add(c)
    elif c in G or re.search(r"-T[DP]", c): G.add(c)
    else: E.add(c)
for u in unknown:
    E.discard(u); ET.discard(u); G.discard(u)
for d in gold.values():
    for c in d["etapes_said"]:
        ET.add(c)
cat = {"elements": sorted(E), "etapes": sorted(ET), "groups": sorted(G), "unknown": sorted(unknown)}
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print("mails", len(gold), "codes", ncodes, "damaged", dmg_total, "cat", len(E), len(ET), len(G), "unknown", sorted(unknown))
