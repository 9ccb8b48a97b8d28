"""Catalogue of codes 'the university knows' for the train-ad folder (13 schemes, 9 invented)."""

SCHEMES = {
    "droit": "droit DRn.XXXX elements, DRLn etapes, <elt without dot>TDn groups (invented)",
    "gea": "IUT BUT GEA GEAnRxxx/GEAnSxxx elements, BGEAn etapes, GEAnTDn/TPnX/ALT year groups (invented)",
    "inspe": "INSPE nCAnnn elements (FAQ 1CA153 style), MEEFnn etapes, <elt>Gn/EAD groups (FAQ)",
    "lve": "LVE XX-nnX elements (FAQ AN-10A style), LLCE/LEA etapes, <elt>-TDn groups (FAQ)",
    "hss": "HSS M.n.XXnn elements (FAQ M.1.MS03 style), MSOCn etapes, MnXXnnTDn groups (FAQ)",
    "porteur": "FAQ porteur/porte M.1HRP9C / 2HR5C elements, M.1HRP9CTD groups (FAQ)",
    "info": "sciences 5INnnn/5MAnnn elements, LINFn/LMATn etapes, <elt>TPn/TDn groups (invented)",
    "staps": "STAPS STn-XXXX elements, STAPLn etapes, STnGn year groups (invented)",
    "pass": "sante PASnUEn elements, PASS1/LASS1 etapes, PASAMPHx/PASDIST groups (invented)",
    "hg": "histoire-geo HGnXXXXX elements, LHGn/LGEOn etapes, <elt>TDn groups (invented)",
    "iae": "IAE IAnXXXnn elements, MCCAn/MMAEn etapes, IAnALT/IAnINI groups (invented)",
    "du": "DU FOAD DUCGE-nn elements, DUCGEF etape, DUCGEFOAD/DUCGEPRES groups (invented)",
    "psy": "psychologie PSYn-XXX elements, LPSYn etapes, PSYnXXXTDn groups (invented)",
}

elements, etapes, groups, labels = [], [], [], {}


def E(code, label):
    assert len(code) <= 8, code
    elements.append(code); labels[code] = label


def T(code, label):
    assert len(code) <= 6, code
    etapes.append(code); labels[code] = label


def G(code, label):
    assert len(code) <= 10, code
    groups.append(code); labels[code] = label


# --- droit (invented)
T("DRL1", "Licence Droit 1re année"); T("DRL2", "Licence Droit 2e année"); T("DRL3", "Licence Droit 3e année")
T("DRM1", "Master 1 Droit des affaires")
droit = {"DR1.CIV1": "DROIT CIVIL 1", "DR1.CIV2": None, "DR1.CON1": "DROIT CONSTITUTIONNEL 1",
         "DR1.CON2": "DROIT CONSTITUTIONNEL 2", "DR1.HIST": "HISTOIRE DU DROIT", "DR1.INTR": "INTRODUCTION AU DROIT",
         "DR2.OBLI": "DROIT DES OBLIGATIONS", "DR2.ADM1": "DROIT ADMINISTRATIF 1", "DR2.PEN1": "DROIT PENAL 1",
         "DR2.FIN1": "FINANCES PUBLIQUES", "DR3.FISC": "DROIT FISCAL", "DR3.TRAV": "DROIT DU TRAVAIL",
         "DR3.AFF1": "DROIT DES AFFAIRES 1", "DR3.INTL": "DROIT INTERNATIONAL PUBLIC"}
for c, l in droit.items():
    if l is None:
        continue
    E(c, l)
    base = c.replace(".", "")
    G(base + "CM", "CM " + l)
    for n in range(1, 7):
        G(f"{base}TD{n}", f"TD{n} {l}")

# --- BUT GEA (invented)
for y in (1, 2, 3):
    T(f"BGEA{y}", f"BUT GEA {y}{'re' if y == 1 else 'e'} année")
    for n in (1, 2, 3):
        G(f"GEA{y}TD{n}", f"TD{n} BUT GEA {y}")
        for s in "AB":
            G(f"GEA{y}TP{n}{s}", f"TP{n}{s}")
    G(f"GEA{y}ALT", f"Groupe alternants BUT GEA {y}")
gea = {"GEA1R101": "Fonctionnement des organisations", "GEA1R102": "Economie", "GEA1R103": "Droit des affaires",
       "GEA1R104": "Anglais", "GEA1R105": "Introduction à la comptabilité", "GEA1R106": "Mathématiques appliquées",
       "GEA1S101": "SAE 1.01 Diagnostic de l'organisation", "GEA2R301": "Management des organisations",
       "GEA2R302": "Comptabilité de gestion", "GEA2R305": "Fiscalité", "GEA2S301": "SAE 3.01 Projet tuteuré",
       "GEA3R501": "Contrôle de gestion", "GEA3R502": "Gestion de la paie"}
for c, l in gea.items():
    E(c, l)

# --- INSPE (FAQ style)
T("MEEF11", "Master 1 MEEF 1er degré"); T("MEEF12", "Master 2 MEEF 1er degré")
T("MEEF21", "Master 1 MEEF 2nd degré"); T("MEEF22", "Master 2 MEEF 2nd degré")
inspe = {"1CA151": "Didactique du français", "1CA152": "Didactique des mathématiques", "1CA153": "Analyse du contexte",
         "1CA154": "Sciences de l'éducation", "1CA155": "Pratiques numériques", "1CA156": "Stage d'observation",
         "1CA157": "Recherche en éducation", "2CA251": "Analyse de pratiques", "2CA252": "Mémoire MEEF",
         "2CA253": "Enseigner les sciences"}
for c, l in inspe.items():
    E(c, l)
    for n in (1, 2, 3):
        G(f"{c}G{n}", f"Groupe {n} {l}")
    G(f"{c}EAD", f"Groupe CEMU EAD {c}")

# --- LVE (FAQ style)
T("LLCE1A", "Licence LLCER Anglais 1re année"); T("LLCE2A", "Licence LLCER Anglais 2e année")
T("LLCE1E", "Licence LLCER Espagnol 1re année"); T("LEA1", "Licence LEA 1re année")
lve = {"AN-10A": "EC1 Langue Traduction", "AN-10B": "EC2 Grammaire anglaise", "AN-10C": "EC3 Civilisation britannique",
       "AN-20A": "EC1 Thème version", "AN-20B": "EC2 Littérature américaine", "AN-20C": "EC3 Phonologie",
       "ES-10A": "EC1 Langue espagnole", "ES-10B": "EC2 Civilisation hispanique", "LE-10A": "Anglais LEA 1"}
for c, l in lve.items():
    E(c, l)
    for n in (1, 2, 3, 4):
        G(f"{c}-TD{n}", f"TD{n} {l}")

# --- HSS (FAQ style)
T("MSOC1", "Master 1 Sociologie"); T("MSOC2", "Master 2 Sociologie")
hss = {"M.1.MS01": "Sociologie générale", "M.1.MS02": "Méthodes qualitatives", "M.1.MS03": "Théories chang. social",
       "M.1.MS04": "Sociologie du travail", "M.1.MS05": "Enquête de terrain", "M.1.MS06": "Statistiques sociales",
       "M.2.MS11": "Séminaire de recherche", "M.2.MS12": "Mémoire de recherche"}
for c, l in hss.items():
    E(c, l)
    base = c.replace(".", "")
    G(f"{base}TD1", f"TD1 {l}"); G(f"{base}TD2", f"TD2 {l}")

# --- porteur/porté (FAQ)
E("M.1HRP9C", "Histoire des relations publiques"); E("2HR5C", "Relations publiques (porté)")
E("M.1HRP8C", "Communication des organisations")
G("M.1HRP9CTD", "TD M.1HRP9C"); G("M.1HRP9CEM", "EM M.1HRP9C")

# --- informatique / maths (invented)
T("LINF1", "Licence Informatique 1re année"); T("LINF2", "Licence Informatique 2e année")
T("LINF3", "Licence Informatique 3e année"); T("LMAT2", "Licence Mathématiques 2e année")
info = {"5IN301": "Algorithmique 3", "5IN302": "Bases de données", "5IN303": "Programmation web",
        "5IN304": "Systèmes d'exploitation", "5MA301": "Algèbre linéaire", "5MA302": "Analyse 3",
        "5IN401": "Génie logiciel", "5IN402": "Réseaux", "5IN403": "Compilation", "5IN404": "Intelligence artificielle",
        "5IN201": "Programmation impérative", "5IN202": "Architecture des ordinateurs"}
for c, l in info.items():
    E(c, l)
    for n in (1, 2, 3, 4):
        G(f"{c}TP{n}", f"TP{n} {l}")
    G(f"{c}TD1", f"TD1 {l}"); G(f"{c}TD2", f"TD2 {l}")

# --- STAPS (invented)
for y in (1, 2, 3):
    T(f"STAPL{y}", f"Licence STAPS {y}{'re' if y == 1 else 'e'} année")
    for n in range(1, 7):
        G(f"ST{y}G{n}", f"Groupe {n} L{y} STAPS")
staps = {"ST1-SOCI": "Sociologie du sport", "ST1-ANAT": "Anatomie générale", "ST2-ANAT": "Anatomie fonctionnelle",
         "ST2-PHYS": "Physiologie de l'effort", "ST2-APS1": "APS Natation", "ST2-APS2": "APS Sports collectifs",
         "ST2-PSYC": "Psychologie du sport", "ST3-ENTR": "Entraînement sportif", "ST3-MGMT": "Management du sport"}
for c, l in staps.items():
    E(c, l)

# --- PASS (invented)
T("PASS1", "PASS Parcours d'accès spécifique santé"); T("LASS1", "Licence accès santé L.AS 1")
passe = {"PAS1UE1": "UE1 Chimie biochimie", "PAS1UE2": "UE2 Biologie cellulaire", "PAS1UE3": "UE3 Physique biophysique",
         "PAS1UE4": "UE4 Biostatistiques", "PAS1UE5": "UE5 Anatomie", "PAS1UE6": "UE6 Santé société",
         "PAS1UE7": "UE7 Initiation à la connaissance du médicament", "PASMINDR": "Mineure Droit",
         "PASMINPS": "Mineure Psychologie"}
for c, l in passe.items():
    E(c, l)
G("PASAMPHA", "Amphi A PASS"); G("PASAMPHB", "Amphi B PASS"); G("PASDIST", "Groupe distanciel CEMU PASS")

# --- histoire-géo (invented)
T("LHG1", "Licence Histoire 1re année"); T("LHG2", "Licence Histoire 2e année")
T("LGEO2", "Licence Géographie 2e année")
hg = {"HG1HANT": "Histoire ancienne", "HG1HMED": "Histoire médiévale", "HG1GEOP": "Géographie physique",
      "HG2HMOD": "Histoire moderne", "HG2HCON": "Histoire contemporaine", "HG2CARTO": "Cartographie",
      "HG2SIG": "Système d'information géographique", "HG2URBA": "Géographie urbaine"}
for c, l in hg.items():
    E(c, l)
    for n in (1, 2, 3):
        G(f"{c[:7]}D{n}" if len(c) > 7 else f"{c}D{n}", f"TD{n} {l}")

# --- IAE (invented)
T("MCCA1", "Master 1 Comptabilité Contrôle Audit"); T("MCCA2", "Master 2 Comptabilité Contrôle Audit")
T("MMAE1", "Master 1 Management et Administration des Entreprises")
iae = {"IA7FIN01": "Finance d'entreprise", "IA7CPT02": "Comptabilité approfondie", "IA7AUD03": "Audit",
       "IA7DRT04": "Droit des sociétés", "IA7ANG05": "Anglais des affaires", "IA8FIS01": "Fiscalité des groupes",
       "IA8FIS02": "Fiscalité internationale", "IA8CTR03": "Contrôle de gestion avancé", "IA7MGT01": "Management stratégique"}
for c, l in iae.items():
    E(c, l)
G("IA7ALT", "Groupe alternants M1 CCA"); G("IA7INI", "Groupe formation initiale M1 CCA")
G("IA8ALT", "Groupe alternants M2 CCA"); G("IA7MAEFC", "Groupe formation continue MAE")

# --- DU FOAD (invented)
T("DUCGEF", "DU Capacité de Gestion des Entreprises - FOAD")
for n in range(1, 9):
    E(f"DUCGE-0{n}", ["Comptabilité générale", "Droit commercial", "Gestion financière", "Marketing",
                      "Gestion des ressources humaines", "Fiscalité", "Economie générale", "Projet de création"][n - 1])
G("DUCGEFOAD", "Groupe CEMU FOAD DU CGE"); G("DUCGEPRES", "Groupe présentiel DU CGE")

# --- psychologie (invented)
T("LPSY2", "Licence Psychologie 2e année"); T("LPSY3", "Licence Psychologie 3e année")
psy = {"PSY2-COG": "Psychologie cognitive", "PSY2-SOC": "Psychologie sociale", "PSY3-MET": "Méthodologie expérimentale",
       "PSY3-STA": "Statistiques", "PSY3-CLI": "Psychologie clinique", "PSY3-DEV": "Psychologie du développement",
       "PSY3-NEU": "Neuropsychologie"}
for c, l in psy.items():
    E(c, l)
    base = c.replace("-", "")
    for n in range(1, 9):
        G(f"{base}TD{n}", f"TD{n} {l}")

UNKNOWN = ["HG2CART", "DR1.CIV2", "5IN399", "AN-10Z", "PSY3-EXP", "IA7FIN09", "GEA1R110", "ST2-APS3"]


def catalogue():
    return {"elements": elements, "etapes": etapes, "groups": groups, "unknown": UNKNOWN, "labels": labels}
