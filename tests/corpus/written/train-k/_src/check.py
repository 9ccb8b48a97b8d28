import email, json, os, re, sys, glob
from email import policy
sys.path.insert(0, os.path.dirname(__file__))
from lib import mail_text
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f'{D}/gold.json')); cat = json.load(open(f'{D}/catalogue.json'))
files = sorted(os.path.basename(f) for f in glob.glob(f'{D}/*.eml'))
assert set(files) == set(gold), set(files) ^ set(gold)
allc = set(cat['elements']) | set(cat['etapes']) | set(cat['groups'])
assert allc <= set(cat['labels']), allc - set(cat['labels'])
bad = 0
from collections import Counter
sym, role, cs, forms = Counter(), Counter(), Counter(), Counter()
for f in files:
    raw = open(f'{D}/{f}', 'rb').read()
    msg = email.message_from_bytes(raw)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'):
        if not msg[h]: print(f, 'missing header', h); bad += 1
    email.message_from_bytes(raw, policy=policy.default).get_body()
    t = mail_text(msg)
    g = gold[f]
    for w in g['apogee_codes_as_written']:
        if w not in t: print(f, 'as_written not found:', w); bad += 1
    for c in g['apogee_codes']:
        if c not in allc and c not in cat['unknown']: print(f, 'not in catalogue', c); bad += 1
    for n in g['student_numbers']:
        if n not in t: print(f, 'num not found', n); bad += 1
    for i in g['course_ids']:
        if str(i) not in t: print(f, 'id not found', i); bad += 1
    sym[g['symptom']] += 1; role[g['sender_role']] += 1
    for p in msg.walk():
        if p.get_content_maintype() == 'text':
            cs[(p.get_content_charset(), p['Content-Transfer-Encoding'])] += 1
    forms[msg.get_content_type()] += 1
print('bad', bad, 'files', len(files))
print(sym); print(role); print(cs); print(forms)
codes = [c for g in gold.values() for c in g['apogee_codes']]
aw = [w for g in gold.values() for w in g['apogee_codes_as_written']]
print('canonical mentions', len(codes), 'written forms', len(aw))
print('schemes', Counter(s for g in gold.values() for s in g['schemes']))
