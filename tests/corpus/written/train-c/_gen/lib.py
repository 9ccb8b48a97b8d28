# Helpers to build the train-c corpus (blind writer). Standard library only.
import base64, quopri, zlib, struct, html, re, random, hashlib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.base import MIMEBase
from email.header import Header
from email import utils, encoders

PARIS = ZoneInfo("Europe/Paris")
MAILS = []          # filled by the m_*.py modules

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
           "oct.", "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)


# ---------- quoting helpers -------------------------------------------------
def gm_attr(d, name, addr):
    """Gmail FR attribution line."""
    d = dt(d)
    return f"Le {JOURS_AB[d.weekday()]} {d.day} {MOIS_AB[d.month-1]} {d.year} à {d:%H:%M}, {name} <{addr}> a écrit :"


def tb_attr(d, name, addr=None):
    d = dt(d)
    who = f"{name} a écrit" if not addr else f"{name} <{addr}> a écrit"
    return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {who} :"


def zim_attr(d, name, addr):
    d = dt(d)
    return (f"----- Mail original -----\nDe: \"{name}\" <{addr}>\nÀ: \"CEMU Assistance\" <cemu.assistance@unicaen.fr>\n"
            f"Envoyé: {JOURS[d.weekday()].capitalize()} {d.day} {MOIS[d.month-1].capitalize()} {d.year} {d:%H:%M:%S}\n")


def en_attr(d, name, addr):
    d = dt(d)
    return f"On {EN_DAYS[d.weekday()]}, {d.day} {EN_MON[d.month-1]} {d.year} at {d:%H:%M}, {name} <{addr}> wrote:"


def ol_hdr(d, name, addr, to, subject, cc=None):
    """Outlook FR header block of a quoted/forwarded message."""
    d = dt(d)
    s = (f"De : {name} <{addr}>\nEnvoyé : {JOURS[d.weekday()]} {d.day} {MOIS[d.month-1]} {d.year} {d:%H:%M}\n"
         f"À : {to}\n")
    if cc:
        s += f"Cc : {cc}\n"
    s += f"Objet : {subject}\n"
    return s


def ol_hdr_en(d, name, addr, to, subject):
    d = dt(d)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    return (f"From: {name} <{addr}>\nSent: {days[d.weekday()]}, {months[d.month-1]} {d.day}, {d.year} "
            f"{d:%I:%M %p}\nTo: {to}\nSubject: {subject}\n")


def gm_fwd(d, name, addr, subject, to):
    d = dt(d)
    return (f"---------- Forwarded message ---------\nDe : {name} <{addr}>\n"
            f"Date: {JOURS_AB[d.weekday()]} {d.day} {MOIS_AB[d.month-1]} {d.year} à {d:%H:%M}\n"
            f"Subject: {subject}\nTo: {to}\n")


def tb_fwd(d, name, addr, subject, to):
    d = dt(d)
    return (f"-------- Message transféré --------\nSujet : \t{subject}\n"
            f"Date : \t{utils.format_datetime(d)}\nDe : \t{name} <{addr}>\nPour : \t{to}\n")


def zim_fwd(d, name, addr, subject, to):
    d = dt(d)
    return (f"----- Mail transféré -----\nDe: \"{name}\" <{addr}>\nÀ: {to}\n"
            f"Envoyé: {JOURS[d.weekday()].capitalize()} {d.day} {MOIS[d.month-1].capitalize()} {d.year} {d:%H:%M:%S}\n"
            f"Objet: {subject}\n")


def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.strip("\n").split("\n"))


# ---------- HTML rendering --------------------------------------------------
URL_RE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:)])")


def _inline(line):
    s = html.escape(line, quote=False)
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', s)


def _blocks(text):
    """Split text into ('p', [lines]) / ('table', [rows]) / ('quote', text) blocks."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        if l.startswith(">"):
            j = i
            buf = []
            while j < len(lines) and (lines[j].startswith(">")):
                buf.append(lines[j][2:] if lines[j].startswith("> ") else lines[j][1:])
                j += 1
            out.append(("quote", "\n".join(buf)))
            i = j
        elif "\t" in l:
            j = i
            rows = []
            while j < len(lines) and "\t" in lines[j]:
                rows.append(lines[j].split("\t"))
                j += 1
            out.append(("table", rows))
            i = j
        else:
            out.append(("line", l))
            i += 1
    return out


def _table(rows, style):
    if style == "outlook":
        s = '<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style="border-collapse:collapse">\n'
        for r in rows:
            s += "<tr>" + "".join(
                f'<td nowrap style="border:solid windowtext 1.0pt;padding:0cm 3.5pt 0cm 3.5pt"><p class=MsoNormal>'
                f'<span style="font-size:10.0pt;font-family:Calibri">{html.escape(c, quote=False)}</span></p></td>'
                for c in r) + "</tr>\n"
        return s + "</table>\n"
    s = '<table border="1" cellspacing="0" cellpadding="2">\n<tbody>\n'
    for k, r in enumerate(rows):
        tag = "th" if k == 0 and style != "zimbra" else "td"
        s += "<tr>" + "".join(f"<{tag}>{html.escape(c, quote=False)}</{tag}>" for c in r) + "</tr>\n"
    return s + "</tbody>\n</table>\n"


def to_html(text, style="outlook", charset="utf-8"):
    blocks = _blocks(text)
    if style == "outlook":
        body = []
        for kind, val in blocks:
            if kind == "line":
                if val.strip() == "":
                    body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
                else:
                    body.append(f"<p class=MsoNormal>{_inline(val)}<o:p></o:p></p>")
            elif kind == "table":
                body.append(_table(val, style))
            else:
                body.append('<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">'
                            + "".join(f"<p class=MsoNormal>{_inline(x) or '&nbsp;'}<o:p></o:p></p>" for x in val.split("\n"))
                            + "</div>")
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;\n\ttext-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
                '--></style>\n</head>\n<body lang=FR link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class=WordSection1>\n'
                + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    if style == "gmail":
        parts, buf = [], []
        for kind, val in blocks:
            if kind == "line":
                buf.append(_inline(val) if val else "")
            else:
                if buf:
                    parts.append("<br>".join(buf))
                    buf = []
                if kind == "table":
                    parts.append(_table(val, style))
                else:
                    parts.append('<div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                                 'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                                 + "<br>".join(_inline(x) for x in val.split("\n")) + "</blockquote></div>")
        if buf:
            parts.append("<br>".join(buf))
        return '<div dir="ltr">' + "<br>".join(parts) + "</div>\n"
    if style == "zimbra":
        body = []
        for kind, val in blocks:
            if kind == "line":
                body.append(f"<div>{_inline(val)}</div>" if val else '<div><br data-mce-bogus="1"></div>')
            elif kind == "table":
                body.append(_table(val, style))
            else:
                body.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;'
                            'font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                            + "".join(f"<div>{_inline(x) or '<br>'}</div>" for x in val.split("\n")) + "</blockquote>")
        return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                + "".join(body) + "</div></body></html>\n")
    # thunderbird
    body, para = [], []

    def flush():
        if para:
            body.append("<p>" + "<br>\n".join(para) + "</p>")
            para.clear()
    for kind, val in blocks:
        if kind == "line":
            if val.strip() == "":
                flush()
            elif val.strip() == "--":
                flush()
                body.append('<div class="moz-signature">-- <br>')
            else:
                para.append(_inline(val))
        elif kind == "table":
            flush()
            body.append(_table(val, style))
        else:
            flush()
            body.append('<blockquote type="cite">' + "<br>\n".join(_inline(x) for x in val.split("\n")) + "</blockquote>")
    flush()
    if any(b.startswith('<div class="moz-signature">') for b in body):
        body.append("</div>")
    return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; charset="
            + charset.upper() + "\">\n  </head>\n  <body>\n" + "\n".join(body) + "\n  </body>\n</html>\n")


# ---------- attachments -----------------------------------------------------
def png_bytes(seed=0, w=48, h=24):
    rnd = random.Random(seed)
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(rnd.choice([238, 240, 255, 200, 30]) for _ in range(w * 3))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf_bytes(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Title(" + t +
            b")>>endobj\ntrailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")


# ---------- MIME building ---------------------------------------------------
def text_part(text, subtype="plain", charset="utf-8", cte="8bit"):
    p = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        p.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "7bit":
        p.set_payload(raw.decode("ascii"))
    else:
        p.set_payload(raw.decode("ascii", "surrogateescape"))
    p["Content-Transfer-Encoding"] = cte
    return p


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return utils.formataddr((name, a))
    except UnicodeEncodeError:
        return utils.formataddr((name, a), charset=charset)


def addr_list(s, charset="utf-8"):
    out = []
    for part in s.split(","):
        part = part.strip()
        if "<" in part:
            name, a = utils.parseaddr(part)
            out.append(addr(name, a, charset))
        else:
            out.append(part)
    return ", ".join(out)


def msgid(seed, dom):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if dom == "gmail":
        return "<CA" + base64.b64encode(bytes.fromhex(h + h[:10])).decode().replace("/", "_")[:42] + "@mail.gmail.com>"
    if dom == "outlook":
        return "<PR3P" + h[:3].upper() + "MB" + h[3:7].upper() + "0" + h[7:30].upper() + "@PR3P" + h[:3].upper() + "MB" + h[3:7].upper() + ".EURP195.PROD.OUTLOOK.COM>"
    if dom == "zimbra":
        return f"<{int(h[:8],16)}.{int(h[8:14],16)}.{int(h[14:26],16)}.JavaMail.zimbra@unicaen.fr>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{dom}>"


class Mail:
    def __init__(self, key, slug, frm, to, subject, date, body="", gold=None, kind="plain",
                 charset="utf-8", cte="8bit", style="outlook", html_body=None, attach=(), cc=None,
                 reply_to=None, irt=None, mid="unicaen.fr", extra=None, flags=(), hcharset=None,
                 inline_png=None, report=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        MAILS.append(self)

    def build(self):
        cs = self.charset
        hcs = self.hcharset or ("utf-8" if cs in ("utf-8", "us-ascii") else cs)
        if self.report is not None:
            root = self.report.build_report(self)
        else:
            if self.kind == "plain":
                main = text_part(self.body, "plain", cs, self.cte)
            else:
                h = self.html_body if self.html_body is not None else to_html(self.body, self.style, cs)
                hp = text_part(h, "html", cs, self.cte)
                if self.inline_png:
                    rel = MIMEMultipart("related")
                    rel.attach(hp)
                    img = MIMEBase("image", "png", name=self.inline_png[0])
                    img.set_payload(png_bytes(hash(self.slug) % 1000))
                    encoders.encode_base64(img)
                    img["Content-ID"] = "<" + self.inline_png[1] + ">"
                    img.add_header("Content-Disposition", "inline", filename=self.inline_png[0])
                    rel.attach(img)
                    hp = rel
                if self.kind == "html":
                    main = hp
                else:
                    main = MIMEMultipart("alternative")
                    main.attach(text_part(self.body, "plain", cs, self.cte))
                    main.attach(hp)
            if self.attach:
                root = MIMEMultipart("mixed")
                root.attach(main)
                for a in self.attach:
                    root.attach(make_attachment(a, self))
            else:
                root = main
        root["From"] = addr(self.frm[0], self.frm[1], hcs) if isinstance(self.frm, tuple) else self.frm
        root["To"] = addr_list(self.to, hcs)
        if self.cc:
            root["Cc"] = addr_list(self.cc, hcs)
        if self.reply_to:
            root["Reply-To"] = self.reply_to
        root["Subject"] = hdr(self.subject, hcs)
        secs = int(hashlib.md5(self.slug.encode()).hexdigest()[:4], 16) % 60
        root["Date"] = utils.format_datetime(dt(self.date) + timedelta(seconds=secs))
        root["Message-ID"] = msgid(self.slug + self.date, self.mid)
        if self.irt:
            root["In-Reply-To"] = self.irt
            root["References"] = self.irt
        for k, v in (self.extra or {}).items():
            root[k] = v
        # move MIME-Version first-ish: compat32 keeps insertion order; re-add at end is fine
        strip_mime_version(root, True)
        if root["MIME-Version"] is None:
            root["MIME-Version"] = "1.0"
        ua = USER_AGENTS.get(self.mid)
        if ua and self.report is None and not any(k.lower() in ("x-mailer", "user-agent") for k in (self.extra or {})):
            root["X-Mailer" if self.mid in ("outlook", "zimbra") else "User-Agent"] = ua
        # header order: transport/identity first, MIME headers last
        mime = [(k, v) for k, v in root._headers if k.lower() in ("content-type", "mime-version", "content-transfer-encoding")]
        rest = [(k, v) for k, v in root._headers if k.lower() not in ("content-type", "mime-version", "content-transfer-encoding")]
        d = dt(self.date) + timedelta(seconds=secs + 2 + secs % 5)
        rcv = ("Received: from smtp.unicaen.fr (smtp.unicaen.fr [193.55.120.23])\n\tby mx1.unicaen.fr (Postfix) with ESMTPS id "
               + hashlib.md5(self.slug.encode()).hexdigest()[:10].upper() + "\n\tfor <cemu.assistance@unicaen.fr>; "
               + utils.format_datetime(d))
        k, v = rcv.split(": ", 1)
        mime.sort(key=lambda kv: ["mime-version", "content-type", "content-transfer-encoding"].index(kv[0].lower()))
        root._headers = ([(k, v)] if self.key != "inner" else []) + rest + mime
        return root


USER_AGENTS = {"outlook": "Microsoft Outlook 16.0", "zimbra": "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF133 (Linux)/9.0.0_GA_4583)",
               "gmail": None, "unicaen.fr": "Mozilla Thunderbird 128.3.1 (Windows)"}


def strip_mime_version(msg, is_root):
    if not is_root and msg.get("MIME-Version") is not None:
        del msg["MIME-Version"]
    if msg.get_content_type() == "message/rfc822":
        for inner in msg.get_payload():
            strip_mime_version(inner, True)
    elif msg.is_multipart():
        for p in msg.get_payload():
            strip_mime_version(p, False)


def make_attachment(a, m):
    kind = a[0]
    if kind == "png":
        p = MIMEBase("image", "png", name=a[1])
        p.set_payload(png_bytes(len(a[1]) * 7 + len(m.slug)))
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=a[1])
        return p
    if kind == "jpg":
        p = MIMEBase("image", "jpeg", name=a[1])
        p.set_payload(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(64)) + b"\xff\xd9")
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=a[1])
        return p
    if kind == "pdf":
        p = MIMEBase("application", "pdf", name=a[1])
        p.set_payload(pdf_bytes(a[1]))
        encoders.encode_base64(p)
        p.add_header("Content-Disposition", "attachment", filename=a[1])
        return p
    if kind == "eml":        # forward as attachment: a[1] is a Mail (not registered) or Message
        inner = a[1].build() if isinstance(a[1], Mail) else a[1]
        p = MIMEMessage(inner)
        if len(a) > 2:
            p.add_header("Content-Disposition", "attachment", filename=a[2])
        return p
    if kind == "ics":
        p = text_part(a[2], "calendar", "utf-8", "7bit")
        p.add_header("Content-Disposition", "attachment", filename=a[1])
        return p
    raise ValueError(kind)


class Inner(Mail):
    """A message used only as an attachment (not written as a file)."""
    def __init__(self, *args, **kw):
        super().__init__("inner", *args, **kw)
        MAILS.remove(self)


class Bounce:
    def __init__(self, text, status, returned, reporting="mx1.unicaen.fr", final=None, action="failed", diag=""):
        self.text, self.status, self.returned = text, status, returned
        self.reporting, self.final, self.action, self.diag = reporting, final, action, diag

    def build_report(self, m):
        root = MIMEMultipart("report", report_type="delivery-status")
        root.attach(text_part(self.text, "plain", m.charset, m.cte))
        from email.message import Message
        ds = MIMEBase("message", "delivery-status")
        b1, b2 = Message(), Message()
        b1["Reporting-MTA"] = f"dns; {self.reporting}"
        b1["Arrival-Date"] = utils.format_datetime(dt(m.date))
        b2["Final-Recipient"] = f"rfc822; {self.final}"
        b2["Original-Recipient"] = f"rfc822;{self.final}"
        b2["Action"] = self.action
        b2["Status"] = self.status
        b2["Diagnostic-Code"] = self.diag
        ds.set_payload([b1, b2])
        root.attach(ds)
        inner = self.returned.build() if isinstance(self.returned, Mail) else self.returned
        root.attach(MIMEMessage(inner))
        return root


class G(dict):
    def __init__(self, codes=(), nums=(), ids=(), sym="other", role="student", lang="fr", auto=False, note=""):
        super().__init__(codes=list(codes), nums=list(nums), ids=list(ids), sym=sym, role=role, lang=lang,
                         auto=auto, note=note)
