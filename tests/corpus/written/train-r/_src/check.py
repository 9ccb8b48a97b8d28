"""Validate gold against the .eml files and the catalogue."""
import json, os, re, email
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f'{D}/gold.json')); cat = json.load(open(f'{D}/catalogue.json'))
known = set(cat['elements'] + cat['etapes'] + cat['groups'] + cat['unknown'])
SYM = set('not_enrolled teacher_not_enrolled wrong_group course_not_on_dashboard students_cannot_see_course course_missing course_moved_renamed wrong_name cannot_login cas_unknown_destination database_error too_many_teachers participants_block_missing cohort_question other'.split())
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
assert files == sorted(gold), set(files) ^ set(gold)
bad = 0
for f in files:
    g = gold[f]; msg = email.message_from_bytes(open(f'{D}/{f}', 'rb').read(), policy=policy.default)
    text = str(msg['subject']) + '\n' + str(msg['from']) + '\n'
    for p in msg.walk():
        if p.get_content_maintype() == 'text':
            text += p.get_content() + '\n'
    def err(s):
        global bad; bad += 1; print(f, s)
    if len(g['apogee_codes']) != len(g['apogee_codes_as_written']): err('length')
    for c, w in zip(g['apogee_codes'], g['apogee_codes_as_written']):
        if c not in known: err(f'not in catalogue {c}')
        if w not in text: err(f'as written missing {w!r}')
    for e in g['etapes_said']:
        if e not in cat['etapes']: err(f'etape {e}')
    if g['symptom'] not in SYM: err('symptom')
    for n in g['student_numbers']:
        if not re.fullmatch(r'\d{8}', n) or n not in text: err(f'num {n}')
    for i in g['course_ids']:
        if f'id={i}' not in text: err(f'id {i}')
    for t in set(re.findall(r'[A-Za-z0-9][A-Za-z0-9.\-]*[A-Za-z0-9]', text)):
        if t in known and t not in g['apogee_codes'] and t not in g['apogee_codes_as_written']:
            print(f, 'WARN exact code in text not in gold:', t)
print('errors', bad, '| mails', len(files), '| etapes_said', sum(1 for g in gold.values() if g['etapes_said']),
      '| catalogue', sum(len(cat[k]) for k in ('elements','etapes','groups')))
