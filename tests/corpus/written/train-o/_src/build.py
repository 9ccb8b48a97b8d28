import json, os, sys, html, re, random
from email.message import EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.utils import make_msgid, formataddr, parseaddr
from email import charset as _cs
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import catalogue
from mails import MAILS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def text_part(body, cs, cte, sub="plain"):
    c = _cs.Charset(cs)
    c.body_encoding = {"qp": _cs.QP, "b64": _cs.BASE64}[cte]
    return MIMEText(body, sub, _charset=c)


def to_html(body):
    lines = html.escape(body).split("\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial;font-size:11pt">'
            + "<br>\n".join(l.replace("  ", "&nbsp; ") for l in lines) + "</div></body></html>")


def build(m):
    fmt = m.get("fmt", "plain")
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "qp")
    if fmt == "plain":
        msg = text_part(m["body"], cs, cte)
    elif fmt == "html":
        msg = text_part(m.get("html") or to_html(m["body"]), cs, cte, "html")
    else:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(m["body"], cs, cte))
        msg.attach(text_part(m.get("html") or to_html(m["body"]), cs, cte, "html"))
    if m.get("png"):
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        img = MIMEImage(PNG, "png")
        img.add_header("Content-Disposition", "attachment", filename=m.get("png_name", "capture.png"))
        outer.attach(img)
        msg = outer
    msg["From"] = formataddr(parseaddr(m["frm"]), charset="utf-8")
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = make_msgid(domain=m.get("dom", "unicaen.fr"))
    for k, v in m.get("hdr", {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def main():
    gold = {}
    for m in MAILS:
        msg = build(m)
        with open(os.path.join(OUT, m["fn"]), "wb") as f:
            f.write(msg.as_bytes())
        g = m["g"]
        codes = g.get("codes", [])
        gold[m["fn"]] = {
            "apogee_codes": list(dict.fromkeys(c for c, _, _ in codes)),
            "apogee_codes_as_written": list(dict.fromkeys(w for _, w, _ in codes)),
            "student_numbers": g.get("nums", []),
            "course_ids": g.get("ids", []),
            "symptom": g["sym"],
            "sender_role": g.get("role", "staff"),
            "language": g.get("lang", "fr"),
            "auto_reply": g.get("auto", False),
            "schemes": list(dict.fromkeys(s for _, _, s in codes)),
            "etapes_said": g.get("said", []),
            "note": g["note"],
        }
    with open(os.path.join(OUT, "gold.json"), "w") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w") as f:
        json.dump(catalogue(), f, ensure_ascii=False, indent=1)
    print(len(gold), "mails")


if __name__ == "__main__":
    main()
