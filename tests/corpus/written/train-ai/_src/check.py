#!/usr/bin/env python3
"""Check writer BI's folder: gold vs catalogue vs .eml text."""
import json, os, re, sys
from email import policy
from email.parser import BytesParser

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYMS = {'not_enrolled', 'teacher_not_enrolled', 'wrong_group', 'course_not_on_dashboard',
        'students_cannot_see_course', 'course_missing', 'course_moved_renamed', 'wrong_name',
        'cannot_login', 'cas_unknown_destination', 'database_error', 'too_many_teachers',
        'participants_block_missing', 'cohort_question', 'other'}
gold = json.load(open(os.path.join(OUT, 'gold.json'), encoding='utf-8'))
cat = json.load(open(os.path.join(OUT, 'catalogue.json'), encoding='utf-8'))
known = set(cat['elements']) | set(cat['etapes']) | set(cat['groups']) | set(cat['unknown'])
errs = []
files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
if set(files) != set(gold):
    errs.append('file names differ from gold keys: %s' % (set(files) ^ set(gold)))
for f in files:
    if not re.match(r'^\d{3}-[a-z0-9-]+\.eml$', f):
        errs.append(f + ': bad name')
    g = gold.get(f)
    if g is None:
        continue
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(OUT, f), 'rb'))
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if not msg[h]:
            errs.append('%s: missing %s' % (f, h))
    text = str(msg['Subject']) + '\n'
    for part in msg.walk():
        if part.get_content_maintype() == 'text' and not part.get_filename():
            text += part.get_content() + '\n'
    if len(g['apogee_codes']) != len(g['apogee_codes_as_written']):
        errs.append(f + ': code lists differ in length')
    if len(set(g['apogee_codes'])) != len(g['apogee_codes']):
        errs.append(f + ': duplicate canonical code')
    for c, w in zip(g['apogee_codes'], g['apogee_codes_as_written']):
        if c not in known:
            errs.append('%s: %s not in catalogue' % (f, c))
        if w not in text:
            errs.append('%s: as-written %r not in text' % (f, w))
    for e in g['etapes_said']:
        if e not in cat['etapes']:
            errs.append('%s: etape said %s not an etape' % (f, e))
        if e in g['apogee_codes']:
            errs.append('%s: etape said %s also cited by code' % (f, e))
    for s in g['student_numbers']:
        if not re.fullmatch(r'\d{8}', s) or s not in text + str(msg['From']):
            errs.append('%s: student number %s bad or absent' % (f, s))
    for i in g['course_ids']:
        if not isinstance(i, int) or ('id=%d' % i) not in text:
            errs.append('%s: course id %s absent' % (f, i))
    if g['symptom'] not in SYMS:
        errs.append(f + ': bad symptom')
    if g['sender_role'] not in ('student', 'staff', 'unknown') or g['language'] not in ('fr', 'en'):
        errs.append(f + ': bad role/language')
    if g['apogee_codes'] and not g['schemes']:
        errs.append(f + ': codes but no scheme')
    if not msg['Date'] or ' Jan 2027 ' not in str(msg['Date']):
        errs.append(f + ': date not January 2027')
for e in errs:
    print('ERROR', e)
print('%d mails, %d errors' % (len(files), len(errs)))
sys.exit(1 if errs else 0)
