# small raw MIME writer: full control of charsets and transfer encodings
import base64, quopri, random, hashlib
from email.header import Header

MAILS = []

def add(**kw):
    MAILS.append(kw)

def enc_header(value, charset='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()

def enc_addr(addr, charset='utf-8'):
    # "Nom Prénom <a@b>" -> encode display name only
    if '<' in addr:
        name, rest = addr.split('<', 1)
        name = name.strip().strip('"')
        if name:
            try:
                name.encode('ascii')
                if any(c in name for c in ',.;:()'):
                    name = '"%s"' % name
                return '%s <%s' % (name, rest)
            except UnicodeEncodeError:
                return '%s <%s' % (Header(name, charset).encode(), rest)
    return addr

class Text:
    def __init__(self, text, subtype='plain', charset='utf-8', cte=None, extra=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.extra = extra or []
    def render(self):
        data = self.text.replace('\r\n', '\n').encode(self.charset)
        cte = self.cte
        if cte is None:
            try:
                self.text.encode('ascii'); cte = '7bit'
            except UnicodeEncodeError:
                cte = '8bit'
        if cte == 'quoted-printable':
            body = quopri.encodestring(data)
        elif cte == 'base64':
            body = base64.encodebytes(data)
        else:
            body = data
        fmt = '; format=flowed' if (self.subtype == 'plain' and 'flowed' in self.extra) else ''
        hdr = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (
            self.subtype, self.charset, fmt, cte)
        return hdr.encode('ascii') + b'\n' + body.rstrip(b'\n') + b'\n'

class Attach:
    def __init__(self, mimetype, filename, data, inline=False, cid=None):
        self.mimetype, self.filename, self.data, self.inline, self.cid = mimetype, filename, data, inline, cid
    def render(self):
        fn = enc_header(self.filename)
        disp = 'inline' if self.inline else 'attachment'
        hdr = 'Content-Type: %s; name="%s"\nContent-Disposition: %s; filename="%s"\nContent-Transfer-Encoding: base64\n' % (
            self.mimetype, fn, disp, fn)
        if self.cid:
            hdr += 'Content-ID: <%s>\n' % self.cid
        return hdr.encode('ascii') + b'\n' + base64.encodebytes(self.data)

class Multi:
    def __init__(self, subtype, parts, boundary=None, params=''):
        self.subtype, self.parts, self.params = subtype, parts, params
        self.boundary = boundary
    def render(self):
        b = self.boundary or ('----=_Part_%d' % random.randint(10**6, 10**7))
        out = ('Content-Type: multipart/%s; boundary="%s"%s\n\n' % (self.subtype, b, self.params)).encode('ascii')
        out += b'This is a multi-part message in MIME format.\n' if self.subtype == 'mixed' else b''
        for p in self.parts:
            out += ('\n--%s\n' % b).encode('ascii') + p.render()
        out += ('\n--%s--\n' % b).encode('ascii')
        return out

def png_bytes(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x80\x00\x00\x01\xe0\x08\x06\x00\x00\x00'
            + h + b'\x00\x00\x00\x00IEND\xaeB`\x82')

def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def gmail_html(text):
    out = []
    for para in text.split('\n\n'):
        lines = [html_escape(l) for l in para.split('\n')]
        out.append('<div>' + '<br>'.join(lines) + '</div>')
    return '<div dir="ltr">' + '<div><br></div>'.join(out) + '</div>\n'

def outlook_html(text, font='Calibri'):
    paras = []
    for line in text.split('\n'):
        l = html_escape(line).replace('  ', '&nbsp; ')
        if not l.strip():
            l = '&nbsp;'
        paras.append('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;%s&quot;,sans-serif">%s<o:p></o:p></span></p>' % (font, l))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt;} --></style>\n</head>\n'
            '<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + '\n'.join(paras) + '\n</div>\n</body>\n</html>\n')

def render_mail(m):
    random.seed(m['fn'])
    cs = m.get('hcharset', 'utf-8')
    hdrs = []
    for k in m.get('pre', []):
        hdrs.append(k)
    hdrs.append(('From', enc_addr(m['frm'], cs)))
    hdrs.append(('To', enc_addr(m.get('to', 'cemu.assistance@unicaen.fr'), cs)))
    if m.get('cc'):
        hdrs.append(('Cc', enc_addr(m['cc'], cs)))
    hdrs.append(('Subject', enc_header(m['subj'], cs)))
    hdrs.append(('Date', m['date']))
    hdrs.append(('Message-ID', m['mid']))
    for k in m.get('hdr', []):
        hdrs.append(k)
    hdrs.append(('MIME-Version', '1.0'))
    head = ''.join('%s: %s\n' % kv for kv in hdrs).encode('ascii')
    return head + m['body'].render()

class RawPart:
    def __init__(self, ctype, raw):
        self.ctype, self.raw = ctype, raw
    def render(self):
        return ('Content-Type: %s\nContent-Description: Undelivered Message\n\n' % self.ctype).encode('ascii') + self.raw.encode('utf-8')
