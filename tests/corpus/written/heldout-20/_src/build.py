"""Render heldout-20 mails (mails.py) into .eml files plus gold.json and catalogue.json."""
import json, re, os, sys, html, datetime
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email import encoders
sys.path.insert(0, os.path.dirname(__file__))
import catalogue, mails

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|\{\{(\d{8})\}\}")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40

def render(body):
    codes, nums = [], []
    def sub(m):
        if m.group(3):
            nums.append(m.group(3)); return m.group(3)
        canon, written = m.group(1), m.group(2) or m.group(1)
        codes.append((canon, written)); return written
    return MARK.sub(sub, body), codes, nums

def to_html(text):
    out = []
    for para in text.split("\n\n"):
        lines = [html.escape(l, quote=False) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "<html><body style=\"font-family:Calibri,sans-serif\">\n" + "\n".join(out) + "\n</body></html>"

def strip_html(h):
    t = re.sub(r"<(br|/p|/tr|/div)[^>]*>", "\n", h, flags=re.I)
    t = re.sub(r"</t[dh]>", "\t", t, flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", t))

def textpart(text, sub, cs, cte):
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        text = text.replace("’", "'").replace("œ", "oe").replace("€", "EUR").replace("…", "...")
    return MIMEText(text, sub, c)

def addr(name, email, cs):
    if not name:
        return email
    try:
        name.encode("ascii"); return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((str(Header(name, cs if cs != "us-ascii" else "utf-8")), email))

def build(m, idx):
    text, codes, nums = render(m["body"])
    subj, scodes, snums = render(m["subject"])
    codes = scodes + codes if m.get("subject_first", True) else codes + scodes
    cs, cte, fmt = m.get("cs", "utf-8"), m.get("cte", "8bit"), m.get("fmt", "plain")
    if fmt == "plain":
        msg = textpart(text, "plain", cs, cte)
    elif fmt == "html":
        msg = textpart(text, "html", cs, cte)
    else:  # alt
        msg = MIMEMultipart("alternative")
        msg.attach(textpart(strip_html(text) if m.get("html") else text, "plain", cs, cte))
        msg.attach(textpart(text if m.get("html") else to_html(text), "html", cs, "qp" if cte == "8bit" else cte))
    if m.get("att"):
        outer = MIMEMultipart("mixed"); outer.attach(msg)
        for fn in m["att"]:
            p = MIMEBase(*({"png": ("image", "png"), "pdf": ("application", "pdf"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "csv": ("text", "csv")}[fn.rsplit(".", 1)[1]]))
            p.set_payload(PNG if fn.endswith("png") else b"%PDF-1.4 stub\n" if fn.endswith("pdf") else b"a;b\n1;2\n")
            encoders.encode_base64(p)
            p.add_header("Content-Disposition", "attachment", filename=fn)
            outer.attach(p)
        msg = outer
    msg["From"] = addr(m.get("name"), m["frm"], cs)
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    try:
        subj.encode("ascii"); msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, "utf-8" if cs == "us-ascii" else cs)
    d = datetime.datetime(2026, 9, 1, 8, 3, tzinfo=datetime.timezone(datetime.timedelta(hours=2))) + datetime.timedelta(hours=idx * 17 + (idx * 37) % 11, minutes=idx * 7 % 60)
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<hz20.{idx:03d}@{m['frm'].split('@')[1]}>"
    for k, v in m.get("hdr", {}).items():
        msg[k] = v
    name = f"{idx:03d}-{m['slug']}.eml"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(msg.as_bytes())
    seen, ac, aw = set(), [], []
    for c, w in codes:
        if c not in seen:
            seen.add(c); ac.append(c); aw.append(w)
    fm = re.match(r"(\d{8})@etu", m["frm"])
    sn = []
    for n in ([fm.group(1)] if fm else []) + snums + nums:
        if n not in sn:
            sn.append(n)
    ids = []
    for i in re.findall(r"view\.php\?id=(\d+)", subj + "\n" + text):
        if int(i) not in ids:
            ids.append(int(i))
    return name, {"apogee_codes": ac, "apogee_codes_as_written": aw, "student_numbers": sn, "course_ids": ids,
                  "symptom": m["sym"], "sender_role": m["role"], "language": m.get("lang", "fr"),
                  "auto_reply": m.get("auto", False), "schemes": m.get("schemes", []),
                  "etapes_said": list(m.get("es", [])), "note": m["note"]}

def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    gold = {}
    for i, m in enumerate(mails.MAILS, 1):
        name, g = build(m, i)
        gold[name] = g
    with open(os.path.join(OUT, "gold.json"), "w") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w") as f:
        json.dump(catalogue.catalogue(), f, ensure_ascii=False, indent=1)
    print(len(gold), "mails")

if __name__ == "__main__":
    main()
