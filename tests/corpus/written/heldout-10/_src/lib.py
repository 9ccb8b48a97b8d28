import datetime, html as H
from email.message import EmailMessage
from email.utils import make_msgid, format_datetime
from zoneinfo import ZoneInfo
PARIS = ZoneInfo("Europe/Paris")
MAILS = []
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

def M(fn, frm, subj, date, body, *, to="cemu.assistance@unicaen.fr", form="plain", cs="utf-8",
      cte=None, html=None, png=False, hdr=None, codes=(), nums=(), ids=(), sym="other",
      role="student", lang="fr", auto=False, schemes=(), note=""):
    MAILS.append(dict(fn=fn, frm=frm, subj=subj, date=date, body=body, to=to, form=form, cs=cs,
                      cte=cte, html=html, png=png, hdr=hdr or {}, codes=list(codes), nums=list(nums),
                      ids=list(ids), sym=sym, role=role, lang=lang, auto=auto, schemes=list(schemes),
                      note=note))

def auto_html(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(H.escape(l) for l in para.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + "\n".join(out) + "\n</body></html>\n")

def fix_cs(s, cs):
    if cs.lower() in ("iso-8859-1", "latin-1"):
        s = s.replace("\u2019", "'").replace("\u2026", "...").replace("\u20ac", "EUR").replace("\u0153", "oe").replace("\u00a0", " ").replace("\u2013", "-")
    return s

def build(m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    dt = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    msg["Date"] = format_datetime(dt)
    dom = m["frm"].split("@")[-1].strip(">") if "@" in m["frm"] else "localhost"
    msg["Message-ID"] = make_msgid(idstring=m["fn"].split("-")[0], domain=dom)
    for k, v in m["hdr"].items():
        msg[k] = v
    cs = m["cs"]; cte = m["cte"]
    body = fix_cs(m["body"], cs)
    form = m["form"]
    if form == "plain":
        msg.set_content(body, subtype="plain", charset=cs, cte=cte)
    elif form == "html":
        msg.set_content(fix_cs(m["html"] or auto_html(body), cs), subtype="html", charset=cs, cte=cte)
    elif form == "alt":
        msg.set_content(body, subtype="plain", charset=cs, cte=cte)
        msg.add_alternative(fix_cs(m["html"] or auto_html(body), cs), subtype="html", charset=cs, cte=cte)
    if m["png"]:
        msg.add_attachment(PNG, maintype="image", subtype="png", filename=m["png"] if isinstance(m["png"], str) else "capture.png")
    return msg

def gold(m):
    canon, aw = [], []
    for c, w in m["codes"]:
        if c not in canon: canon.append(c)
        if w not in aw: aw.append(w)
    return {"apogee_codes": canon, "apogee_codes_as_written": aw, "student_numbers": m["nums"],
            "course_ids": m["ids"], "symptom": m["sym"], "sender_role": m["role"], "language": m["lang"],
            "auto_reply": m["auto"], "schemes": m["schemes"], "note": m["note"]}
