"""Catalogue of codes 'the university knows' for train-v (all invented except FAQ-style schemes)."""
import itertools
E, T, G, U, L, S = [], [], [], [], {}, {}   # elements, etapes, groups, unknown, labels, scheme of code

def el(code, label, scheme, groups=()):
    E.append(code); L[code] = label; S[code] = scheme
    for gc, gl in groups:
        G.append(gc); L[gc] = gl; S[gc] = scheme
def et(code, label, scheme):
    T.append(code); L[code] = label; S[code] = scheme

SLEA = "LEA LEn-XXXn (invented)"
SFLE = "FLE FLE-LLSS (invented)"
SIAE = "IAE IAEnLnnn (invented)"
SPHY = "physique PHYnSnnn (invented)"
SHIS = "histoire nHISnnL (invented)"
SINF = "informatique INF.n.nn (invented)"
SPSY = "psychologie PnPSYnn (invented)"
SGEA = "BUT GEA GEA-Rnnn (invented)"
SPAS = "santé PASS.UEn (invented)"
SDRT = "droit DnXXXXXn (invented)"
SENG = "english-taught EN-XXXnn (invented)"
SRCA = "FAQ-style RXXXXnnn"
SMHR = "FAQ-style M.nXXXnnX"
SDIS = "FAQ-style distance XXXX-nn"
SINS = "FAQ-style INSPE nXXnnn"
SETP = "étapes XXXLn / XXXXn (invented)"
SERA = "étapes échange ERAxxx (invented)"

def std_groups(stem, name, tds=3, tps=0, alt=False, cemu=False):
    g = [(f"{stem}TD{i}", f"TD{i} {name}") for i in range(1, tds+1)]
    g += [(f"{stem}TP{i}", f"TP{i} {name}") for i in range(1, tps+1)]
    if alt: g.append((f"{stem}ALT", f"Groupe alternants {name}"))
    if cemu: g.append((f"{stem}EAD", f"CEMU {name} à distance"))
    return g

# LEA
lea = {"ANG": "Anglais", "ESP": "Espagnol", "ALL": "Allemand", "CIV": "Civilisation", "TRA": "Traduction", "ECO": "Economie"}
for y in (1, 2, 3):
    et(f"LEAL{y}", f"Licence LEA {y}{'re' if y==1 else 'e'} année", SETP)
    for k, v in lea.items():
        for n in (1, 2, 3):
            c = f"LE{y}-{k}{n}"
            el(c, f"{v.upper()} {n} LEA L{y}", SLEA, std_groups(f"LE{y}{k}{n}", f"{v} {n} L{y}", tds=3 if k in ('ANG','ESP') else 2))
# FLE
et("DUFLE1", "DU Langue et culture françaises (accueil international)", SETP)
for lvl in ("A2", "B1", "B2", "C1"):
    for sk, lab in (("OR", "Expression orale"), ("EC", "Expression écrite"), ("RD", "Compréhension écrite"), ("GR", "Grammaire")):
        el(f"FLE-{lvl}{sk}", f"FLE {lvl} {lab}", SFLE, [(f"FLE{lvl}{sk}G{i}", f"Groupe {i} FLE {lvl} {lab}") for i in (1, 2)])
# IAE
et("IAEM1I", "Master 1 Management international", SETP); et("IAEM2I", "Master 2 Management international", SETP)
et("IAEM1F", "Master 1 Finance", SETP); et("IAEM2F", "Master 2 Finance", SETP)
iae = [("IAE4F201", "Corporate Finance"), ("IAE4F202", "Financial Accounting"), ("IAE4F203", "Marchés financiers"),
       ("IAE4M101", "Cross-cultural Management"), ("IAE4M102", "Supply Chain Management"), ("IAE5M105", "International Marketing"),
       ("IAE5M106", "Negotiation Skills"), ("IAE5F210", "Risk Management"), ("IAE5F211", "Fusions et acquisitions"), ("IAE4M103", "Business English")]
for c, lab in iae:
    el(c, lab, SIAE, [(f"{c}A", f"Groupe A {lab}"), (f"{c}B", f"Groupe B {lab}"), (f"{c}AL", f"Groupe alternants {lab}")])
# Physique
phy = ["Mécanique du point", "Optique géométrique", "Électromagnétisme 1", "Thermodynamique", "Physique quantique", "Ondes", "Électronique", "Méthodes numériques"]
for y in (1, 2, 3):
    et(f"PHYL{y}", f"Licence Physique {y}{'re' if y==1 else 'e'} année", SETP)
    for s in (2*y-1, 2*y):
        for i in range(1, 9):
            c = f"PHY{y}S{s}{i:02d}"
            el(c, f"{phy[(i+s)%8].upper()} S{s}", SPHY, std_groups(f"PH{y}S{s}{i:02d}", c, tds=2, tps=3))
# Histoire
his = ["Histoire contemporaine", "Histoire médiévale", "Histoire moderne", "Histoire ancienne", "Historiographie", "Méthodologie"]
for y in (1, 2, 3):
    et(f"HISL{y}", f"Licence Histoire {y}{'re' if y==1 else 'e'} année", SETP)
    for s in (2*y-1, 2*y):
        for i, letter in itertools.product((11, 12, 13), "ABE"):
            c = f"{s}HIS{i}{letter}"
            el(c, f"{his[(i+s)%6]} S{s} {letter}", SHIS, std_groups(c, c, tds=3, cemu=(letter == "E")))
el("4HIS09Z", "HISTOIRE ARCHIVE 2019 (fermé)", SHIS)  # exists but closed; not cited
# Informatique
inf = ["Algorithmique", "Programmation impérative", "Bases de données", "Systèmes", "Réseaux", "Génie logiciel", "Web", "Logique", "Compilation", "IA"]
for y in (1, 2, 3):
    et(f"INFL{y}", f"Licence Informatique {y}{'re' if y==1 else 'e'} année", SETP)
for s in range(1, 7):
    for i in range(1, 13):
        c = f"INF.{s}.{i:02d}"
        el(c, f"{inf[(i+s)%10]} S{s}", SINF, std_groups(f"INF{s}{i:02d}", f"INF.{s}.{i:02d}", tds=2, tps=2))
# Psycho
psy = {40: "Psychologie du développement", 41: "Psychologie sociale", 42: "Neurosciences", 43: "Statistiques", 44: "Psychologie cognitive", 45: "Psychopathologie"}
for y in (1, 2, 3):
    et(f"PSYL{y}", f"Licence Psychologie {y}{'re' if y==1 else 'e'} année", SETP)
    for n, lab in psy.items():
        c = f"P{y}PSY{n}"
        el(c, f"{lab} L{y}", SPSY, std_groups(c, c, tds=5))
# BUT GEA
for y in (1, 2, 3):
    et(f"BGEA{y}", f"BUT GEA {y}{'re' if y==1 else 'e'} année", SETP)
gea = {"R101": "Fonctionnement des organisations", "R102": "Environnement économique", "R103": "Introduction au droit", "R104": "Outils mathématiques",
       "R105": "Fondamentaux de la comptabilité", "R106": "Anglais des affaires 1", "R107": "Expression communication", "S101": "SAE Analyse de l'organisation",
       "R301": "Contrôle de gestion", "R302": "Fiscalité", "R305": "Anglais des affaires 3", "S301": "SAE Pilotage"}
for k, lab in gea.items():
    c = f"GEA-{k}"
    el(c, lab, SGEA, std_groups(f"GEA{k}", f"GEA {k}", tds=3, tps=2, alt=True))
# PASS
et("PASS1", "PASS Parcours d'accès spécifique santé", SETP)
pas = ["Chimie", "Biologie cellulaire", "Physique biophysique", "Biochimie", "Anatomie", "Histologie", "Santé société humanité", "Pharmacologie", "Anglais"]
for n, lab in enumerate(pas, 1):
    el(f"PASS.UE{n}", f"UE{n} {lab}", SPAS, [(f"PASSUE{n}ED{i}", f"ED{i} UE{n}") for i in range(1, 5)] + [(f"PASSUE{n}CMU", f"CEMU UE{n} à distance")])
# Droit
for y in (1, 2, 3):
    et(f"DRTL{y}", f"Licence Droit {y}{'re' if y==1 else 'e'} année", SETP)
drt = {1: [("CIVIL", "Droit civil"), ("CONST", "Droit constitutionnel"), ("HISTO", "Histoire du droit"), ("INSTJ", "Institutions juridictionnelles")],
       2: [("PENAL", "Droit pénal"), ("ADMIN", "Droit administratif"), ("OBLIG", "Droit des obligations"), ("FISCA", "Finances publiques")],
       3: [("AFFAI", "Droit des affaires"), ("TRAVA", "Droit du travail"), ("INTPU", "Droit international public"), ("EUROP", "Droit européen")]}
for y, lst in drt.items():
    for k, lab in lst:
        for n in (1, 2):
            c = f"D{y}{k}{n}"
            el(c, f"{lab.upper()} {n}", SDRT, std_groups(f"D{y}{k[:3]}{n}-", f"{lab.upper()} {n}", tds=4, cemu=True))
# English-taught
et("ERAAS1", "Erasmus+ Accueil S1 programme d'échange", SERA); et("ERAAS2", "Erasmus+ Accueil S2 programme d'échange", SERA)
et("ERAAAN", "Erasmus+ Accueil année programme d'échange", SERA); et("ERADS1", "Erasmus+ Départ S1", SERA)
eng = {"ECO": "European Economics", "HIS": "History of Modern France", "LIT": "French Literature in Translation", "POL": "EU Politics", "MED": "Media Studies", "GEO": "Geopolitics"}
for k, lab in eng.items():
    for n in (12, 21, 30):
        c = f"EN-{k}{n}"
        el(c, f"{lab} {n} (taught in English)", SENG, [(f"EN{k}{n}G{i}", f"Group {i} {lab}") for i in (1, 2)])
# FAQ-style
for c, lab in [("RCAED334", "Analyse économique"), ("RCAED335", "Économie monétaire"), ("RLANG210", "Langue vivante 2"), ("RLANG211", "Langue vivante 3"), ("RGEST120", "Gestion de projet")]:
    el(c, lab, SRCA, std_groups(c[1:], c, tds=2))
for c, lab in [("M.1HRP9C", "Relations internationales contemporaines"), ("M.1HRP8A", "Séminaire de recherche"), ("M.2HRP3A", "Diplomatie et conflits"), ("M.1HRP7B", "Archives et sources")]:
    el(c, lab, SMHR, [(c + "TD", f"TD {lab}"), (c + "EM", f"EM {lab}")])
for c, lab in [("GEOG-21", "Géographie régionale"), ("GEOG-22", "Cartographie"), ("IRAN-15", "Langue persane 1"), ("IRAN-16", "Langue persane 2"), ("SOCI-31", "Sociologie des organisations")]:
    el(c, lab, SDIS, [(c.replace("-", "") + "CEMU", f"CEMU {lab}"), (c.replace("-", "") + "P", f"Présentiel {lab}")])
et("MEEF1P", "Master 1 MEEF 1er degré", SETP); et("MEEF2P", "Master 2 MEEF 1er degré", SETP); et("MEEF1S", "Master 1 MEEF 2nd degré", SETP)
for c, lab in [("1CA153", "Analyse du contexte"), ("1CA154", "Didactique du français"), ("1CA155", "Didactique des mathématiques"), ("1CA156", "Numérique éducatif"), ("2CA201", "Mémoire")]:
    el(c, lab, SINS, [(f"{c}G{i}", f"Groupe {i} {lab}") for i in (1, 2, 3)])
et("GEOL2D", "Licence Géographie 2e année à distance", SETP)
et("HRPM1", "Master 1 Histoire relations internationales", SETP)

UNKNOWN = {"LE2-ANG9": SLEA, "PHY2S399": SPHY, "EN-ECO99": SENG, "INF.3.19": SINF, "D1CIVIL7": SDRT, "FLE-B3OR": SFLE}
for c, s in UNKNOWN.items():
    U.append(c); S[c] = s

def catalogue():
    return {"elements": E, "etapes": T, "groups": G, "unknown": U, "labels": L}
