"""Catalogue of heldout-21: 16 composante schemes (12 invented, 4 taken from the FAQ's examples)."""
ORD = {1: "1re", 2: "2e", 3: "3e"}

elements, etapes, groups, unknown, labels = [], [], [], [], {}
EGROUPS = {}  # element -> dict kind -> group code ("TD3", "TP1", "CM", "ALT", "EAD", "OPT")
SCHEMES = {}  # element -> scheme description
ETAPE_OF = {}


def add_el(code, label, scheme, etape, gdefs):
    elements.append(code); labels[code] = label; SCHEMES[code] = scheme; ETAPE_OF[code] = etape
    EGROUPS[code] = {}
    for kind, gcode, glabel in gdefs:
        groups.append(gcode); labels[gcode] = glabel; EGROUPS[code][kind] = gcode


def add_etp(code, label):
    etapes.append(code); labels[code] = label


# 1 Droit (invented) DRTn-XXX ; groups DnXXXTDk
S = "droit DRTn-XXX (invented)"
DRT = {"CIV": "DROIT CIVIL", "CON": "DROIT CONSTITUTIONNEL", "PEN": "DROIT PENAL", "ADM": "DROIT ADMINISTRATIF",
       "HIS": "HISTOIRE DU DROIT", "OBL": "DROIT DES OBLIGATIONS"}
for y in (1, 2, 3):
    add_etp(f"DRL{y}", f"Licence Droit {ORD[y]} année")
    for s, lab in DRT.items():
        c = f"DRT{y}-{s}"
        g = [(f"TD{k}", f"D{y}{s}TD{k}", f"TD{k} {lab} {y}") for k in range(1, 6)]
        g += [("CM", f"D{y}{s}CM", f"CM {lab} {y}"), ("EAD", f"D{y}{s}EAD", f"EAD CEMU {lab} {y}")]
        add_el(c, f"{lab} {y}", S, f"DRL{y}", g)

# 2 Sciences informatique (invented, dots) Sn.XXXnn ; groups SnXXXnnTPk
S = "sciences Sn.XXXnn (invented, dot)"
SUB = {"INF": "Informatique", "MAT": "Mathématiques", "PHY": "Physique"}
for y in (1, 2, 3):
    add_etp(f"SIN{y}", f"Licence Informatique {ORD[y]} année")
for sem in (1, 2, 3, 4, 5, 6):
    y = (sem + 1) // 2
    for s, lab in SUB.items():
        for n in (1, 2, 3):
            c = f"S{sem}.{s}0{n}"
            base = f"S{sem}{s}0{n}"
            g = [(f"TP{k}", f"{base}TP{k}", f"TP{k} {lab} S{sem}") for k in range(1, 5)]
            g += [(f"TD{k}", f"{base}TD{k}", f"TD{k} {lab} S{sem}") for k in (1, 2)]
            g += [("CM", f"{base}CM", f"CM {lab} S{sem}")]
            add_el(c, f"{lab} {n} S{sem}", S, f"SIN{y}", g)

# 3 IUT GEA (invented, letters then digits, 8 chars) GEAsuunn ; groups codeT1/P1/AL
S = "IUT GEA GEAsuunn (invented, letters+digits)"
GEA = ["Gestion comptable", "Contrôle de gestion", "Droit des affaires", "Marketing", "Economie", "Anglais des affaires"]
for y in (1, 2, 3):
    add_etp(f"BGEA{y}", f"BUT GEA {ORD[y]} année")
for sem in (1, 2, 3, 4):
    y = (sem + 1) // 2
    for i, lab in enumerate(GEA):
        c = f"GEA{sem}{11 + i:02d}0{(i % 3) + 1}"
        g = [(f"TD{k}", f"{c}T{k}", f"TD{k} {lab}") for k in (1, 2, 3)]
        g += [(f"TP{k}", f"{c}P{k}", f"TP{k} {lab}") for k in (1, 2)]
        g += [("ALT", f"{c}AL", "Groupe alternants")]
        add_el(c, lab, S, f"BGEA{y}", g)

# 4 Histoire (invented, short) HInnn ; groups HInnnTDk
S = "histoire HInnn (invented, short)"
HIS = ["Histoire ancienne", "Histoire médiévale", "Histoire moderne", "Histoire contemporaine", "Historiographie", "Paléographie"]
for y in (1, 2, 3):
    add_etp(f"HIL{y}", f"Licence Histoire {ORD[y]} année")
    for i, lab in enumerate(HIS):
        c = f"HI{y}0{i + 1}"
        g = [(f"TD{k}", f"{c}TD{k}", f"TD{k} {lab.upper()}") for k in (1, 2, 3, 4)]
        g += [("CM", f"{c}CM", f"CM {lab.upper()}"), ("EAD", f"{c}EAD", f"EAD CEMU {lab.upper()}")]
        add_el(c, f"{lab} {y}", S, f"HIL{y}", g)

# 5 LVE (FAQ scheme AN-10A)
S = "LVE XX-nnA (FAQ)"
for lang, ll, et in (("AN", "Anglais", "LLAN"), ("ES", "Espagnol", "LLES")):
    for y in (1, 2, 3):
        add_etp(f"{et}{y}", f"Licence LLCER {ll} {ORD[y]} année")
        for n in (0, 1, 2):
            for L in "AB":
                c = f"{lang}-{y}{n}{L}"
                g = [(f"TD{k}", f"{c}-TD{k}", f"TD{k} {ll} {y}{n}{L}") for k in (1, 2, 3)]
                add_el(c, f"EC{n + 1} {ll} {'Langue' if L == 'A' else 'Civilisation'}", S, f"{et}{y}", g)

# 6 INSPE (FAQ scheme 1CA153)
S = "INSPE nCAnnn (FAQ)"
add_etp("MEEF1", "Master 1 MEEF 1er degré"); add_etp("MEEF2", "Master 2 MEEF 1er degré")
INS = ["Analyse du contexte", "Didactique du français", "Didactique des maths", "Sciences", "EPS", "Arts", "Numérique"]
for y in (1, 2):
    for i, lab in enumerate(INS):
        c = f"{y}CA{150 + i}" if y == 1 else f"{y}CA{250 + i}"
        g = [(f"G{k}", f"{c}G{k}", f"Groupe {k} {lab}") for k in (1, 2, 3)]
        add_el(c, lab, S, f"MEEF{y}", g)

# 7 HSS sociologie (FAQ scheme M.1.MS03)
S = "HSS M.n.MSnn (FAQ)"
add_etp("MSOC1", "Master 1 Sociologie"); add_etp("MSOC2", "Master 2 Sociologie")
for y in (1, 2):
    for n in range(1, 7):
        c = f"M.{y}.MS0{n}"
        g = [("TD", f"M{y}MS0{n}TD", f"TD M{y} MS0{n}"), ("EAD", f"M{y}MS0{n}CEMU", f"CEMU M{y} MS0{n}")]
        add_el(c, f"Sociologie M{y} séminaire {n}", S, f"MSOC{y}", g)
labels["M.1.MS03"] = "Théories chang. social"

# 8 sciences de l'éducation (FAQ scheme RCAED334)
S = "sc. éducation RCAEDnnn (FAQ)"
add_etp("SEDL3", "Licence Sciences de l'éducation 3e année")
for n in range(330, 340):
    c = f"RCAED{n}"
    add_el(c, f"Sciences de l'éducation {n}", S, "SEDL3",
           [("CM", f"ELP_{c}_CM", "ELP pseudo-groupe CM"), ("EAD", f"RCAE{n}EAD", f"EAD CEMU {n}")])

# 9 Psychologie (invented, dot and dash, 8 chars) PSY.Ln-X
S = "psycho PSY.Ln-X (invented, dot+dash)"
for y in (1, 2, 3):
    add_etp(f"PSYL{y}", f"Licence Psychologie {ORD[y]} année")
    for L, lab in zip("ABCDEF", ["Psychologie sociale", "Psychologie cognitive", "Neuropsychologie",
                                  "Psychologie du développement", "Méthodologie", "Statistiques"]):
        c = f"PSY.L{y}-{L}"
        g = [(f"TD{k}", f"PSYL{y}{L}-TD{k}", f"TD{k} {lab.upper()}") for k in (1, 2, 3, 4, 5)]
        g += [("CM", f"PSYL{y}{L}-CM", f"CM {lab.upper()}")]
        add_el(c, f"{lab} L{y}", S, f"PSYL{y}", g)

# 10 Géographie (invented, 8 chars starting with a digit) nGEOnXXX
S = "géo nGEOnXXX (invented, 8 chars)"
GEO = {"CAR": "Cartographie", "SIG": "SIG", "URB": "Géographie urbaine", "CLI": "Climatologie", "RUR": "Géographie rurale"}
for y in (1, 2, 3):
    add_etp(f"GEOL{y}", f"Licence Géographie {ORD[y]} année")
for sem in (1, 2, 3, 4, 5, 6):
    for n in (1, 2):
        for s, lab in GEO.items():
            c = f"{sem}GEO{n}{s}"
            g = [(f"TD{k}", f"{sem}GEO{n}{s}T{k}", f"TD{k} {lab}") for k in (1, 2, 3)]
            add_el(c, lab, S, f"GEOL{(sem + 1) // 2}", g)

# 11 Master maths (invented, dots, 8 chars) Mn.XXX.n
S = "master maths Mn.XXX.n (invented, dots)"
add_etp("MMAT1", "Master 1 Mathématiques"); add_etp("MMAT2", "Master 2 Mathématiques")
for y in (1, 2):
    for s, lab in {"ALG": "Algèbre", "ANA": "Analyse", "PRO": "Probabilités", "STA": "Statistique"}.items():
        for n in (1, 2):
            c = f"M{y}.{s}.{n}"
            g = [("TD1", f"M{y}{s}{n}TD1", f"TD1 {lab}"), ("TD2", f"M{y}{s}{n}TD2", f"TD2 {lab}"),
                 ("OPT", f"M{y}{s}{n}OPT", f"Option recherche {lab}")]
            add_el(c, f"{lab} {n}", S, f"MMAT{y}", g)

# 12 Economie (invented, dash) ECn-XXXn
S = "éco ECn-XXXn (invented, dash)"
for y in (1, 2, 3):
    add_etp(f"ECOL{y}", f"Licence Economie {ORD[y]} année")
    for s, lab in {"MIC": "Microéconomie", "MAC": "Macroéconomie", "STA": "Statistique", "ECM": "Econométrie"}.items():
        for n in (1, 2):
            c = f"EC{y}-{s}{n}"
            g = [(f"TD{k}", f"EC{y}{s}{n}TD{k}", f"TD{k} {lab.upper()}") for k in range(1, 7)]
            g += [("EAD", f"EC{y}{s}{n}EAD", f"EAD CEMU {lab.upper()}")]
            add_el(c, f"{lab} {n}", S, f"ECOL{y}", g)

# 13 STAPS (invented, letters then digits, short) STAPSyn
S = "STAPS STAPSyn (invented, letters+digits)"
for y in (1, 2, 3):
    add_etp(f"STAL{y}", f"Licence STAPS {ORD[y]} année")
    for n, lab in enumerate(["Physiologie", "Anatomie", "Sports collectifs", "Natation", "Psychologie du sport"], 1):
        c = f"STAPS{y}{n}"
        g = [(f"TD{k}", f"{c}TD{k}", f"TD{k} {lab}") for k in (1, 2, 3)]
        g += [("OPT", f"{c}OPT", f"Option {lab}")]
        add_el(c, lab, S, f"STAL{y}", g)

# 14 IUT Informatique (invented, letters then 4 digits, 8 chars) INFOsrnn
S = "IUT info INFOsrnn (invented, letters+digits)"
for y in (1, 2, 3):
    add_etp(f"BINF{y}", f"BUT Informatique {ORD[y]} année")
for sem in (1, 2, 3, 4):
    for rn, lab in enumerate(["Développement", "Bases de données", "Systèmes", "Réseaux", "Gestion de projet"], 1):
        c = f"INFO{sem}{rn}0{sem}"
        g = [(f"TP{k}", f"{c}P{k}", f"TP{k} {lab}") for k in (1, 2, 3, 4)]
        g += [("ALT", f"{c}AL", "Groupe alternants"), ("CM", f"{c}CM", f"CM {lab}")]
        add_el(c, lab, S, f"BINF{(sem + 1) // 2}", g)

# 15 DU (invented, dash, short) DUXX-nn
S = "DU DUXX-nn (invented, dash)"
add_etp("DUCGE", "DU Capacité de Gestion des Entreprises")
add_etp("DUFLE", "DU Français langue étrangère")
for pre, et, labs in (("DUCG", "DUCGE", ["Comptabilité", "Droit", "Gestion", "Fiscalité"]),
                      ("DUFL", "DUFLE", ["Oral", "Ecrit", "Grammaire", "Civilisation"])):
    for n, lab in enumerate(labs, 1):
        c = f"{pre}-0{n}"
        add_el(c, lab, S, et, [("EAD", f"{pre}0{n}FOAD", f"FOAD CEMU {lab}"), ("CM", f"{pre}0{n}CM", f"CM {lab}")])

# 16 PASS (invented, letters-dash-UE, 8 chars) PASS-UEn
S = "PASS PASS-UEn (invented, dash)"
add_etp("PASS1", "PASS Parcours accès spécifique santé")
for n, lab in enumerate(["Chimie", "Biologie cellulaire", "Physique", "Anatomie", "Biostatistiques", "SHS", "Mineure droit"], 1):
    c = f"PASS-UE{n}"
    add_el(c, lab, S, "PASS1", [(f"TD{k}", f"PASSUE{n}TD{k}", f"TD{k} {lab}") for k in (1, 2, 3, 4)])

# extra étapes (other years) never cited
for c, l in (("DRM1", "Master 1 Droit des affaires"), ("SIM1", "Master 1 Informatique"), ("HIM1", "Master 1 Histoire"),
             ("PSYM1", "Master 1 Psychologie clinique"), ("GEOM1", "Master 1 Géographie")):
    add_etp(c, l)

UNKNOWN = {"DRT1-ROM": "archived Droit romain", "GEA29999": "invented by a student", "HI399": "does not exist",
           "S9.INF01": "no semester 9", "PSY.L4-B": "no L4", "EC4-MAC1": "no L4 éco", "INFO6106": "no S6 code",
           "3GEO3CAR": "archived"}
unknown.extend(UNKNOWN)
for c, why in UNKNOWN.items():
    labels[c] = why

assert len(set(elements + etapes + groups + unknown)) == len(elements + etapes + groups + unknown)
ALL = set(elements + etapes + groups + unknown)
CATALOGUE = {"elements": elements, "etapes": etapes, "groups": groups, "unknown": unknown, "labels": labels}
