import json, os, sys, base64, datetime, hashlib
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
sys.path.insert(0, os.path.dirname(__file__))
import catalogue as C
from mails1 import MAILS
import mails2  # noqa: registers 36-70
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
gold = {}
for i, m in enumerate(MAILS, 1):
    fn = f"{i:03d}-{m['slug']}.eml"
    msg = EmailMessage()
    msg["From"] = m["frm"]; msg["To"] = "cemu.assistance@unicaen.fr"; msg["Subject"] = m["subject"]
    d = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if m["date"] < "2026-10-25" else 1)))
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(idstring=hashlib.md5(fn.encode()).hexdigest()[:10], domain="unicaen.fr" if "unicaen" in m["frm"] else "mail.example")
    if m.get("irt"):
        ref = f"<ticket.{hashlib.md5(fn.encode()).hexdigest()[:8]}@unicaen.fr>"
        msg["In-Reply-To"] = ref; msg["References"] = ref
    cs = m.get("cs", "utf-8"); cte = m.get("cte", "quoted-printable")
    if m.get("html_only"):
        msg.set_content(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(m["body"], charset=cs, cte=cte)
        if m.get("html"):
            msg.add_alternative(m["html"], subtype="html", charset=cs, cte="quoted-printable")
    if m.get("attach"):
        msg.add_attachment(PNG, maintype="image", subtype="png", filename=m["attach"])
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes())
    codes = [c if isinstance(c, tuple) else (c, c) for c in m.get("codes", [])]
    schemes = []
    for c, _ in codes:
        s = C.scheme_of(c)
        if s not in schemes: schemes.append(s)
    gold[fn] = {"apogee_codes": [c for c, _ in codes], "apogee_codes_as_written": [w for _, w in codes],
                "student_numbers": m.get("nums", []), "course_ids": m.get("cids", []), "symptom": m["sym"],
                "sender_role": m["role"], "language": m.get("lang", "fr"), "auto_reply": m.get("auto", False),
                "schemes": schemes, "etapes_said": m.get("etapes", []), "note": m["note"]}
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
json.dump({"elements": C.elements, "etapes": C.etapes, "groups": C.groups, "unknown": C.unknown, "labels": C.labels},
          open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(gold), "mails;", len(C.elements) + len(C.etapes) + len(C.groups), "catalogue codes")
