# Builds the .eml files, gold.json and catalogue.json of writer BF (train-ag).
import json, os, sys, html
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import catalogue, mails1, mails2

MAILS = mails1.M + mails2.M
assert len(MAILS) == 70, len(MAILS)
TZ = timezone(timedelta(hours=1))


def text_to_html(t):
    lines = []
    for ln in t.split("\n"):
        if ln.startswith(">"):
            lines.append('<span style="color:#555">' + html.escape(ln, quote=False) + "</span>")
        else:
            lines.append(html.escape(ln, quote=False))
    return ('<html><head></head><body><div style="font-family:Calibri,sans-serif">'
            + "<br>\n".join(lines) + "</div></body></html>")


def set_part(msg, content, subtype, cs, cte, alt=False):
    try:
        content.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if cte == "7bit" and not content.isascii():
        cte = "quoted-printable"
    if alt:
        msg.add_alternative(content, subtype=subtype, charset=cs, cte=cte)
    else:
        msg.set_content(content, subtype=subtype, charset=cs, cte=cte)


for old in os.listdir(OUT):
    if old.endswith(".eml"):
        os.remove(os.path.join(OUT, old))

gold = {}
for i, m in enumerate(MAILS, 1):
    fn = f"{i:03d}-{m['slug']}.eml"
    msg = EmailMessage()
    name, addr = m["frm"]
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = m["subj"]
    d = datetime(2026, 12, 1 + (i * 19) % 21, 7 + (i * 7) % 15, (i * 53) % 60, tzinfo=TZ)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<bf{i:03d}.{d.strftime('%Y%m%d%H%M')}@{addr.split('@')[1].lower()}>"
    for k, v in m.get("extra", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    fmt, cs, cte = m["fmt"], m["cs"], m["cte"]
    if fmt == "p":
        set_part(msg, m["body"], "plain", cs, cte)
    elif fmt == "a":
        set_part(msg, m["body"], "plain", cs, cte)
        set_part(msg, text_to_html(m["body"]), "html", cs, cte, alt=True)
    else:
        set_part(msg, m["body"], "html", cs, cte)
    for fname, mime, data in m.get("att", []):
        mt, st = mime.split("/")
        if isinstance(data, str):
            msg.add_attachment(data, subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes(policy=policy.default))
    codes = m.get("codes", [])
    gold[fn] = {
        "apogee_codes": [c for c, _ in codes],
        "apogee_codes_as_written": [w for _, w in codes],
        "student_numbers": m.get("sn", []),
        "course_ids": m.get("ids", []),
        "symptom": m["sym"],
        "sender_role": m["role"],
        "language": m.get("lang", "fr"),
        "auto_reply": m.get("auto", False),
        "schemes": m.get("sch", []),
        "etapes_said": m.get("es", []),
        "note": m["note"],
    }

with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as f:
    json.dump(catalogue.CAT, f, ensure_ascii=False, indent=1)
print(len(gold), "mails written")
