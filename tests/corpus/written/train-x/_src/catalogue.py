"""Catalogue of codes 'the university knows' for train-x, with the scheme of each code."""
ELEMENTS, ETAPES, GROUPS, LABELS, SCHEME = [], [], [], {}, {}

def add(kind, code, label, scheme):
    {"e": ELEMENTS, "t": ETAPES, "g": GROUPS}[kind].append(code)
    LABELS[code] = label
    SCHEME[code] = scheme

S_DRT = "droit DRTnXXX, groups +Tn (invented)"
S_HIS = "histoire H.nXXXnn, groups HnXXX-TDn (invented)"
S_INF = "informatique INFnXXX, groups InXXXTPn (invented)"
S_TC = "IUT TC TCRnnn/TCSnnn, groups TCn-Gn (invented)"
S_GEA = "IUT GEA GE-Rnnn, groups GEnTDn (invented)"
S_LM = "lettres LMnLITnn (invented)"
S_PASS = "santé PASS PA.UEn, groups PA-TDnn (invented)"
S_DU = "DU CGE.Mnn, groups CGE-CEMU (invented)"
S_MAE = "IAE MAEn-Fnn, groups +-A/-I (invented)"
S_MEEF = "INSPE nXXnnn (FAQ 1CA153)"
S_LVE = "LVE XX-nnX, groups +-TDn (FAQ AN-10A)"
S_SOC = "HSS M.n.MSnn (FAQ M.1.MS03)"
S_PSY = "psycho RPSYDnnn, groups PSDnnnCEMU (FAQ RCAED334 style)"

# droit
for y, lab in [(1, "Licence Droit 1re année"), (2, "Licence Droit 2e année"), (3, "Licence Droit 3e année")]:
    add("t", f"L{y}DRT", lab, S_DRT)
add("t", "M1DPRI", "Master 1 Droit privé", S_DRT); add("t", "M1DPUB", "Master 1 Droit public", S_DRT)
DRT = {1: [("CIV", "DROIT CIVIL 1"), ("CONS", "DROIT CONSTITUTIONNEL"), ("HIST", "HISTOIRE DU DROIT"), ("INST", "INSTITUTIONS JURIDICT.")],
       2: [("OBLI", "DROIT DES OBLIGATIONS"), ("ADM", "DROIT ADMINISTRATIF"), ("PEN", "DROIT PENAL GENERAL"), ("FIN", "FINANCES PUBLIQUES")],
       3: [("AFF", "DROIT DES AFFAIRES"), ("FISC", "DROIT FISCAL"), ("TRAV", "DROIT DU TRAVAIL"), ("INTL", "DROIT INTERNATIONAL PUB")]}
for y, subs in DRT.items():
    for s, lab in subs:
        c = f"DRT{y}{s}"; add("e", c, lab, S_DRT)
        for t in range(1, 7):
            add("g", f"{c}T{t}", f"TD{t} {lab}", S_DRT)
for c, lab in [("DRM1CONT", "CONTRATS SPECIAUX"), ("DRM1RESP", "RESPONSABILITE CIVILE"), ("DRM1CTX", "CONTENTIEUX ADMIN.")]:
    add("e", c, lab, S_DRT)
# histoire
for y, lab in [(1, "Licence Histoire 1re année"), (2, "Licence Histoire 2e année"), (3, "Licence Histoire 3e année")]:
    add("t", f"HIL{y}", lab, S_HIS)
add("t", "HIM1", "Master 1 Histoire", S_HIS)
for y in (1, 2, 3):
    for n, (s, lab) in enumerate([("MOD", "Histoire moderne"), ("ANT", "Histoire ancienne"), ("MED", "Histoire médiévale"), ("CON", "Histoire contemporaine")], 1):
        c = f"H.{y}{s}0{n}"; add("e", c, f"{lab} {y}", S_HIS)
        for t in range(1, 5):
            add("g", f"H{y}{s}-TD{t}", f"TD{t} {lab} {y}", S_HIS)
add("g", "H2MOD-EAD", "Groupe EAD CEMU Histoire moderne 2", S_HIS)
# informatique
for y, lab in [(1, "Licence Informatique 1re année"), (2, "Licence Informatique 2e année"), (3, "Licence Informatique 3e année")]:
    add("t", f"INFL{y}", lab, S_INF)
add("t", "MINF1", "Master 1 Informatique", S_INF)
for y in (1, 2, 3):
    for s, lab in [("PROG", "Programmation"), ("BDD", "Bases de données"), ("RES", "Réseaux"), ("SYS", "Systèmes"), ("WEB", "Développement web")]:
        c = f"INF{y}{s}"; add("e", c, f"{lab} {y}", S_INF)
        add("g", f"I{y}{s}CM", f"CM {lab} {y}", S_INF)
        for t in range(1, 5):
            add("g", f"I{y}{s}TP{t}", f"TP{t} {lab} {y}", S_INF)
# IUT TC
for c, lab in [("TCBUT1", "BUT TC 1re année"), ("TCBUT2", "BUT TC 2e année FI"), ("TCBFA2", "BUT TC 2e année alternance"),
               ("TCBUT3", "BUT TC 3e année FI"), ("TCBFA3", "BUT TC 3e année alternance")]:
    add("t", c, lab, S_TC)
for y in (1, 2):
    for n in range(1, 11):
        add("e", f"TCR{y}{n:02d}", f"R{y}.{n:02d} Ressource TC", S_TC)
    for n in range(1, 5):
        add("e", f"TCS{y}{n:02d}", f"SAE {y}.{n:02d} TC", S_TC)
for t in range(1, 5):
    add("g", f"TC1-G{t}", f"Groupe {t} BUT TC 1", S_TC)
for t in range(1, 4):
    add("g", f"TC2-G{t}", f"Groupe {t} BUT TC 2", S_TC)
add("g", "TC2-APP", "Groupe alternants BUT TC 2", S_TC)
add("g", "TC3-APP", "Groupe alternants BUT TC 3", S_TC)
# IUT GEA
for c, lab in [("GEABU1", "BUT GEA 1re année"), ("GEABU2", "BUT GEA 2e année"), ("GEAFA2", "BUT GEA 2e année alternance")]:
    add("t", c, lab, S_GEA)
for y in (1, 2):
    for n in range(1, 13):
        add("e", f"GE-R{y}{n:02d}", f"R{y}.{n:02d} GEA", S_GEA)
    for t in range(1, 5):
        add("g", f"GE{y}TD{t}", f"TD{t} BUT GEA {y}", S_GEA)
add("g", "GE2ALT", "Groupe alternants BUT GEA 2", S_GEA)
# lettres
for y, lab in [(1, "Licence Lettres modernes 1re année"), (2, "Licence Lettres modernes 2e année"), (3, "Licence Lettres modernes 3e année")]:
    add("t", f"LMOL{y}", lab, S_LM)
for y in (1, 2, 3):
    for n in range(1, 7):
        c = f"LM{y}LIT{n:02d}"; add("e", c, f"Littérature {y}.{n}", S_LM)
        add("g", c + "A", f"TD A Littérature {y}.{n}", S_LM); add("g", c + "B", f"TD B Littérature {y}.{n}", S_LM)
# PASS
add("t", "PASS1", "Parcours d'accès spécifique santé", S_PASS); add("t", "LAS1SV", "L.AS 1 Sciences de la vie", S_PASS)
for n in range(1, 9):
    add("e", f"PA.UE{n}", f"UE{n} PASS", S_PASS)
for t in range(1, 21):
    add("g", f"PA-TD{t:02d}", f"TD{t:02d} PASS", S_PASS)
# DU
add("t", "DUCGEF", "DU Capacité de Gestion des Entreprises FOAD", S_DU); add("t", "DUCGEP", "DU Capacité de Gestion des Entreprises présentiel", S_DU)
for n in range(1, 9):
    add("e", f"CGE.M{n:02d}", f"Module {n} CGE", S_DU)
add("g", "CGE-CEMU", "Groupe CEMU FOAD CGE", S_DU); add("g", "CGE-PRES", "Groupe présentiel CGE", S_DU)
# IAE MAE
for c, lab in [("M1MAE", "Master 1 Management et Administration des Entreprises"), ("M1MAEA", "Master 1 MAE alternance"), ("M2MAE", "Master 2 MAE")]:
    add("t", c, lab, S_MAE)
for y in (1, 2):
    for n in range(1, 9):
        c = f"MAE{y}-F{n:02d}"; add("e", c, f"Fondamentaux {n} MAE {y}", S_MAE)
        add("g", c + "-A", f"Groupe alternants MAE{y} F{n}", S_MAE); add("g", c + "-I", f"Groupe formation initiale MAE{y} F{n}", S_MAE)
# INSPE (FAQ style)
for c, lab in [("M1MEPE", "Master 1 MEEF 1er degré"), ("M2MEPE", "Master 2 MEEF 1er degré"), ("M1MEAN", "Master 1 MEEF 2nd degré parcours anglais"),
               ("M2MEAN", "Master 2 MEEF 2nd degré parcours anglais"), ("M1MEHG", "Master 1 MEEF 2nd degré histoire-géographie")]:
    add("t", c, lab, S_MEEF)
for pre, lab in [("1CA", "Analyse du contexte / PE"), ("1AN", "Didactique anglais"), ("1HG", "Didactique HG")]:
    for n in (151, 152, 153, 154, 201, 202, 203, 204, 205):
        c = f"{pre}{n}"; add("e", c, f"{lab} {n}", S_MEEF)
        add("g", c + "G1", f"Groupe 1 {c}", S_MEEF); add("g", c + "G2", f"Groupe 2 {c}", S_MEEF)
    add("g", f"{pre}153EAD", f"Groupe EAD CEMU {pre}153", S_MEEF)
# LVE (FAQ style)
for c, lab in [("LLCEA1", "Licence LLCER anglais 1re année"), ("LLCEA2", "Licence LLCER anglais 2e année"), ("LLCEA3", "Licence LLCER anglais 3e année"),
               ("LEAAE1", "Licence LEA anglais-espagnol 1re année")]:
    add("t", c, lab, S_LVE)
for pre in ("AN", "ES"):
    for n in ("10A", "10B", "11A", "12B", "20A", "20B", "21A", "30A"):
        c = f"{pre}-{n}"; add("e", c, f"{'Anglais' if pre=='AN' else 'Espagnol'} EC {n}", S_LVE)
        for t in (1, 2, 3):
            add("g", f"{c}-TD{t}", f"TD{t} {c}", S_LVE)
# HSS socio (FAQ style)
for c, lab in [("SOCL3", "Licence Sociologie 3e année"), ("SOCM1", "Master 1 Sociologie"), ("SOCM2", "Master 2 Sociologie")]:
    add("t", c, lab, S_SOC)
for y in (1, 2):
    for n in range(1, 9):
        c = f"M.{y}.MS0{n}"; add("e", c, f"Socio master {y} séminaire {n}", S_SOC)
        add("g", c + "G1", f"G1 {c}", S_SOC)
# psycho distance
for c, lab in [("PSYL2", "Licence Psychologie 2e année"), ("PSYL2D", "Licence Psychologie 2e année à distance"),
               ("PSYL3", "Licence Psychologie 3e année"), ("PSYL3D", "Licence Psychologie 3e année à distance")]:
    add("t", c, lab, S_PSY)
for y in (2, 3):
    for n in range(11, 19):
        c = f"RPSYD{y}{n}"; add("e", c, f"Psychologie {y} UE {n}", S_PSY)
        add("g", f"PSD{y}{n}CEMU", f"Groupe CEMU EAD {c}", S_PSY); add("g", f"PSD{y}{n}PRES", f"Groupe présentiel {c}", S_PSY)
# exchange
add("t", "ECHIN", "Étudiants en programme d'échange (accueil)", "échanges (invented)")

UNKNOWN = ["INF3PROJ", "H.2MOD09", "TCR199", "AN-19Z", "1CA999", "DRT2COMP", "GE-R230"]
for u in UNKNOWN:
    SCHEME[u] = None

def scheme_of(code):
    if code in SCHEME and SCHEME[code]:
        return SCHEME[code]
    for p, s in [("INF", S_INF), ("H.", S_HIS), ("TC", S_TC), ("AN-", S_LVE), ("1CA", S_MEEF), ("DRT", S_DRT), ("GE-", S_GEA)]:
        if code.startswith(p):
            return s
    return "?"
