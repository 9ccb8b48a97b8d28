import email, email.charset, email.utils, json, os, datetime, html as htmlmod
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.header import Header
from zoneinfo import ZoneInfo
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARIS = ZoneInfo("Europe/Paris")
MAILS = []
GOLD = {}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

def _part(text, sub, cs, cte):
    c = email.charset.Charset(cs)
    c.body_encoding = {'qp': email.charset.QP, 'b64': email.charset.BASE64, '8bit': None}[cte]
    c.header_encoding = email.charset.QP
    return MIMEText(text, sub, c)

def to_html(text):
    lines = htmlmod.escape(text).split("\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + "<br>\n".join(l.replace("  ", "&nbsp; ") for l in lines) + "</div></body></html>")

def add(fn, frm, subj, date, body, *, to="cemu.assistance@unicaen.fr", fmt="plain", cs="utf-8",
        cte="8bit", codes=(), nums=(), ids=(), sym="other", role="student", lang="fr", auto=False,
        schemes=(), note="", said=(), headers=None, attach=False, html=None):
    if fmt == "plain":
        m = _part(body, "plain", cs, cte)
    elif fmt == "html":
        m = _part(html or to_html(body), "html", cs, cte)
    elif fmt == "alt":
        m = MIMEMultipart("alternative")
        m.attach(_part(body, "plain", cs, cte))
        m.attach(_part(html or to_html(body), "html", cs, "qp" if cte == "8bit" else cte))
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(m)
        img = MIMEImage(PNG, "png")
        img.add_header("Content-Disposition", "attachment", filename="capture.png")
        outer.attach(img)
        m = outer
    m["From"] = frm
    m["To"] = to
    try:
        subj.encode("ascii"); m["Subject"] = subj
    except UnicodeEncodeError:
        m["Subject"] = Header(subj, "utf-8" if cs == "utf-8" else cs)
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    m["Date"] = email.utils.format_datetime(d)
    m["Message-ID"] = email.utils.make_msgid(idstring=fn.split("-")[0], domain=frm.split("@")[-1].strip(">") if "@" in frm else "mail.local")
    for k, v in (headers or {}).items():
        m[k] = v
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(m.as_bytes())
    canon, written = [], []
    for c, w in codes:
        if c not in canon: canon.append(c)
        if w not in written: written.append(w)
    GOLD[fn] = {"apogee_codes": canon, "apogee_codes_as_written": written,
                "student_numbers": list(nums), "course_ids": list(ids), "symptom": sym,
                "sender_role": role, "language": lang, "auto_reply": auto,
                "schemes": list(schemes), "etapes_said": list(said), "note": note}

def save():
    with open(os.path.join(OUT, "gold.json"), "w") as f:
        json.dump(GOLD, f, ensure_ascii=False, indent=1)
