"""Build the catalogue of codes « the university knows » for heldout-24, with a scheme per code."""

ELEMENTS, ETAPES, GROUPS, LABELS, SCHEME = [], [], [], {}, {}
UNKNOWN = ["M.1HRP7C", "GEA4-R13", "S4-INF49", "STP4APB", "DR.4CIV2", "PH3-UE21"]


def el(code, label, scheme):
    if code not in LABELS:
        ELEMENTS.append(code)
    LABELS[code] = label
    SCHEME[code] = scheme


def gp(code, label, scheme):
    if code not in LABELS:
        GROUPS.append(code)
    LABELS[code] = label
    SCHEME[code] = scheme


def et(code, label, scheme):
    if code not in LABELS:
        ETAPES.append(code)
    LABELS[code] = label
    SCHEME[code] = scheme


ORD = {1: "1re", 2: "2e", 3: "3e", 4: "4e", 5: "5e", 6: "6e"}

# --- invented 1: Droit  DR.<sem><XXX>, groups <code>CM/TDn/ALT, étapes DRL1..3, DRM1PR/PU
S = "droit DR.sXXX (invented)"
DRT = {"CIV": "DROIT CIVIL", "PEN": "DROIT PENAL", "ADM": "DROIT ADMINISTRATIF",
       "CON": "DROIT CONSTITUTIONNEL", "HIS": "HISTOIRE DU DROIT", "FIS": "DROIT FISCAL",
       "AFF": "DROIT DES AFFAIRES", "EUR": "DROIT EUROPEEN"}
for sem in range(1, 7):
    for k, lab in DRT.items():
        c = f"DR.{sem}{k}"
        el(c, f"{lab} S{sem}", S)
        gp(c + "CM", f"CM {lab} S{sem}", S)
        for n in range(1, 5):
            gp(f"{c}TD{n}", f"TD{n} {lab}", S)
for y in (1, 2, 3):
    et(f"DRL{y}", f"Licence Droit {ORD[y]} année", S)
et("DRM1PR", "Master 1 Droit privé", S)
et("DRM1PU", "Master 1 Droit public", S)

# --- invented 2: IUT GEA  GEA<sem>-R<nn>, groups per semester GEA<sem>TDn/TPnX/ALT
S = "but-gea GEAs-Rnn (invented)"
GEA = ["Gestion comptable", "Fiscalité", "Contrôle de gestion", "Droit du travail",
       "Gestion de la paie", "Marketing", "Anglais des affaires", "Système d'information",
       "Finance d'entreprise", "Communication", "Statistiques", "PPP"]
for sem in range(1, 7):
    for i, lab in enumerate(GEA, 1):
        el(f"GEA{sem}-R{i:02d}", f"{lab} (R{sem}.{i:02d})", S)
    for n in (1, 2, 3):
        gp(f"GEA{sem}TD{n}", f"TD{n} BUT GEA S{sem}", S)
        for x in "AB":
            gp(f"GEA{sem}TP{n}{x}", f"TP{n}{x}", S)
    gp(f"GEA{sem}ALT", f"Groupe alternants GEA S{sem}", S)
for y in (1, 2, 3):
    et(f"BGEA{y}", f"BUT GEA {ORD[y]} année", S)

# --- invented 3: Psychologie  <year>PSYS<sem>E<n>, groups <code>Gn / CM
S = "psycho yPSYSsEn (invented)"
PSY = ["Psychologie sociale", "Psychologie du développement", "Neuropsychologie",
       "Psychologie clinique", "Méthodologie et statistiques", "Psychologie cognitive"]
for sem in range(1, 7):
    y = (sem + 1) // 2
    for n, lab in enumerate(PSY, 1):
        c = f"{y}PSYS{sem}E{n}"
        el(c, f"{lab} {sem}", S)
        gp(c + "CM", f"CM {lab}", S)
        for g in range(1, 5):
            gp(f"{c}G{g}", f"TD G{g} {lab}", S)
for y in (1, 2, 3):
    et(f"LPSY{y}", f"Licence Psychologie {ORD[y]} année", S)

# --- invented 4: STAPS  STP<sem><XXX>, groups <code>Tn / CM
S = "staps STPsXXX (invented)"
STP = {"APA": "Activité physique adaptée", "ENT": "Entraînement sportif",
       "MGT": "Management du sport", "ANA": "Anatomie fonctionnelle",
       "PHY": "Physiologie de l'effort", "SOC": "Sociologie du sport"}
for sem in range(1, 7):
    for k, lab in STP.items():
        c = f"STP{sem}{k}"
        el(c, f"{lab} S{sem}", S)
        gp(c + "CM", f"CM {lab}", S)
        for g in (1, 2, 3):
            gp(f"{c}T{g}", f"TD{g} {lab}", S)
for y in (1, 2, 3):
    et(f"STAPL{y}", f"Licence STAPS {ORD[y]} année", S)

# --- invented 5: LEA  LEA<sem>.<LL><n>, groups LEA<sem><LL><n>-Gn
S = "lea LEAs.LLn (invented)"
LEA = {"AN": "Anglais", "ES": "Espagnol", "AL": "Allemand", "DR": "Droit", "EC": "Économie"}
for sem in range(1, 7):
    for k, lab in LEA.items():
        for n in (1, 2):
            c = f"LEA{sem}.{k}{n}"
            el(c, f"{lab} {n} LEA S{sem}", S)
            for g in (1, 2, 3):
                gp(f"LEA{sem}{k}{n}-G{g}", f"G{g} {lab} {n} LEA", S)
for y in (1, 2, 3):
    et(f"LEA{y}", f"Licence LEA Anglais-Espagnol {ORD[y]} année", S)

# --- invented 6: Géographie  GGR<sem>C<nn>, groups <code>TDn / CM
S = "geo GGRsCnn (invented)"
GEO = ["Cartographie", "Géographie physique", "Géographie urbaine", "SIG", "Climatologie",
       "Géographie rurale"]
for sem in range(1, 7):
    for n, lab in enumerate(GEO, 1):
        c = f"GGR{sem}C{n:02d}"
        el(c, f"{lab} {sem}", S)
        gp(c + "CM", f"CM {lab}", S)
        for g in (1, 2):
            gp(f"{c}TD{g}", f"TD{g} {lab}", S)
for y in (1, 2, 3):
    et(f"LGEO{y}", f"Licence Géographie {ORD[y]} année", S)

# --- invented 7: Pharmacie  PH<year>-UE<nn>, groups PH<year>UE<nn>-A/B/C
S = "pharma PHy-UEnn (invented)"
for y in (2, 3, 4):
    for n in range(10, 20):
        c = f"PH{y}-UE{n}"
        el(c, f"UE{n} Pharmacie {ORD[y]} année", S)
        for x in "ABC":
            gp(f"PH{y}UE{n}-{x}", f"Groupe {x} UE{n}", S)
et("PHAR2", "DFGSP2 Pharmacie 2e année", S)
et("PHAR3", "DFGSP3 Pharmacie 3e année", S)
et("PHAR4", "DFASP1 Pharmacie 4e année", S)
LABELS["PH3-UE12"] = "UE12 Pharmacologie générale"

# --- invented 8: Licence Informatique  S<sem>-INF<sem><n>, groups INF<sem><n>-TPn/TDn
S = "info Ss-INFsn (invented)"
INF = ["Algorithmique", "Programmation fonctionnelle", "Bases de données",
       "Systèmes d'exploitation", "Réseaux", "Mathématiques discrètes"]
for sem in range(1, 7):
    for n, lab in enumerate(INF, 1):
        c = f"S{sem}-INF{sem}{n}"
        el(c, f"{lab} S{sem}", S)
        for g in (1, 2, 3, 4):
            gp(f"INF{sem}{n}-TP{g}", f"TP{g} {lab}", S)
        for g in (1, 2):
            gp(f"INF{sem}{n}-TD{g}", f"TD{g} {lab}", S)
for y in (1, 2, 3):
    et(f"LINF{y}", f"Licence Informatique {ORD[y]} année", S)

# --- invented 9: AES  AES-<XXX><sem>, groups AES<XXX><sem>TDn
S = "aes AES-XXXs (invented)"
AES = {"MIC": "Microéconomie", "STA": "Statistiques", "DRT": "Droit social",
       "GRH": "Gestion des ressources humaines", "CPT": "Comptabilité"}
for sem in range(1, 7):
    for k, lab in AES.items():
        c = f"AES-{k}{sem}"
        el(c, f"{lab} {sem}", S)
        for g in (1, 2, 3):
            gp(f"AES{k}{sem}TD{g}", f"TD{g} {lab}", S)
for y in (1, 2, 3):
    et(f"LAES{y}", f"Licence AES {ORD[y]} année", S)

# --- invented 10: BUT Informatique  BINF<sem><A|B><nn>, groups BINF<sem>-TPA1..
S = "but-info BINFsXnn (invented)"
BIN = {"A10": "Architecture logicielle", "A11": "Qualité de développement",
       "B05": "Réseaux avancés", "B06": "Virtualisation", "A03": "Anglais", "B01": "Management SI"}
for sem in range(1, 7):
    for k, lab in BIN.items():
        el(f"BINF{sem}{k}", f"{lab} (R{sem}.{k[0]}.{k[1:]})", S)
    for g in ("TPA1", "TPA2", "TPB1", "TPB2", "TDA", "TDB", "ALT"):
        gp(f"BINF{sem}-{g}", ("Groupe alternants BUT Info S%d" % sem) if g == "ALT" else f"{g} BUT Info S{sem}", S)
for y in (1, 2, 3):
    et(f"BINF{y}", f"BUT Informatique {ORD[y]} année", S)

# --- invented 11: DU CGE  DUCGE.M<n>, groups DUCGE-FOAD / DUCGE-PRES
S = "du DUXXX.Mn (invented)"
for n, lab in enumerate(["Comptabilité", "Droit des sociétés", "Fiscalité", "Marketing",
                         "Gestion financière", "Mémoire"], 1):
    el(f"DUCGE.M{n}", f"CGE Module {n} {lab}", S)
gp("DUCGE-FOAD", "Groupe FOAD CEMU", S)
gp("DUCGE-PRES", "Groupe présentiel", S)
et("DUCGE", "DU Capacité de Gestion des Entreprises", S)

# --- FAQ 1: INSPE  <y>CA<nnn>, groups <code>-Gn
S = "inspe yCAnnn (FAQ)"
for y, base in ((1, 150), (2, 250)):
    for n in range(1, 10):
        c = f"{y}CA{base + n}"
        el(c, "Analyse du contexte" if c == "1CA153" else f"MEEF UE {base + n}", S)
        for g in (1, 2, 3):
            gp(f"{c}-G{g}", f"G{g} MEEF", S)
et("MEEF1D", "Master 1 MEEF 1er degré", S)
et("MEEF2D", "Master 2 MEEF 1er degré", S)
et("MEEF1S", "Master 1 MEEF 2nd degré Anglais", S)

# --- FAQ 2: LVE anglais  AN-<sem><n><X>, groups <code>-Gn
S = "lve AN-nnX (FAQ)"
for sem in range(1, 7):
    for x in "ABC":
        c = f"AN-{sem}0{x}"
        el(c, f"EC{ 'ABC'.index(x) + 1} Langue Anglais S{sem}", S)
        for g in (1, 2, 3):
            gp(f"{c}-G{g}", f"G{g} Anglais", S)
for y in (1, 2, 3):
    et(f"LLCEA{y}", f"Licence LLCER Anglais {ORD[y]} année", S)

# --- FAQ 3: HSS masters  M.1HRPnC / nHRnC / M.n.MSnn, groups <code>TD / EM
S = "hss M.1XXXnC / M.n.MSnn (FAQ)"
for n in (3, 4, 5, 6, 8, 9):
    c = f"M.1HRP{n}C"
    el(c, f"Histoire séminaire {n}", S)
    gp(c + "TD", f"TD Histoire séminaire {n}", S)
    gp(c + "EM", f"Groupe EM Histoire {n}", S)
for n in (3, 4, 5, 6):
    el(f"2HR{n}C", f"Historiographie {n}", S)
for y in (1, 2):
    for n in range(1, 9):
        el(f"M.{y}.MS{n:02d}", "Théories chang. social" if (y, n) == (1, 3) else f"Sociologie M{y} EC{n}", S)
et("MHIS1", "Master 1 Histoire", S)
et("MHIS2", "Master 2 Histoire", S)
et("MSOC1", "Master 1 Sociologie", S)

# --- FAQ 4: EAD  RCAEDnnn / IRAN-nn, groups CEMU / pseudo ELP_
S = "ead RCAEDnnn / IRAN-nn (FAQ)"
for n in range(330, 338):
    c = f"RCAED{n}"
    el(c, f"Droit des contrats EAD {n}", S)
    gp(f"ELP_{c}_CM", f"Pseudo-groupe CM {c}", S)
    gp(f"RCAED{n}EAD", f"Groupe CEMU EAD {n}", S)
for n in range(10, 20):
    el(f"IRAN-{n}", f"Persan {n} (à distance)", S)
    gp(f"IRAN{n}CEMU", f"Groupe CEMU Persan {n}", S)
    gp(f"IRAN{n}PRES", f"Groupe présentiel Persan {n}", S)
et("LPERS2", "Licence Langues orientales Persan 2e année (EAD)", S)

for c in UNKNOWN:
    SCHEME.setdefault(c, {"M": "hss M.1XXXnC / M.n.MSnn (FAQ)", "G": "but-gea GEAs-Rnn (invented)",
                          "S": "staps STPsXXX (invented)" if c.startswith("STP") else "info Ss-INFsn (invented)",
                          "D": "droit DR.sXXX (invented)", "P": "pharma PHy-UEnn (invented)"}[c[0]])


def catalogue():
    return {"elements": ELEMENTS, "etapes": ETAPES, "groups": GROUPS, "unknown": UNKNOWN,
            "labels": {k: v for k, v in LABELS.items()}}
