"""Catalogue of the codes 'the university knows' for heldout-17.

Schemes (15): 12 invented, 3 modelled on the FAQ's examples.
"""
import random

R = random.Random(1717)

ELEM = {}      # code -> dict(label, scheme, etape)
GROUPS = {}    # code -> dict(label, elems(list), kind)
ETAPES = {}    # code -> dict(label, said(list of phrases))
UNKNOWN = []
SCHEMES = {}   # key -> description


def etp(code, label, said=()):
    assert len(code) <= 6, code
    ETAPES[code] = {"label": label, "said": list(said)}


def elp(code, label, scheme, etape):
    assert len(code) <= 8, code
    ELEM[code] = {"label": label, "scheme": scheme, "etape": etape, "groups": {}}


def gpe(code, label, elems, kind):
    assert len(code) <= 10, code
    GROUPS[code] = {"label": label, "elems": list(elems), "kind": kind}
    for e in elems:
        ELEM[e]["groups"][kind] = code


ORD = {1: "1re", 2: "2e", 3: "3e"}

# ---------------------------------------------------------------- geographie
SCHEMES["geo"] = "géographie GEOn-XXn (invented)"
GEO_TOP = {"CA": "Cartographie", "AM": "Aménagement du territoire", "CL": "Climatologie",
           "GH": "Géographie humaine", "SI": "SIG et télédétection", "GP": "Géographie physique"}
for y in (1, 2, 3):
    etp(f"GEOL{y}", f"Licence Géographie {ORD[y]} année",
        [f"L{y} géo", f"L{y} de géographie", f"L{y} geographie"])
    for t, lab in GEO_TOP.items():
        for n in (1, 2):
            c = f"GEO{y}-{t}{n}"
            elp(c, f"{lab} {n}", "geo", f"GEOL{y}")
            for k in (1, 2, 3):
                gpe(f"GEO{y}{t}{n}TD{k}", f"TD{k} {lab.upper()} {n}", [c], f"TD{k}")
            gpe(f"GEO{y}{t}{n}EAD", f"{lab} {n} EAD CEMU", [c], "EAD")

# ---------------------------------------------------------------- psychologie
SCHEMES["psy"] = "psychologie PSY.nXnn (invented)"
PSY_LAB = {"A": ["Psychologie du développement", "Psychologie sociale", "Neuropsychologie"],
           "B": ["Méthodologie expérimentale", "Statistiques appliquées", "Psychopathologie"],
           "C": ["Psychologie cognitive", "Entretien clinique", "Psychologie du travail"]}
for y in (1, 2, 3):
    etp(f"PSYL{y}", f"Licence Psychologie {ORD[y]} année",
        [f"L{y} psycho", f"L{y} de psychologie", f"L{y} psy"])
    for L, labs in PSY_LAB.items():
        for i, lab in enumerate(labs):
            nn = f"{i + 1}{y * 2 % 10}"
            c = f"PSY.{y}{L}{nn}"
            elp(c, f"{lab} {y}", "psy", f"PSYL{y}")
            gpe(f"P{y}{L}{nn}CM", f"CM {lab.upper()}", [c], "CM")
            for k in (1, 2, 3, 4):
                gpe(f"P{y}{L}{nn}TD{k}", f"TD{k} {lab.upper()}", [c], f"TD{k}")
etp("PSYM1", "Master 1 Psychologie clinique", ["M1 psycho clinique", "M1 de psychologie clinique"])

# ---------------------------------------------------------------- IUT GEA (BUT)
SCHEMES["gea"] = "IUT GEA GEAnRnnn / GEAnSnnn (invented)"
GEA_R = {1: {"R101": "Environnement des organisations", "R102": "Fondamentaux du management",
             "R103": "Fondamentaux du marketing", "R104": "Production et vente",
             "R105": "Introduction à la GRH", "R106": "Techniques quantitatives",
             "R107": "Expression communication", "R108": "Anglais", "S101": "SAE Analyse de l'environnement"},
         2: {"R301": "Management des organisations", "R302": "Droit des affaires",
             "R303": "Contrôle de gestion", "R305": "Fiscalité", "R306": "Anglais des affaires",
             "S301": "SAE Projet tutoré"},
         3: {"R501": "Stratégie", "R502": "Pilotage financier", "R503": "Paie et GRH",
             "S501": "SAE Stage"}}
for y in (1, 2, 3):
    etp(f"BGEA{y}", f"BUT GEA {ORD[y]} année", [f"BUT GEA {y}", f"{y}e année de BUT GEA", f"GEA {y}e année"])
    codes = []
    for r, lab in GEA_R[y].items():
        c = f"GEA{y}{r}"
        elp(c, lab, "gea", f"BGEA{y}")
        codes.append(c)
    for k in (1, 2, 3, 4):
        gpe(f"GEA{y}TD{k}", f"TD{k} GEA {y}", codes, f"TD{k}")
        for s in "AB":
            gpe(f"GEA{y}TP{k}{s}", f"TP{k}{s}", codes, f"TP{k}{s}")
    if y > 1:
        gpe(f"GEA{y}ALT", f"Groupe alternants GEA {y}", codes, "ALT")

# ---------------------------------------------------------------- histoire de l'art
SCHEMES["ha"] = "histoire de l'art HA-nnnn (invented)"
HA = {"Art antique": 1, "Art médiéval": 2, "Art moderne": 3, "Art contemporain": 4,
      "Architecture": 5, "Muséologie": 6, "Patrimoine": 7}
for y in (1, 2, 3):
    etp(f"HARTL{y}", f"Licence Histoire de l'art {ORD[y]} année",
        [f"L{y} histoire de l'art", f"L{y} d'histoire de l'art"])
    for lab, n in HA.items():
        c = f"HA-{y}0{n}{y}"
        elp(c, lab, "ha", f"HARTL{y}")
        for k in (1, 2):
            gpe(f"HA{y}0{n}{y}TD{k}", f"TD{k} {lab.upper()}", [c], f"TD{k}")

# ---------------------------------------------------------------- STAPS
SCHEMES["staps"] = "STAPS STPn-Xnn (invented)"
ST = {"A": "Anatomie fonctionnelle", "B": "Physiologie de l'effort", "E": "Entraînement sportif",
      "P": "Psychologie du sport", "S": "Sports collectifs", "M": "Management du sport"}
for y in (1, 2, 3):
    etp(f"STAPL{y}", f"Licence STAPS {ORD[y]} année", [f"L{y} STAPS", f"L{y} staps"])
    for X, lab in ST.items():
        for n in (1, 2):
            c = f"STP{y}-{X}{n}{y}"
            elp(c, f"{lab} {n}", "staps", f"STAPL{y}")
            for k in (1, 2, 3):
                gpe(f"STP{y}{X}{n}{y}TD{k}", f"TD{k} {lab.upper()} {n}", [c], f"TD{k}")

# ---------------------------------------------------------------- master chimie
SCHEMES["mch"] = "master chimie MCHnUnn (invented)"
MCH = ["Chimie organique avancée", "Spectroscopies", "Chimie des matériaux", "Catalyse",
       "Chimie analytique", "Anglais scientifique", "Sécurité au laboratoire", "Projet bibliographique"]
for y in (1, 2):
    etp(f"MCHIM{y}", f"Master {y} Chimie", [f"M{y} chimie", f"M{y} de chimie", f"master {y} chimie"])
    for i, lab in enumerate(MCH):
        c = f"MCH{y}U{i + 1:02d}"
        elp(c, lab, "mch", f"MCHIM{y}")
        for k in (1, 2, 3):
            gpe(f"MCH{y}U{i + 1:02d}TP{k}", f"TP{k} {lab.upper()}", [c], f"TP{k}")
        gpe(f"MCH{y}U{i + 1:02d}ALT", f"Groupe alternants {lab}", [c], "ALT")

# ---------------------------------------------------------------- PASS
SCHEMES["pass"] = "PASS PASUEnn / groups PASGnn (invented)"
PASSL = ["Chimie générale", "Biochimie", "Biologie cellulaire", "Physique", "Biostatistiques",
         "Anatomie", "Histologie", "Physiologie", "SHS santé", "Anglais médical", "Pharmacologie",
         "Initiation à la connaissance du médicament"]
etp("PASS01", "PASS Parcours d'accès spécifique santé", ["en PASS", "PASS"])
pcodes = []
for i, lab in enumerate(PASSL):
    c = f"PASUE{i + 1:02d}"
    elp(c, lab, "pass", "PASS01")
    pcodes.append(c)
for g in range(1, 21):
    gpe(f"PASG{g:02d}", f"Groupe {g} PASS", pcodes, f"G{g}")
gpe("PASGEAD", "Groupe PASS EAD CEMU", pcodes, "EAD")

# ---------------------------------------------------------------- DU
SCHEMES["du"] = "diplômes d'université DXXnnn (invented)"
DUS = {"ES": ("DUESAN", "DU E-santé et télémédecine", ["DU e-santé", "DU E-santé"],
              ["Systèmes d'information de santé", "Télémédecine", "Droit des données de santé", "Projet e-santé"]),
       "FL": ("DUFLE", "DU Français langue étrangère", ["DU FLE", "DU de FLE"],
              ["Phonétique du français", "Grammaire FLE", "Civilisation française", "Expression écrite"]),
       "MD": ("DUMED", "DU Médiation et gestion des conflits", ["DU médiation", "DU de médiation"],
              ["Théorie de la médiation", "Techniques d'entretien", "Cadre juridique", "Mémoire"])}
for xx, (ecode, elab, said, labs) in DUS.items():
    etp(ecode, elab, said)
    for i, lab in enumerate(labs):
        c = f"D{xx}{i + 1}0{i + 1}"
        elp(c, lab, "du", ecode)
        gpe(f"D{xx}{i + 1}0{i + 1}EAD", f"{lab} EAD CEMU", [c], "EAD")
        gpe(f"D{xx}{i + 1}0{i + 1}PRE", f"{lab} présentiel", [c], "PRE")

# ---------------------------------------------------------------- informatique
SCHEMES["info"] = "informatique INFOn-nn (invented)"
INF = ["Algorithmique", "Programmation Python", "Bases de données", "Systèmes d'exploitation",
       "Réseaux", "Génie logiciel", "Programmation web", "Théorie des langages", "Compilation",
       "Intelligence artificielle"]
for y in (1, 2, 3):
    etp(f"INFL{y}", f"Licence Informatique {ORD[y]} année",
        [f"L{y} info", f"L{y} informatique", f"L{y} d'informatique"])
    for i, lab in enumerate(INF):
        c = f"INFO{y}-{i + 1:02d}"
        elp(c, f"{lab}" + (f" {y}" if y > 1 else ""), "info", f"INFL{y}")
        for k in (1, 2):
            gpe(f"INFO{y}{i + 1:02d}TD{k}", f"TD{k} {lab.upper()}", [c], f"TD{k}")
        for k in (1, 2, 3, 4):
            gpe(f"INFO{y}{i + 1:02d}TP{k}", f"TP{k}", [c], f"TP{k}")
etp("INFM1", "Master 1 Informatique", ["M1 info", "M1 informatique"])

# ---------------------------------------------------------------- LEA
SCHEMES["lea"] = "LEA LEAnLLLn (invented)"
LEA = {"ANG": "Anglais", "ESP": "Espagnol", "ALL": "Allemand", "ECO": "Économie", "DRO": "Droit"}
for y in (1, 2, 3):
    etp(f"LEAL{y}", f"Licence LEA anglais-espagnol {ORD[y]} année", [f"L{y} LEA", f"L{y} lea"])
    cs = []
    for lll, lab in LEA.items():
        for n in (1, 2):
            c = f"LEA{y}{lll}{n}"
            elp(c, f"{lab} {'écrit' if n == 1 else 'oral'}", "lea", f"LEAL{y}")
            cs.append(c)
    for k in range(1, 7):
        gpe(f"LEA{y}TD{k}", f"TD{k} LEA {y}", cs, f"TD{k}")

# ---------------------------------------------------------------- doctoral school
SCHEMES["ed"] = "école doctorale EDnn-Fnn (invented)"
EDF = ["Éthique et intégrité scientifique", "Rédaction d'article", "Science ouverte",
       "Anglais pour doctorants", "Pédagogie universitaire", "Insertion professionnelle"]
etp("DOCHSS", "Doctorat Humanités et sciences sociales", ["doctorat en sciences humaines", "doctorant HSS"])
etp("DOCNBI", "Doctorat Normandie biologie intégrative", ["doctorat NBISE", "PhD in biology"])
for ed, et in ((556, "DOCHSS"), (497, "DOCNBI")):
    for i, lab in enumerate(EDF):
        c = f"ED{ed % 100}-F{i + 1:02d}"
        elp(c, lab, "ed", et)

# ---------------------------------------------------------------- droit
SCHEMES["jur"] = "droit JURnAAAn (invented)"
JUR = {"CIV": "Droit civil", "CON": "Droit constitutionnel", "PEN": "Droit pénal",
       "ADM": "Droit administratif", "HIS": "Histoire du droit", "OBL": "Droit des obligations",
       "AFF": "Droit des affaires", "FIS": "Droit fiscal"}
for y in (1, 2, 3):
    etp(f"JURL{y}", f"Licence Droit {ORD[y]} année", [f"L{y} droit", f"L{y} de droit", f"{y}e année de droit"])
    for a, lab in JUR.items():
        for n in (1, 2):
            c = f"JUR{y}{a}{n}"
            elp(c, f"{lab.upper()} {n}", "jur", f"JURL{y}")
            for k in range(1, 7):
                gpe(f"J{y}{a}{n}TD{k}", f"TD{k} {lab.upper()} {n}", [c], f"TD{k}")
            gpe(f"J{y}{a}{n}CEMU", f"{lab.upper()} {n} CEMU distance", [c], "EAD")

# ---------------------------------------------------------------- INSPE (FAQ-like)
SCHEMES["inspe"] = "INSPE nXXnnn (FAQ)"
INS = {"CA": "Analyse du contexte", "DM": "Didactique des mathématiques", "DF": "Didactique du français",
       "RE": "Recherche en éducation", "NU": "Numérique éducatif", "PS": "Polyvalence et sciences"}
etp("MEF1D1", "Master 1 MEEF 1er degré", ["M1 MEEF premier degré", "M1 MEEF 1er degré"])
etp("MEF2D1", "Master 2 MEEF 1er degré", ["M2 MEEF premier degré", "M2 MEEF 1er degré"])
etp("MEF1D2", "Master 1 MEEF 2nd degré", ["M1 MEEF second degré", "M1 MEEF 2nd degré"])
for y, et in ((1, "MEF1D1"), (2, "MEF2D1")):
    for xx, lab in INS.items():
        for n in (3, 5):
            c = f"{y}{xx}1{n}{y + 2}"
            elp(c, lab, "inspe", et)
            for k in (1, 2, 3):
                gpe(f"{c}TD{k}", f"TD{k} {lab.upper()}", [c], f"TD{k}")

# ---------------------------------------------------------------- LLCE (FAQ-like)
SCHEMES["llce"] = "LLCE XX-nnX (FAQ)"
LL = {"AN": "Anglais", "ES": "Espagnol"}
for xx, lng in LL.items():
    for y in (1, 2, 3):
        etp(f"LLC{xx}{y}", f"Licence LLCE {lng.lower()} {ORD[y]} année", [f"L{y} LLCE {lng.lower()}"])
        for m, lab in (("A", "Langue Traduction"), ("B", "Civilisation"), ("C", "Littérature"),
                       ("D", "Linguistique")):
            c = f"{xx}-{y}0{m}"
            elp(c, f"EC {lab}", "llce", f"LLC{xx}{y}")
            for k in (1, 2, 3):
                gpe(f"{xx}{y}0{m}TD{k}", f"TD{k} {lab.upper()}", [c], f"TD{k}")

# ---------------------------------------------------------------- HSS masters (FAQ-like)
SCHEMES["hss"] = "HSS masters M.n.XXnn (FAQ)"
HSS = {"MS": "Sociologie", "ME": "Ethnologie"}
for xx, lab in HSS.items():
    for y in (1, 2):
        etp(f"{'SOC' if xx == 'MS' else 'ETH'}M{y}", f"Master {y} {lab}", [f"M{y} {lab.lower()}", f"M{y} de {lab.lower()}"])
        for n, l2 in enumerate(["Théories du changement social", "Méthodes qualitatives", "Enquête de terrain",
                                "Sociologie urbaine", "Anthropologie du corps"], start=1):
            c = f"M.{y}.{xx}0{n}"
            elp(c, l2, "hss", f"{'SOC' if xx == 'MS' else 'ETH'}M{y}")
            for k in (1, 2):
                gpe(f"M{y}{xx}0{n}TD{k}", f"TD{k} {l2[:25].upper()}", [c], f"TD{k}")

UNKNOWN += ["GEO2-CA9", "INFO3-99", "PSY.3B99", "JUR1CIV9", "HA-2992", "MCH1U19", "GEA1R109",
            "STP2-Z12", "ED56-F09", "PASUE19", "AN-20E", "M.1.MS09"]


def labels():
    d = {}
    for c, v in ELEM.items():
        d[c] = v["label"]
    for c, v in ETAPES.items():
        d[c] = v["label"]
    for c, v in GROUPS.items():
        d[c] = v["label"]
    return d


def dump():
    return {"elements": sorted(ELEM), "etapes": sorted(ETAPES), "groups": sorted(GROUPS),
            "unknown": sorted(UNKNOWN), "labels": labels()}


def all_codes():
    return set(ELEM) | set(ETAPES) | set(GROUPS) | set(UNKNOWN)


def by_scheme(s):
    return [c for c, v in ELEM.items() if v["scheme"] == s]


if __name__ == "__main__":
    d = dump()
    print({k: len(v) for k, v in d.items()})
    # ensure étape phrases are unique across étapes
    seen = {}
    for c, v in ETAPES.items():
        for p in v["said"]:
            assert seen.get(p.lower(), c) == c, (p, c, seen.get(p.lower()))
            seen[p.lower()] = c
