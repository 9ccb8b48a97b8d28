import json, os, random, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import lib
random.seed(11)
import mails1, mails2, mails3, mails4, mails5  # noqa
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNKNOWN = {'LM-3205', 'IN5B11', 'D1CIVTD21', 'IGEA3AL'}

ALT = '001 007 009 011 015 019 022 025 029 031 035 045 049 059 060 064 066 083 087 092'.split()
HTML = '003 016 026 037 046 050 070 088'.split()
ATT = '002 047 082'.split()
for m in lib.MAILS:
    k = m['fn'][:3]
    if k in ALT: m['form'] = 'alt'
    if k in HTML: m['form'] = 'html'
    if k in ATT: m['attach'] = True
gold = {}
for m in lib.MAILS:
    msg = lib.build(m)
    with open(os.path.join(OUT, m['fn']), 'wb') as f:
        f.write(msg.as_bytes())
    canon, written = [], []
    for c, w in m['codes']:
        if c not in canon:
            canon.append(c)
        if w not in written:
            written.append(w)
    nums = list(m['nums'])
    loc = m['frm'].split('<')[-1].strip('>').split('@')[0] if '@' in m['frm'] else ''
    if re.fullmatch(r'\d{8}', loc) and loc not in nums:
        nums.insert(0, loc)
    gold[m['fn']] = dict(apogee_codes=canon, apogee_codes_as_written=written, student_numbers=nums,
                         course_ids=m['ids'], symptom=m['sym'], sender_role=m['role'], language=m['lang'],
                         auto_reply=m['auto'], schemes=m['schemes'], note=m['note'])
json.dump(gold, open(os.path.join(OUT, 'gold.json'), 'w'), ensure_ascii=False, indent=1)

# ---------------- catalogue -----------------
E, T, G, L = set(), set(), set(), {}
def el(c, l): E.add(c); L[c] = l
def et(c, l): T.add(c); L[c] = l
def gp(c, l): G.add(c); L[c] = l

# IUT GEA
gea_titles = {1: ['Fondamentaux du marketing', 'Compta generale', 'Economie', 'Droit des affaires', 'Anglais', 'Outils numériques',
                  'Expression communication', 'PPP', 'Gestion de projet', 'Fonctionnement des organisations', 'Mathématiques appliquées',
                  'LV2', 'Introduction RH', 'Contrôle de gestion', 'Droit du travail'],
              3: ['Droit des sociétés', 'Gestion financière', 'Marketing opérationnel', 'Comptabilité approfondie', 'Fiscalité',
                  'Anglais professionnel', 'Contrôle de gestion', 'GRH', 'Management', 'Paie', 'Outils numériques 3', 'PPP 3']}
for s, tl in gea_titles.items():
    for i, t in enumerate(tl, 1):
        c = f'GEAR{s}{i:02d}'
        el(c, random.choice([f'R{s}.{i:02d} {t}', f'{t} - BUT GEA S{s}', f'GEA R{s}.{i:02d} - {t}'.upper()[:60]]))
for s in (1, 2, 3, 4):
    for i in range(1, 6):
        el(f'GEAS{s}0{i}', f'SAE {s}.0{i} BUT GEA')
for y, lab in ((1, 'BUT GEA 1ere annee'), (2, 'BUT Gestion des Entreprises et Administrations 2e annee'), (3, 'BUT GEA 3 - parcours GC2F')):
    et(f'IGEA{y}', lab)
    for site, nm in (('L', 'Lisieux'), ('V', 'Vire')):
        et(f'IGEA{y}{site}', f'{lab} - site {nm}'[:60])
    for g in 'ABCD':
        gp(f'IGEA{y}TD{g}', f'TD {g} GEA{y}')
        for n in (1, 2):
            gp(f'IGEA{y}TP{g}{n}', f'GEA {y}A TP {g}{n}')
    gp(f'IGEA{y}ALT', f'Alternants GEA {y}')
    gp(f'IGEA{y}FI', f'Formation initiale GEA {y}')
# Droit
law = {'D1': [('CIVIL', 'CIV', 'Droit civil - Introduction et personnes'), ('CONST', 'CON', 'Droit constitutionnel 1'),
              ('HIST', 'HIS', 'Histoire du droit et des institutions'), ('INSTJ', 'INS', 'Institutions juridictionnelles'),
              ('ECO', 'ECO', 'Economie politique'), ('ANGL', 'ANG', 'Anglais juridique L1')],
       'D2': [('OBLIG', 'OBL', 'Droit des obligations'), ('ADMIN', 'ADM', 'Droit administratif'), ('ANGL', 'ANG', 'Anglais juridique L2'),
              ('PENAL', 'PEN', 'Droit penal general'), ('FIN', 'FIN', 'Finances publiques')],
       'D3': [('PENAL', 'PEN', 'Droit pénal spécial'), ('AFF', 'AFF', 'Droit des affaires'), ('TRAV', 'TRA', 'Droit du travail'),
              ('UE', 'UEU', "Droit de l'Union europeenne")]}
for y, lst in law.items():
    for code, short, lab in lst:
        el(f'{y}.{code}', lab)
        for n in range(1, 21 if y == 'D1' else 13):
            gp(f'{y}{short}TD{n:02d}', random.choice([f'TD {n} {lab[:20]}', f'{y} {short} groupe {n}', f'GR TD {n:02d} {short} L{y[1]}']))
et('DL1G', 'Licence 1 Droit'); et('DL2G', 'L2 DROIT'); et('DL3G', '3ème année Licence Droit - Caen')
et('DL1AES', 'Licence AES 1re annee'); et('DL2AES', 'L2 AES'); et('DM1DA', 'Master 1 Droit des affaires')
# Pharma
for y in (2, 3, 4):
    et(f'PHA{y}', f'DFGSP{y} Pharmacie' if y < 4 else 'DFASP1 - 4e annee pharmacie')
    for u in range(1, 13):
        el(f'PH{y}-UE{u:02d}', random.choice([f'UE {u} pharmacie {y}A', f'Pharmacie {y}e annee - UE{u:02d}', f'PH{y} UE {u}']))
    for g in 'ABCDEF':
        gp(f'PH{y}-TP{g}', f'Groupe TP {g} - {y}A pharma')
        gp(f'PH{y}-ED{g}', f'ED {g} pharmacie {y}')
L['PH2-UE03'] = 'Biochimie structurale et metabolique'; L['PH2-UE05'] = 'Pharmacognosie - UE5'; L['PH2-UE08'] = 'Microbiologie'
et('PASS1', 'Parcours Acces Specifique Sante')
# Sciences info
for s, blocs in ((1, 'AB'), (3, 'AB'), (5, 'AB')):
    for b in blocs:
        for i in range(1, 10):
            c = f'IN{s}{b}{i:02d}'
            el(c, random.choice([f'Informatique S{s} bloc {b} module {i}', f'INFO S{s} - {b}{i}', f'Module info L{(s+1)//2} n°{i}']))
            for tp in (1, 2, 3):
                gp(f'{c}TP{tp}', f'TP{tp} {c}')
L['IN5B01'] = 'Programmation fonctionnelle'; L['IN3A02'] = 'Algorithmique et structures de donnees'; L['IN5B03'] = 'Systemes distribues'
L['IN1A03'] = 'Initiation a la programmation'
for d, nm in (('LUN', 'lundi'), ('MAR', 'mardi'), ('JEU', 'jeudi')):
    gp(f'IN3A02{d}', f'Groupe du {nm} - Algo L2')
for d, nm in (('MAR', 'mardi'), ('SAM', 'samedi (salaries)'), ('MP', 'Maths-Physique'), ('MI', 'Maths-Info')):
    gp(f'IN1A03{d}', f'IN1A03 - {nm}')
for c, l in (('SLINF1', 'L1 Informatique'), ('SLINF2', 'Licence Informatique 2e annee'), ('SLINF3', 'LICENCE 3 INFORMATIQUE'),
             ('SLMAT1', 'L1 Mathematiques'), ('SLMAT2', 'L2 MATHS'), ('SLMAT3', 'Licence 3 Mathematiques'), ('SLPHY1', 'L1 Physique-Chimie')):
    et(c, l)
# Lettres
for y in (1, 2, 3):
    et(f'LLM{y}', f'Licence {y} Lettres modernes' if y != 2 else 'L2 LETTRES MODERNES')
    for s in (1, 2):
        for i in range(1, 16):
            c = f'LM-{y}{s}{i:02d}'
            if c in UNKNOWN:
                continue
            el(c, random.choice([f'Litterature {y}.{s}.{i}', f'Lettres mod. L{y} S{s} EC{i}', f'Langue francaise {i} (L{y})']))
L.update({'LM-2104': 'Stylistique et grammaire S3', 'LM-2106': 'Litterature comparee', 'LM-2108': 'Latin S3',
          'LM-3108': 'Ancien francais', 'LM-3215': 'Litterature du XVIIIe siecle (nouvelle maquette)'})
for c in ('LM-2104', 'LM-2106', 'LM-2108', 'LM-1103', 'LM-3105'):
    for n in (1, 2, 3, 4):
        gp(f'{c}G{n}', f'Groupe {n} {L[c][:25]}')
gp('LM-2108DEB', 'Latin debutants'); gp('LM-2108CF', 'Latin confirmes')
# IAE
iae = {'M1CG': ['Comptabilité approfondie', 'Contrôle de gestion approfondi', 'Audit interne', 'Finance', 'Fiscalité'],
       'M2CG': ['Audit', 'Consolidation', 'Normes IFRS', 'Mémoire'], 'M1MAE': ['Finance d\'entreprise', 'Marketing', 'Stratégie', 'GRH'],
       'M2MAE': ['Pilotage', 'Management de projet', 'Droit des affaires']}
for p, titles in iae.items():
    for sem in (1, 2, 3):
        for i, t in enumerate(titles, 1):
            el(f'{p.replace("MAE", "MA")}.{sem}{i:02d}', random.choice([t, f'{t} - {p}', t.upper()])[:60])
    gp(f'{p}ALT', f'{p} Alternants'); gp(f'{p}FI', f'{p} formation initiale'); gp(f'{p}DIST', f'{p} EAD cemu')
L['M1CG.205'] = 'Controle de gestion approfondi'; L['M1CG.102'] = 'Comptabilite approfondie'; L['M1MA.104'] = "Finance d'entreprise"
el('M2CG.305', 'Audit'); el('M1CG.210', 'Audit interne et controle')
L['M2CG.305'] = 'Audit'; L['M1CG.210'] = 'Audit interne et controle'
for c, l in (('IM1CG', 'Master 1 Controle de gestion et audit organisationnel'), ('IM2CG', 'M2 CGAO'),
             ('IM1MAE', 'M1 Management et Administration des Entreprises'), ('IM2MAE', 'M2 MAE - FOAD')):
    et(c, l)
# INSPE
for y in (1, 2):
    for site, nm in (('CA', 'Caen'), ('AL', 'Alencon'), ('SL', 'Saint-Lo')):
        et(f'MEF{y}{site}', random.choice([f'M{y} MEEF 1er degre {nm}', f'Master MEEF PE M{y} - site de {nm}']))
    for u in range(1, 10):
        c = f'MEF{y}U{y}{u}'
        el(c, f'UE {y}{u} MEEF M{y}')
        for site, nm in (('CA', 'Caen'), ('AL', 'Alencon'), ('SL', 'St Lo')):
            gp(f'{c}{site}', f'{c} groupe {nm}')
L['MEF1U13'] = 'Analyse de situations professionnelles'
# STAPS
for y in (1, 2, 3):
    for i in range(1, 7):
        el(f'ST{y}_APS{i}', random.choice([f'APSA {i} L{y}', f'Pratique sportive S{y*2-1} - APS{i}', f'STAPS L{y} APSA{i}']))
    for o, nm in (('NAT', 'natation'), ('HAND', 'handball'), ('FOOT', 'football'), ('ATHLE', 'athletisme'), ('DANSE', 'danse'),
                  ('RUGBY', 'rugby'), ('BASKET', 'basket')):
        gp(f'ST{y}{o}', f'Option {nm} L{y}')
L['ST2_APS4'] = 'APSA option S3'; L['ST1_APS2'] = 'Sports collectifs S1'; L['ST1_APS1'] = 'Activites athletiques S1'
for c, l in (('STL1', 'Licence STAPS 1'), ('STL2', 'L2 STAPS'), ('STL3ES', 'L3 STAPS Entrainement sportif'),
             ('STL3AP', 'L3 STAPS APAS'), ('STL3MS', 'L3 STAPS Management du sport')):
    et(c, l)
# Langues
for lang, nm in (('ESP', 'Espagnol'), ('ANG', 'Anglais'), ('ALL', 'Allemand')):
    for s in range(1, 7):
        for i in range(1, 5):
            c = f'{lang}.S{s}.{i}'
            el(c, f'{nm} S{s} EC{i}')
            for td in (1, 2, 3):
                gp(f'{lang}S{s}{i}TD{td}', f'TD{td} {nm} S{s}.{i}')
L['ESP.S3.2'] = 'Traduction espagnol S3'; L['ESP.S3.1'] = 'Civilisation hispanique S3'
for y in (1, 2, 3):
    et(f'LLCES{y}', f'Licence LLCER Espagnol {y}'); et(f'LLCEA{y}', f'L{y} LLCER ANGLAIS')
# HSS letters+digits
for d, nm in (('HIS', 'Histoire'), ('GEO', 'Geographie'), ('SOC', 'Sociologie')):
    for s in (1, 2, 3):
        for i in range(1, 15):
            c = f'H{d}{s}{i:02d}'
            el(c, random.choice([f'{nm} L{s} - enseignement {i}', f'{nm.upper()} {s}{i:02d}', f'{nm} : cours {s}.{i}']))
            if i <= 6:
                for td in (1, 2):
                    gp(f'{c}TD{td}', f'{c} TD{td}')
    for y in (1, 2, 3):
        et(f'HL{d}{y}', f'Licence {nm} {y}e annee')
L['HHIS305'] = 'Histoire medievale'; L['HHIS101'] = 'Introduction a l histoire ancienne'; L['HGEO201'] = 'Geographie humaine'
L['HGEO214'] = 'Cartographie et SIG'; L['HHIS310'] = 'Histoire contemporaine'; L['HHIS203'] = 'Histoire moderne'
# FAQ dotted / digit-first
for c, l in (('M.1HRP9C', 'Histoire des relations professionnelles'), ('M.1.MS03', 'Theories chang. social'),
             ('M.1SOC2A', 'Sociologie du travail'), ('M.1SOC3B', 'Sociologie urbaine'), ('M.1.MS04', 'Methodes qualitatives'),
             ('M.1.MS05', 'Methodes quantitatives'), ('M.1HRP8B', 'Relations sociales'), ('2HR5C', 'Relations professionnelles L3'),
             ('2HR4B', 'Sociologie des organisations'), ('2HR6A', 'Droit social pour sociologues'), ('2SO1A', 'Socio generale'),
             ('2SO2B', 'Enquete de terrain')):
    el(c, l)
for c in ('M.1HRP9CTD', 'M.1HRP9CEM', 'M.1HRP8BTD', 'M.1SOC2ATD', 'M.1.MS03TD'):
    gp(c, f'Groupe {c[-2:]} {c[:-2]}')
et('MSOC1', 'Master 1 Sociologie'); et('MSOC2', 'M2 SOCIOLOGIE'); et('HLSOC3', 'Licence 3 Sociologie')
# CEMU dash
for p, nm in (('IRAN', 'Iran et monde persan'), ('HIST', 'Histoire EAD'), ('GEOG', 'Geographie EAD')):
    for i in (10, 11, 12, 13, 14, 15, 20, 21, 22, 23, 24, 25, 30, 31, 32):
        c = f'{p}-{i}'
        el(c, f'{nm} {i}')
        gp(f'{p}{i}CEMU', f'{c} - groupe CEMU distance'); gp(f'{p}{i}PRES', f'{c} presentiel')
et('DHIS1', 'Licence Histoire EAD 1'); et('DHIS2', 'Licence Histoire EAD 2'); et('DHIS3', 'L3 Histoire a distance')

# every cited code must exist (except unknown)
cited = {c for g in gold.values() for c in g['apogee_codes']}
allc = E | T | G
missing = cited - allc - UNKNOWN
if missing:
    print('MISSING FROM CATALOGUE', sorted(missing))
for u in UNKNOWN:
    assert u not in allc, u
cat = {'elements': sorted(E), 'etapes': sorted(T), 'groups': sorted(G), 'unknown': sorted(UNKNOWN),
       'labels': {c: L[c] for c in sorted(allc)}}
json.dump(cat, open(os.path.join(OUT, 'catalogue.json'), 'w'), ensure_ascii=False, indent=1)
print(len(gold), 'mails;', len(E), 'elements', len(T), 'etapes', len(G), 'groups')
