"""Build heldout-24: the .eml files, gold.json and catalogue.json.  Run: python3 _src/build.py"""
import json
import os
import random
import sys
from email import charset as cs
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from catalogue import SCHEME, catalogue  # noqa: E402

random.seed(24)
MAILS = []
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def M(slug, frm, subj, body, codes=(), nums=(), ids=(), sym="other", role="student", lang="fr",
      auto=False, etapes=(), note="", html=None, html_only=False, charset="utf-8", cte="qp",
      to="cemu.assistance@unicaen.fr", irt=None, attach=None, headers=None):
    MAILS.append(dict(slug=slug, frm=frm, subj=subj, body=body, codes=list(codes), nums=list(nums),
                      ids=list(ids), sym=sym, role=role, lang=lang, auto=auto, etapes=list(etapes),
                      note=note, html=html, html_only=html_only, charset=charset, cte=cte, to=to,
                      irt=irt, attach=attach, headers=headers or {}))


def _cs(name, cte):
    c = cs.Charset(name)
    c.body_encoding = {"qp": cs.QP, "b64": cs.BASE64, "8bit": None}[cte]
    return c


def _fix(text, charset):
    if charset in ("iso-8859-1",):
        for a, b in (("’", "'"), ("…", "..."), ("œ", "oe"), ("€", "EUR"), ("–", "-"), ("—", "-")):
            text = text.replace(a, b)
    return text


def _part(text, sub, charset, cte):
    return MIMEText(_fix(text, charset), sub, _cs(charset, cte))


def _date(i):
    day = 4 + (i * 29) // 100
    h, mi, s = random.randint(7, 22), random.randint(0, 59), random.randint(0, 59)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(day - 4) % 7]  # 4 Jan 2027 is a Monday
    return f"{wd}, {day:02d} Jan 2027 {h:02d}:{mi:02d}:{s:02d} +0100" if day <= 31 else \
        f"{['Mon','Tue','Wed','Thu','Fri','Sat','Sun'][(day - 4) % 7]}, {day - 31:02d} Feb 2027 {h:02d}:{mi:02d}:{s:02d} +0100"


def render(i, m):
    body, html, charset, cte = m["body"], m["html"], m["charset"], m["cte"]
    if m["html_only"]:
        msg = _part(html, "html", charset, cte)
    elif html:
        msg = MIMEMultipart("alternative")
        msg.attach(_part(body, "plain", charset, cte))
        msg.attach(_part(html, "html", charset, cte))
    else:
        msg = _part(body, "plain", charset, cte)
    if m["attach"]:
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        name = m["attach"]
        if name.endswith(".png") or name.endswith(".jpg"):
            a = MIMEImage(PNG, "png")
        else:
            a = MIMEApplication(b"PK\x03\x04 fake office file for tests\n" * 3)
        a.add_header("Content-Disposition", "attachment", filename=name)
        outer.attach(a)
        msg = outer
    name, addr = m["frm"]
    try:
        name.encode("ascii")
        msg["From"] = formataddr((name, addr)) if name else addr
    except UnicodeEncodeError:
        msg["From"] = formataddr((str(Header(name, "utf-8")), addr)) if False else \
            f"{Header(name, 'utf-8' if i % 2 else 'iso-8859-1').encode()} <{addr}>"
    msg["To"] = m["to"]
    subj = m["subj"]
    try:
        subj.encode("ascii")
        msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, "utf-8" if i % 3 else "iso-8859-1")
    msg["Date"] = _date(i)
    msg["Message-ID"] = f"<{random.getrandbits(48):x}.{i:03d}@{addr.split('@')[1]}>"
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    for k, v in m["headers"].items():
        msg[k] = v
    return msg.as_bytes()


def main():
    import mails1  # noqa: F401
    import mails2  # noqa: F401
    import mails3  # noqa: F401
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    gold = {}
    for i, m in enumerate(MAILS, 1):
        fn = f"{i:03d}-{m['slug']}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(render(i, m))
        schemes = []
        for c, _ in m["codes"]:
            s = SCHEME.get(c, "?")
            if s not in schemes:
                schemes.append(s)
        gold[fn] = {
            "apogee_codes": [c for c, _ in m["codes"]],
            "apogee_codes_as_written": [w for _, w in m["codes"]],
            "student_numbers": m["nums"], "course_ids": m["ids"], "symptom": m["sym"],
            "sender_role": m["role"], "language": m["lang"], "auto_reply": m["auto"],
            "schemes": schemes, "etapes_said": m["etapes"], "note": m["note"]}
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as fh:
        json.dump(catalogue(), fh, ensure_ascii=False, indent=1)
    print(len(MAILS), "mails")


if __name__ == "__main__":
    import build  # the mails register into the importable module, not into __main__
    build.main()
