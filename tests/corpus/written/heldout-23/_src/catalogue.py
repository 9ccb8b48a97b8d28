"""Build the catalogue of codes 'the university knows' for heldout-23 (15 schemes, 10 invented)."""
import json

E, T, G, LAB = [], [], [], {}
SCHEME = {}  # code -> scheme name


def el(code, label, scheme):
    E.append(code); LAB[code] = label; SCHEME[code] = scheme


def et(code, label, scheme):
    T.append(code); LAB[code] = label; SCHEME[code] = scheme


def gp(code, label, scheme):
    assert len(code) <= 10, code
    G.append(code); LAB[code] = label; SCHEME[code] = scheme


ORD = {1: "1re", 2: "2e", 3: "3e"}

# A. Droit (invented): DRy-SSSs  (year, dash, subject, semester 1..6); groups DRySSSsTDn / CM
S = "droit DRy-SUBs (invented)"
DR = {"CIV": "DROIT CIVIL", "CON": "DROIT CONSTITUTIONNEL", "PEN": "DROIT PENAL", "ADM": "DROIT ADMINISTRATIF",
      "OBL": "DROIT DES OBLIGATIONS", "AFF": "DROIT DES AFFAIRES", "FIS": "DROIT FISCAL", "HDI": "HISTOIRE DU DROIT"}
for y in (1, 2, 3):
    et(f"LDR{y}", f"Licence Droit {ORD[y]} année", S)
    for sub, lab in DR.items():
        for s in (2 * y - 1, 2 * y):
            c = f"DR{y}-{sub}{s}"
            el(c, f"{lab} {s}", S)
            for n in range(1, 7):
                gp(f"DR{y}{sub}{s}TD{n}", f"TD{n} {lab} {s}", S)
            gp(f"DR{y}{sub}{s}CM", f"CM {lab} {s}", S)
et("CAPDR", "Capacité en droit (à distance)", S)

# B. BUT GEA (invented): ByGEAsn ; groups per year ByGEA-TDn, ByGEA-TPnX, ByGEA-ALT
S = "BUT GEA ByGEAsn (invented)"
GEA = ["Comptabilité de gestion", "Fiscalité", "Gestion de la paie", "Droit du travail", "Anglais des affaires",
       "Contrôle de gestion", "Projet personnel et professionnel", "Marketing"]
for y in (1, 2, 3):
    et(f"BGEA{y}", f"BUT GEA {ORD[y]} année", S)
    for s in (2 * y - 1, 2 * y):
        for n, lab in enumerate(GEA, 1):
            el(f"B{y}GEA{s}{n}", f"{lab} S{s}", S)
    for n in (1, 2, 3):
        gp(f"B{y}GEA-TD{n}", f"BUT GEA {y} TD{n}", S)
        for x in "AB":
            gp(f"B{y}GEA-TP{n}{x}", f"TP{n}{x}", S)
    gp(f"B{y}GEA-ALT", f"Groupe alternants BUT GEA {y}", S)

# C. STAPS (invented): ST.Ss.nn ; groups STSsnn-Gk
S = "STAPS ST.Ss.nn (invented)"
STA = {11: "Anatomie fonctionnelle", 12: "Physiologie de l'effort", 13: "Sociologie du sport", 14: "APSA natation",
       15: "APSA athlétisme", 16: "Méthodologie"}
for y in (1, 2, 3):
    et(f"STL{y}", f"Licence STAPS {ORD[y]} année", S)
    for s in (2 * y - 1, 2 * y):
        for nn, lab in STA.items():
            c = f"ST.S{s}.{nn}"
            el(c, f"{lab} S{s}", S)
            for k in (1, 2, 3, 4):
                gp(f"STS{s}{nn}-G{k}", f"G{k} {lab} S{s}", S)

# D. LVE anglais (FAQ style AN-10A): AN-ynL ; groups ANynL-TDk
S = "LVE AN-ynL (FAQ scheme)"
ANG = {"0A": "EC1 Langue Traduction", "0B": "Grammaire anglaise", "1A": "Civilisation britannique",
       "1B": "Littérature américaine", "2A": "Phonétique"}
for y in (1, 2, 3):
    et(f"LLCA{y}", f"Licence LLCER Anglais {ORD[y]} année", S)
    for k, lab in ANG.items():
        c = f"AN-{y}{k}"
        el(c, lab + f" L{y}", S)
        for t in (1, 2, 3):
            gp(f"AN{y}{k}-TD{t}", f"TD{t} {lab}", S)

# E. INSPE (FAQ style 1CA153): yCAnnn ; groups yCAnnnGk
S = "INSPE yCAnnn (FAQ scheme)"
INS = {151: "Didactique des mathématiques", 152: "Didactique du français", 153: "Analyse du contexte",
       154: "Pratiques numériques", 155: "Stage et analyse de pratique"}
et("MEF1PD", "Master 1 MEEF 1er degré", S)
et("MEF2PD", "Master 2 MEEF 1er degré", S)
et("MEF1AN", "Master 1 MEEF 2nd degré Anglais", S)
for y in (1, 2):
    for nnn, lab in INS.items():
        c = f"{y}CA{nnn + 100 * (y - 1)}"
        el(c, lab, S)
        for k in (1, 2, 3):
            gp(f"{c}G{k}", f"Groupe {k} {lab}", S)

# F. HSS sociologie (FAQ style M.1.MS03): M.y.XXnn ; groups MyXXnnTDk
S = "HSS M.y.XXnn (FAQ scheme)"
for y in (1, 2):
    et(f"MSOC{y}", f"Master {y} Sociologie", S)
    for xx, base in (("MS", "Théories"), ("SO", "Enquête")):
        for nn in (1, 2, 3, 4, 5):
            c = f"M.{y}.{xx}{nn:02d}"
            el(c, f"{base} {nn} M{y}", S)
            for k in (1, 2):
                gp(f"M{y}{xx}{nn:02d}TD{k}", f"TD{k} {base} {nn}", S)
LAB["M.1.MS03"] = "Théories chang. social"

# G. Géosciences (invented): mqGSsCnn (maquette year first) ; groups ...Pk (TP) / ...Tk (TD)
S = "géosciences mqGSsCnn (invented)"
GS = {1: "Cartographie", 2: "Minéralogie", 3: "Pétrologie", 4: "Géologie de terrain", 5: "Sédimentologie",
      6: "Géophysique", 7: "Tectonique"}
for y in (1, 2, 3):
    et(f"L{y}GSC", f"Licence Sciences de la Terre {ORD[y]} année", S)
    for s in (2 * y - 1, 2 * y):
        for nn, lab in GS.items():
            c = f"24GS{s}C{nn:02d}"
            el(c, f"{lab} S{s}", S)
            for k in (1, 2, 3):
                gp(f"{c}P{k}", f"TP{k} {lab}", S)
            gp(f"{c}T1", f"TD1 {lab}", S)

# H. PASS (invented): PS1-UEnn ; groups PS1UEnnEDk
S = "PASS PS1-UEnn (invented)"
et("PASS1", "PASS Parcours d'accès spécifique santé", S)
PAS = {1: "Chimie générale", 2: "Biologie cellulaire", 3: "Biochimie", 4: "Anatomie", 5: "Biophysique",
       6: "Santé publique", 7: "Pharmacologie", 8: "Physiologie"}
for nn, lab in PAS.items():
    c = f"PS1-UE{nn:02d}"
    el(c, f"UE{nn} {lab}", S)
    for k in (1, 2, 3, 4, 5):
        gp(f"PS1UE{nn:02d}ED{k}", f"ED{k} {lab}", S)

# I. IAE (invented): IAEMyKnn (K = C tronc commun / O option) ; groups ...AL (alternants) / ...FI
S = "IAE IAEMyKnn (invented)"
et("MAE1FI", "Master 1 MAE formation initiale", S)
et("MAE1AP", "Master 1 MAE apprentissage", S)
et("MAE2AP", "Master 2 MAE apprentissage", S)
IAE = {("C", 11): "Finance d'entreprise", ("C", 12): "Stratégie", ("C", 13): "Management des RH",
       ("O", 21): "Option Contrôle de gestion", ("O", 22): "Option Entrepreneuriat", ("O", 23): "Option Achats"}
for y in (1, 2):
    for (k, nn), lab in IAE.items():
        c = f"IAEM{y}{k}{nn}"
        el(c, f"{lab} M{y}", S)
        gp(f"{c}AL", f"Groupe alternants {lab}", S)
        gp(f"{c}FI", f"Groupe formation initiale {lab}", S)

# J. Histoire (invented): 4HISssnn ; groups 4HISssnnTk
S = "histoire 4HISssnn (invented)"
HIS = {11: "Histoire ancienne", 12: "Histoire médiévale", 13: "Histoire moderne", 14: "Histoire contemporaine",
       15: "Géographie"}
for y in (1, 2, 3):
    et(f"LHI{y}", f"Licence Histoire {ORD[y]} année", S)
    for ss in (2 * y - 1, 2 * y):
        for nn, lab in HIS.items():
            c = f"4HIS{ss:02d}{nn}"
            el(c, f"{lab} S{ss}", S)
            for k in (1, 2, 3):
                gp(f"{c}T{k}", f"TD{k} {lab}", S)

# K. Informatique (invented): IySsSUBJ ; groups ...Gk
S = "informatique IySsXXXX (invented)"
INF = {"ALGO": "Algorithmique", "PROG": "Programmation", "BDDR": "Bases de données", "RESX": "Réseaux",
       "SYST": "Systèmes", "WEBD": "Développement web"}
for y in (1, 2, 3):
    et(f"LINF{y}", f"Licence Informatique {ORD[y]} année", S)
    for s in (2 * y - 1, 2 * y):
        for sub, lab in INF.items():
            c = f"I{y}S{s}{sub}"
            el(c, f"{lab} {s}", S)
            for k in (1, 2, 3):
                gp(f"{c}G{k}", f"Groupe TP{k} {lab}", S)

# L. DU formation continue (invented): DUXXX.nn ; groups DUXXXnnEAD / DUXXXnnPRE
S = "DU DUXXX.nn (invented)"
for xxx, lab, mods in (("CGE", "DU Capacité de Gestion des Entreprises - FOAD",
                        ["Comptabilité", "Droit des sociétés", "Gestion financière", "Marketing"]),
                       ("FLE", "DU Français langue étrangère", ["Expression écrite", "Expression orale", "Culture"])):
    et(f"DU{xxx}", lab, S)
    for nn, m in enumerate(mods, 1):
        c = f"DU{xxx}.{nn:02d}"
        el(c, m, S)
        gp(f"DU{xxx}{nn:02d}EAD", f"{m} EAD CEMU", S)
        gp(f"DU{xxx}{nn:02d}PRE", f"{m} présentiel", S)

# M. Psychologie (invented): PSY.y.nn ; groups PSYynnCEMU (distance) / PSYynnTDk
S = "psychologie PSY.y.nn (invented)"
PSY = {11: "Psychologie du développement", 12: "Psychologie sociale", 13: "Neuropsychologie",
       14: "Statistiques", 15: "Psychologie clinique"}
for y in (1, 2, 3):
    et(f"LPSY{y}", f"Licence Psychologie {ORD[y]} année", S)
    for nn, lab in PSY.items():
        c = f"PSY.{y}.{nn}"
        el(c, f"{lab} L{y}", S)
        gp(f"PSY{y}{nn}CEMU", f"{lab} groupe CEMU distance", S)
        for k in (1, 2, 3):
            gp(f"PSY{y}{nn}TD{k}", f"TD{k} {lab}", S)

# N. Sciences de l'éducation (FAQ style RCAED334): RCAEDnnn ; groups RCAEDnnnTk
S = "sc. éducation RCAEDnnn (FAQ scheme)"
et("LSED3", "Licence Sciences de l'éducation 3e année", S)
for nnn, lab in ((331, "Philosophie de l'éducation"), (332, "Sociologie de l'école"), (333, "Psychologie des apprentissages"),
                 (334, "Histoire de l'éducation"), (335, "Méthodes d'enquête")):
    c = f"RCAED{nnn}"
    el(c, lab, S)
    for k in (1, 2):
        gp(f"{c}T{k}", f"TD{k} {lab}", S)

# O. Histoire de l'art porteur/porté (FAQ style M.1HRP9C / 2HR5C)
S = "histoire de l'art M.1HRPnC / 2HRnC (FAQ scheme)"
et("MHAR1", "Master 1 Histoire de l'art", S)
for c, lab in (("M.1HRP8C", "Patrimoine et musées"), ("M.1HRP9C", "Art contemporain"), ("2HR5C", "Art contemporain L2"),
               ("2HR6C", "Architecture"), ("2HR7C", "Photographie")):
    el(c, lab, S)
for c, lab in (("M.1HRP9CEM", "Groupe EM art contemporain"), ("M.1HRP9CTD", "TD art contemporain"),
               ("M.1HRP8CTD", "TD patrimoine"), ("2HR6CTD1", "TD1 Architecture"), ("2HR7CTD1", "TD1 Photographie")):
    gp(c, lab, S)

# unknown: codes APOGÉE does not know (archived maquette, mistyped, invented by students)
UNKNOWN = {"20GS3C07": "géosciences mqGSsCnn (invented)",   # old maquette 2020, archived
           "DR2-CIV9": "droit DRy-SUBs (invented)",          # no semester 9 in L2
           "B2GEA39": "BUT GEA ByGEAsn (invented)",          # no module 9
           "PSY.2.19": "psychologie PSY.y.nn (invented)",
           "I3S5IAGE": "informatique IySsXXXX (invented)",
           "4HIS0318": "histoire 4HISssnn (invented)"}
SCHEME.update(UNKNOWN)

CATALOGUE = {"elements": E, "etapes": T, "groups": G, "unknown": sorted(UNKNOWN), "labels": LAB}

if __name__ == "__main__":
    print(len(E), len(T), len(G), len(set(SCHEME.values())))
    for c in E: assert len(c) <= 8, c
    for c in T: assert len(c) <= 6, c
    assert len(set(E + T + G)) == len(E + T + G)
