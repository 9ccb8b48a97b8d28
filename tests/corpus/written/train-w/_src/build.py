"""Generator for /work/blind/train-w : writes .eml, gold.json, catalogue.json."""
import json, os, sys, html as H
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import make_msgid, format_datetime
from email.charset import Charset, QP, BASE64
import datetime as dt

sys.path.insert(0, os.path.dirname(__file__))
import catalogue
from mails import MAILS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
       b"\x00\x00IEND\xaeB`\x82")


def text_to_html(t):
    out = []
    for para in t.split("\n\n"):
        out.append("<p>" + H.escape(para).replace("\n", "<br>\n") + "</p>")
    return "<html><body style=\"font-family:Calibri,sans-serif\">\n" + "\n".join(out) + "\n</body></html>"


def build_one(i, m):
    msg = EmailMessage()
    name, addr = m["frm"]
    msg["From"] = Address(name, addr_spec=addr) if name else addr
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    d = dt.datetime(2026, 11, 3, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))) + dt.timedelta(
        days=(i * 37) % 47, minutes=(i * 211) % 600)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(idstring=f"trw{i:03d}", domain=addr.split("@")[1])
    if m.get("reply"):
        ref = f"<trw-prev-{i:03d}@unicaen.fr>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m.get("hdr", {}).items():
        msg[k] = v
    kind = m.get("kind", "plain")
    cs = m.get("cs", "utf-8")
    body = m.get("body", "")
    if kind == "plain":
        msg.set_content(body, charset=cs, cte=m.get("cte", "quoted-printable"))
    elif kind == "alt":
        msg.set_content(body, charset=cs, cte=m.get("cte", "quoted-printable"))
        msg.add_alternative(m.get("html") or text_to_html(body), subtype="html", charset=cs,
                            cte=m.get("cte", "quoted-printable"))
    elif kind == "html":
        msg.set_content(m["html"], subtype="html", charset=cs, cte=m.get("cte", "quoted-printable"))
    for att in m.get("att", []):
        if att.endswith(".png"):
            msg.add_attachment(PNG, maintype="image", subtype="png", filename=att)
        elif att.endswith(".csv"):
            msg.add_attachment(m["csv"].encode("utf-8"), maintype="text", subtype="csv",
                               filename=att)
        else:
            msg.add_attachment(b"%PDF-1.4\n%fake\n", maintype="application", subtype="pdf",
                               filename=att)
    return msg


def main():
    cat = catalogue.build()
    json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
    gold = {}
    for i, m in enumerate(MAILS, 1):
        fn = f"{i:03d}-{m['slug']}.eml"
        msg = build_one(i, m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(bytes(msg))
        codes = m.get("codes", [])
        gold[fn] = {
            "apogee_codes": [c for c, w in codes],
            "apogee_codes_as_written": [w for c, w in codes],
            "student_numbers": m.get("sn", []),
            "course_ids": m.get("cid", []),
            "symptom": m["sym"],
            "sender_role": m["role"],
            "language": m.get("lang", "fr"),
            "auto_reply": m.get("auto", False),
            "schemes": m.get("schemes", []),
            "etapes_said": m.get("etp", []),
            "note": m["note"],
        }
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    print(len(gold), "mails written")


if __name__ == "__main__":
    main()
