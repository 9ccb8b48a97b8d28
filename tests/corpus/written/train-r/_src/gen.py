"""Generate train-r: python3 _src/gen.py (from the folder's parent or anywhere)."""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib, mails
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = lib.build_catalogue()
known = set(cat['elements'] + cat['etapes'] + cat['groups'] + cat['unknown'])
gold = {}
for i, m in enumerate(mails.M, 1):
    assert m['f'].startswith(f'{i:03d}-'), m['f']
    subj_codes = [(t, t) for t in re.findall(r'[A-Z0-9][A-Z0-9.\-]*[A-Z0-9]', m['subj']) if t in known]
    seen, codes = set(), []
    for c, w in subj_codes + m['codes']:
        if c not in seen:
            seen.add(c); codes.append((c, w))
    msg = lib.build(m, i)
    with open(os.path.join(OUT, m['f']), 'wb') as fh:
        fh.write(msg.as_bytes())
    gold[m['f']] = {
        'apogee_codes': [c for c, _ in codes], 'apogee_codes_as_written': [w for _, w in codes],
        'student_numbers': m['nums'], 'course_ids': m['ids'], 'symptom': m['sym'], 'sender_role': m['role'],
        'language': m['lang'], 'auto_reply': m['auto'], 'schemes': [lib.SCHEMES[s] for s in m['sch']],
        'etapes_said': m['et'], 'note': m['note']}
json.dump(gold, open(os.path.join(OUT, 'gold.json'), 'w'), ensure_ascii=False, indent=1)
json.dump(cat, open(os.path.join(OUT, 'catalogue.json'), 'w'), ensure_ascii=False, indent=1)
print(len(gold), 'mails')
