"""Code schemes used in heldout-3 and the sibling generator for catalogue.json."""
import re, random

# (scheme name, kind, regex, invented?)
SCHEMES = [
    # --- elements
    ('sci-hum S/H+3 letters+3 digits (FAQ-like, SMAT104)', 'elements', r'^[SH][A-Z]{3}\d{3}$', False),
    ('INSPE digit+2 letters+3 digits (FAQ-like, 1PE108)', 'elements', r'^\d[A-Z]{2}\d{3}$', False),
    ('LVE letters-digits+letter with dash (FAQ-like, AN-20B)', 'elements', r'^[A-Z]{2,4}-\d{2}[A-Z]?$', False),
    ('HSS dotted (FAQ-like, M.2.SO11 / M.1HRP9C / 2HR5C)', 'elements', r'^([ML]\.\d\.[A-Z]{2}\d{2}|M\.1HRP9C|2HR5C)$', False),
    ('law D<year>S<sem>-XXX (D1S1-CIV)', 'elements', r'^D\dS\d-[A-Z]{3}$', True),
    ('medicine MDn-UEnn / PAS-UEnX (MD2-UE12)', 'elements', r'^(MD\d|PAS)-UE\d{1,2}[A-Z]?$', True),
    ('IUT dept-R|S+3 digits (GEA-R304)', 'elements', r'^(GEA|INF|TC)-[RS]\d{3}$', True),
    ('IAE level.DOMn (M1.FIN3)', 'elements', r'^[LM]\d\.[A-Z]{3}\d$', True),
    ('language centre LANS+lang+CEFR (LANSESB1)', 'elements', r'^LANS[A-Z]{2}[A-C][12]$', True),
    ('continuing-education DU DUxx-Mnn (DUGE-M03)', 'elements', r'^DU[A-Z]{2}-M\d{2}$', True),
    ('engineering school ESX<sem>XXXn (ESX7MEC2)', 'elements', r'^ESX\d[A-Z0-9]{4}$', True),
    ('doctoral school EDnn-Fnn (ED98-F12)', 'elements', r'^ED\d{2}-F\d{2}$', True),
    ('psychology PSYL<year>Unn (PSYL2U05)', 'elements', r'^PSYL\dU\d{2}$', True),
    ('pharmacy PHnn.nn (PH31.05)', 'elements', r'^PH\d{2}\.\d{2}$', True),
    # --- étapes
    ('law étape D[LM]<year>XXX (DL1DRT)', 'etapes', r'^D[LM]\d[A-Z]{3}$', True),
    ('health étape DFGSxn / PASSnn (DFGSM2)', 'etapes', r'^(DFGS[MP]\d|PASS\d\d)$', True),
    ('IUT étape B<dept><year>A (BGEA2A)', 'etapes', r'^B(GEA\d|INF\d|TC0\d)A$', True),
    ('IAE étape IAE<level><parcours> (IAEM1F)', 'etapes', r'^IAE[LM]\d[A-Z]$', True),
    ('humanities étape HL<year>XXX (HL1LET)', 'etapes', r'^HL\d[A-Z]{3}$', True),
    ('HSS master étape M<year>SOCI (M2SOCI)', 'etapes', r'^M\dSOCI$', True),
    ('continuing-education étape DUxxxn (DUCGE1)', 'etapes', r'^DU[A-Z]{3}\d$', True),
    ('engineering étape ING<year>XX (ING1MC)', 'etapes', r'^ING\d[A-Z]{2}$', True),
    ('doctoral étape DOCTnn (DOCT21)', 'etapes', r'^DOCT\d{2}$', True),
    ('psychology étape LPSY<year>A (LPSY1A)', 'etapes', r'^LPSY\dA$', True),
    # --- groups
    ('law group D<y>S<s>XXXTnn (D1S1CIVT03)', 'groups', r'^D\dS\d[A-Z]{3}T\d{2}$', True),
    ('medicine ED group MDnED-Gnn (MD2ED-G04)', 'groups', r'^MD\dED-G\d{2}$', True),
    ('IUT group <dept><y>-TD|TPnX (GEA2-TP1B)', 'groups', r'^(GEA|INF|TC)\d-T[DP]\d[A-Z]?$', True),
    ('IAE group M<y>XXX-XXX (M1FIN-ALT)', 'groups', r'^M\d[A-Z]{3}-[A-Z]{3}$', True),
    ('language centre group <lang><CEFR>-Gnn (ESB1-G03)', 'groups', r'^[A-Z]{2}[A-C][12]-G\d{2}$', True),
    ('continuing-education group DUCGE-FOAD|PRES', 'groups', r'^DU[A-Z]{3}-(FOAD|PRES)$', True),
    ('engineering group ESX<s>-TDX|PRJX (ESX5-TDA)', 'groups', r'^ESX\d-(TD|PRJ)[A-Z]$', True),
    ('psychology group PSYL<y>-TDnn (PSYL2-TD07)', 'groups', r'^PSYL\d-TD\d{2}$', True),
    ('sciences group <element>G|Tn (SINF501G2)', 'groups', r'^S[A-Z]{3}\d{3}[GT]\d$', True),
    ('INSPE group <element>-Gn (1PE108-G2)', 'groups', r'^\d[A-Z]{2}\d{3}-G\d$', True),
    ('LVE group <element>-TDn (AN20B-TD3)', 'groups', r'^[A-Z]{2}\d{2}[A-Z]-TD\d$', True),
    ('HSS groups M2SO-TDn / M.1HRP9CTD (FAQ)', 'groups', r'^(M\dSO-TD\d|M\.1HRP9C(TD|EM))$', False),
]


def scheme_of(code):
    hits = [(n, k) for n, k, rx, _ in SCHEMES if re.match(rx, code)]
    if len(hits) != 1:
        raise ValueError(f'{code}: {hits}')
    return hits[0]


LIMIT = {'elements': 8, 'etapes': 6, 'groups': 10}


def siblings():
    """Plausible sibling codes per scheme (deterministic)."""
    r = random.Random(3)
    E, T, P = set(), set(), set()
    # sciences / humanities
    for pre in ['SMAT', 'SINF', 'SPHY', 'SCHI', 'SBIO', 'SGEO', 'SMEC', 'SELE', 'HLAN', 'HHIS', 'HLET', 'HGEO',
                'HPHI', 'HART', 'HARC', 'HLAT']:
        for sem in range(1, 7):
            for n in r.sample(range(1, 16), 5):
                E.add(f'{pre}{sem}{n:02d}')
        for sem in (7, 8):
            for n in r.sample(range(1, 8), 2):
                E.add(f'{pre}{sem}{n:02d}')
    for c in sorted(E):
        if c.startswith('S') and r.random() < 0.25:
            for g in range(1, r.randint(2, 5)):
                P.add(f'{c}G{g}')
    # INSPE
    for pre in ['CA', 'PE', 'SD', 'AN', 'EP']:
        for y in (1, 2):
            for n in r.sample(range(100, 260), 8):
                E.add(f'{y}{pre}{n}')
    for c in sorted(E):
        if re.match(r'^\d[A-Z]{2}\d{3}$', c) and r.random() < 0.3:
            for g in range(1, 5):
                P.add(f'{c}-G{g}')
    # LVE dash
    for pre in ['AN', 'ES', 'AL', 'IT', 'PT', 'RU']:
        for y in (10, 20, 30):
            for s in 'ABCD':
                E.add(f'{pre}-{y}{s}')
                if r.random() < 0.3:
                    for g in range(1, 5):
                        P.add(f'{pre}{y}{s}-TD{g}')
    for pre in ['IRAN', 'ARAB', 'CHIN']:
        for n in range(10, 30):
            E.add(f'{pre}-{n}')
    # HSS dotted
    for lvl in ['L.1', 'L.2', 'L.3', 'M.1', 'M.2']:
        for d in ['SO', 'RH', 'MS', 'DE', 'PO']:
            for n in r.sample(range(1, 15), 4):
                E.add(f'{lvl}.{d}{n:02d}')
    E.update(['M.1HRP9C', '2HR5C'])
    P.update(['M.1HRP9CTD', 'M.1HRP9CEM', 'M2SO-TD1', 'M2SO-TD2', 'M1SO-TD1', 'M1SO-TD2'])
    T.update(['M1SOCI', 'M2SOCI'])
    # law
    subj = ['CIV', 'CON', 'ADM', 'FIN', 'AFF', 'DIP', 'PEN', 'HIS', 'SOC', 'CMP', 'FIS', 'TRA', 'EUR', 'NUM', 'INT',
            'PRO', 'ECO', 'ANG']
    for y, sems in [(1, (1, 2)), (2, (3, 4)), (3, (5, 6)), (4, (7, 8)), (5, (9,))]:
        for s in sems:
            for su in r.sample(subj, 9):
                E.add(f'D{y}S{s}-{su}')
                if y <= 3 and r.random() < 0.4:
                    for g in range(1, r.randint(4, 9)):
                        P.add(f'D{y}S{s}{su}T{g:02d}')
    T.update(['DL1DRT', 'DL2DRT', 'DL3DRT', 'DL3DAF', 'DL3DPU', 'DL1AES', 'DL2AES', 'DL3AES', 'DM1DAF', 'DM2DAF',
              'DM1DPU', 'DM2DPU', 'DM1DPR', 'DM2DPR'])
    # medicine / pharmacy
    for y in (2, 3):
        for n in range(1, 16):
            E.add(f'MD{y}-UE{n}')
        for g in range(1, 11):
            P.add(f'MD{y}ED-G{g:02d}')
    for n in range(1, 9):
        for s in 'AB':
            E.add(f'PAS-UE{n}{s}')
    for y in (2, 3, 4):
        for n in r.sample(range(10, 60), 12):
            E.add(f'PH{y}{r.randint(1, 2)}.{n:02d}' if False else f'PH{y}{r.randint(1, 2)}.{r.randint(1, 15):02d}')
    T.update(['PASS01', 'PASS02', 'DFGSM2', 'DFGSM3', 'DFGSP2', 'DFGSP3'])
    # IUT
    for dept in ['GEA', 'INF', 'TC']:
        for sem in range(1, 7):
            for n in range(1, 13 if sem < 5 else 9):
                E.add(f'{dept}-R{sem}{n:02d}')
            for n in range(1, 5):
                E.add(f'{dept}-S{sem}{n:02d}')
        for y in (1, 2, 3):
            T.add(f'B{dept}{y}A' if dept != 'TC' else f'BTC0{y}A')
            for td in range(1, 4):
                P.add(f'{dept}{y}-TD{td}')
                for tp in 'AB':
                    P.add(f'{dept}{y}-TP{td}{tp}')
    # IAE
    for lvl in ['L3', 'M1', 'M2']:
        for d in ['FIN', 'MKG', 'CPT', 'GRH', 'MGT', 'SIG', 'DRT', 'ANG']:
            for n in range(1, r.randint(3, 7)):
                E.add(f'{lvl}.{d}{n}')
    for lvl in ['M1', 'M2']:
        for d in ['FIN', 'MKG', 'GRH', 'MAE']:
            for t in ['INI', 'ALT', 'INT', 'FC']:
                if len(t) == 3:
                    P.add(f'{lvl}{d}-{t}')
    T.update(['IAEL3G', 'IAEM1F', 'IAEM1C', 'IAEM2F', 'IAEM1M', 'IAEM2M', 'IAEM1R', 'IAEM2R', 'IAEM1A', 'IAEM2A'])
    # language centre
    for lang in ['AN', 'ES', 'AL', 'IT', 'CH', 'JA', 'AR', 'RU', 'PT', 'FL']:
        for lvl in ['A1', 'A2', 'B1', 'B2', 'C1']:
            E.add(f'LANS{lang}{lvl}')
            if lang != 'FL':
                for g in range(1, r.randint(3, 13)):
                    P.add(f'{lang}{lvl}-G{g:02d}')
    # DU / continuing education
    for du in ['GE', 'PY', 'CJ', 'SE', 'ME']:
        for n in range(1, 10):
            E.add(f'DU{du}-M{n:02d}')
    T.update(['DUCGE1', 'DUPSY2', 'DUCJU1', 'DUSEC1', 'DUMED1'])
    P.update(['DUCGE-FOAD', 'DUCGE-PRES', 'DUPSY-FOAD', 'DUPSY-PRES', 'DUCJU-FOAD'])
    # engineering school
    for sem in (5, 6, 7, 8, 9):
        for d in ['MEC', 'MAT', 'INF', 'PRJ', 'ELE', 'ENE', 'GES']:
            for n in range(1, r.randint(2, 5)):
                E.add(f'ESX{sem}{d}{n}')
        E.add(f'ESX{sem}LV01')
        for t in 'AB':
            P.add(f'ESX{sem}-TD{t}')
    P.update(['ESX9-PRJA', 'ESX9-PRJB', 'ESX9-PRJC', 'ESX7-PRJA'])
    T.update(['ING1MC', 'ING2MC', 'ING3MC', 'ING1IN', 'ING2IN', 'ING3IN', 'ING1EN', 'ING2EN', 'ING3EN'])
    # doctoral schools
    for ed in (21, 98, 556, 497):
        if ed > 99:
            continue
        T.add(f'DOCT{ed}')
        for n in range(1, 19):
            E.add(f'ED{ed}-F{n:02d}')
    for ed in (31, 68):
        T.add(f'DOCT{ed}')
        for n in range(1, 11):
            E.add(f'ED{ed}-F{n:02d}')
    # psychology
    for y in (1, 2, 3):
        for n in range(1, 15):
            E.add(f'PSYL{y}U{n:02d}')
        T.add(f'LPSY{y}A')
        for td in range(1, 13):
            P.add(f'PSYL{y}-TD{td:02d}')
    # humanities étapes
    T.update(['HL1LET', 'HL2LET', 'HL3LET', 'HL1HIS', 'HL2HIS', 'HL3HIS', 'HL1GEO', 'HL2GEO', 'HL1ANG', 'HL2ANG'])
    return E, T, P
