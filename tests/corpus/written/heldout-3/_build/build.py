import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import build
from schemes import scheme_of, siblings, LIMIT
import mails_a, mails_b, mails_c, mails_d

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNKNOWN = {'HLET112', 'DUPSY1', 'DUPS-M01', 'DUPS-M02', 'DUPS-M04'}
UNKNOWN_SCHEME = {
    'HLET112': ('sci-hum S/H+3 letters+3 digits (FAQ-like, SMAT104)', 'elements'),
    'DUPSY1': ('continuing-education étape DUxxxn (DUCGE1)', 'etapes'),
    'DUPS-M01': ('continuing-education DU DUxx-Mnn (DUGE-M03)', 'elements'),
    'DUPS-M02': ('continuing-education DU DUxx-Mnn (DUGE-M03)', 'elements'),
    'DUPS-M04': ('continuing-education DU DUxx-Mnn (DUGE-M03)', 'elements'),
}

mails = mails_a.M + mails_b.M + mails_c.M + mails_d.M
assert len(mails) == 100, len(mails)

for f in os.listdir(OUT):
    if f.endswith('.eml'):
        os.remove(os.path.join(OUT, f))

gold = {}
cited = {'elements': set(), 'etapes': set(), 'groups': set()}
for i, m in enumerate(mails, 1):
    fn = f'{i:03d}-{m["slug"]}.eml'
    data = build(m)
    with open(os.path.join(OUT, fn), 'wb') as fh:
        fh.write(data)
    g = m['g']
    canon, written, schemes = [], [], []
    for c, w in g['codes']:
        if c not in canon:
            canon.append(c)
        if w not in written:
            written.append(w)
        sname, kind = UNKNOWN_SCHEME[c] if c in UNKNOWN else scheme_of(c)
        assert len(c) <= LIMIT[kind], (c, kind)
        if sname not in schemes:
            schemes.append(sname)
        if c not in UNKNOWN:
            cited[kind].add(c)
    gold[fn] = {
        'apogee_codes': canon,
        'apogee_codes_as_written': written,
        'student_numbers': g['stu'],
        'course_ids': g['cids'],
        'symptom': g['sym'],
        'sender_role': g['role'],
        'language': g['lang'],
        'auto_reply': g['auto'],
        'schemes': schemes,
        'note': g['note'],
    }

E, T, P = siblings()
# keep truncated citations resolvable: no other sibling may extend a truncated as-written form
truncs = []
for m in mails:
    for c, w in m['g']['codes']:
        n = w.upper().replace(' ', '')
        if n != c and c.startswith(n):
            truncs.append((n, c))
for n, c in truncs:
    for S in (E, T, P):
        for x in [x for x in S if x.startswith(n) and x != c]:
            S.discard(x)
print('truncated citations:', truncs)
cat = {
    'elements': sorted((E | cited['elements']) - UNKNOWN),
    'etapes': sorted((T | cited['etapes']) - UNKNOWN),
    'groups': sorted((P | cited['groups']) - UNKNOWN),
    'unknown': sorted(UNKNOWN),
}
for k in ('elements', 'etapes', 'groups'):
    for c in cat[k]:
        assert len(c) <= LIMIT[k], (k, c)
with open(os.path.join(OUT, 'gold.json'), 'w', encoding='utf-8') as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, 'catalogue.json'), 'w', encoding='utf-8') as fh:
    json.dump(cat, fh, ensure_ascii=False, indent=1)
print('written', len(gold), 'mails;', {k: len(v) for k, v in cat.items()})
