import base64, quopri, html, re, random
from datetime import datetime
from zoneinfo import ZoneInfo
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email import encoders

PARIS = ZoneInfo("Europe/Paris")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def part(text, subtype="plain", charset="utf-8", cte="8bit"):
    m = Message()
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    if charset.lower() == "iso-8859-1":
        text = text.replace("\u2013", "-").replace("\u2019", "'").replace("\u0153", "oe")
    if subtype == "html":
        text = text.replace("charset=utf-8", "charset=" + charset).replace("charset=UTF-8", "charset=" + charset)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = text
    else:
        payload = text  # 8bit utf-8 only
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def text2html(text, outlook=True):
    out = []
    for line in text.split("\n"):
        esc = html.escape(line, quote=False)
        esc = re.sub(r"^( +)", lambda mm: "&nbsp;" * len(mm.group(1)), esc)
        if outlook:
            out.append(f'<p class="MsoNormal">{esc if esc else "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(esc + "<br>")
    body = "\n".join(out)
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + '\n</div>\n</body>\n</html>\n')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>\n'
            '<body>\n<div class="moz-text-html" lang="x-unicode">' + body + '</div>\n</body>\n</html>\n')


def table_html(rows, header=True):
    s = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, r in enumerate(rows):
        s.append("<tr>" + "".join(
            f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">'
            f'{"<b>" if header and i == 0 else ""}{html.escape(c)}{"</b>" if header and i == 0 else ""}<o:p></o:p></p></td>'
            for c in r) + "</tr>")
    s.append("</table>")
    return "\n".join(s)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((str(Header(name, charset).encode()), a))


def build(spec):
    """spec keys: frm (name, addr), to, subject, date (tuple), body, html, form, charset, cte,
    attach_png, attach_msg (Message), extra headers"""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "8bit")
    form = spec.get("form", "plain")  # plain | html | alt
    body = spec.get("body", "")
    htm = spec.get("html")
    if form == "plain":
        main = part(body, "plain", charset, cte)
    elif form == "html":
        main = part(htm or text2html(body), "html", charset, cte)
    else:
        main = MIMEMultipart("alternative")
        main.attach(part(body, "plain", charset, cte))
        main.attach(part(htm or text2html(body), "html", charset, cte))
    atts = []
    if spec.get("attach_png"):
        p = MIMEBase("image", "png", name=spec["attach_png"])
        p.set_payload(PNG + bytes(random.randrange(256) for _ in range(40)))
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=spec["attach_png"])
        atts.append(p)
    if spec.get("attach_msg") is not None:
        p = MIMEBase("message", "rfc822")
        p.set_payload([spec["attach_msg"]])
        del p["MIME-Version"]
        if spec.get("attach_msg_name"):
            p.add_header("Content-Disposition", "attachment", filename=spec["attach_msg_name"])
        atts.append(p)
    if spec.get("attach_headers") is not None:
        p = Message()
        p["Content-Type"] = "text/rfc822-headers"
        p.set_payload(spec["attach_headers"])
        atts.append(p)
    if atts:
        outer = MIMEMultipart(spec.get("mixed_subtype", "mixed"))
        if spec.get("report_type"):
            outer.set_param("report-type", spec["report_type"])
        outer.attach(main)
        for a in atts:
            outer.attach(a)
        msg = outer
    else:
        msg = main
    hcs = spec.get("hcharset", "utf-8")
    heads = [("From", addr(*spec["frm"], charset=hcs)),
             ("To", spec.get("to", "cemu.assistance@unicaen.fr")),
             ("Subject", hdr(spec["subject"], hcs)),
             ("Date", format_datetime(datetime(*spec["date"], tzinfo=PARIS))),
             ("Message-ID", spec.get("msgid") or make_msgid(domain=spec["frm"][1].split("@")[1]))]
    for k, v in spec.get("headers", []):
        heads.append((k, v))
    heads.append(("MIME-Version", "1.0"))
    # put headers first
    existing = [(k, v) for k, v in msg.items() if k != "MIME-Version"]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in heads + existing:
        msg[k] = v
    return msg


def inner(frm, to, subject, date, body, charset="utf-8", cte="8bit", extra=()):
    m = part(body, "plain", charset, cte)
    ex = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    m["From"] = addr(*frm)
    m["To"] = to
    m["Subject"] = hdr(subject)
    m["Date"] = format_datetime(datetime(*date, tzinfo=PARIS))
    m["Message-ID"] = make_msgid(domain=frm[1].split("@")[1])
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in ex:
        m[k] = v
    return m
