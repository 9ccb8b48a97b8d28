import random, html, base64
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.image import MIMEImage
from email.mime.base import MIMEBase
from email.utils import format_datetime, make_msgid
from email import charset as _cs
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
RNG = random.Random(4242)
MAILS = []
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

MONTHS = [(2025, 9, 30), (2025, 10, 31), (2025, 11, 30), (2026, 1, 31), (2026, 2, 28),
          (2025, 9, 30), (2025, 10, 31), (2026, 1, 31), (2025, 12, 19), (2026, 3, 31)]


def rand_date():
    y, m, d = RNG.choice(MONTHS)
    day = RNG.randint(1, d)
    h = RNG.choice([0, 1, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 21, 22, 23])
    return datetime(y, m, day, h, RNG.randint(0, 59), RNG.randint(0, 59), tzinfo=PARIS)


def M(fn, frm, subj, body, sym, role, codes=(), nums=(), ids=(), lang="fr", auto=False,
      schemes=(), note="", form="plain", cs="utf-8", date=None, htmlbody=None, png=None,
      to="cemu.assistance@unicaen.fr", headers=None, unknown=()):
    MAILS.append(dict(fn=fn, frm=frm, subj=subj, body=body, sym=sym, role=role,
                      codes=list(codes), nums=list(nums), ids=list(ids), lang=lang, auto=auto,
                      schemes=list(schemes), note=note, form=form, cs=cs, date=date,
                      htmlbody=htmlbody, png=png, to=to, headers=headers or {},
                      unknown=list(unknown)))


def text_to_html(t):
    lines = t.split("\n")
    out = []
    for ln in lines:
        if ln.startswith(">"):
            out.append('<span style="color:#500050">%s</span><br>' % html.escape(ln))
        else:
            out.append(html.escape(ln).replace("  ", "&nbsp; ") + "<br>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n'
            + "\n".join(out) + "\n</div></body></html>")


def _text_part(text, subtype, cs, cte):
    p = MIMEText("", subtype, cs)
    del p["Content-Transfer-Encoding"]
    data = text.encode(cs, errors="replace")
    if cte == "base64":
        p.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        import quopri
        p.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        p.set_payload(data.decode("ascii", "surrogateescape"))
        cte = "8bit"
    p["Content-Transfer-Encoding"] = cte
    return p


def build(m):
    form, cs = m["form"], m["cs"]
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(form.split("+")[0], None)
    if cte is None:
        cte = "quoted-printable" if cs != "us-ascii" and RNG.random() < 0.4 else "8bit"
    kind = form.split("+")[-1]
    if kind in ("plain", "qp", "b64"):
        body = _text_part(m["body"], "plain", cs, cte)
    elif kind == "html":
        h = m["htmlbody"] or text_to_html(m["body"])
        body = _text_part(h, "html", cs, cte)
    elif kind == "alt":
        body = MIMEMultipart("alternative")
        body.attach(_text_part(m["body"], "plain", cs, cte))
        body.attach(_text_part(m["htmlbody"] or text_to_html(m["body"]), "html", cs, cte))
    else:
        raise ValueError(form)
    if m["png"]:
        outer = MIMEMultipart("mixed")
        outer.attach(body)
        img = MIMEImage(PNG, "png")
        img.add_header("Content-Disposition", "attachment", filename=m["png"])
        outer.attach(img)
        msg = outer
    else:
        msg = body
    from email.header import Header
    from email.utils import parseaddr, formataddr
    if "<" in m["frm"] and not m["frm"].isascii():
        nm, ad = parseaddr(m["frm"])
        msg["From"] = formataddr((nm, ad), charset="utf-8")
    else:
        msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = Header(m["subj"], "utf-8").encode() if not m["subj"].isascii() else m["subj"]
    d = m["date"] or rand_date()
    msg["Date"] = format_datetime(d)
    from email.utils import parseaddr as _pa
    dom = _pa(m["frm"])[1].split("@")[-1] or "unicaen.fr"
    msg["Message-ID"] = make_msgid(domain=dom)
    for k, v in m["headers"].items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg
