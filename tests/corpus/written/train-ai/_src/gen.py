#!/usr/bin/env python3
"""Writer BI generator: builds the .eml files, gold.json and catalogue.json of /work/blind/train-ai.
Every body is hand-written in mails_a.py / mails_b.py; this file only wraps them in MIME."""
import json, os, re, sys, html as htmlmod
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import MAILS
import mails_a, mails_b  # noqa: F401  (fill MAILS)
from catalogue import catalogue, SCH

TZ = timezone(timedelta(hours=1))


def html_to_text(h):
    t = re.sub(r'(?i)<br\s*/?>|</p>|</tr>|</li>|</div>|</h\d>', '\n', h)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = htmlmod.unescape(t)
    return re.sub(r'\n{3,}', '\n\n', t).strip() + '\n'


def build(m, n):
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m['to']
    msg['Subject'] = m['subj']
    hh, mm = map(int, m['hm'].split(':'))
    msg['Date'] = format_datetime(datetime(2027, 1, m['day'], hh, mm, 7 + n % 50, tzinfo=TZ))
    dom = m['frm'].split('@')[-1].rstrip('>')
    msg['Message-ID'] = make_msgid(idstring='bi%03d' % n, domain=dom)
    if m['irt']:
        msg['In-Reply-To'] = m['irt']
        msg['References'] = m['irt']
    elif m['subj'].lower().startswith(('re:', 'tr:')):
        ref = '<bi-prev-%03d@unicaen.fr>' % n
        msg['In-Reply-To'] = ref
        msg['References'] = ref
    for k, v in m['extra'].items():
        msg[k] = v
    cs, cte = m['cs'], m['cte']
    kw = {'charset': cs}
    if cte:
        kw['cte'] = cte
    if m['fmt'] == 'plain':
        msg.set_content(m['body'], **kw)
    elif m['fmt'] == 'html':
        msg.set_content(m['html'], subtype='html', **kw)
    else:  # alt
        msg.set_content(html_to_text(m['html']), **kw)
        msg.add_alternative(m['html'], subtype='html', **kw)
    if m['att']:
        name, ctype, data = m['att']
        mt, st = ctype.split('/')
        if msg.get_content_maintype() != 'multipart':
            msg.make_mixed()
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return msg


def main():
    gold = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for n, m in enumerate(MAILS, 1):
        fn = '%03d-%s.eml' % (n, m['slug'].lower())
        msg = build(m, n)
        with open(os.path.join(OUT, fn), 'wb') as fh:
            fh.write(bytes(msg))
        gold[fn] = {
            'apogee_codes': [c for c, _ in m['codes']],
            'apogee_codes_as_written': [w for _, w in m['codes']],
            'student_numbers': m['nums'],
            'course_ids': m['ids'],
            'symptom': m['sym'],
            'sender_role': m['role'],
            'language': m['lang'],
            'auto_reply': m['auto'],
            'schemes': [SCH[k] for k in m['sch']],
            'etapes_said': m['et'],
            'note': m['note'],
        }
    with open(os.path.join(OUT, 'gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, 'catalogue.json'), 'w', encoding='utf-8') as fh:
        json.dump(catalogue(), fh, ensure_ascii=False, indent=1)
    print(len(gold), 'mails written')


if __name__ == '__main__':
    main()
