# Builder for the heldout-7 blind corpus: raw RFC 5322 serialisation with full control of
# charset / transfer encoding. Each mail is a dict; see M().
import base64, quopri, hashlib, html, random, re
from datetime import datetime
from zoneinfo import ZoneInfo
from email.header import Header
from email.utils import formataddr, format_datetime

PARIS = ZoneInfo("Europe/Paris")
CEMU = ("CEMU Assistance", "cemu.assistance@unicaen.fr")

def M(**kw):
    kw.setdefault("to", [CEMU])
    kw.setdefault("form", "plain")
    kw.setdefault("cs", "utf-8")
    kw.setdefault("cte", None)
    kw.setdefault("client", "gmail")
    kw.setdefault("att", [])
    kw.setdefault("hdrs", [])
    kw.setdefault("html", None)
    kw.setdefault("cc", [])
    return kw

def _rng(fn):
    return random.Random(hashlib.md5(fn.encode()).hexdigest())

def addr(pair, cs="utf-8"):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=cs)

def hval(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs, maxlinelen=76, header_name="Subject").encode()

def msgid(m):
    r = _rng(m["fn"])
    c = m["client"]
    h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    H = lambda n: "".join(r.choice("0123456789ABCDEF") for _ in range(n))
    dom = m["frm"][1].split("@")[1]
    if c in ("gmail", "android"):
        return "<CA%s%s@mail.gmail.com>" % (H(4), "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(46)))
    if c == "outlook":
        return "<%s%s@%s.eurprd%02d.prod.outlook.com>" % (r.choice(["PR3P191MB", "DB9PR07MB", "AM6PR10MB", "PAXPR08MB"]), H(4) + "." + H(24), r.choice(["PR3P191MB", "DB9PR07MB", "AM6PR10MB"]) + H(4), r.randint(1, 9))
    if c == "exchange":
        return "<%s@EXCH-%02d.unicaen.fr>" % (H(32), r.randint(1, 4))
    if c == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h(8), h(4), h(4), h(4), h(12), dom)
    if c == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@unicaen.fr>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(10**12, 10**13))
    if c in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (H(8), H(4), H(4), H(4), H(12), dom)
    return "<%s.%s@%s>" % (h(16), h(8), dom)

def boundary(m, i=0):
    r = _rng(m["fn"] + str(i))
    c = m["client"]
    if c in ("gmail", "android"):
        return "000000000000" + "".join(r.choice("0123456789abcdef") for _ in range(16))
    if c in ("outlook", "exchange"):
        return "_%03d_%s_" % (i, "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)))
    if c == "thunderbird":
        return "------------" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(24))
    if c in ("apple", "iphone"):
        return "Apple-Mail=_%s" % "-".join("".join(r.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
    return "=_" + "".join(r.choice("0123456789abcdef") for _ in range(32))

def encode_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw

def default_cte(text, cs):
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "8bit"

def text_part(ctype, text, cs, cte, extra=b""):
    cte = cte or default_cte(text, cs)
    if cte == "7bit":
        text.encode("ascii")
    head = ('Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, cs, cte)).encode()
    body = encode_body(text, cs, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head + extra + b"\n" + body

def auto_html(text, client, cs):
    lines = text.split("\n")
    esc = lambda s: re.sub(r"(https?://[^\s<>]+)", r'<a href="\1">\1</a>', html.escape(s, quote=False))
    if client in ("outlook", "exchange"):
        out = []
        for ln in lines:
            if ln.strip() == "":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln))
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (cs, "\n".join(out)))
    if client == "thunderbird":
        paras, cur = [], []
        for ln in lines:
            if ln.startswith(">"):
                cur.append(esc(ln))
            elif ln.strip() == "":
                if cur:
                    paras.append("<p>" + "<br>\n".join(cur) + "</p>")
                cur = []
            else:
                cur.append(esc(ln))
        if cur:
            paras.append("<p>" + "<br>\n".join(cur) + "</p>")
        return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n'
                '  <body>\n    %s\n  </body>\n</html>\n' % (cs.upper(), "\n    ".join(paras)))
    if client == "zimbra":
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + "".join("<div>%s</div>" % (esc(ln) if ln.strip() else "<br data-mce-bogus=\"1\">") for ln in lines)
                + "</div></body></html>\n")
    if client in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head><body dir="auto">' % cs
                + "".join("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>") for ln in lines) + "</body></html>\n")
    # gmail-ish
    return '<div dir="ltr">' + "<br>".join(esc(ln) for ln in lines) + "</div>\n"

def html_to_text(h):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|li|h\d)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("\xa0", " ")
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"

def client_headers(m):
    c = m["client"]
    r = _rng(m["fn"] + "h")
    if c == "outlook":
        return ["Thread-Topic: " + hval(m["subject"], m["cs"]), "Thread-Index: AQH" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(25)) + "==",
                "Accept-Language: fr-FR, en-US", "Content-Language: fr-FR", "X-MS-Has-Attach: %s" % ("yes" if m["att"] else ""), "X-MS-TNEF-Correlator:"]
    if c == "exchange":
        return ["X-Mailer: Microsoft Outlook 16.0", "Content-Language: fr", "Thread-Index: Adq" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)) + "=="]
    if c == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: fr"]
    if c == "zimbra":
        return ["X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4583)", "Thread-Index: " + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(28))]
    if c == "iphone":
        return ["X-Mailer: iPhone Mail (22A3354)"]
    if c == "apple":
        return ["X-Mailer: Apple Mail (2.3826.200.121)"]
    if c == "roundcube":
        return ["User-Agent: Roundcube Webmail/1.6.9"]
    if c == "android":
        return []
    return []

LATIN1_FIX = {"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'", "\u2026": "...", "\u0153": "oe", "\u0152": "OE",
              "\u201c": '"', "\u201d": '"', "\u202f": " ", "\u2022": "-"}
def latin1_fix(t):
    if t is None:
        return t
    for a, b in LATIN1_FIX.items():
        t = t.replace(a, b)
    return t

def build(m):
    if m["cs"] == "iso-8859-1":
        m = dict(m)
        m["text"] = latin1_fix(m.get("text")); m["html"] = latin1_fix(m.get("html")); m["subject"] = latin1_fix(m["subject"])
    if m.get("raw"):
        return m["raw"].encode(m.get("raw_cs", "utf-8"))
    cs, cte = m["cs"], m["cte"]
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    sec = _rng(m["fn"] + "s").randint(0, 59)
    dt = dt.replace(second=sec)
    hs = []
    hs.append("Return-Path: <%s>" % m["frm"][1])
    r = _rng(m["fn"] + "rcv")
    dom = m["frm"][1].split("@")[1].lower()
    relay = {"gmail.com": "mail-wr1-f%d.google.com" % r.randint(41, 72), "googlemail.com": "mail-sor-f%d.google.com" % r.randint(41, 72),
             "hotmail.com": "mail-db%dhn%04d.outbound.protection.outlook.com" % (r.randint(3, 8), r.randint(1000, 2999)),
             "hotmail.fr": "mail-am%dhn%04d.outbound.protection.outlook.com" % (r.randint(3, 8), r.randint(1000, 2999)),
             "outlook.fr": "mail-pr%dfr%04d.outbound.protection.outlook.com" % (r.randint(1, 3), r.randint(1000, 2999)),
             "outlook.com": "mail-vi%deur%04d.outbound.protection.outlook.com" % (r.randint(1, 3), r.randint(1000, 2999)),
             "orange.fr": "smtp%02d.smtpout.orange.fr" % r.randint(1, 40), "laposte.net": "smtp-out.laposte.net",
             "free.fr": "smtp%d-g21.free.fr" % r.randint(1, 6), "proton.me": "mail-%d.proton.ch" % r.randint(10, 99)}.get(dom)
    if relay is None:
        relay = "zcs-mta%d.unicaen.fr" % r.randint(1, 3) if dom.endswith("unicaen.fr") else "mx.%s" % dom
    ip = "%d.%d.%d.%d" % (r.randint(20, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    qid = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxz") for _ in range(12))
    hs.append("Received: from %s (%s [%s])\n\tby smtp.unicaen.fr (Postfix) with ESMTPS id 4c%s\n\tfor <cemu.assistance@unicaen.fr>; %s" % (
        relay, relay, ip, qid, format_datetime(dt)))
    hs.append("From: " + addr(m["frm"], cs))
    hs.append("To: " + ", ".join(addr(t, cs) for t in m["to"]))
    if m["cc"]:
        hs.append("Cc: " + ", ".join(addr(t, cs) for t in m["cc"]))
    hs.append("Subject: " + hval(m["subject"], cs))
    hs.append("Date: " + format_datetime(dt))
    hs.append("Message-ID: " + msgid(m))
    hs += m["hdrs"]
    hs += client_headers(m)
    hs.append("MIME-Version: 1.0")
    text = m.get("text")
    h = m["html"]
    form = m["form"]
    if form in ("html", "alt") and h is None:
        h = auto_html(text, m["client"], cs)
    if form == "alt" and text is None:
        text = html_to_text(h)
    hcte = m.get("html_cte", cte)
    if form == "plain":
        body = text_part("text/plain", text, cs, cte, b"" if m["client"] != "apple" else b"")
    elif form == "html":
        body = text_part("text/html", h, cs, hcte)
    else:
        b = boundary(m, 1)
        body = ('Content-Type: multipart/alternative;\n\tboundary="%s"\n\n' % b).encode()
        body += ("--%s\n" % b).encode() + text_part("text/plain", text, cs, cte)
        body += ("\n--%s\n" % b).encode() + text_part("text/html", h, cs, hcte)
        body += ("\n--%s--\n" % b).encode()
    if m["att"]:
        b = boundary(m, 0)
        out = ('Content-Type: multipart/mixed;\n\tboundary="%s"\n\n' % b).encode()
        if m["client"] in ("outlook", "exchange"):
            pass
        else:
            out += b"This is a multi-part message in MIME format.\n"
        out += ("--%s\n" % b).encode() + body
        for (fn, ctype, data) in m["att"]:
            out += ("\n--%s\n" % b).encode()
            out += ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\nContent-Transfer-Encoding: base64\n\n' % (ctype, fn, fn)).encode()
            out += base64.encodebytes(data)
        out += ("\n--%s--\n" % b).encode()
        body = out
    head = "\n".join(hs) + "\n"
    return head.encode("ascii") + body

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00\x90\x91h6"
       b"\x00\x00\x00\x19IDATx\x9cc\xfc\xff\xff?\x03)\x80\x89\x81D0j\xc0\xa8\x01\xa3\x06\x0c7\x03\x00\xd9\xb3\x03\x1f"
       b"\xdd\x1b\x8b\x1c\x00\x00\x00\x00IEND\xaeB`\x82")
def pdf(title):
    return ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n" % title).encode("latin-1")
