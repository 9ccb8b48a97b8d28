"""Mail-building frame: markers in bodies give the gold.
[[CODE]] / [[CODE|as written]]  -> apogee code;  <<12345678>> / <<12345678|as written>> -> student number;
((ETAPE|words)) -> étape said in words."""
import base64, json, re, datetime
from email.message import EmailMessage
from email.utils import make_msgid, format_datetime
from email import policy
from catalogue import SCHEME

RC = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")
RS = re.compile(r"<<(\d{8})(?:\|([^>]+))?>>")
RT = re.compile(r"\(\(([A-Z0-9]+)\|([^)]+)\)\)")
RID = re.compile(r"course/view\.php\?id=(\d+)")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUHEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==".replace("SUHE", "SUhE"))
MAILS, GOLD = [], {}


def process(body, acc):
    def c(m):
        code, w = m.group(1), m.group(2) or m.group(1)
        if code not in acc["codes"]:
            acc["codes"].append(code); acc["written"].append(w)
        return w
    def s(m):
        n, w = m.group(1), m.group(2) or m.group(1)
        if n not in acc["nums"]:
            acc["nums"].append(n)
        return w
    def t(m):
        if m.group(1) not in acc["etapes"]:
            acc["etapes"].append(m.group(1))
        return m.group(2)
    body = RC.sub(c, body); body = RS.sub(s, body); body = RT.sub(t, body)
    for i in RID.findall(body):
        if int(i) not in acc["ids"]:
            acc["ids"].append(int(i))
    return body


def mail(fname, frm, subj, text=None, html=None, *, symptom, role, note, date, lang="fr", auto=False,
         charset="utf-8", cte=None, attach=None, headers=None, to="cemu.assistance@unicaen.fr", extra_nums=()):
    acc = {"codes": [], "written": [], "nums": [], "etapes": [], "ids": []}
    m = re.search(r"(?:^|<)(\d{8})@etu\.unicaen\.fr", frm)
    if m:
        acc["nums"].append(m.group(1))
    for n in extra_nums:
        acc["nums"].append(n)
    if text is not None:
        text = process(text, acc)
    if html is not None:
        html = process(html, acc)
    if charset in ("iso-8859-1", "windows-1252"):
        tr = {"\u2019": "'", "\u0153": "oe", "\u2026": "...", "\u20ac": "EUR", "\u2013": "-", "\u00a0": " "}
        for k, v in tr.items():
            if charset == "iso-8859-1" or k in ("\u00a0",):
                text = text.replace(k, v) if text else text
                html = html.replace(k, v) if html else html
    msg = EmailMessage(policy=policy.default)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subj
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain=frm.split("@")[-1].rstrip(">") if "@" in frm else "unicaen.fr")
    for k, v in (headers or {}).items():
        msg[k] = v
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in attach or []:
        if a.endswith(".png"):
            msg.add_attachment(PNG, maintype="image", subtype="png", filename=a)
        else:
            msg.add_attachment(b"%PDF-1.4\n% tiny\n", maintype="application", subtype="pdf", filename=a)
    MAILS.append((fname, msg))
    schemes = []
    for c in acc["codes"]:
        sc = SCHEME[c]
        if sc not in schemes:
            schemes.append(sc)
    GOLD[fname] = {"apogee_codes": acc["codes"], "apogee_codes_as_written": acc["written"],
                   "student_numbers": acc["nums"], "course_ids": acc["ids"], "symptom": symptom,
                   "sender_role": role, "language": lang, "auto_reply": auto, "schemes": schemes,
                   "etapes_said": acc["etapes"], "note": note}


def q(text, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


def d(month, day, h=9, mi=12):
    return datetime.datetime(2026, month, day, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=2 if month < 11 and not (month == 10 and day >= 25) else 1)))
