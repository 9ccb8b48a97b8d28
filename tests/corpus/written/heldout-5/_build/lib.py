import base64, quopri, json, random
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.utils import formataddr, format_datetime, make_msgid
from email.header import Header
from email.generator import BytesGenerator
from email import message_from_bytes
import datetime, zoneinfo, io, html as H
PARIS = zoneinfo.ZoneInfo("Europe/Paris")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

def dt(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)

def textpart(body, subtype="plain", cs="utf-8", cte="8bit"):
    p = MIMENonMultipart("text", subtype, charset=cs)
    if cs.lower() in ("iso-8859-1", "windows-1252"):
        for a, b in (("\u2026", "..."), ("\u2019", "'"), ("\u0153", "oe"), ("\u2014", "-"), ("\u2013", "-")):
            if cs.lower() == "iso-8859-1" or a not in ("\u2026", "\u2019", "\u0153", "\u2014", "\u2013"):
                body = body.replace(a, b)
    raw = body.encode(cs)
    if cte == "qp":
        p.set_payload(quopri.encodestring(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "base64"
    else:
        p.set_payload(raw.decode("ascii", "surrogateescape"))
        p["Content-Transfer-Encoding"] = "8bit" if any(b > 127 for b in raw) else "7bit"
    return p

def to_html(body, style="outlook"):
    esc = H.escape(body, quote=False)
    lines = esc.split("\n")
    if style == "outlook":
        inner = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (l.replace("  ", "&nbsp; ") or "&nbsp;") for l in lines)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
                '<body lang="FR" link="#0563C1"><div class="WordSection1">\n' + inner + '</div></body></html>')
    if style == "gmail":
        return '<div dir="ltr">' + "<br>\n".join(lines) + '</div>\n'
    if style == "tb":
        return ('<!DOCTYPE html>\n<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>'
                '<body>\n<p>' + "<br>\n".join(lines) + '</p>\n</body></html>')
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">'
                + "".join("<div>%s</div>" % (l or "<br>") for l in lines) + '</body></html>')

def build(m):
    f = m.get("form", {})
    cs = f.get("cs", "utf-8"); cte = f.get("cte", "8bit")
    body = m["body"]
    kind = f.get("kind", "plain")
    if kind == "raw":
        return m["raw"]
    html = f.get("html")
    if kind == "html":
        main = textpart((html or to_html(body, f.get("style", "outlook"))).replace("charset=utf-8", "charset=" + cs).replace("charset=UTF-8", "charset=" + cs), "html", cs, cte)
    elif kind == "alt":
        main = MIMEMultipart("alternative")
        main.attach(textpart(body, "plain", cs, cte))
        main.attach(textpart((html or to_html(body, f.get("style", "outlook"))).replace("charset=utf-8", "charset=" + cs).replace("charset=UTF-8", "charset=" + cs), "html", cs, cte))
    else:
        main = textpart(body, "plain", cs, cte)
    atts = []
    if f.get("png"):
        a = MIMEBase("image", "png", name=f["png"]); a.set_payload(base64.encodebytes(PNG).decode()); a["Content-Transfer-Encoding"] = "base64"
        a.add_header("Content-Disposition", "attachment", filename=f["png"]); atts.append(a)
    if f.get("inner"):
        inner = build_msg(f["inner"])
        a = MIMEMessage(inner); a.add_header("Content-Disposition", "attachment", filename=f["inner"].get("fname", "message.eml")); atts.append(a)
    if atts:
        outer = MIMEMultipart("mixed"); outer.attach(main)
        for a in atts: outer.attach(a)
        msg = outer
    else:
        msg = main
    return msg

def build_msg(m):
    msg = build(m)
    cs = m.get("form", {}).get("hcs", "utf-8")
    def hdr(name, val):
        msg[name] = val
    name, addr = m["frm"]
    msg["From"] = formataddr((name, addr), cs) if name else addr
    tos = m.get("to", [("", "cemu.assistance@unicaen.fr")])
    msg["To"] = ", ".join(formataddr(t, cs) if t[0] else t[1] for t in tos)
    if m.get("cc"): msg["Cc"] = ", ".join(formataddr(t, cs) if t[0] else t[1] for t in m["cc"])
    try:
        m["subj"].encode("ascii"); msg["Subject"] = m["subj"]
    except UnicodeEncodeError:
        msg["Subject"] = Header(m["subj"], cs).encode()
    msg["Date"] = format_datetime(dt(m["date"]))
    msg["Message-ID"] = m.get("mid") or "<%s.%08x@%s>" % (dt(m["date"]).strftime("%Y%m%d%H%M%S"), random.Random(m["subj"]).getrandbits(32), m["frm"][1].split("@")[1])
    for k, v in m.get("extra", {}).items(): msg[k] = v
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    # put MIME-Version etc after: fine
    return msg

def to_bytes(msg):
    b = io.BytesIO(); BytesGenerator(b, mangle_from_=False, maxheaderlen=78).flatten(msg); return b.getvalue()
