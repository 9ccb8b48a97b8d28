"""Validates train-s: gold vs catalogue vs .eml files."""
import json, os, re, sys
from email import policy
from email.parser import BytesParser
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
gold = json.load(open(os.path.join(D, 'gold.json')))
cat = json.load(open(os.path.join(D, 'catalogue.json')))
known = set(cat['elements']) | set(cat['etapes']) | set(cat['groups'])
allc = known | set(cat['unknown'])
SYM = {'not_enrolled', 'teacher_not_enrolled', 'wrong_group', 'course_not_on_dashboard', 'students_cannot_see_course',
       'course_missing', 'course_moved_renamed', 'wrong_name', 'cannot_login', 'cas_unknown_destination', 'database_error',
       'too_many_teachers', 'participants_block_missing', 'cohort_question', 'other'}
errs = []
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
if set(files) != set(gold): errs.append('file names != gold keys')
for c in known: 
    if c not in cat['labels']: errs.append('no label ' + c)
for f in files:
    g = gold[f]
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(D, f), 'rb'))
    text = str(msg['subject'] or '') + '\n'
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            text += part.get_content() + '\n'
    if len(g['apogee_codes']) != len(g['apogee_codes_as_written']): errs.append(f + ' length')
    if len(set(g['apogee_codes'])) != len(g['apogee_codes']): errs.append(f + ' duplicate code')
    for c, w in zip(g['apogee_codes'], g['apogee_codes_as_written']):
        if c not in allc: errs.append(f'{f}: {c} not in catalogue')
        if w not in text: errs.append(f'{f}: as-written {w!r} not in text')
    for e in g['etapes_said']:
        if e not in cat['etapes']: errs.append(f'{f}: etape {e}')
        if e in g['apogee_codes']: errs.append(f'{f}: etape {e} also cited')
    for n in g['student_numbers']:
        if not re.fullmatch(r'\d{8}', n) or n not in text + str(msg['from']): errs.append(f'{f}: number {n}')
    for cid in g['course_ids']:
        if f'id={cid}' not in text: errs.append(f'{f}: course id {cid}')
    if g['symptom'] not in SYM: errs.append(f + ' symptom')
    if g['sender_role'] not in ('student', 'staff', 'unknown'): errs.append(f + ' role')
    if g['language'] not in ('fr', 'en'): errs.append(f + ' lang')
print('\n'.join(errs) or 'OK')
# stats
codes = [(c, w) for g in gold.values() for c, w in zip(g['apogee_codes'], g['apogee_codes_as_written'])]
dam = sum(1 for c, w in codes if w != c and not re.search(r'\b(TD|TP|ED|groupe|group|G\d)', w, re.I) and len(w) <= 14)
print('mails', len(gold), 'codes', len(codes), 'damaged (excluding groups in words)', dam)
print('etapes_said mails', sum(1 for g in gold.values() if g['etapes_said']), 'en', sum(g['language'] == 'en' for g in gold.values()))
from collections import Counter
print(Counter(g['symptom'] for g in gold.values()))
sch = Counter(s for g in gold.values() for s in g['schemes']); print(len(sch), sch)
print('unknown cited', sorted({c for c, w in codes if c in cat['unknown']}))
print('mails with group', sum(1 for g in gold.values() if any(c in cat['groups'] for c in g['apogee_codes'])))
print('catalogue', len(known), 'unknown', len(cat['unknown']))
sys.exit(1 if errs else 0)
