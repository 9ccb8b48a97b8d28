# scratch builder for the train-d corpus
import base64, quopri, random, hashlib, html as htmlmod, datetime, re
from zoneinfo import ZoneInfo
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

PARIS = ZoneInfo("Europe/Paris")
MAILS = []

SC = {
 'hlan':   "langues: H+3 lettres+3 chiffres (HLAN201) / étapes 1LANGL",
 'mdot':   "masters: M.<année><lettres><chiffre>C, groupes suffixés TD/EM (M.1HRP9C)",
 'hr':     "porté: chiffre+HR+chiffre+C (2HR5C)",
 'inspe':  "INSPE: chiffre+2 lettres+3 chiffres (1CA153) / étapes MEF1PE",
 'lve':    "LVE: lettres-tiret-chiffres (AN-10A, IRAN-15)",
 'sci':    "sciences: S+3 lettres+3 chiffres (SPHY210) / étapes 2LPHYC",
 'hss2':   "HSS masters à deux points (M.1.MS03)",
 'pharma': "pharmacie: PH<année>UE<nn>[option] / DFGSPn, DFASPn / PH3TPnn (inventé)",
 'odonto': "odontologie: ODO<année>U<nn> / DFGSOn / ODO2TPx (inventé)",
 'hist':   "histoire: HIL<année>-<nn>[option] / 3LHIST / 3LHIS-TD2A (inventé)",
 'gea':    "IUT GEA (BUT): GEAR1.05, GEAS1.02 / BUGEA1 / GEA1-TD3, GEA1-TP3B (inventé)",
 'chim':   "chimie: CH.<sem><nn> / L3CHIM / CH512-TP4 (inventé)",
 'psy':    "psychologie: PSY-<sem><nn> / LPSY3, MPCLI1 / PSY3TD12, PSY3EAD (inventé)",
 'lea':    "LEA: LEA<année><langue><nn> / 2LEAAE / LEA2-TDAE1 (inventé)",
 'mi':     "maths-info: <année>MI<nn><parcours> / L3MINF / L3MI-TP2 (inventé)",
 'ads':    "arts du spectacle: ADS-<domaine><nn> / LASP2 / ADS-ATEL3 (inventé)",
 'esix':   "école d'ingénieurs ESIX: ESIX<année><dépt><nn> / ESIX4M / ESIX3M-P1 (inventé)",
}

def M(**kw):
    MAILS.append(kw)

PNG = base64.b64decode(
 "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

def _rnd(fn):
    return random.Random(hashlib.md5(fn.encode()).hexdigest())

def msgid(client, fn, dom):
    r = _rnd(fn + "mid")
    h = lambda n: "".join(r.choice("0123456789abcdef") for _ in range(n))
    H = lambda n: "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
    if client == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (H(6), "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(50)))
    if client == "outlook":
        p = "PR3P%dMB%d" % (r.randint(100, 299), r.randint(1000, 9999))
        return "<%s%s@%s.EURP%d.PROD.OUTLOOK.COM>" % (p, H(24), p, r.randint(100, 299))
    if client == "zimbra":
        return "<%d.%d.%d%03d.JavaMail.zimbra@%s>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(1756000000, 1772000000), r.randint(0, 999), dom)
    if client == "iphone":
        return "<%s-%s-%s-%s-%s@%s>" % (H(8), H(4), H(4), H(4), H(12), dom)
    return "<%s-%s-%s-%s-%s@%s>" % (h(8), h(4), h(4), h(4), h(12), dom)

UA = {
 "zimbra": ("X-Mailer", "Zimbra 10.0.12_GA_4711 (ZimbraWebClient - FF132 (Linux)/10.0.12_GA_4711)"),
 "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
 "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
 "iphone": ("X-Mailer", "iPhone Mail (22A3354)"),
 "android": ("User-Agent", "K-9 Mail for Android"),
}

def enc_header(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs if cs not in ("us-ascii",) else "utf-8", maxlinelen=76).encode()

def enc_addr(a, cs="utf-8"):
    if a is None:
        return None
    out = []
    for one in [x.strip() for x in a.split(";")]:
        name, addr = parseaddr(one)
        if name:
            try:
                name.encode("ascii")
                out.append(formataddr((name, addr)))
            except UnicodeEncodeError:
                out.append(formataddr((name, addr), charset=cs if cs != "us-ascii" else "utf-8"))
        else:
            out.append(addr)
    return ", ".join(out)

def encode_body(text, cs, cte):
    b = text.encode(cs)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(b).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(b).decode("ascii")
    if cte == "7bit":
        b.decode("ascii")
        return "7bit", text
    return "8bit", b.decode(cs, errors="strict") if False else text

def leaf(ctype, text, cs, cte, extra=""):
    cten, payload = encode_body(text, cs, cte)
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n%s\n' % (ctype, cs, cten, extra)
    return (h, payload, cs if cten == "8bit" else "ascii")

def plain2html(text, style="gmail"):
    esc = htmlmod.escape(text, quote=False).replace("\n", "<br>\n")
    if style == "gmail":
        return '<div dir="ltr">' + esc + "</div>\n"
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>\n" + esc + "\n</body></html>\n"

def html2plain(h):
    t = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"

def boundary(fn, n=0, client=None):
    r = _rnd(fn + "b%d" % n)
    if client == "outlook":
        return "_00%d_PR3P%dMB%d%s_" % (n, r.randint(100, 299), r.randint(1000, 9999), "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(20)))
    if client == "gmail":
        return "0000000000%s" % "".join(r.choice("0123456789abcdef") for _ in range(16))
    return "=_%s" % "".join(r.choice("0123456789abcdef") for _ in range(32))

def render(m):
    fn = m["fn"]
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "8bit")
    client = m.get("client", "zimbra")
    frm = m["frm"]
    dom = parseaddr(frm.split(";")[0])[1].split("@")[-1] or "unicaen.fr"
    dt = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    if m.get("utc"):
        dt = dt.astimezone(datetime.timezone.utc)
    hdr = []
    if m.get("pre_headers"):
        hdr += m["pre_headers"]
    hdr.append("Date: " + format_datetime(dt))
    hdr.append("From: " + enc_addr(frm, cs))
    if m.get("to", "cemu.assistance@unicaen.fr") is not None:
        hdr.append("To: " + enc_addr(m.get("to", "cemu.assistance@unicaen.fr"), cs))
    if m.get("cc"):
        hdr.append("Cc: " + enc_addr(m["cc"], cs))
    hdr.append("Subject: " + enc_header(m["subj"], cs))
    hdr.append("Message-ID: " + m.get("mid", msgid(client, fn, dom if client not in ("gmail", "outlook") else dom)))
    if m.get("irt"):
        hdr.append("In-Reply-To: " + m["irt"])
        hdr.append("References: " + m["irt"])
    for k, v in m.get("headers", []):
        hdr.append("%s: %s" % (k, v))
    if client in UA and not m.get("no_ua"):
        hdr.append("%s: %s" % UA[client])
    hdr.append("MIME-Version: 1.0")

    fmt = m.get("fmt", "plain")
    body = m.get("body")
    htm = m.get("html")
    parts_out = []  # list of (text, charset) chunks
    def emit(s, c="ascii"):
        parts_out.append((s, c))

    if fmt == "raw":
        head = "\n".join(hdr) + "\n" + m["raw_ct"] + "\n\n"
        return (head + m["raw_body"]).encode(m.get("raw_cs", "utf-8"))

    if fmt in ("plain", "html"):
        text = body if fmt == "plain" else htm
        ctype = "text/plain" if fmt == "plain" else "text/html"
        h, payload, pcs = leaf(ctype, text, cs, cte, m.get("leaf_extra", ""))
        if m.get("format_flowed") and fmt == "plain":
            h = h.replace('charset="%s"' % cs, 'charset="%s"; format=flowed' % cs)
        head = "\n".join(hdr) + "\n" + h
        return head.encode("ascii", errors="strict") + payload.encode(pcs if pcs != "ascii" else "ascii")

    # multipart forms
    b_alt = boundary(fn, 1, client)
    if htm is None and body is not None:
        htm = plain2html(body, "gmail" if client == "gmail" else "tb")
    if body is None and htm is not None:
        body = html2plain(htm)
    hcs = m.get("html_cs", cs)
    hcte = m.get("html_cte", cte)
    def alt_block():
        out = []
        out.append(("--%s\n" % b_alt, "ascii"))
        h, p, pc = leaf("text/plain", body, cs, cte)
        out.append((h, "ascii")); out.append((p + ("" if p.endswith("\n") else "\n"), pc))
        out.append(("--%s\n" % b_alt, "ascii"))
        h, p, pc = leaf("text/html", htm, hcs, hcte)
        out.append((h, "ascii")); out.append((p + ("" if p.endswith("\n") else "\n"), pc))
        out.append(("--%s--\n" % b_alt, "ascii"))
        return out
    atts = m.get("attach", [])
    if fmt == "alt" and not atts:
        emit("\n".join(hdr) + '\nContent-Type: multipart/alternative; boundary="%s"\n\n' % b_alt)
        for c in alt_block():
            emit(*c)
    elif fmt in ("alt", "mixed", "related"):
        b_out = boundary(fn, 2, client)
        kind = "related" if fmt == "related" else "mixed"
        emit("\n".join(hdr) + '\nContent-Type: multipart/%s; boundary="%s"\n\n' % (kind, b_out))
        if m.get("preamble"):
            emit(m["preamble"] + "\n")
        emit("--%s\n" % b_out)
        if m.get("single_plain"):
            h, p, pc = leaf("text/plain", body, cs, cte)
            emit(h); emit(p + ("" if p.endswith("\n") else "\n"), pc)
        elif m.get("single_html"):
            h, p, pc = leaf("text/html", htm, hcs, hcte)
            emit(h); emit(p + ("" if p.endswith("\n") else "\n"), pc)
        else:
            emit('Content-Type: multipart/alternative; boundary="%s"\n\n' % b_alt)
            for c in alt_block():
                emit(*c)
        for a in atts:
            name, ctype, data = a[0], a[1], a[2]
            disp = a[3] if len(a) > 3 else "attachment"
            cid = a[4] if len(a) > 4 else None
            emit("\n--%s\n" % b_out)
            emit('Content-Type: %s; name="%s"\n' % (ctype, name))
            if disp:
                emit('Content-Disposition: %s; filename="%s"\n' % (disp, name))
            if cid:
                emit("Content-ID: <%s>\n" % cid)
            emit("Content-Transfer-Encoding: base64\n\n")
            emit(base64.encodebytes(data).decode("ascii"))
        emit("--%s--\n" % b_out)
    else:
        raise ValueError(fmt)
    return b"".join(s.encode(c if c != "ascii" else "ascii") for s, c in parts_out)

def gold_of(m):
    g = m["gold"]
    codes = g.get("codes", [])
    canon, written = [], []
    for c in codes:
        cn, wr = c[0], c[1]
        if cn not in canon:
            canon.append(cn)
        if wr not in written:
            written.append(wr)
    return {
        "apogee_codes": canon,
        "apogee_codes_as_written": written,
        "student_numbers": g.get("nums", []),
        "course_ids": g.get("ids", []),
        "symptom": g["sym"],
        "sender_role": g["role"],
        "language": g.get("lang", "fr"),
        "auto_reply": g.get("auto", False),
        "schemes": [SC[s] for s in g.get("schemes", [])],
        "note": g["note"],
    }

OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''
OUTLOOK_TAIL = '''</div>
</body>
</html>
'''

def P(t):
    if t == "":
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % t

def outlook(inner, cs="windows-1252"):
    return (OUTLOOK_HEAD % cs) + inner + OUTLOOK_TAIL

def paras(text):
    return "".join(P(htmlmod.escape(l, quote=False)) for l in text.split("\n"))

def table(rows, border=True, header=True, outlook_style=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n' if outlook_style else '<table border="1" cellpadding="2" cellspacing="0">\n']
    for i, r in enumerate(rows):
        out.append("<tr>\n")
        for c in r:
            tag = "td"
            if outlook_style:
                inner = '<p class="MsoNormal">%s%s%s<o:p></o:p></p>' % ("<b>" if header and i == 0 else "", c, "</b>" if header and i == 0 else "")
                out.append('<%s width="120" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">%s</%s>\n' % (tag, inner, tag))
            else:
                out.append("<%s>%s</%s>\n" % ("th" if header and i == 0 else "td", c, "th" if header and i == 0 else "td"))
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)

def tb(inner, cs="UTF-8"):
    return ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset=%s">\n  </head>\n  <body>\n' % cs) + inner + "\n  </body>\n</html>\n"

def zim(inner):
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">' + inner + "</div></body></html>\n")
