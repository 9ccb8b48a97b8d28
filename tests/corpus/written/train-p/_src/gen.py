"""Generate train-p mails + gold + catalogue. Run: python3 gen.py"""
import json, os, sys, base64
from datetime import datetime
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.utils import format_datetime, make_msgid
from email import charset as _cs

sys.path.insert(0, os.path.dirname(__file__))
from catalogue import build
from mails import MAILS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TZ = ZoneInfo("Europe/Paris")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6300010000050001"
                    "0d0a2db40000000049454e44ae426082")


def text_part(txt, subtype, charset, cte):
    import quopri
    from email.mime.nonmultipart import MIMENonMultipart
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = txt.replace("\n", "\r\n").encode(charset)
    if cte == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
    else:
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
        p["Content-Transfer-Encoding"] = "quoted-printable"
    return p


def build_mail(m):
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    body, html = m.get("body"), m.get("html")
    if html and body:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body, "plain", charset, cte))
        msg.attach(text_part(html, "html", charset, cte))
    elif html:
        msg = text_part(html, "html", charset, cte)
    else:
        msg = text_part(body, "plain", charset, cte)
    if m.get("png"):
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        img = MIMEImage(PNG, "png")
        img.add_header("Content-Disposition", "attachment", filename=m["png"])
        outer.attach(img)
        msg = outer
    msg["From"] = m["frm"]
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    y, mo, d, h, mi = m["date"]
    msg["Date"] = format_datetime(datetime(y, mo, d, h, mi, 7, tzinfo=TZ))
    msg["Message-ID"] = make_msgid(domain=m["frm"].split("@")[-1].strip(">"))
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def main():
    gold = {}
    for m in MAILS:
        msg = build_mail(m)
        with open(os.path.join(OUT, m["fn"]), "wb") as f:
            f.write(msg.as_bytes())
        g = {"apogee_codes": [], "apogee_codes_as_written": [], "student_numbers": [],
             "course_ids": [], "etapes_said": [], "symptom": None, "sender_role": "student",
             "language": "fr", "auto_reply": False, "schemes": [], "note": ""}
        gg = dict(m["gold"])
        codes = gg.pop("codes", [])
        for canon, written in codes:
            if canon not in g["apogee_codes"]:
                g["apogee_codes"].append(canon)
            if written not in g["apogee_codes_as_written"]:
                g["apogee_codes_as_written"].append(written)
        g.update(gg)
        gold[m["fn"]] = g
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as f:
        json.dump(build(), f, ensure_ascii=False, indent=1)
    print(len(gold), "mails")


if __name__ == "__main__":
    main()
