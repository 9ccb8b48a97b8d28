import json, os, random, html, re, sys
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, make_msgid, format_datetime
from datetime import datetime
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(__file__))
from mails import MAILS, UNKNOWN
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TZ = ZoneInfo("Europe/Paris")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f9f0000000049454e44ae426082")

def cs(name, enc):
    c = Charset(name); c.body_encoding = enc; return c

def text_part(body, form, sub="plain"):
    if form in ("latin1",):
        body = body.replace("\u2013","-").replace("\u2019","'")
        return MIMEText(body, sub, cs("iso-8859-1", QP))
    if form == "cp1252":
        return MIMEText(body, sub, cs("windows-1252", None))
    if form == "qp":
        return MIMEText(body, sub, cs("utf-8", QP))
    if form == "b64":
        return MIMEText(body, sub, cs("utf-8", BASE64))
    return MIMEText(body, sub, cs("utf-8", None))

def to_html(body):
    lines = html.escape(body).split("\n")
    out = "<br>\n".join(l.replace("  ", "&nbsp; ") for l in lines)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">' + out +
            '</div></body></html>')

def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def build(m):
    form = m["form"]; body = m["body"]
    if m.get("html_body"):
        h = m["html_body"]
    else:
        h = to_html(body)
    if form == "html":
        msg = text_part(h, "qp", "html")
    elif form == "alt":
        msg = MIMEMultipart("alternative"); msg.attach(text_part(body, "qp")); msg.attach(text_part(h, "qp", "html"))
    elif form == "png":
        msg = MIMEMultipart("mixed"); msg.attach(text_part(body, "plain"))
        img = MIMEImage(PNG, "png"); img.add_header("Content-Disposition", "attachment", filename="capture.png"); msg.attach(img)
    elif form == "althtmlpng":
        msg = MIMEMultipart("mixed"); a = MIMEMultipart("alternative")
        a.attach(text_part(body, "b64")); a.attach(text_part(h, "b64", "html")); msg.attach(a)
        img = MIMEImage(PNG, "png"); img.add_header("Content-Disposition", "inline", filename="image001.png"); msg.attach(img)
    else:
        msg = text_part(body, form)
    hcs = "iso-8859-1" if form == "latin1" else ("windows-1252" if form == "cp1252" else "utf-8")
    name, addr = m["frm"]
    msg["From"] = formataddr((name, addr), hcs) if name else addr
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    msg["Subject"] = hdr(m["subj"], hcs)
    d = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    msg["Date"] = format_datetime(d)
    dom = addr.split("@")[1]
    msg["Message-ID"] = make_msgid(domain=dom)
    for k, v in m.get("extra", {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg

gold = {}
for m in MAILS:
    msg = build(m)
    with open(os.path.join(OUT, m["fn"]), "wb") as f:
        f.write(msg.as_bytes())
    nums = list(m.get("nums", []))
    loc = m["frm"][1].split("@")
    if loc[1] == "etu.unicaen.fr" and re.fullmatch(r"\d{8}", loc[0]) and loc[0] not in nums:
        nums.append(loc[0])
    gold[m["fn"]] = {
        "apogee_codes": m.get("codes", []),
        "apogee_codes_as_written": m.get("written", []),
        "student_numbers": nums,
        "course_ids": m.get("ids", []),
        "symptom": m["sym"],
        "sender_role": m["role"],
        "language": m.get("lang", "fr"),
        "auto_reply": m.get("auto", False),
        "schemes": m.get("schemes", []),
        "note": m["note"],
    }
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)

# catalogue
import catalogue
cat = catalogue.make(MAILS, UNKNOWN)
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(gold), "mails;", {k: len(v) for k, v in cat.items()})
