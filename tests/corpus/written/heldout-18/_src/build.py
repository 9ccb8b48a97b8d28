"""Build heldout-18: expand mail specs (mails.py) into .eml files + gold.json + catalogue.json.

Body markers: [[CANON|as written]] or [[CANON]] for codes; {{N:12345678}} student numbers;
{{E:ETAPE|words}} étapes said in words. Lines starting with '|' are table rows.
"""
import html
import json
import os
import random
import re
from email.message import EmailMessage
from email.headerregistry import Address
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

import catalogue as C
from mails import MAILS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\{\{N:(\d{8})\}\}|\{\{E:([A-Z0-9]+)\|([^}]+)\}\}")
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
       b"\x00\x00IEND\xaeB`\x82")


def expand(body):
    codes, written, nums, etapes = [], [], [], []

    def rep(m):
        if m.group(1):
            canon, w = m.group(1), m.group(2) or m.group(1)
            if canon not in codes:
                codes.append(canon); written.append(w)
            return w
        if m.group(3):
            if m.group(3) not in nums:
                nums.append(m.group(3))
            return m.group(3)
        if m.group(4) not in etapes:
            etapes.append(m.group(4))
        return m.group(5)

    text = TOK.sub(rep, body)
    return text, codes, written, nums, etapes


def to_plain(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            out.append("\t".join(cells))
        else:
            out.append(line)
    return "\n".join(out)


def to_html(text, style):
    parts, table, quote = [], [], []

    def flush_table():
        if table:
            rows = []
            for i, cells in enumerate(table):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(
                    f'<{tag} style="border:1px solid #999;padding:2px 6px">{html.escape(c, quote=False)}</{tag}>'
                    for c in cells) + "</tr>")
            parts.append('<table cellspacing="0" style="border-collapse:collapse">' + "".join(rows) + "</table>")
            table.clear()

    def flush_quote():
        if quote:
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                         + "<br>\n".join(html.escape(q, quote=False) for q in quote) + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith("|"):
            flush_quote()
            table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if line.startswith(">"):
            quote.append(line.lstrip("> "))
            continue
        flush_quote()
        if line.strip():
            parts.append(f"<div>{html.escape(line, quote=False)}</div>")
        else:
            parts.append("<div><br></div>")
    flush_table(); flush_quote()
    font = {"outlook": 'font-family:Calibri,sans-serif;font-size:11pt',
            "gmail": 'font-family:arial,sans-serif'}.get(style, "font-family:Verdana")
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm}</style></head>'
            if style == "outlook" else "<html><head></head>")
    return f'{head}<body><div style="{font}">\n' + "\n".join(parts) + "\n</div></body></html>\n"


def build():
    rnd = random.Random(18)
    gold = {}
    base = datetime(2026, 9, 7, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    for i, m in enumerate(MAILS, 1):
        name = f"{i:03d}-{m['slug']}.eml"
        text, codes, written, nums, etapes = expand(m["body"])
        msg = EmailMessage()
        nm = m.get("nm")
        user, dom = m["frm"].split("@")
        msg["From"] = Address(nm, user, dom) if nm else m["frm"]
        msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
        msg["Subject"] = m["subj"]
        d = base + timedelta(days=int(i * 0.8) + rnd.randint(0, 3), minutes=rnd.randint(0, 600))
        if d.month >= 11 or (d.month == 10 and d.day > 25):
            d = d.replace(tzinfo=timezone(timedelta(hours=1)))
        msg["Date"] = format_datetime(d)
        msg["Message-ID"] = make_msgid(domain=dom)
        for k, v in m.get("hdr", {}).items():
            msg[k] = v
        cs, cte, fmt = m.get("cs", "utf-8"), m.get("cte"), m.get("fmt", "plain")
        plain = to_plain(text)
        try:
            plain.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        kw = {"charset": cs}
        if cte:
            kw["cte"] = cte
        if fmt == "plain":
            msg.set_content(plain + "\n", **kw)
        elif fmt == "html":
            msg.set_content(to_html(text, m.get("style", "outlook")), subtype="html", **kw)
        else:
            msg.set_content(plain + "\n", **kw)
            msg.add_alternative(to_html(text, m.get("style", "outlook")), subtype="html",
                                charset="utf-8", cte=m.get("hcte", "quoted-printable"))
        if m.get("att"):
            msg.add_attachment(PNG, maintype="image", subtype="png", filename=m["att"])
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(bytes(msg))
        ids = [int(x) for x in re.findall(r"ecampus\.unicaen\.fr/course/view\.php\?id=(\d+)", text)]
        ids = list(dict.fromkeys(ids))
        schemes = list(dict.fromkeys(C.SCHEME[c] for c in codes))
        gold[name] = {"apogee_codes": codes, "apogee_codes_as_written": written,
                      "student_numbers": nums, "course_ids": ids, "symptom": m["sym"],
                      "sender_role": m["role"], "language": m.get("lang", "fr"),
                      "auto_reply": m.get("auto", False), "schemes": schemes,
                      "etapes_said": etapes, "note": m["note"]}
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as fh:
        json.dump(C.catalogue(), fh, ensure_ascii=False, indent=1)
    print(len(gold), "mails")


if __name__ == "__main__":
    build()
