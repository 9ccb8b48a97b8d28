import email, json, os, re, html, collections
from email import policy

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, 'gold.json'), encoding='utf-8'))
cat = json.load(open(os.path.join(D, 'catalogue.json'), encoding='utf-8'))
ALL = set(cat['elements']) | set(cat['etapes']) | set(cat['groups'])
UNK = set(cat['unknown'])
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
assert set(files) == set(gold), set(files) ^ set(gold)

SYMS = {'wrong_name', 'cannot_login', 'course_moved_renamed', 'course_missing', 'course_not_on_dashboard',
        'students_cannot_see_course', 'not_enrolled', 'teacher_not_enrolled', 'wrong_group',
        'participants_block_missing', 'cas_unknown_destination', 'database_error', 'too_many_teachers',
        'cohort_question', 'other'}


def strip_html(s):
    hrefs = ' '.join(re.findall(r'href="([^"]+)"', s))
    s = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>', '\n', s)
    s = re.sub(r'(?i)</td>', '\t', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s) + '\n' + html.unescape(hrefs)


def texts(msg, st):
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg[h]:
            st['text'].append(str(msg[h]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == 'multipart':
            st['multi'].add(ct)
            continue
        cte = (part.get('Content-Transfer-Encoding') or '').lower()
        st['cte'].add(cte)
        cs = part.get_content_charset()
        if cs:
            st['cs'].add(cs)
        if ct == 'message/rfc822':
            st['rfc822'] += 1
            continue  # walk() descends into it already
        if ct == 'image/png':
            st['png'] += 1
        if ct in ('text/plain', 'text/html'):
            st['types'].add(ct)
            c = part.get_content()
            st['text'].append(strip_html(c) if ct == 'text/html' else c)
        elif ct in ('message/delivery-status', 'text/rfc822-headers'):
            st['text'].append(part.as_string())


stats = collections.Counter()
symc = collections.Counter()
rolec = collections.Counter()
errors = []
written_total = 0
altered = 0
all_schemes = collections.Counter()
for f in files:
    raw = open(os.path.join(D, f), 'rb').read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ('From', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'):
        if msg[h] is None:
            errors.append((f, 'missing header', h))
    st = dict(text=[], multi=set(), cte=set(), cs=set(), rfc822=0, png=0, types=set())
    try:
        texts(msg, st)
    except Exception as e:
        errors.append((f, 'parse', repr(e)))
        continue
    T = '\n'.join(st['text'])
    g = gold[f]
    assert g['symptom'] in SYMS, f
    symc[g['symptom']] += 1
    rolec[g['sender_role']] += 1
    for s in g['schemes']:
        all_schemes[s] += 1
    for w in g['apogee_codes_as_written']:
        written_total += 1
        if w not in g['apogee_codes']:
            altered += 1
        if w not in T:
            errors.append((f, 'code as written not found', w))
    for c in g['apogee_codes']:
        if c not in ALL and c not in UNK:
            errors.append((f, 'canonical code not in catalogue/unknown', c))
        if c in ALL and c in UNK:
            errors.append((f, 'both known and unknown', c))
    for n in g['student_numbers']:
        assert re.fullmatch(r'(19|2[0-6])\d{6}', n), n
        rx = r'(?<!\d)' + r'[ .]?'.join(n) + r'(?!\d)'
        if not re.search(rx, T):
            errors.append((f, 'student number not found', n))
    for cid in g['course_ids']:
        if not re.search(r'ecampus\.unicaen\.fr/(course/view|user/index|enrol/users|course/edit)\.php\?id=%d(?!\d)' % cid, T):
            errors.append((f, 'course id not found', cid))
    # things the gold may have missed
    for m in re.finditer(r'(?<![\d])(19|2[0-6])\d{6}(?![\d])', T):
        if m.group(0) not in g['student_numbers']:
            stats['unlisted 8-digit'] += 1
            print(f'  [info] {f}: unlisted 8-digit {m.group(0)!r} ...{T[max(0, m.start()-25):m.end()+10]!r}')
    for m in re.finditer(r'ecampus\.unicaen\.fr/[a-z/]+\.php\?id=(\d+)', T):
        if int(m.group(1)) not in g['course_ids']:
            print(f'  [info] {f}: unlisted id link {m.group(0)}')
    for tok in set(re.findall(r'[A-Za-z0-9][A-Za-z0-9.\-]{3,9}', T)):
        t = tok.rstrip('.-')
        if t.upper() in ALL and t.upper() not in g['apogee_codes']:
            errors.append((f, 'catalogue code present but not in gold', t))
    # forms
    ctype = msg.get_content_type()
    if 'text/html' in st['types']:
        stats['html-only or alternative'] += 1
    if 'quoted-printable' in st['cte']:
        stats['quoted-printable'] += 1
    if 'base64' in st['cte'] and (st['png'] == 0 or any(
            (p.get('Content-Transfer-Encoding') or '').lower() == 'base64' and p.get_content_maintype() == 'text'
            for p in msg.walk())):
        stats['base64 text body'] += 1
    if st['cs'] & {'iso-8859-1', 'windows-1252'}:
        stats['iso-8859-1/windows-1252'] += 1
    if st['rfc822']:
        stats['message/rfc822 attached'] += 1
    if st['png']:
        stats['screenshot attached'] += 1
    subj = str(msg['Subject'])
    if re.match(r'(?i)(re|tr|fwd|fw)\s*:', subj) or re.search(r'(?m)^(> |De : .*\nEnvoy|-{5,} (Message transf|Forwarded))', T):
        stats['forward/reply with quoted history'] += 1
    if g['auto_reply']:
        stats['auto'] += 1
    if g['language'] == 'en':
        stats['english'] += 1

print()
print('files', len(files), 'errors', len(errors))
for e in errors:
    print('  ERROR', e)
print('symptoms', dict(sorted(symc.items(), key=lambda x: -x[1])))
print('roles', dict(rolec))
print('forms', dict(stats))
print(f'codes as written: {written_total}, altered: {altered} ({100*altered/written_total:.0f}%)')
print('schemes used:', len(all_schemes))
for s, n in sorted(all_schemes.items(), key=lambda x: -x[1]):
    print(f'   {n:3d}  {s}')
nstu = sum(len(g['student_numbers']) for g in gold.values())
print('student numbers in gold', nstu, 'course ids', sum(len(g['course_ids']) for g in gold.values()))
