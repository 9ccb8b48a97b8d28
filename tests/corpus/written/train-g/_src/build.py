import json, os, re, random, itertools
import lib
import mails_a, mails_b, mails_c, mails_d
from lib import MAILS, render_mail

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SCHEMES = [
    (r'^H[A-Z]{3}\d{3}$', 'LVE letters+digits (HLAN201)'),
    (r'^M\.\d[A-Z]{3}\d[A-Z]$', 'HSS dotted prefix (M.1HRP9C)'),
    (r'^[12](CA|HR)\d[0-9A-Z]+$', 'INSPE digit-first (1CA157, 2HR5C)'),
    (r'^I[A-Z]{3}-\d{2}$', 'LVE distance letters-dash-digits (IRAN-21)'),
    (r'^[LM]\d\.PSY\d{2}$', 'Psychologie level.dot (L2.PSY31)'),
    (r'^0[A-Z]{3}\d[A-Z]\d$', 'IUT 0-leading (0GMP1A3)'),
    (r'^[A-Z]{4}-\d{2}$', 'dash+year (EPRO-25)'),
    (r'^E[A-Z]{2}\d{2}$', 'SEGGAT short 5 chars (EGS31)'),
    (r'^G[A-Z]\d{2}$', 'Géographie short 4 chars (GA34)'),
    (r'^D\.\d\.[A-Z]{3}\d$', 'Droit double dot (D.3.CIV1)'),
    (r'^S[A-Z]{3}\dU\d{2}$', 'Sciences S+disc+sem+U+nn (SINF3U05)'),
    (r'^(PASS|LAS\d)\.U\d{2}$', 'Santé dotted UE (PASS.U07)'),
    (r'^[LM]\d[A-Z]{4}$', 'étape level+4 letters, written with version -101/-102 (L3DROI)'),
    (r'^\dBUT[A-Z]{2}$', 'étape BUT digit-first (1BUTGM)'),
    (r'^[LM]\d[A-Z]{4}(-T[DP]\d|CEMU)$', 'group étape-TDn/TPn/CEMU (L2PSYC-TD3)'),
    (r'^E[A-Z]{2}\d{2}-G\d$', 'group element-Gn (EGS31-G2)'),
    (r'^0[A-Z]{3}\d[A-Z]\dTP[A-Z]$', 'group IUT element+TPx (0GMP1A3TPB)'),
    (r'^I[A-Z]{3}\d{2}(-TD\d|CEMU)$', 'group LVE element+TDn/CEMU (IRAN16-TD3)'),
]
def scheme_of(code):
    for rx, name in SCHEMES:
        if re.match(rx, code):
            return name
    raise ValueError(code)
def kind_of(code):
    s = scheme_of(code)
    return 'group' if s.startswith('group') else ('etape' if s.startswith('étape') else 'element')

UNKNOWN = {'EPRO-24', 'NUMR-24', 'HALL302', 'HPOR204', 'D.1.HIS3', 'SINF5U17', 'EFG53'}

def catalogue(cited):
    random.seed(2025)
    el, et, gp = set(), set(), set()
    for l in ['LAN', 'ESP', 'ALL', 'ITA', 'POR', 'RUS', 'CHI', 'ARA']:
        for s in range(1, 7):
            for n in range(1, 9):
                el.add('H%s%d%02d' % (l, s, n))
    for lv in '12':
        for d in ['SOC', 'HIS', 'GEO', 'HRP', 'PHI', 'SCI', 'ANT']:
            for n in range(1, 6):
                for x in 'ABCD':
                    el.add('M.%s%s%d%s' % (lv, d, n, x))
    el.add('M.1HRP9C'); el.add('M.1HRP9A')
    for n in range(150, 180): el.add('1CA%d' % n)
    for n in range(150, 170): el.add('2CA%d' % n)
    for n in range(1, 7):
        for x in 'ABCDEF': el.add('2HR%d%s' % (n, x))
    for p in ['IRAN', 'IESP', 'IALL', 'ITAL']:
        for n in range(10, 30): el.add('%s-%d' % (p, n))
    for lv, base in [('L1', 11), ('L2', 31), ('L3', 51), ('M1', 1), ('M2', 71)]:
        for n in range(base, base + 9): el.add('%s.PSY%02d' % (lv, n))
    for d in ['GMP', 'GEA', 'INF', 'TCM', 'GEI', 'MMI']:
        for s in '123':
            for x in 'ABC':
                for n in range(1, 7):
                    c = '0%s%s%s%d' % (d, s, x, n)
                    if c.startswith('0INF3C') and c != '0INF3C2':
                        continue  # keeps the truncated "0INF3C" unambiguous
                    el.add(c)
    for p in ['EPRO', 'SPOR', 'CULT', 'NUMR', 'LANG', 'ENGA', 'PIXC', 'STAG', 'MOBI', 'SANT', 'CITO', 'ECRI', 'ORAL', 'TUTO', 'ENTR',
              'DDRS', 'EGAL', 'HAND', 'ASSO', 'MUSI', 'THEA', 'CINE', 'PHOT', 'ARTS', 'JOUR', 'PROJ', 'RECH', 'METH', 'DOCU', 'INFO']:
        el.add('%s-25' % p)
    for x in 'SMFCDGE':
        for s in range(1, 7):
            for n in range(1, 7): el.add('EG%s%d%d' % (x, s, n))
    for x in 'APET':
        for s in range(1, 5):
            for n in range(1, 10): el.add('G%s%d%d' % (x, s, n))
    for s in range(1, 7):
        for m in ['CIV', 'CON', 'ADM', 'PEN', 'FIS', 'INT', 'HIS', 'EUR']:
            for n in range(1, 4): el.add('D.%d.%s%d' % (s, m, n))
    for d in ['INF', 'MAT', 'PHY', 'BIO', 'CHI', 'GEO']:
        for s in range(1, 7):
            for n in range(1, 13): el.add('S%s%dU%02d' % (d, s, n))
    for p in ['PASS', 'LAS1', 'LAS2', 'LAS3']:
        for n in range(1, 16): el.add('%s.U%02d' % (p, n))
    for lv in ['L1', 'L2', 'L3']:
        for d in ['PSYC', 'DROI', 'SVTE', 'INFO', 'MATH', 'ECOG', 'GEOG', 'HIST', 'LLCE', 'SOCI', 'LEAN', 'CHIM', 'PHYS', 'STAP', 'AESS']:
            et.add(lv + d)
    for lv in ['M1', 'M2']:
        for d in ['PSYC', 'DROI', 'INFO', 'GEOA', 'GEOB', 'ECOF', 'HIST', 'SOCI', 'MEEF', 'BIOL']:
            et.add(lv + d)
    for y in '123':
        for d in ['GM', 'GE', 'IN', 'TC', 'GI', 'MM']: et.add('%sBUT%s' % (y, d))
    for e in sorted(x for x in et if x[0] in 'LM'):
        sci = any(k in e for k in ['SVTE', 'INFO', 'MATH', 'CHIM', 'PHYS', 'BIOL'])
        for n in range(1, 7): gp.add('%s-TD%d' % (e, n))
        if sci:
            for n in range(1, 9): gp.add('%s-TP%d' % (e, n))
        if any(k in e for k in ['DROI', 'PSYC', 'LLCE', 'HIST', 'AESS']):
            gp.add(e + 'CEMU')
    seg = sorted(c for c in el if re.match(r'^EG[SMF][1-4]\d$', c))
    for c in seg:
        for n in range(1, 5): gp.add('%s-G%d' % (c, n))
    iut = sorted(c for c in el if re.match(r'^0(GMP|GEA)[12]', c))
    for c in random.sample(iut, 40) + ['0GMP1A3']:
        for x in 'ABC': gp.add('%sTP%s' % (c, x))
    lve = sorted(c for c in el if re.match(r'^I(RAN|ESP)-', c))
    for c in lve:
        k = c.replace('-', '')
        for n in range(1, 4): gp.add('%s-TD%d' % (k, n))
        gp.add(k + 'CEMU')
    for c in cited:
        if c in UNKNOWN: continue
        {'group': gp, 'etape': et, 'element': el}[kind_of(c)].add(c)
    el -= UNKNOWN; et -= UNKNOWN; gp -= UNKNOWN
    for c in cited:
        assert (c in UNKNOWN) != (c in el | et | gp), c
        assert len(c) <= {'group': 10, 'etape': 6, 'element': 8}[kind_of(c)], c
    return {'elements': sorted(el), 'etapes': sorted(et), 'groups': sorted(gp), 'unknown': sorted(UNKNOWN)}

def main():
    gold, cited = {}, set()
    names = [m['fn'] for m in MAILS]
    assert len(names) == len(set(names)) == 100, len(names)
    for m in MAILS:
        with open(os.path.join(OUT, m['fn']), 'wb') as f:
            f.write(render_mail(m))
        g = m['gold']
        codes = [c for c, w in g['codes']]
        cited |= set(codes)
        schemes = []
        for c in codes:
            s = scheme_of(c)
            if s not in schemes: schemes.append(s)
        gold[m['fn']] = {
            'apogee_codes': codes,
            'apogee_codes_as_written': [w for c, w in g['codes']],
            'student_numbers': g['nums'],
            'course_ids': g['ids'],
            'symptom': g['sym'],
            'sender_role': g['role'],
            'language': g['lang'],
            'auto_reply': g['auto'],
            'schemes': schemes,
            'note': g['note'],
        }
    with open(os.path.join(OUT, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1, sort_keys=True)
    cat = catalogue(cited)
    with open(os.path.join(OUT, 'catalogue.json'), 'w', encoding='utf-8') as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
    print('mails', len(MAILS), 'elements', len(cat['elements']), 'etapes', len(cat['etapes']), 'groups', len(cat['groups']))

main()
