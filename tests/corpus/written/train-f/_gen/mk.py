# Small hand-rolled serializer: full control over charset / CTE / structure.
import base64, quopri, random, hashlib
from email.header import Header
from email.utils import format_datetime
from datetime import datetime
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
CEMU = "cemu.assistance@unicaen.fr"

def hdr_encode(s, charset="utf-8", enc="q"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        if enc == "b":
            return Header(s, charset).encode()
        b = s.encode(charset)
        out = []
        for ch in b:
            c = chr(ch)
            if c.isalnum() and ch < 128:
                out.append(c)
            elif c == " ":
                out.append("_")
            else:
                out.append("=%02X" % ch)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

def addr(a, charset="utf-8"):
    # "Name <x@y>" -> encode display name if needed
    if "<" in a:
        name, rest = a.split("<", 1)
        name = name.strip().strip('"')
        if not name:
            return "<" + rest
        try:
            name.encode("ascii")
            if any(c in name for c in ",.;:()"):
                name = '"%s"' % name
            return "%s <%s" % (name, rest)
        except UnicodeEncodeError:
            return "%s <%s" % (hdr_encode(name, charset), rest)
    return a

def encode_body(text, charset, cte):
    b = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(b.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n")
    if cte == "base64":
        return base64.encodebytes(b.replace(b"\n", b"\r\n"))
    return b

def leaf(text, subtype="plain", charset="utf-8", cte="8bit", extra=None, fmt_flowed=False):
    if cte == "8bit":
        try:
            text.encode("ascii"); cte = "7bit"
        except UnicodeEncodeError:
            pass
    h = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, "; format=flowed" if fmt_flowed else ""),
         "Content-Transfer-Encoding: %s" % cte]
    if extra: h += extra
    return h, encode_body(text, charset, cte)

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAGElEQVR4nGP8z8DAwMDAxMDAwMDw/z8ABiMCA3u9Ln8AAAAASUVORK5CYII=")

def png_part(name="capture.png"):
    h = ["Content-Type: image/png; name=\"%s\"" % name,
         "Content-Transfer-Encoding: base64",
         "Content-Disposition: attachment; filename=\"%s\"" % name]
    return h, base64.encodebytes(PNG)

def multipart(subtype, parts, seed):
    bnd = "----=_Part_%s" % hashlib.md5(seed.encode()).hexdigest()[:20]
    h = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, bnd)]
    body = b"This is a multi-part message in MIME format.\n"
    for ph, pb in parts:
        body += b"\n--" + bnd.encode() + b"\n" + "\n".join(ph).encode() + b"\n\n" + pb
        if not pb.endswith(b"\n"): body += b"\n"
    body += b"\n--" + bnd.encode() + b"--\n"
    return h, body

def build(m):
    if m.get("raw"):
        return m["raw"].encode(m.get("raw_charset", "utf-8"))
    cs = m.get("charset", "utf-8")
    cte = m.get("cte", "8bit")
    fn = m["f"]
    text, html = m.get("text"), m.get("html")
    if text is not None and html is not None:
        body_h, body = multipart("alternative", [leaf(text, "plain", cs, cte), leaf(html, "html", cs, m.get("html_cte", cte))], fn + "alt")
    elif html is not None:
        body_h, body = leaf(html, "html", cs, cte)
    else:
        body_h, body = leaf(text, "plain", cs, cte, fmt_flowed=m.get("flowed", False))
    if m.get("png"):
        body_h, body = multipart("mixed", [(body_h, body), png_part(m.get("png_name", "capture.png"))], fn + "mix")
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    dom = m["frm"].split("@")[-1].strip(">").strip()
    mid = m.get("mid") or "<%s@%s>" % (hashlib.sha1(fn.encode()).hexdigest()[:24], dom)
    hcs = m.get("hdr_charset", cs if cs != "us-ascii" else "utf-8")
    H = []
    H += m.get("pre_headers", [])
    H.append("From: " + addr(m["frm"], hcs))
    H.append("To: " + addr(m.get("to", CEMU), hcs))
    if m.get("cc"): H.append("Cc: " + ", ".join(addr(x, hcs) for x in m["cc"]))
    H.append("Subject: " + hdr_encode(m["subj"], hcs, m.get("subj_enc", "q")))
    H.append("Date: " + format_datetime(dt))
    H.append("Message-ID: " + mid)
    if m.get("irt"):
        H.append("In-Reply-To: " + m["irt"]); H.append("References: " + m["irt"])
    H += m.get("headers", [])
    H.append("MIME-Version: 1.0")
    H += body_h
    return ("\n".join(H) + "\n\n").encode("ascii") + body
