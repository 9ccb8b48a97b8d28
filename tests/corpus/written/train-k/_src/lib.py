import email, email.utils, email.policy, random, re, html as H
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.image import MIMEImage
from email import charset as CS
from datetime import datetime
from zoneinfo import ZoneInfo

PNG = (b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89'
       b'\x00\x00\x00\nIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82')
MAILS = []
TZ = ZoneInfo('Europe/Paris')


def M(fn, frm, subj, date, body, codes=(), nums=(), ids=(), sym='other', role='staff', lang='fr',
      auto=False, schemes=(), note='', form='plain', cs='utf-8', cte=None, html=None, attach=False,
      to='cemu.assistance@unicaen.fr', extra=None):
    MAILS.append(dict(fn=fn, frm=frm, subj=subj, date=date, body=body, codes=list(codes), nums=list(nums),
                      ids=list(ids), sym=sym, role=role, lang=lang, auto=auto, schemes=list(schemes),
                      note=note, form=form, cs=cs, cte=cte, html=html, attach=attach, to=to, extra=extra or {}))


def txt2html(t, cs='utf-8'):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '"></head><body>'
            '<div style="font-family:Calibri,sans-serif;font-size:11pt">'
            + H.escape(t, quote=False).replace('\n', '<br>\n').replace('  ', '&nbsp; ') + '</div></body></html>')


def textpart(t, sub, cs, cte):
    if cte == '8bit':
        from email.message import Message
        p = Message()
        p['Content-Type'] = f'text/{sub}; charset="{cs}"'
        p['Content-Transfer-Encoding'] = '8bit'
        p.set_payload(t.encode(cs).decode('ascii', 'surrogateescape'))
        return p
    c = CS.Charset(cs)
    c.body_encoding = CS.QP if cte == 'qp' else CS.BASE64
    p = MIMEText('', sub, None)
    del p['Content-Transfer-Encoding']
    del p['Content-Type']
    p['Content-Type'] = f'text/{sub}; charset="{cs}"'
    p.set_payload(t, c)
    return p


def build(m):
    form, cs, cte = m['form'], m['cs'], m['cte']
    if cte is None:
        cte = 'qp' if cs != 'utf-8' else random.choice(['qp', 'b64', '8bit', 'qp'])
    if form == 'plain':
        msg = textpart(m['body'], 'plain', cs, cte)
    elif form == 'html':
        msg = textpart(m['html'] or txt2html(m['body'], cs), 'html', cs, cte)
    else:  # alt
        alt = MIMEMultipart('alternative')
        alt.attach(textpart(m['body'], 'plain', cs, cte))
        alt.attach(textpart(m['html'] or txt2html(m['body'], cs), 'html', cs, cte))
        msg = alt
    if m['attach']:
        mix = MIMEMultipart('mixed')
        mix.attach(msg)
        img = MIMEImage(PNG, 'png')
        img.add_header('Content-Disposition', 'attachment', filename='capture_ecran.png')
        mix.attach(img)
        msg = mix
    d = datetime.strptime(m['date'], '%Y-%m-%d %H:%M').replace(tzinfo=TZ)
    name, addr = email.utils.parseaddr(m['frm'])
    if '(' in m['frm']:
        msg['From'] = m['frm']
    else:
        msg['From'] = email.utils.formataddr((name, addr), charset='utf-8') if name else addr
    msg['To'] = m['to']
    from email.header import Header
    msg['Subject'] = Header(m['subj'], 'utf-8') if any(ord(c)>127 for c in m['subj']) else m['subj']
    msg['Date'] = email.utils.format_datetime(d)
    dom = m['frm'].split('@')[-1].strip('>') if '@' in m['frm'] else 'unicaen.fr'
    msg['Message-ID'] = email.utils.make_msgid(domain=dom)
    if not msg['MIME-Version']:
        msg['MIME-Version'] = '1.0'
    for k, v in m['extra'].items():
        msg[k] = v
    # reorder: headers first
    return msg


def mail_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            t = part.get_payload(decode=True).decode(part.get_content_charset() or 'utf-8', 'replace')
            if part.get_content_subtype() == 'html':
                t = H.unescape(re.sub(r'<[^>]+>', ' ', t))
            out.append(t)
    from email.header import decode_header, make_header
    out.append(str(make_header(decode_header(msg['Subject']))))
    out.append(str(msg['From']))
    return '\n'.join(out)
