"""Builds catalogue.json for train-s: programmes by semester (BUT, PASS/LAS, EAD, FC, double degrees)."""
import json, re

EL, ET, GR, LAB = [], [], [], {}
def el(c, l): EL.append(c); LAB[c] = l
def et(c, l): ET.append(c); LAB[c] = l
def gr(c, l): GR.append(c); LAB[c] = l

RES = {
 'GEA': ['COMPTABILITE GENERALE', 'ECONOMIE', 'DROIT DES AFFAIRES', 'GESTION RH', 'TABLEUR ET BUREAUTIQUE', 'MARKETING', 'ANGLAIS', 'LV2 ESPAGNOL', 'EXPRESSION COMMUNICATION', 'PPP', 'MATHEMATIQUES FIN', 'CONTROLE DE GESTION'],
 'INF': ['INIT DEVELOPPEMENT', 'SYSTEMES', 'BASES DE DONNEES', 'MATHS DISCRETES', 'ARCHITECTURE', 'RESEAUX', 'ANGLAIS INFO', 'COMMUNICATION', 'GESTION PROJET', 'DROIT NUMERIQUE', 'QUALITE DEV', 'PPP'],
 'TCO': ['MARKETING', 'VENTE', 'COMMUNICATION COMMERCIALE', 'ETUDES MARKETING', 'ENV. ECONOMIQUE', 'DROIT', 'ANGLAIS', 'LV2', 'PPP', 'TABLEUR', 'PSYCHO SOCIALE', 'GESTION'],
 'CJU': ['DROIT CIVIL', 'DROIT CONSTITUTIONNEL', 'PROCEDURE', 'DROIT PENAL', 'ECONOMIE', 'ANGLAIS JURIDIQUE', 'EXPRESSION', 'INFORMATIQUE', 'DROIT DU TRAVAIL', 'PPP', 'DROIT DES ASSURANCES', 'FISCALITE']}
DEPT = {'GEA': 'GEA', 'INF': 'Informatique', 'TCO': 'Techniques de commercialisation', 'CJU': 'Carrières juridiques'}
for d, names in RES.items():
    for s in range(1, 7):
        for i, n in enumerate(names, 1):
            el(f'{d}{s}R{i:02d}', f'R{s}.{i:02d} {n}')
        for j in range(1, 5):
            el(f'{d}{s}SA{j:02d}', f'SAE {s}.{j:02d} {DEPT[d].upper()}')
    for y in (1, 2, 3):
        ord_ = '1re' if y == 1 else f'{y}e'
        et(f'BU{d}{y}', f'BUT {DEPT[d]} {ord_} année')
        if y > 1:
            et(f'BA{d}{y}', f'BUT {DEPT[d]} {ord_} année alternance')
# groups per semester (GEA, TCO)
for d in ('GEA', 'TCO'):
    for s in range(1, 7):
        for t in 'ABC':
            gr(f'{d}{s}-TD{t}', f'TD{t} {d} S{s}')
        for p in range(1, 7):
            gr(f'{d}{s}-TP{p}', f'TP{p} {d} S{s}')
        if s >= 3:
            gr(f'{d}{s}-ALT', f'Groupe alternants {d} S{s}')
# groups per year (INF, CJU)
for d in ('INF', 'CJU'):
    for y in (1, 2, 3):
        for t in 'AB':
            gr(f'{d}A{y}TD{t}', f'TD{t} {d} ANNEE {y}')
        for p in range(1, 5):
            gr(f'{d}A{y}TP{p}', f'TP{p} {d} ANNEE {y}')
        if y >= 2:
            gr(f'{d}A{y}ALT', f'Groupe alternants {d} A{y}')
# PASS
UE = ['CHIMIE', 'BIOCHIMIE', 'BIOLOGIE CELLULAIRE', 'PHYSIQUE BIOPHYSIQUE', 'ANATOMIE', 'HISTOLOGIE EMBRYOLOGIE', 'SHS SANTE', 'BIOSTATISTIQUES']
for s in (1, 2):
    for i, n in enumerate(UE, 1):
        el(f'PS{s}.UE{i:02d}', f'PASS S{s} UE{i} {n}')
    for g in range(1, 13):
        gr(f'PS{s}-ED{g:02d}', f'ED{g:02d} PASS S{s}')
for o, n in [('DR', 'DROIT'), ('EC', 'ECONOMIE GESTION'), ('BI', 'BIOLOGIE'), ('PH', 'PHYSIQUE'), ('ST', 'STAPS'), ('PS', 'PSYCHOLOGIE'), ('LE', 'LETTRES')]:
    el(f'PS2.OP{o}', f'PASS OPTION {n}')
    gr(f'PSOP-{o}', f'Groupe option {n} PASS')
et('PASS01', 'PASS Parcours Accès Spécifique Santé')
# LAS
MIN = ['PHYSIOLOGIE', 'ANATOMIE', 'BIOCHIMIE SANTE', 'SANTE PUBLIQUE']
for s in range(1, 5):
    for i, n in enumerate(MIN, 1):
        el(f'LSA{s}M{i:02d}', f'MINEURE SANTE S{s} {n}')
for k, n in [('DR', 'Droit'), ('BI', 'Sciences de la vie'), ('PY', 'Psychologie'), ('ST', 'STAPS'), ('EG', 'Économie-Gestion')]:
    for y in (1, 2):
        et(f'LAS{k}{y}', f'LAS {n} {"1re" if y == 1 else "2e"} année')
for g in range(1, 5):
    gr(f'LSA-G{g}', f'Groupe {g} mineure santé')
gr('LSA-EAD', 'Groupe EAD CEMU mineure santé')
# EAD licences
EADL = {'HIS': ['HISTOIRE ANCIENNE', 'HISTOIRE MEDIEVALE', 'HISTOIRE MODERNE', 'HISTOIRE CONTEMPORAINE', 'GEOGRAPHIE', 'METHODOLOGIE'],
        'PSY': ['PSYCHO DEVELOPPEMENT', 'PSYCHO SOCIALE', 'NEUROSCIENCES', 'STATISTIQUES', 'PSYCHO COGNITIVE', 'PSYCHOPATHOLOGIE']}
for k, names in EADL.items():
    for y in (1, 2, 3):
        for i, n in enumerate(names, 1):
            el(f'EL{y}{k}{i:02d}', f'{n} {y} (EAD)')
        et(f'E{k}{y}', f'Licence {"Histoire" if k == "HIS" else "Psychologie"} {"1re" if y == 1 else str(y) + "e"} année EAD')
        gr(f'CEMU-{k}{y}', f'Groupe EAD CEMU {k} L{y}')
# Formation continue
for k, l, mods in [('GRH', 'DU Gestion des ressources humaines (FC)', ['DROIT SOCIAL', 'PAIE', 'RECRUTEMENT', 'GPEC', 'MANAGEMENT', 'MEMOIRE']),
                   ('DAE', 'DAEU A (FC)', ['FRANCAIS', 'HISTOIRE', 'ANGLAIS', 'GEOGRAPHIE', 'PHILOSOPHIE', 'METHODO'])]:
    for i, n in enumerate(mods, 1):
        el(f'FC-{k}{i:02d}', f'{n} ({k} FC)')
    gr(f'FC{k}-EAD', f'Groupe EAD CEMU {k}')
    gr(f'FC{k}-PRE', f'Groupe présentiel {k}')
et('DUGRH', 'DU Gestion des ressources humaines (FC)')
et('DAEUA', 'DAEU A (FC)')
et('DAEUB', 'DAEU B (FC)')
# double degrees
for k, l in [('JE', 'Droit-Économie'), ('MI', 'Mathématiques-Informatique'), ('HA', 'Histoire-Anglais')]:
    for s in range(1, 7):
        for i in range(1, 6):
            el(f'DD{k}{s}{i:02d}', f'DOUBLE LICENCE {k} S{s} MODULE {i}')
    for y in (1, 2, 3):
        et(f'DD{k}{y}', f'Double licence {l} {"1re" if y == 1 else str(y) + "e"} année')
        for g in (1, 2):
            gr(f'DD{k}{y}-G{g}', f'Groupe {g} double licence {k} {y}')
# FAQ-style (not invented)
for i, n in zip(range(151, 159), ['Connaissance du système éducatif', 'Didactique du français', 'Analyse du contexte', 'Didactique des maths', 'Sciences', 'EPS', 'Arts', 'Recherche']):
    el(f'1CA{i}', n)
for i in range(1, 7):
    el(f'M.1.MS0{i}', ['Sociologie générale', 'Démographie', 'Théories chang. social', 'Méthodes quanti', 'Méthodes quali', 'Anglais socio'][i - 1])
for c, n in [('AN-10A', 'EC1 Langue Traduction'), ('AN-10B', 'EC2 Civilisation'), ('AN-11A', 'EC1 Littérature'), ('AN-11B', 'EC2 Phonétique')]:
    el(c, n)
for i in range(331, 337):
    el(f'RCAED{i}', f'Droit des affaires {i - 330} (EAD)')
    gr(f'ELP_RCAED{i}_CM', f'ELP_RCAED{i}_CM')
el('M.1HRP9C', 'Histoire des relations publiques'); el('2HR5C', 'Relations publiques (porté)')
gr('M.1HRP9CTD', 'TD M.1HRP9C'); gr('M.1HRP9CEM', 'EM M.1HRP9C')

UNKNOWN = ['GEA1R16', 'INF2SA09', 'PS3.UE01', 'EL4HIS01', 'DDJE701', 'LSA5M01', 'TCO7R01', 'FC-GRH09']

def main(path):
    for c in EL + ET + GR + UNKNOWN:
        assert c == c.upper()
    for c in EL: assert len(c) <= 8, c
    for c in ET: assert len(c) <= 6, c
    for c in GR: assert len(c) <= 15, c
    allc = EL + ET + GR + UNKNOWN
    assert len(allc) == len(set(allc))
    json.dump({'elements': EL, 'etapes': ET, 'groups': GR, 'unknown': UNKNOWN, 'labels': LAB}, open(path, 'w'), ensure_ascii=False, indent=1)
    print(len(EL), len(ET), len(GR), len(UNKNOWN))

if __name__ == '__main__':
    main('../catalogue.json')
