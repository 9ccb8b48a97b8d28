"""Helpers: one call to mail() per message; each body is written by hand in mails_*.py."""
import base64
import html as htmlmod
import random
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.utils import formataddr, format_datetime
from datetime import datetime, timezone, timedelta
from email import encoders

CEMU = "cemu.assistance@unicaen.fr"
MAILS = []
_rnd = random.Random(2502)

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def mail(n, slug, frm, subj, body, *, sym, role, note, codes=(), nums=(), ids=(), lang="fr",
         auto=False, said=(), fmt="plain", cs="utf-8", cte="qp", day=1, hm=(9, 0), to=CEMU,
         cc=None, irt=None, html=None, att=(), extra=(), name=None):
    MAILS.append(dict(n=n, slug=slug, frm=frm, name=name, subj=subj, body=body, sym=sym, role=role,
                      note=note, codes=list(codes), nums=list(nums), ids=list(ids), lang=lang,
                      auto=auto, said=list(said), fmt=fmt, cs=cs, cte=cte, day=day, hm=hm, to=to,
                      cc=cc, irt=irt, html=html, att=list(att), extra=list(extra)))


def _cset(cs, cte):
    c = Charset(cs)
    c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    c.header_encoding = QP if cs != "utf-8" else BASE64
    return c


def _text(text, sub, cs, cte):
    if cs == "iso-8859-1":
        for a, b in (("\u2013", "-"), ("\u2019", "'"), ("\u0153", "oe"), ("\u2026", "...")):
            text = text.replace(a, b)
    p = MIMENonMultipart("text", sub)
    if cte == "8bit":
        p.set_charset(cs)
        p.set_payload(text.encode(cs).decode("ascii", "surrogateescape"))
        del p["Content-Transfer-Encoding"]
        p["Content-Transfer-Encoding"] = "8bit"
    else:
        p.set_payload(text, _cset(cs, cte))
    return p


def auto_html(body):
    out = []
    for para in body.split("\n\n"):
        lines = [htmlmod.escape(x, quote=False) for x in para.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append("<blockquote style=\"border-left:2px solid #ccc;padding-left:6px\">%s</blockquote>"
                       % "<br>\n".join(l[4:].lstrip() for l in lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(lines))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body></html>" % "\n".join(out))


def build(m):
    cs, cte = m["cs"], m["cte"]
    if m["fmt"] == "plain":
        core = _text(m["body"], "plain", cs, cte)
    elif m["fmt"] == "html":
        core = _text(m["html"] or auto_html(m["body"]), "html", cs, cte)
    else:
        core = MIMEMultipart("alternative")
        core.attach(_text(m["body"], "plain", cs, cte))
        core.attach(_text(m["html"] or auto_html(m["body"]), "html", cs, cte))
    if m["att"]:
        msg = MIMEMultipart("mixed")
        msg.attach(core)
        for fname, ctype, data in m["att"]:
            a = MIMEBase(*ctype.split("/"))
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=fname)
            msg.attach(a)
    else:
        msg = core
    hcs = cs if any(ord(ch) > 127 for ch in (m["subj"] + (m["name"] or ""))) else "us-ascii"
    if m["name"]:
        msg["From"] = formataddr((m["name"], m["frm"]), charset=hcs if hcs != "us-ascii" else "utf-8")
    else:
        msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = Header(m["subj"], hcs) if hcs != "us-ascii" else m["subj"]
    h, mi = m["hm"]
    dt = datetime(2027, 2, m["day"], h, mi, _rnd.randint(0, 59), tzinfo=timezone(timedelta(hours=1)))
    msg["Date"] = format_datetime(dt)
    dom = m["frm"].split("@")[-1]
    msg["Message-ID"] = "<%s.%d@%s>" % (format(_rnd.getrandbits(48), "x"), m["n"], dom)
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    for k, v in m["extra"]:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg


def fname(m):
    return "%03d-%s.eml" % (m["n"], m["slug"])
