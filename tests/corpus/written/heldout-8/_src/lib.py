import json, os, re
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from datetime import datetime
from zoneinfo import ZoneInfo
OUT = '/work/blind/heldout-8'
GOLD = {}
PNG = bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000') + b'\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82'
PDF = b'%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
_n = [0]
def D(s):
    dt = datetime.strptime(s, '%Y-%m-%d %H:%M').replace(tzinfo=ZoneInfo('Europe/Paris'))
    return format_datetime(dt)
def M(fn, frm, subj, date, text=None, html=None, to='cemu.assistance@unicaen.fr', cs='utf-8', cte=None,
      att=(), hdr=None, g=None, htmlcte=None):
    if cs in ('iso-8859-1', 'windows-1252'):
        tr = {'\u2013': '-', '\u2014': '-', '\u2019': "'", '\u0153': 'oe', '\u20ac': 'EUR', '\u2026': '...', '\u0144': 'n', '\u015b': 's', '\u0142': 'l'}
        if cs == 'iso-8859-1' or True:
            for a, b in tr.items():
                if text: text = text.replace(a, b)
                if html: html = html.replace(a, b)
    m = EmailMessage(policy=policy.SMTP)
    m['From'] = frm; m['To'] = to; m['Subject'] = subj; m['Date'] = D(date)
    _n[0] += 1
    dom = frm.split('@')[-1].strip('>') if '@' in frm else 'unicaen.fr'
    m['Message-ID'] = '<%s.%d.%s@%s>' % (date.replace(' ', '').replace('-', '').replace(':', ''), _n[0]*7919, fn[:3], dom)
    for k, v in (hdr or {}).items(): m[k] = v
    if text is not None:
        m.set_content(text, charset=cs, cte=cte) if cte else m.set_content(text, charset=cs)
        if html is not None:
            m.add_alternative(html, subtype='html', charset=cs, cte=htmlcte or cte or 'quoted-printable')
    else:
        m.set_content(html, subtype='html', charset=cs, cte=htmlcte or cte or 'quoted-printable')
    for a in att:
        name, data, mt = a
        ma, su = mt.split('/')
        if isinstance(data, str):
            m.add_attachment(data, subtype=su, filename=name)
        else:
            m.add_attachment(data, maintype=ma, subtype=su, filename=name)
    if 'MIME-Version' not in m: m['MIME-Version'] = '1.0'
    with open(os.path.join(OUT, fn), 'wb') as f:
        f.write(m.as_bytes())
    assert fn not in GOLD, fn
    GOLD[fn] = g
def G(codes=(), written=(), nums=(), ids=(), sym='other', role='student', lang='fr', auto=False, schemes=(), note='', unknown=()):
    return {'apogee_codes': list(codes), 'apogee_codes_as_written': list(written), 'student_numbers': list(nums),
            'course_ids': list(ids), 'symptom': sym, 'sender_role': role, 'language': lang, 'auto_reply': auto,
            'schemes': list(schemes), 'note': note, '_unknown': list(unknown)}
