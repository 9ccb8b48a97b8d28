import email, email.policy, html as H
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.utils import make_msgid
import email.charset as CS
MAILS = []
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c60000000049454e44ae426082")
def text_part(body, sub, cs, cte):
    p = MIMEText("", sub, cs)
    del p["Content-Transfer-Encoding"]
    p.set_payload(body, None)
    c = CS.Charset(cs)
    if cte == "qp": c.body_encoding = CS.QP
    elif cte == "b64": c.body_encoding = CS.BASE64
    else: c.body_encoding = None
    p.set_payload(body, c)
    if cte is None:
        enc = "8bit" if any(ord(x) > 127 for x in body) else "7bit"
        del p["Content-Transfer-Encoding"]; p["Content-Transfer-Encoding"] = enc
    return p
def to_html(t):
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        "<br>\n".join(H.escape(l, quote=False).replace("  ", "&nbsp; ") for l in t.split("\n")) + "</div></body></html>"
def m(fn, role, frm, subj, date, body, sym, codes=(), aw=(), et=(), sn=(), ci=(), lang="fr", auto=False, sch=(), note="",
      form="plain", cs="utf-8", cte=None, png=False, to="cemu.assistance@unicaen.fr", hdrs=None, html=None):
    if form == "plain":
        msg = text_part(body, "plain", cs, cte)
    elif form == "html":
        msg = text_part(html or to_html(body), "html", cs, cte)
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body, "plain", cs, cte))
        msg.attach(text_part(html or to_html(body), "html", cs, cte))
    if png:
        outer = MIMEMultipart("mixed"); outer.attach(msg)
        img = MIMEImage(PNG, "png"); img.add_header("Content-Disposition", "attachment", filename="capture.png"); outer.attach(img)
        msg = outer
    msg["From"] = frm; msg["To"] = to; msg["Subject"] = subj; msg["Date"] = date
    msg["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">").strip())
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    for k, v in (hdrs or {}).items(): msg[k] = v
    gold = {"apogee_codes": list(codes), "apogee_codes_as_written": list(aw), "etapes_said": list(et),
            "student_numbers": list(sn), "course_ids": list(ci), "symptom": sym, "sender_role": role, "language": lang,
            "auto_reply": auto, "schemes": list(sch), "note": note}
    MAILS.append((fn, msg, gold))
import datetime
def D(s):
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = "+0200" if (datetime.datetime(2025,3,30) <= d < datetime.datetime(2025,10,26,3) or d >= datetime.datetime(2026,3,29,2)) else "+0100"
    return d.strftime("%a, %d %b %Y %H:%M:") + "%02d " % (d.minute * 7 % 60) + off
