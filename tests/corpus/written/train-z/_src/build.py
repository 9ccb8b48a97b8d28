"""Builder: turns mail specs (mails.py) into .eml files + gold.json + catalogue.json."""
import json, os, re, sys, zlib, html as H, datetime as dt
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email import charset as C, encoders, utils
sys.path.insert(0, os.path.dirname(__file__))
import catalogue
from mails import MAILS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4bc0000000049454e44ae426082")


def cs_obj(name, cte):
    c = C.Charset(name)
    c.header_encoding = C.QP if name != "utf-8" else C.BASE64
    c.body_encoding = {"qp": C.QP, "b64": C.BASE64, "8bit": None}[cte]
    return c


def textpart(txt, sub, name, cte):
    t = MIMEText(txt, sub, cs_obj(name, cte)); del t["MIME-Version"]; return t


def hdr(s, name):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, name if name != "utf-8" else "utf-8").encode()


def auto_html(txt):
    lines = [H.escape(l) for l in txt.split("\n")]
    return "<html><body style=\"font-family:Calibri\"><div>" + "<br>\n".join(lines) + "</div></body></html>"


def build(i, m):
    cs, cte, fmt = m.get("cs", "utf-8"), m.get("cte", "qp"), m.get("fmt", "plain")
    body, html = m["body"], m.get("html")
    if fmt == "plain":
        core = textpart(body, "plain", cs, cte)
    elif fmt == "html":
        core = textpart(html or auto_html(body), "html", cs, cte)
    else:
        core = MIMEMultipart("alternative")
        core.attach(textpart(body, "plain", cs, cte))
        core.attach(textpart(html or auto_html(body), "html", cs, cte))
    if m.get("att"):
        msg = MIMEMultipart("mixed"); msg.attach(core)
        for fn in m["att"]:
            p = MIMEBase("image", "png") if fn.endswith(".png") else MIMEBase("application", "pdf")
            p.set_payload(PNG if fn.endswith(".png") else b"%PDF-1.4\n%fake\n")
            encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=fn)
            msg.attach(p)
    else:
        msg = core
    name, addr = m["frm"]
    msg["From"] = utils.formataddr((hdr(name, cs), addr)) if name else addr
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    msg["Subject"] = hdr(m["subj"], cs)
    d = dt.datetime(2026, 9, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))) + dt.timedelta(days=(i * 7) % 80, minutes=i * 97 % 700)
    msg["Date"] = utils.format_datetime(d)
    msg["Message-ID"] = f"<z{i:03d}.{zlib.crc32(m['slug'].encode()) % 10**8}@{addr.split('@')[1]}>"
    for k, v in m.get("hdrs", {}).items():
        msg[k] = v
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    return msg


def main():
    gold = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"): os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        fn = f"{i:03d}-{m['slug']}.eml"
        msg = build(i, m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(msg.as_bytes())
        codes = m.get("codes", [])
        gold[fn] = {
            "apogee_codes": [c for c, _ in codes],
            "apogee_codes_as_written": [w for _, w in codes],
            "student_numbers": m.get("sn", []),
            "course_ids": m.get("cids", []),
            "symptom": m["sym"],
            "sender_role": m["role"],
            "language": m.get("lang", "fr"),
            "auto_reply": m.get("auto", False),
            "schemes": [catalogue.SCHEMES[s] for s in m.get("sch", [])],
            "etapes_said": m.get("ets", []),
            "note": m["note"],
        }
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    catalogue.dump(os.path.join(OUT, "catalogue.json"))
    print(len(gold), "mails")


if __name__ == "__main__":
    main()
