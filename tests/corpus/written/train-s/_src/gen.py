"""Generates the .eml files and gold.json of train-s from mails.py (markers: {{written|CANON}}, [[NNNNNNNN]])."""
import json, re, html, base64, os, sys, zlib, datetime
from email.utils import format_datetime
from email.message import EmailMessage
from email.utils import make_msgid
from email import policy
sys.path.insert(0, os.path.dirname(__file__))
from mails import MAILS

OUT = os.path.join(os.path.dirname(__file__), '..')
MARK = re.compile(r'\{\{([^{}|]+)(?:\|([^{}]+))?\}\}|\[\[(\d{8})\]\]')
PNG = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')

def scheme_of(c):
    rules = [(r'^(GEA|INF|TCO|CJU)\dR\d\d$', 'BUT ressource DEPTsRnn (invented)'),
             (r'^(GEA|INF|TCO|CJU)\dSA\d\d$', 'BUT SAE DEPTsSAnn (invented)'),
             (r'^B[UA](GEA|INF|TCO|CJU)\d$', 'BUT etape BU/BA+DEPT+annee (invented)'),
             (r'^(GEA|TCO)\d-(TD[A-C]|TP\d|ALT)$', 'BUT groupe par semestre DEPTs-TDx (invented)'),
             (r'^(INF|CJU)A\d(TD[AB]|TP\d|ALT)$', 'BUT groupe par annee DEPTAyTDx (invented)'),
             (r'^PS\d\.(UE\d\d|OP[A-Z]{2})$|^PS\d-ED\d\d$|^PSOP-[A-Z]{2}$|^PASS01$', 'PASS PSs.UEnn / PSs-EDnn (invented)'),
             (r'^LSA\dM\d\d$|^LSA-|^LAS[A-Z]{2}\d$', 'LAS mineure sante LSAsMnn / LASxxy (invented)'),
             (r'^EL\d(HIS|PSY)\d\d$|^CEMU-|^E(HIS|PSY)\d$', 'EAD licence ELyXXXnn / CEMU-XXXy (invented)'),
             (r'^FC-|^FC(GRH|DAE)-|^DUGRH$|^DAEU', 'formation continue FC-XXXnn (invented)'),
             (r'^DD(JE|MI|HA)', 'double licence DDxxsnn (invented)'),
             (r'^1CA\d{3}$', 'INSPE 1CAnnn (FAQ)'),
             (r'^M\.1\.MS\d\d$|^M\.1HRP9C|^2HR5C$', 'HSS M.1.XXnn (FAQ)'),
             (r'^AN-\d\d[A-Z]$', 'LVE AN-nnX (FAQ)'),
             (r'^RCAED\d{3}$|^ELP_', 'RCAEDnnn / ELP_ pseudo-groupe (FAQ)')]
    for rx, n in rules:
        if re.search(rx, c):
            return n
    raise ValueError(c)

def render(text):
    codes, written, nums = [], [], []
    def sub(m):
        if m.group(3):
            if m.group(3) not in nums: nums.append(m.group(3))
            return m.group(3)
        w, c = m.group(1), (m.group(2) or m.group(1))
        if c not in codes:
            codes.append(c); written.append(w)
        return w
    return MARK.sub(sub, text), codes, written, nums

def to_html(plain):
    out = []
    for para in plain.split('\n\n'):
        out.append('<p>' + html.escape(para).replace('\n', '<br>\n') + '</p>')
    return '<html><body style="font-family:Calibri">\n' + '\n'.join(out) + '\n</body></html>'

def build(i, m):
    body, codes, written, nums = render(m['body'])
    msg = EmailMessage()
    msg['From'] = m['frm']
    msg['To'] = m.get('to', 'CEMU Assistance <cemu.assistance@unicaen.fr>')
    if m.get('cc'): msg['Cc'] = m['cc']
    msg['Subject'] = render(m['subj'])[0]
    tz = datetime.timezone(datetime.timedelta(hours=2 if i < 50 else 1))
    dt = datetime.datetime(2026, 9, 7, 8, 0, tzinfo=tz) + datetime.timedelta(days=i, hours=i % 10, minutes=(i * 13) % 60)
    msg['Date'] = m.get('date', format_datetime(dt))
    msg['Message-ID'] = f'<trains.{i:03d}.{zlib.crc32(m["slug"].encode()) % 99999}@{m.get("dom", "unicaen.fr")}>'
    for k, v in m.get('headers', {}).items():
        msg[k] = v
    fmt = m.get('fmt', 'plain')
    cs = m.get('cs', 'utf-8')
    cte = m.get('cte')
    if fmt == 'html':
        msg.set_content(body, subtype='html', charset=cs, cte=cte or 'quoted-printable')
    else:
        msg.set_content(body, charset=cs, cte=cte or ('8bit' if cs == 'utf-8' and i % 2 else 'quoted-printable'))
        if fmt == 'alt':
            msg.add_alternative(to_html(body), subtype='html', charset=cs)
    if m.get('att'):
        msg.add_attachment(PNG, maintype='image', subtype='png', filename=m['att'])
    subj_codes = render(m['subj'])
    # codes in the subject count first if the subject has markers
    allcodes, allw = [], []
    for c, w in list(zip(subj_codes[1], subj_codes[2])) + list(zip(codes, written)):
        if c not in allcodes: allcodes.append(c); allw.append(w)
    nums = subj_codes[3] + [n for n in nums if n not in subj_codes[3]]
    fm = re.search(r'(\d{8})@etu\.unicaen\.fr', m['frm'])
    if fm and fm.group(1) not in nums: nums.insert(0, fm.group(1))
    ids = []
    for x in re.findall(r'ecampus\.unicaen\.fr/course/view\.php\?id=(\d+)', body):
        if int(x) not in ids: ids.append(int(x))
    gold = {'apogee_codes': allcodes, 'apogee_codes_as_written': allw, 'student_numbers': nums,
            'course_ids': ids, 'symptom': m['sym'], 'sender_role': m['role'], 'language': m.get('lang', 'fr'),
            'auto_reply': m.get('auto', False), 'schemes': sorted({scheme_of(c) for c in allcodes}),
            'etapes_said': m.get('etapes', []), 'note': m['note']}
    return msg, gold

def main():
    gold = {}
    for f in os.listdir(OUT):
        if f.endswith('.eml'): os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        msg, g = build(i, m)
        name = f'{i:03d}-{m["slug"]}.eml'
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        gold[name] = g
    json.dump(gold, open(os.path.join(OUT, 'gold.json'), 'w'), ensure_ascii=False, indent=1)
    print(len(gold), 'mails')

if __name__ == '__main__':
    main()
