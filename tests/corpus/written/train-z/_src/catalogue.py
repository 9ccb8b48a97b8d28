"""Catalogue of the codes 'the university knows' for train-z (all schemes, siblings, groups)."""
import json

ELEMENTS, ETAPES, GROUPS, UNKNOWN, LABELS = [], [], [], [], {}


def el(code, label):
    assert len(code) <= 8, code
    ELEMENTS.append(code); LABELS[code] = label


def et(code, label):
    assert len(code) <= 6, code
    ETAPES.append(code); LABELS[code] = label


def gp(code, label):
    assert len(code) <= 10, code
    GROUPS.append(code); LABELS[code] = label


# 1. Droit  Dy-SUBn (invented); groups <elt>Tk / <elt>CM
DROIT = {"CIV": "DROIT CIVIL", "CON": "DROIT CONSTITUTIONNEL", "PEN": "DROIT PENAL",
         "ADM": "DROIT ADMINISTRATIF", "OBL": "DROIT DES OBLIGATIONS", "HIS": "HISTOIRE DU DROIT",
         "INT": "DROIT INTERNATIONAL PUBLIC"}
for y in (1, 2, 3):
    for s, lab in DROIT.items():
        for n in (1, 2):
            c = f"D{y}-{s}{n}"
            el(c, f"{lab} {n}")
            for k in range(1, 7):
                gp(f"{c}T{k}", f"TD{k} {lab} {n}")
            gp(f"{c}CM", f"CM {lab} {n}")
et("LDR1", "Licence Droit 1re année"); et("LDR2", "Licence Droit 2e année")
et("LDR3", "Licence Droit 3e année"); et("LDR3D", "Licence Droit 3e année - EAD")

# 2. Psychologie PSY.sXnn (invented); groups <elt>Gk
PSYL = {"A": "Psychologie cognitive", "B": "Psychologie du développement", "C": "Psychologie sociale"}
for sem in range(1, 7):
    for L, lab in PSYL.items():
        for nn in (11, 12, 13):
            c = f"PSY.{sem}{L}{nn}"
            el(c, f"{lab} {nn - 10} S{sem}")
            for k in range(1, 5):
                gp(f"{c}G{k}", f"TD G{k} {lab} {nn - 10}")
for y in (1, 2, 3):
    et(f"LPSY{y}", f"Licence Psychologie {y}{'re' if y == 1 else 'e'} année")
et("MPSYC1", "Master 1 Psychologie clinique"); et("MPSYC2", "Master 2 Psychologie clinique")

# 3. BUT GEA BGy-Rsnn (invented); groups per étape
GEAR = ["Fondamentaux du management", "Fondamentaux du marketing", "Anglais", "LV2",
        "Fondamentaux de la comptabilité", "Introduction au droit", "Economie", "Outils numériques",
        "Expression communication", "Projet personnel et professionnel", "Calculs financiers",
        "Contrôle de gestion"]
for y in (1, 2, 3):
    sem = 2 * y - 1
    for i, lab in enumerate(GEAR, 1):
        el(f"BG{y}-R{sem}{i:02d}", f"R{sem}.{i:02d} {lab}")
    et(f"BUTGE{y}", f"BUT GEA {y}{'re' if y == 1 else 'e'} année")
    for t in "AB":
        gp(f"BG{y}-TD{t}", f"BUT GEA {y} TD {t}")
        for k in (1, 2):
            gp(f"BG{y}-TP{t}{k}", f"TP{t}{k}")
    gp(f"BG{y}-ALT", f"Groupe alternants GEA {y}")

# 4. BUT Informatique INFy.Rnn (invented)
INFR = ["Initiation au développement", "Développement d'interfaces web", "Introduction à l'architecture",
        "Introduction aux systèmes d'exploitation", "Introduction aux bases de données",
        "Mathématiques discrètes", "Outils mathématiques", "Gestion de projet", "Economie durable",
        "Anglais", "Communication", "PPP"]
for y in (1, 2, 3):
    for i, lab in enumerate(INFR, 1):
        el(f"INF{y}.R{i:02d}", f"{lab}" + ("" if y == 1 else f" {y}"))
    et(f"BUTIN{y}", f"BUT Informatique {y}{'re' if y == 1 else 'e'} année")
    for k in (1, 2, 3):
        gp(f"INF{y}-TD{k}", f"TD{k} BUT Info {y}")
        for t in "AB":
            gp(f"INF{y}-TP{k}{t}", f"TP{k}{t} BUT Info {y}")
    gp(f"INF{y}-ALT", f"Groupe alternants BUT Info {y}")

# 5. INSPE MEEF  nXXnnn (FAQ-like, 1CA153)
MEEF = {"1CA151": "Didactique du français", "1CA152": "Didactique des mathématiques",
        "1CA153": "Analyse du contexte", "1CA154": "Sciences et technologie", "1CA155": "EPS à l'école",
        "2CA251": "Mémoire de recherche", "2CA252": "Analyse de pratiques", "2CA253": "Stage en responsabilité",
        "1SD161": "Épistémologie disciplinaire", "1SD162": "Gestion de classe", "2SD261": "Mémoire 2nd degré"}
for c, lab in MEEF.items():
    el(c, lab)
    for k in (1, 2, 3):
        gp(f"{c}-G{k}", f"Groupe {k} {lab}")
    gp(f"{c}-EAD", f"Groupe CEMU EAD {lab}")
et("MEF1PE", "Master 1 MEEF 1er degré"); et("MEF2PE", "Master 2 MEEF 1er degré")
et("MEF1SD", "Master 1 MEEF 2nd degré"); et("MEF2SD", "Master 2 MEEF 2nd degré")

# 6. HSS dotted  L.y.XXnn / M.y.MSnn (FAQ-like, M.1.MS03)
HSS = {"L.1.HI01": "Histoire ancienne", "L.1.HI02": "Histoire médiévale", "L.2.HI05": "Histoire moderne",
       "L.2.HI06": "Histoire contemporaine", "L.2.GE03": "Cartographie", "L.2.GE04": "Géographie humaine",
       "L.3.HI08": "Historiographie", "M.1.MS03": "Théories du changement social",
       "M.1.MS04": "Méthodes qualitatives", "M.1.MS05": "Sociologie urbaine", "M.2.MS01": "Enquête de terrain"}
for c, lab in HSS.items():
    el(c, lab)
    base = c.replace(".", "")
    for k in (1, 2, 3):
        gp(f"{base}TD{k}", f"TD{k} {lab}")
et("LHIS1", "Licence Histoire 1re année"); et("LHIS2", "Licence Histoire 2e année")
et("LHIS3", "Licence Histoire 3e année"); et("LGEO2", "Licence Géographie 2e année")
et("MSOC1", "Master 1 Sociologie"); et("MSOC2", "Master 2 Sociologie")

# 7. LLCE anglais AN-nnX (FAQ-like, AN-10A)
LLCE = {"AN-11A": "EC1 Langue Traduction", "AN-11B": "Grammaire anglaise", "AN-12A": "Civilisation britannique",
        "AN-21A": "Littérature américaine", "AN-21B": "Traduction thème", "AN-22C": "Phonologie",
        "AN-31A": "Traduction version", "AN-32B": "Linguistique anglaise"}
for c, lab in LLCE.items():
    el(c, lab)
    for k in (1, 2, 3):
        gp(f"{c}-TD{k}", f"TD{k} {lab}")
for y in (1, 2, 3):
    et(f"LLCEA{y}", f"Licence LLCER Anglais {y}{'re' if y == 1 else 'e'} année")

# 8. Sciences  SsSUBnn (invented)
SCI = {"INF": "Informatique", "MAT": "Mathématiques", "PHY": "Physique", "CHI": "Chimie"}
SCIT = ["Algorithmique", "Programmation", "Analyse", "Algèbre linéaire", "Probabilités",
        "Structures de données", "Bases de données", "Réseaux"]
for sem in range(1, 7):
    for s, lab in SCI.items():
        for n in (2, 5, 7, 11):
            c = f"S{sem}{s}{n:02d}"
            el(c, f"{lab} - {SCIT[(n + sem) % len(SCIT)]}")
            for g in ("TD1", "TD2", "TPA", "TPB"):
                gp(f"{c}{g}", f"{g} {lab} S{sem}")
for y in (1, 2, 3):
    et(f"LMI{y}", f"Licence Mathématiques-Informatique {y}{'re' if y == 1 else 'e'} année")
et("LPC2", "Licence Physique-Chimie 2e année")

# 9. PASS / LAS  PASUEnn (invented)
PASS = ["Chimie générale", "Biochimie", "Biologie cellulaire", "Physique biophysique", "Anatomie",
        "Histologie embryologie", "Biostatistiques", "Santé société humanité", "Initiation à la connaissance du médicament",
        "Physiologie", "Anglais médical", "Tutorat"]
for i, lab in enumerate(PASS, 1):
    c = f"PASUE{i:02d}"
    el(c, f"UE{i} {lab}")
    for k in (1, 2, 3, 4):
        gp(f"{c}TD{k}", f"TD{k} UE{i}")
et("PASS01", "PASS Parcours d'Accès Spécifique Santé"); et("LAS1SV", "Licence Sciences de la Vie 1re année option santé (LAS)")

# 10. STAPS  Sy-APnn (invented)
STA = ["Physiologie de l'effort", "Sociologie du sport", "Anatomie fonctionnelle", "Sport collectif",
       "Natation", "Athlétisme", "Biomécanique", "Didactique des APSA"]
for y in (1, 2, 3):
    for i, lab in enumerate(STA, 1):
        c = f"ST{y}-AP{i:02d}"
        el(c, f"{lab} {y}")
        for k in (1, 2, 3):
            gp(f"{c}G{k}", f"Groupe {k} {lab}")
    et(f"LSTA{y}", f"Licence STAPS {y}{'re' if y == 1 else 'e'} année")

# 11. Master économie MEC-sUEn (invented)
MEC = {"7011": "Microéconomie approfondie", "7012": "Économétrie", "7021": "Macroéconomie",
       "7031": "Économie de l'environnement", "8011": "Économie du travail", "8031": "Séries temporelles",
       "9011": "Évaluation des politiques publiques", "9021": "Mémoire", "9031": "Data science pour économistes"}
for c, lab in MEC.items():
    el(f"MEC-{c}", lab)
    for t in "AB":
        gp(f"MEC-{c}{t}", f"TD {t} {lab}")
et("MECO1", "Master 1 Economie appliquée"); et("MECO2", "Master 2 Economie appliquée")
gp("MEC1-ALT", "Groupe alternants M1 Economie"); gp("MEC2-ALT", "Groupe alternants M2 Economie")

# 12. DU FOAD  DUCGE.nn (invented)
DUC = ["Comptabilité générale", "Droit des affaires", "Gestion financière", "Fiscalité",
       "Marketing", "Gestion des ressources humaines", "Economie d'entreprise", "Mémoire professionnel"]
for i, lab in enumerate(DUC, 1):
    el(f"DUCGE.{i:02d}", lab)
et("DUCGEF", "DU Capacité de Gestion des Entreprises - FOAD")
gp("DUCGE-CEMU", "Groupe CEMU FOAD DU CGE"); gp("DUCGE-PRES", "Groupe présentiel DU CGE")

# 13. Doctorat  DOC-Fnnn (invented)
for i in range(30, 46):
    el(f"DOC-F{i:03d}", f"Formation doctorale {i} - " + ["Éthique de la recherche", "Science ouverte",
                                                          "Rédaction scientifique", "Insertion professionnelle"][i % 4])
et("DOCHSR", "Doctorat Homme Sociétés Risques"); et("DOCNBI", "Doctorat Normandie Biologie Intégrative")

# 14. IAE  RCAEDnnn (FAQ-like, RCAED334)
IAE = {"RCAED331": "Comptabilité approfondie", "RCAED332": "Audit", "RCAED333": "Contrôle interne",
       "RCAED334": "Consolidation", "RCAED335": "Fiscalité des groupes"}
for c, lab in IAE.items():
    el(c, lab)
    gp(f"{c[1:]}EAD", f"{lab} CEMU EAD"); gp(f"{c[1:]}PRE", f"{lab} présentiel")
et("MCCA1", "Master 1 CCA"); et("MCCA2", "Master 2 CCA")

# codes APOGÉE does not know (archived, invented, mistyped beyond repair)
UNKNOWN += ["AN-10A", "L.2.HI04", "D1-CIV9", "PSY.3B19", "MEC-7099", "S3INF99", "BG1-R199", "DUCGE.12",
            "INF1.R15", "PASUE19"]

SCHEMES = {
    "droit": "droit Dy-SUBn (invented)",
    "psy": "psycho PSY.sXnn (invented)",
    "gea": "BUT GEA BGy-Rsnn (invented)",
    "inf": "BUT info INFy.Rnn (invented)",
    "meef": "INSPE nXXnnn (FAQ-like 1CA153)",
    "hss": "HSS dotted L.y.XXnn (FAQ-like M.1.MS03)",
    "llce": "LLCE AN-nnX (FAQ-like AN-10A)",
    "sci": "sciences SsSUBnn (invented)",
    "pass": "PASS PASUEnn (invented)",
    "staps": "STAPS Sy-APnn (invented)",
    "mec": "master eco MEC-nnnn (invented)",
    "du": "DU FOAD DUCGE.nn (invented)",
    "doc": "doctorat DOC-Fnnn (invented)",
    "iae": "IAE RCAEDnnn (FAQ-like RCAED334)",
}


def dump(path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"elements": ELEMENTS, "etapes": ETAPES, "groups": GROUPS, "unknown": UNKNOWN,
                   "labels": LABELS}, f, ensure_ascii=False, indent=1)


ALL = set(ELEMENTS) | set(ETAPES) | set(GROUPS) | set(UNKNOWN)
assert len(ALL) == len(ELEMENTS) + len(ETAPES) + len(GROUPS) + len(UNKNOWN)
