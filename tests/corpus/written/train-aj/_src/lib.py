# Helpers: build raw RFC 5322 messages by hand (bytes), register gold.
import base64, quopri, html, datetime, email.utils
from email.header import Header

MAILS = []   # (fname, bytes, gold)
CEMU = "cemu.assistance@unicaen.fr"
_n = [0]

CSNAME = {"utf-8": "utf-8", "latin1": "iso-8859-1", "cp1252": "windows-1252", "ascii": "us-ascii"}

def hval(s, cs="utf-8"):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, CSNAME.get(cs, cs)).encode()

def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return f"{Header(name, CSNAME.get(cs, cs)).encode()} <{a}>"

def textpart(text, sub="plain", cs="utf-8", cte="qp", extra=""):
    raw = text.encode({"latin1": "iso-8859-1"}.get(cs, cs))
    if cte == "qp":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ctename = {"qp": "quoted-printable"}.get(cte, cte)
    h = f'Content-Type: text/{sub}; charset="{CSNAME[cs]}"\nContent-Transfer-Encoding: {ctename}\n{extra}\n'
    return h.encode("ascii") + body

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Calibri,sans-serif">\n' + "\n".join(out) + "\n</body></html>\n")

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

def attpart(name, ctype="image/png", data=PNG):
    b = base64.encodebytes(data)
    return (f'Content-Type: {ctype}; name="{name}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{name}"\n\n').encode() + b

def multipart(kind, parts):
    _n[0] += 1
    bd = f"----=_Part_{_n[0]:04d}_{1000 + 37 * _n[0]}.bj2027"
    out = f'Content-Type: multipart/{kind}; boundary="{bd}"\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n"
    for p in parts:
        out += f"\n--{bd}\n".encode() + p
    out += f"\n--{bd}--\n".encode()
    return out

def M(slug, frm, subj, date, body=None, *, to=CEMU, fmt="plain", cs="utf-8", cte="qp", html_body=None,
      attach=(), headers=None, codes=(), nums=(), ids=(), sym="other", role="student", lang="fr",
      auto=False, schemes=(), said=(), note=""):
    num = len(MAILS) + 1
    fname = f"{num:03d}-{slug}.eml"
    y, mo, d, hh, mm = date
    dt = datetime.datetime(y, mo, d, hh, mm, (num * 7) % 60, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
    name, a = frm
    H = [f"From: {addr(name, a, cs)}", f"To: {to}", f"Subject: {hval(subj, cs)}",
         f"Date: {email.utils.format_datetime(dt)}",
         f"Message-ID: <{dt.strftime('%Y%m%d%H%M%S')}.{num:03d}bj@{a.split('@')[1]}>",
         "MIME-Version: 1.0"]
    for k, v in (headers or {}).items():
        H.append(f"{k}: {v}")
    head = ("\n".join(H) + "\n").encode()
    if fmt == "plain":
        core = textpart(body, "plain", cs, cte)
    elif fmt == "html":
        core = textpart(html_body, "html", cs, cte)
    elif fmt == "alt":
        core = multipart("alternative", [textpart(body, "plain", cs, cte),
                                         textpart(html_body or to_html(body), "html", cs, cte)])
    else:
        raise ValueError(fmt)
    if attach:
        core = multipart("mixed", [core] + [attpart(*x) if isinstance(x, tuple) else attpart(x) for x in attach])
    raw = head + core
    cl = [c if isinstance(c, tuple) else (c, c) for c in codes]
    gold = {"apogee_codes": [c for c, _ in cl], "apogee_codes_as_written": [w for _, w in cl],
            "student_numbers": list(nums), "course_ids": list(ids), "symptom": sym, "sender_role": role,
            "language": lang, "auto_reply": auto, "schemes": list(schemes), "etapes_said": list(said),
            "note": note}
    MAILS.append((fname, raw, gold))
