"""Turn mail specs into .eml files + gold.json + catalogue.json."""
import base64, json, os, random
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime, make_msgid
from email import charset as _cs
from datetime import datetime, timedelta, timezone
import catalogue as C

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

def html_of(text):
    import html
    return "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" if l else "<br>" for l in text.split("\n")) + "</body></html>"

def build(i, m):
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    if m.get("cc"): msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    d = datetime(2026, 9, 1, 8, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(days=i * 1.13, minutes=i * 37)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(idstring=f"tx{i}", domain=m["frm"].split("@")[-1].strip(">"))
    if m.get("irt"):
        msg["In-Reply-To"] = m["irt"]; msg["References"] = m["irt"]
    for k, v in m.get("hdrs", {}).items():
        msg[k] = v
    cs = m.get("cs", "utf-8"); cte = m.get("cte")
    kind = m.get("kind", "plain")
    if kind == "html":
        msg.set_content(m["html"], subtype="html", charset=cs, cte=cte or "quoted-printable")
    else:
        msg.set_content(m["body"], charset=cs, cte=cte) if cte else msg.set_content(m["body"], charset=cs)
        if kind == "alt":
            msg.add_alternative(m.get("html") or html_of(m["body"]), subtype="html", charset=cs)
    if m.get("att"):
        name = m["att"]
        if name.endswith(".png"):
            msg.add_attachment(PNG, maintype="image", subtype="png", filename=name)
        else:
            msg.add_attachment(b"%PDF-1.4\n% mock\n", maintype="application", subtype="pdf", filename=name)
    return msg

def run(mails):
    gold = {}
    for i, m in enumerate(mails, 1):
        fn = f"{i:03d}-{m['slug']}.eml"
        msg = build(i, m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(bytes(msg))
        codes = m.get("codes", [])
        schemes = []
        for c, _ in codes:
            s = C.scheme_of(c)
            if s not in schemes: schemes.append(s)
        for e in m.get("ets", []):
            s = C.scheme_of(e)
            if s not in schemes: schemes.append(s)
        gold[fn] = {
            "apogee_codes": [c for c, _ in codes],
            "apogee_codes_as_written": [w for _, w in codes],
            "student_numbers": m.get("nums", []),
            "course_ids": m.get("cids", []),
            "symptom": m["sym"],
            "sender_role": m["role"],
            "language": m.get("lang", "fr"),
            "auto_reply": m.get("auto", False),
            "schemes": schemes,
            "etapes_said": m.get("ets", []),
            "note": m["note"],
        }
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    cat = {"elements": C.ELEMENTS, "etapes": C.ETAPES, "groups": C.GROUPS, "unknown": C.UNKNOWN, "labels": C.LABELS}
    json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
    print(len(gold), "mails written")
