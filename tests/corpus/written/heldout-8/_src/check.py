import json, os, re, email, html, collections
from email import policy
from email.header import decode_header, make_header
D = '/work/blind/heldout-8'
gold = json.load(open(D + '/gold.json')); cat = json.load(open(D + '/catalogue.json'))
allc = set(cat['elements']) | set(cat['etapes']) | set(cat['groups'])
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
assert set(files) == set(gold), set(files) ^ set(gold)
C = collections.Counter(); sym = collections.Counter(); role = collections.Counter(); lang = collections.Counter()
schemes = set(); problems = []
for f in files:
    raw = open(os.path.join(D, f), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    txt = str(m['Subject']) + '\n'
    ctypes = []; ctes = set(); charsets = set(); att = 0
    for p in m.walk():
        ctypes.append(p.get_content_type())
        if p.get('Content-Transfer-Encoding'): ctes.add(p['Content-Transfer-Encoding'].lower())
        if p.get_content_charset(): charsets.add(p.get_content_charset())
        if p.get_filename(): att += 1
        if p.get_content_maintype() == 'text' and not p.get_filename():
            t = p.get_content(); txt += t + '\n'
            if p.get_content_subtype() == 'html': txt += html.unescape(re.sub(r'<[^>]+>', '', t)) + '\n'
    g = gold[f]
    for w in g['apogee_codes_as_written']:
        if w not in txt: problems.append((f, 'written', w))
    for n in g['student_numbers']:
        if n not in txt and n not in str(m['From']): problems.append((f, 'num', n))
    for i in g['course_ids']:
        if str(i) not in txt: problems.append((f, 'id', i))
    for c in g['apogee_codes']:
        if c not in allc and c not in cat['unknown']: problems.append((f, 'notincat', c))
    # look for unlisted 8-digit numbers 19-26
    for n in set(re.findall(r'(?<![\d\w])(?:19|2[0-6])\d{6}(?![\d\w])', txt + str(m['From']))):
        if n not in g['student_numbers']: problems.append((f, 'unlisted8', n))
    sym[g['symptom']] += 1; role[(g['sender_role'], g['auto_reply'])] += 1; lang[g['language']] += 1
    schemes |= set(g['schemes'])
    if 'text/html' in ctypes: C['html_or_multipart'] += 1
    elif m.is_multipart(): C['html_or_multipart'] += 1
    if ctes & {'quoted-printable', 'base64'}: C['qp_b64'] += 1
    if charsets & {'iso-8859-1', 'windows-1252'}: C['latin'] += 1
    if re.search(r'^(re|tr|fwd|fw)\s*:', str(m['Subject']), re.I) or 'a écrit' in txt or 'Message transféré' in txt or 'Forwarded message' in txt or 'Envoyé :' in txt or "Message d'origine" in txt: C['thread'] += 1
    if att: C['attach'] += 1
    C['damaged'] += sum(1 for w in g['apogee_codes_as_written'] if w not in allc)
    C['codes'] += len(g['apogee_codes_as_written'])
print('problems:', *problems, sep='\n  ')
print(dict(C)); print(dict(sym)); print(dict(role)); print(dict(lang)); print(len(schemes), sorted(schemes))
