import email, json, os, re, html, sys, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, 'gold.json')))
cat = json.load(open(os.path.join(D, 'catalogue.json')))
known = set(cat['elements']) | set(cat['etapes']) | set(cat['groups'])
files = sorted(f for f in os.listdir(D) if f.endswith('.eml'))
assert set(files) == set(gold), set(files) ^ set(gold)
SYMS = {'wrong_name', 'cannot_login', 'course_moved_renamed', 'course_missing', 'course_not_on_dashboard', 'students_cannot_see_course',
        'not_enrolled', 'teacher_not_enrolled', 'wrong_group', 'participants_block_missing', 'cas_unknown_destination', 'database_error',
        'too_many_teachers', 'cohort_question', 'other'}
stats = collections.Counter(); errors = 0
symc = collections.Counter(); rolec = collections.Counter(); damaged = 0; ncodes = 0
for f in files:
    raw = open(os.path.join(D, f), 'rb').read()
    m = email.message_from_bytes(raw, policy=policy.default)
    m2 = email.message_from_bytes(raw)  # compat32 too
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type'):
        assert m[h] is not None, (f, h)
    texts = [str(m['Subject']), str(m['From']), str(m['To'])]
    has_html = has_att = qpb64 = latin = False
    for part in m.walk():
        ct = part.get_content_type()
        cte = (part.get('Content-Transfer-Encoding') or '').lower()
        cs = (part.get_content_charset() or '').lower()
        if cte in ('quoted-printable', 'base64') and part.get_content_maintype() == 'text': qpb64 = True
        if cs in ('iso-8859-1', 'windows-1252'): latin = True
        if part.get_content_disposition() == 'attachment' or (part.get_filename() and ct.startswith('image')): has_att = True
        if ct == 'text/html': has_html = True
        if ct.startswith('text/'):
            t = part.get_content()
            if ct == 'text/html':
                t = re.sub(r'<br\s*/?>|</p>|</div>|</li>|</tr>', '\n', t)
                t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
                texts.append(t)
            texts.append(t)
        if ct == 'message/rfc822':
            texts.append(part.as_string())
    if m.get_content_maintype() == 'multipart': stats['multipart'] += 1
    if has_html or m.get_content_maintype() == 'multipart': stats['html_or_multipart'] += 1
    if qpb64: stats['qp_b64'] += 1
    if latin: stats['latin1_cp1252'] += 1
    if has_att: stats['attachments'] += 1
    full = '\n'.join(texts).replace('\xa0', ' ')
    if re.search(r'Message transf|Forwarded message|Mail transf|Mail original|a écrit :|^> |De ?: .*\n.*Envoy|Forwarded Message|^(Re|RE|TR|Fwd): ', full + '\n' + str(m['Subject']), re.M):
        stats['threads'] += 1
    g = gold[f]
    assert g['symptom'] in SYMS, f
    symc[g['symptom']] += 1; rolec[g['sender_role'] if not g['auto_reply'] else 'auto'] += 1
    assert len(g['apogee_codes']) == len(g['apogee_codes_as_written']) == len(set(g['apogee_codes'])), f
    for c, w in zip(g['apogee_codes'], g['apogee_codes_as_written']):
        ncodes += 1
        if w != c: damaged += 1
        if w not in full:
            print('MISSING code', f, repr(w)); errors += 1
        if c not in known and c not in cat['unknown']:
            print('NOT IN CATALOGUE', f, c); errors += 1
    for n in g['student_numbers']:
        if n not in full: print('MISSING num', f, n); errors += 1
    for i in g['course_ids']:
        if not re.search(r'(?<!\d)%d(?!\d)' % i, full): print('MISSING id', f, i); errors += 1
    # look-alike review
    for tok in set(re.findall(r'(?<![\d\w])((?:19|2[0-6])\d{6})(?![\d])', full)):
        if tok not in g['student_numbers']:
            print('  note: 8-digit not in gold', f, tok)
    for i in set(re.findall(r'ecampus\.unicaen\.fr/[^\s"<>]*?\?id=(\d+)', full)):
        if int(i) not in g['course_ids']: print('  note: ecampus id not in gold', f, i)
print(dict(stats))
print('symptoms', dict(sorted(symc.items(), key=lambda x: -x[1])))
print('roles', dict(rolec))
print('languages', collections.Counter(g['language'] for g in gold.values()))
print('codes cited', ncodes, 'as-written differs', damaged)
schemes = collections.Counter(s for g in gold.values() for s in g['schemes'])
print('schemes', len(schemes)); [print('   ', v, k) for k, v in schemes.most_common()]
print('errors', errors)
