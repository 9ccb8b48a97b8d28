import json, sys
sys.path.insert(0, '.')
import lib
import b1, b2, b3, b4, b5, b6, b7
G = lib.GOLD
unknown = set()
for k, v in G.items():
    unknown |= set(v.pop('_unknown'))
ETAPES = {'L2LEA','MEF1SD','DFGSP2','DFGSP3','DFGSM2','PASS01','CAPDR1','BGEA2','BINF1','BGEA1','L1DRT','L1AES','L2DRT','L2AES','IAMFI2','2M2SOC'}
known = set()
for v in G.values(): known |= set(v['apogee_codes'])
known -= unknown
def isgroup(c): return c not in ETAPES and ('-TD' in c or '-TP' in c or '-G' in c or c.endswith('-ALT') or c.endswith('-LET'))
el, et, gp = set(), set(), set()
for c in known:
    (et if c in ETAPES else gp if isgroup(c) else el).add(c)
# siblings
for s in range(1, 10):
    for sub in 'CST HIS CIV PEN ADM AFF FIS TRA INT EUR MET SOC FAM OBL PRO'.split(): el.add(f'JUR{s}.{sub}')
for s in range(1, 7):
    for sub in 'CIV PEN ADM CST OBL'.split():
        for n in range(1, 9): gp.add(f'J{s}{sub}-TD{n}')
for y in range(2, 7):
    for n in range(1, 15): el.add(f'PH{y}U{n:02d}')
    for n in range(1, 21): el.add(f'MED{y}U{n:02d}')
for l in 'ABCD': gp.add(f'PH3U07-TP{l}')
for n in range(1, 13): el.add(f'PASSU{n:02d}')
et |= {'PASS01', 'DFGSM2', 'DFGSM3', 'DFGSP2', 'DFGSP3', 'DFASM1', 'DFASM2', 'DFASP1', 'DFASP2', 'CAPDR1', 'CAPDR2'}
for d in ['GEA', 'INF', 'TC']:
    for s in range(1, 7):
        for n in range(1, 16): el.add(f'{d}R{s}.{n:02d}')
        for n in range(1, 7): el.add(f'{d}S{s}.{n:02d}')
    for y in range(1, 4):
        et.add(f'B{d}{y}')
        for n in range(1, 6):
            gp.add(f'{d}{y}-TD{n}')
            for l in 'AB': gp.add(f'{d}{y}-TP{n}{l}')
for lang in ['ES', 'DE', 'IT', 'RU', 'PT']:
    for s in range(1, 7):
        for t in ['TH', 'CIV', 'TRA', 'GRA', 'LIT', 'ORA']:
            for n in (1, 2):
                c = f'Y{lang}{s}{t}{n}'
                if len(c) <= 8 and not (c.startswith('YDE3GRA') and c != 'YDE3GRA1'): el.add(c)
        for n in range(1, 5): gp.add(f'Y{lang}{s}-TD{n}')
for t in ['EXP', 'ORA', 'GRA', 'CIV']:
    for n in (1, 2): el.add(f'YFR1{t}{n}'); el.add(f'YFR2{t}{n}')
for n in range(1, 7): gp.add(f'YFR1-G{n}'); gp.add(f'YFR2-G{n}')
for y in (1, 2, 3):
    for m in ['DRT', 'AES', 'LEA', 'SOC', 'GEO', 'PSY', 'HIS', 'LCE', 'STA']: et.add(f'L{y}{m}')
for y in (1, 2, 3):
    for n in range(1, 36): el.add(f'SOC-L{y}{n:02d}')
for y in (1, 2):
    for n in range(1, 36): el.add(f'SOC-M{y}{n:02d}')
for s in range(1, 7):
    for a in 'ATH SPO NAT MET ANF AN2 ESC APA GYM HAN FOO PHY'.split():
        c = f'APS{s}{a}'
        if c not in unknown: el.add(c)
for n in range(1, 5): gp.add(f'APS3NAT-G{n}')
for s in range(5, 10):
    for d in ['GP', 'MRI', 'INF', 'MEC', 'ELN', 'MAT', 'ROB', 'NAV']:
        for n in range(1, 22):
            c = f'IX{s}{d}{n:02d}'
            if len(c) <= 8: el.add(c)
    for n in (1, 2): el.add(f'IX{s}PRJ{n}')
for y in range(1, 7):
    for a in 'CIN SCN DAN JEU DRA HIS ANA'.split():
        c = f'ASP{y}-{a}'
        if c not in unknown: el.add(c)
    for a in 'FOR HAR HIS ORC ANA'.split(): el.add(f'MUS{y}-{a}')
for y in (1, 2):
    for ps in 'PS':
        for n in range(1, 16): el.add(f'MEEF{y}{ps}{n:02d}')
    et |= {f'MEF{y}PE', f'MEF{y}SD'}
    gp |= {f'MEF{y}PE-ALT', f'MEF{y}PE-INI', f'MEF{y}SD-LET', f'MEF{y}SD-MAT', f'MEF{y}SD-HIS', f'MEF{y}SD-ANG'}
for n in range(150, 171): el.add(f'1CA{n}')
for y in (1, 2):
    for t in 'KFMR':
        for n in range(1, 16):
            c = f'IAEM{y}{t}{n:02d}'
            if c in unknown: continue
            if c.startswith('IAEM2F0') and c != 'IAEM2F07': continue
            el.add(c)
    for e in ['IAMAE', 'IAMFI', 'IACCA']:
        et.add(f'{e}{y}')
        for g in ['GA', 'GB']: gp.add(f'{e}{y}-{g}')
for y in range(1, 4):
    for n in range(1, 10):
        el.add(f'HLAN{y}0{n}'); el.add(f'HLAN{y+3}0{n}'); el.add(f'HGEO{y}0{n}')
for n in range(10, 30): el.add(f'IRAN-{n}')
for n in range(1, 7): gp.add(f'GEO1-TD{n}'); gp.add(f'GEO2-TD{n}')
el -= unknown; et -= unknown; gp -= unknown
for c in el: assert len(c) <= 8, c
for c in et: assert len(c) <= 6, c
for c in gp: assert len(c) <= 10, c
cat = {'elements': sorted(el), 'etapes': sorted(et), 'groups': sorted(gp), 'unknown': sorted(unknown)}
assert not (set(cat['elements']) & set(cat['etapes'])) and not (set(cat['elements']) & set(cat['groups']))
json.dump(cat, open(lib.OUT + '/catalogue.json', 'w'), indent=1, ensure_ascii=False)
json.dump(G, open(lib.OUT + '/gold.json', 'w'), indent=1, ensure_ascii=False)
print(len(G), {k: len(v) for k, v in cat.items()})
