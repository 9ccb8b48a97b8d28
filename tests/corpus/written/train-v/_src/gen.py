#!/usr/bin/env python3
"""Generate train-v: .eml files, gold.json, catalogue.json."""
import json, re, os, random, html as H
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email.charset import Charset, QP, BASE64
from email.utils import formataddr, parseaddr, format_datetime, make_msgid
from email.header import Header
from datetime import datetime, timedelta, timezone
import catalog, mails1, mails2, mails3, mails4

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAILS = mails1.MAILS + mails2.MAILS + mails3.MAILS + mails4.MAILS
CODE = re.compile(r"\[\[([^|\]]+)(?:\|([^\]]+))?\]\]")
NUM = re.compile(r"\{\{(\d{8})\}\}")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000105e3e8e70000000049454e44ae426082")

def strip(s):
    return NUM.sub(r"\1", CODE.sub(lambda m: m.group(2) or m.group(1), s))

def text_part(text, sub, cs, cte):
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    c.header_encoding = QP
    return MIMEText(text, sub, c)

def html_to_text(h):
    t = re.sub(r"<br\s*/?>|</p>|</tr>|</div>", "\n", h)
    t = re.sub(r"</td>", "\t", t)
    return H.unescape(re.sub(r"<[^>]+>", "", t))

def build(m, i):
    subj_raw = m.subj
    body = strip(m.body)
    subj = strip(subj_raw)
    default_cte = {"utf-8": "8bit", "iso-8859-1": "qp", "windows-1252": "8bit"}[m.cs]
    cte = {"qp": "qp", "b64": "b64"}.get(m.fmt, default_cte)
    if m.fmt in ("plain", "qp", "b64"):
        msg = text_part(body, "plain", m.cs, cte)
    elif m.fmt == "html":
        msg = text_part(body, "html", m.cs, "qp")
    elif m.fmt == "alt":
        msg = MIMEMultipart("alternative")
        if body.lstrip().startswith("<"):
            msg.attach(text_part(html_to_text(body), "plain", m.cs, "qp"))
            msg.attach(text_part(body, "html", m.cs, "qp"))
        else:
            msg.attach(text_part(body, "plain", m.cs, "qp"))
            hb = "<html><body><div style='font-family:Arial'>" + H.escape(body).replace("\n", "<br>\n") + "</div></body></html>"
            msg.attach(text_part(hb, "html", m.cs, "b64"))
    if m.attach:
        outer = MIMEMultipart("mixed"); outer.attach(msg)
        img = MIMEImage(PNG, "png"); img.add_header("Content-Disposition", "attachment", filename=m.attach)
        outer.attach(img); msg = outer
    name, addr = parseaddr(m.frm)
    msg["From"] = formataddr((name, addr), charset="utf-8") if name else addr
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = subj if (subj.startswith("=?") or subj.isascii()) else Header(subj, "utf-8").encode()
    d = datetime(2026, 9, 7, 8, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(hours=i * 23 + (i * 37) % 11, minutes=(i * 13) % 60)
    if d.month >= 11 or (d.month == 10 and d.day >= 25):
        d = d.astimezone(timezone(timedelta(hours=1)))
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{d.strftime('%Y%m%d%H%M')}.{i:03d}.{abs(hash(m.slug)) % 99999}@{addr.split('@')[1]}>"
    for k, v in m.hdr.items():
        msg[k] = v
    if m.subj.startswith(("Re:", "RE:")) and "In-Reply-To" not in m.hdr:
        msg["In-Reply-To"] = f"<prev.{i:03d}@{addr.split('@')[1]}>"
    return msg

def gold_of(m):
    codes, written = [], []
    for src in (m.subj, m.body):
        for mm in CODE.finditer(src):
            c = mm.group(1)
            if c not in codes:
                codes.append(c); written.append(mm.group(2) or c)
    nums = []
    local = parseaddr(m.frm)[1].split("@")
    if re.fullmatch(r"\d{8}", local[0]) and local[1] == "etu.unicaen.fr":
        nums.append(local[0])
    for n in NUM.findall(m.body):
        if n not in nums: nums.append(n)
    ids = [int(x) for x in re.findall(r"course/view\.php\?id=(\d+)", m.body)]
    schemes = []
    for c in codes:
        s = catalog.S[c]
        if s not in schemes: schemes.append(s)
    return {"apogee_codes": codes, "apogee_codes_as_written": written, "student_numbers": nums,
            "course_ids": list(dict.fromkeys(ids)), "symptom": m.symptom, "sender_role": m.role,
            "language": m.lang, "auto_reply": m.auto, "schemes": schemes, "etapes_said": m.etapes, "note": m.note}

def main():
    assert len(MAILS) == 70, len(MAILS)
    gold = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"): os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        fn = f"{i:03d}-{m.slug}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(build(m, i).as_bytes())
        gold[fn] = gold_of(m)
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(catalog.catalogue(), open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
    print(len(gold), "mails")

if __name__ == "__main__":
    main()
