"""Tiny hand-rolled MIME writer for the heldout-3 corpus (own tool, not project code)."""
import base64, quopri, datetime, zoneinfo, html, re, random, zlib, struct, hashlib
import email.utils
from email.header import Header

TZ = zoneinfo.ZoneInfo('Europe/Paris')
RNG = random.Random(20251003)

FR_DA = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_MA = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
FR_D = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_M = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
EN_DA = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_D = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MA = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
EN_M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
        'November', 'December']


def dt(s):
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    return datetime.datetime.strptime(s, fmt).replace(tzinfo=TZ)


def rfcdate(s):
    return email.utils.format_datetime(dt(s))


def _ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def qdate(kind, s):
    d = dt(s)
    if kind == 'G':   # gmail fr
        return f"{FR_DA[d.weekday()]} {d.day} {FR_MA[d.month-1]} {d.year} à {d:%H:%M}"
    if kind == 'O':   # outlook fr
        return f"{FR_D[d.weekday()]} {d.day} {FR_M[d.month-1]} {d.year} {d:%H:%M}"
    if kind == 'T':   # thunderbird fr: 07/10/2025 à 09:12
        return f"{d:%d/%m/%Y} à {d:%H:%M}"
    if kind == 'E':   # gmail en
        return f"{EN_DA[d.weekday()]}, {EN_MA[d.month-1]} {d.day}, {d.year} at {_ampm(d)}"
    if kind == 'OE':  # outlook en
        return f"{EN_D[d.weekday()]}, {EN_M[d.month-1]} {d.day}, {d.year} {_ampm(d)}"
    if kind == 'R':   # rfc
        return rfcdate(s)
    raise ValueError(kind)


def expand(text):
    if text is None:
        return None
    return re.sub(r'\[\[(G|O|T|E|OE|R):([^\]]+)\]\]', lambda m: qdate(m.group(1), m.group(2)), text)


SPLIT = '¦'   # marks where Outlook splits a word in two <span>s


LINK = re.compile(r'⟨([^|⟩]+)\|([^⟩]+)⟩')


def plain_of(text):
    return LINK.sub(r'\2 <\1>', text.replace(SPLIT, ''))


def _links(h):
    return LINK.sub(r'<a href="\1">\2</a>', h)


def _table_rows(lines):
    return [[c.strip() for c in l.strip().strip('|').split('|')] for l in lines]


def plain_render(text):
    """table lines '| a | b |' -> tab separated (as Outlook's text part does)."""
    out = []
    for l in plain_of(text).split('\n'):
        if l.startswith('|'):
            out.append('\t'.join(c.strip() for c in l.strip().strip('|').split('|')))
        else:
            out.append(l)
    return '\n'.join(out)


def _esc(s):
    s = html.escape(s, quote=False)
    s = s.replace(' :', '&nbsp;:').replace(' ;', '&nbsp;;').replace(' ?', '&nbsp;?').replace(' !', '&nbsp;!')
    return _links(s)


def outlook_html(text, lang='FR', color='#1F497D', font='Calibri'):
    sp_open = f"<span style='font-size:11.0pt;font-family:\"{font}\",sans-serif'>"
    sp_alt = f"</span><span style='font-size:11.0pt;font-family:\"{font}\",sans-serif;color:{color}'>"
    body = []
    lines = text.split('\n')
    i = 0
    inquote = False
    while i < len(lines):
        l = lines[i]
        if l.startswith('|'):
            j = i
            while j < len(lines) and lines[j].startswith('|'):
                j += 1
            rows = _table_rows(lines[i:j])
            t = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
                 "style='border-collapse:collapse;border:none'>"]
            for r, row in enumerate(rows):
                t.append('<tr>')
                for c in row:
                    cc = _esc(c).replace(SPLIT, sp_alt)
                    b = '<b>' if r == 0 else ''
                    be = '</b>' if r == 0 else ''
                    t.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                             f"<p class=MsoNormal>{b}{sp_open}{cc or '&nbsp;'}</span>{be}</p></td>")
                t.append('</tr>')
            t.append('</table>')
            body.append('\n'.join(t))
            i = j
            continue
        if l.startswith('>'):
            if not inquote:
                body.append("<blockquote style='border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt'>")
                inquote = True
            l = l.lstrip('>').lstrip(' ')
        elif inquote:
            body.append('</blockquote>')
            inquote = False
        if l.strip() == '':
            body.append(f"<p class=MsoNormal>{sp_open}&nbsp;</span></p>")
        else:
            body.append(f"<p class=MsoNormal>{sp_open}{_esc(l).replace(SPLIT, sp_alt)}</span></p>")
        i += 1
    if inquote:
        body.append('</blockquote>')
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=CHARSET\">\n"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:\"Calibri\",sans-serif;}\n"
            "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
            f"<body lang={lang} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n"
            "<div class=WordSection1>\n" + '\n'.join(body) + "\n</div>\n</body>\n</html>\n")


def simple_html(text):
    """Thunderbird / webmail style: <div> and <br>."""
    out = []
    inquote = False
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith('|'):
            j = i
            while j < len(lines) and lines[j].startswith('|'):
                j += 1
            rows = _table_rows(lines[i:j])
            t = ['<table border="1" cellpadding="2" cellspacing="0">']
            for row in rows:
                t.append('<tr>' + ''.join(f'<td>{_esc(c).replace(SPLIT, "</span><span>") or "&nbsp;"}</td>' for c in row) + '</tr>')
            t.append('</table>')
            out.append('\n'.join(t))
            i = j
            continue
        if l.startswith('>'):
            if not inquote:
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                inquote = True
            l = l.lstrip('>').lstrip(' ')
        elif inquote:
            out.append('</blockquote>')
            inquote = False
        out.append((_esc(l).replace(SPLIT, '</span><span>') if l.strip() else '&nbsp;') + '<br>')
        i += 1
    if inquote:
        out.append('</blockquote>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=CHARSET"></head>\n'
            '<body><div dir="ltr"><span>' + '\n'.join(out) + '</span></div></body></html>\n')


# ---------------------------------------------------------------- attachments
def png_bytes(w=64, h=40, seed=1):
    r = random.Random(seed)
    raw = b''
    for y in range(h):
        raw += b'\x00' + bytes((230 if (y < 6) else r.choice([250, 245, 200])) for _ in range(w * 3))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def pdf_bytes(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"% " + title.encode('ascii', 'replace') + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


# ---------------------------------------------------------------- writer
def hdr(val, cs='utf-8'):
    try:
        val.encode('ascii')
        return val
    except UnicodeEncodeError:
        return Header(val, cs if cs != 'us-ascii' else 'utf-8').encode(maxlinelen=76)


def addr(a, cs='utf-8'):
    if isinstance(a, str):
        return a
    name, ad = a
    if not name:
        return ad
    c = cs if cs not in ('us-ascii',) else 'utf-8'
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, ad))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, ad), charset=c)


def addrs(lst, cs):
    if lst is None:
        return None
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ', '.join(addr(a, cs) for a in lst)


CTE_NAME = {'qp': 'quoted-printable', 'b64': 'base64', '8bit': '8bit', '7bit': '7bit'}


def encode_body(s, cs, cte):
    raw = s.encode(cs)
    if cte == 'qp':
        return quopri.encodestring(raw)
    if cte == 'b64':
        return base64.encodebytes(raw)
    if cte == '7bit':
        raw.decode('ascii')
    return raw


def text_part(subtype, s, cs, cte, extra=''):
    s = s.replace('CHARSET', cs)
    h = (f'Content-Type: text/{subtype}; charset="{cs}"' + (f'; {extra}' if extra else '') +
         f'\nContent-Transfer-Encoding: {CTE_NAME[cte]}\n\n')
    return h.encode('ascii') + encode_body(s, cs, cte)


def boundary(tag):
    return '----=_Part_' + hashlib.md5(tag.encode()).hexdigest()[:20]


def multipart(subtype, parts, tag, params=''):
    b = boundary(tag + subtype)
    head = f'Content-Type: multipart/{subtype};{(" " + params + ";") if params else ""}\n\tboundary="{b}"\n\n'.encode()
    body = b'This is a multi-part message in MIME format.\n\n' if subtype == 'mixed' else b''
    for p in parts:
        body += f'--{b}\n'.encode() + p + b'\n'
    body += f'--{b}--\n'.encode()
    return head + body


def attachment(att, tag):
    kind = att[0]
    if kind == 'png':
        name = att[1]
        data = base64.encodebytes(png_bytes(seed=len(tag) + len(name)))
        disp = att[2] if len(att) > 2 else 'attachment'
        cid = f'\nContent-ID: <{hashlib.md5(name.encode()).hexdigest()[:12]}@01DC2F3A>' if disp == 'inline' else ''
        return (f'Content-Type: image/png; name="{name}"\nContent-Transfer-Encoding: base64\n'
                f'Content-Disposition: {disp}; filename="{name}"{cid}\n\n').encode() + data
    if kind == 'pdf':
        name = att[1]
        data = base64.encodebytes(pdf_bytes(name))
        return (f'Content-Type: application/pdf; name="{name}"\nContent-Transfer-Encoding: base64\n'
                f'Content-Disposition: attachment; filename="{name}"\n\n').encode() + data
    if kind == 'rfc822':
        inner = build(att[1])
        name = att[2] if len(att) > 2 else None
        disp = f'\nContent-Disposition: attachment; filename="{name}"' if name else '\nContent-Disposition: attachment'
        return (f'Content-Type: message/rfc822{disp}\nContent-Transfer-Encoding: 8bit\n\n').encode() + inner
    if kind == 'rfc822-headers':
        inner = build(att[1])
        heads = inner.split(b'\n\n', 1)[0]
        return b'Content-Type: text/rfc822-headers\n\n' + heads + b'\n'
    if kind == 'dsn':
        return b'Content-Type: message/delivery-status\n\n' + att[1].encode('ascii')
    raise ValueError(kind)


def build(m):
    """m: dict spec -> bytes of the .eml"""
    cs = m.get('cs', 'utf-8')
    cte = m.get('cte', '8bit')
    tag = m.get('slug', m.get('subj', 'x'))
    form = m.get('form', 'plain')
    text = expand(m.get('body'))
    htmlsrc = expand(m.get('html'))
    style = m.get('hstyle', 'outlook')
    if form in ('html', 'alt') and htmlsrc is None:
        htmlsrc = outlook_html(text) if style == 'outlook' else simple_html(text)
    parts_body = None
    if form == 'plain':
        parts_body = text_part('plain', plain_render(text), cs, cte, m.get('tparams', ''))
    elif form == 'html':
        parts_body = text_part('html', htmlsrc, cs, m.get('hcte', cte))
    elif form == 'alt':
        parts_body = multipart('alternative', [text_part('plain', plain_render(text), cs, cte),
                                               text_part('html', htmlsrc, cs, m.get('hcte', cte))], tag)
    elif form == 'report':
        parts_body = None
    atts = m.get('att', [])
    if form == 'report':
        parts = [text_part('plain', text, cs, cte)] + [attachment(a, tag) for a in atts]
        top = multipart('report', parts, tag, 'report-type=delivery-status')
    elif atts:
        top = multipart('mixed', [parts_body] + [attachment(a, tag + str(i)) for i, a in enumerate(atts)], tag)
    else:
        top = parts_body
    H = []
    if m.get('received'):
        H += m['received']
    H.append('From: ' + addrs(m['frm'], cs))
    if m.get('to') is not None:
        H.append('To: ' + addrs(m['to'], cs))
    if m.get('cc'):
        H.append('Cc: ' + addrs(m['cc'], cs))
    H.append('Subject: ' + hdr(m['subj'], cs if cs != 'us-ascii' else 'utf-8'))
    H.append('Date: ' + rfcdate(m['date']))
    dom = m.get('msgdom') or (m['frm'][1] if isinstance(m['frm'], tuple) else m['frm']).split('@')[-1].strip('>')
    mid = m.get('mid') or f"<{hashlib.sha1((tag + m['date']).encode()).hexdigest()[:24]}@{dom}>"
    H.append('Message-ID: ' + mid)
    if m.get('irt'):
        H.append('In-Reply-To: ' + m['irt'])
        H.append('References: ' + m.get('refs', m['irt']))
    for k, v in m.get('hdrs', {}).items():
        H.append(f'{k}: {hdr(v, cs if cs != "us-ascii" else "utf-8")}')
    H.append('MIME-Version: 1.0')
    return ('\n'.join(H) + '\n').encode('ascii') + top
