"""Builds catalogue.json for train-u (health first year, DU continuing education, languages, masters with tracks)."""
import json, os

E, T, G, L = [], [], [], {}
SCHEME = {}

def add(kind, code, label, scheme):
    {"e": E, "t": T, "g": G}[kind].append(code)
    L[code] = label
    SCHEME[code] = scheme

# ---- étapes -------------------------------------------------------------
SET = "etapes SXXXnn/LLxxnA (invented)"
for c, l in [
    ("SPASS1", "PASS Parcours d'accès spécifique santé"),
    ("DLAS1A", "Licence Droit 1re année accès santé (LAS)"),
    ("SLAS1B", "Licence Sciences de la vie 1re année accès santé (LAS)"),
    ("PLAS1P", "Licence Psychologie 1re année accès santé (LAS)"),
    ("SLAS2B", "Licence Sciences de la vie 2e année accès santé (LAS 2)"),
    ("DUCGE1", "DU Capacité de Gestion des Entreprises"),
    ("DUPSY1", "DU Psychotraumatologie"),
    ("DUFLE1", "DU Français langue étrangère"),
    ("DUNUM1", "DU Compétences numériques"),
    ("DUPAL1", "DU Soins palliatifs"),
    ("LLAN1A", "Licence LLCER Anglais 1re année"),
    ("LLAN2A", "Licence LLCER Anglais 2e année"),
    ("LLAN3A", "Licence LLCER Anglais 3e année"),
    ("LLES1A", "Licence LLCER Espagnol 1re année"),
    ("LLES2A", "Licence LLCER Espagnol 2e année"),
    ("LLES3A", "Licence LLCER Espagnol 3e année"),
    ("LLAL1A", "Licence LLCER Allemand 1re année"),
    ("LLAL2A", "Licence LLCER Allemand 2e année"),
    ("LEA1AE", "Licence LEA Anglais-Espagnol 1re année"),
    ("LEA1AA", "Licence LEA Anglais-Allemand 1re année"),
    ("LEA2AE", "Licence LEA Anglais-Espagnol 2e année"),
    ("MBE1EC", "Master 1 Biodiversité parcours Écologie"),
    ("MBE1GE", "Master 1 Biodiversité parcours Génétique des populations"),
    ("MBE2EC", "Master 2 Biodiversité parcours Écologie"),
    ("MBE2GE", "Master 2 Biodiversité parcours Génétique des populations"),
    ("MDA1FI", "Master 1 Droit des affaires formation initiale"),
    ("MDA1AL", "Master 1 Droit des affaires alternance"),
    ("MDA2FI", "Master 2 Droit des affaires parcours Fiscalité"),
    ("MHS1CS", "Master 1 Sociologie parcours Changement social"),
    ("MHS2CS", "Master 2 Sociologie parcours Changement social"),
    ("MEEF1P", "Master 1 MEEF 1er degré"),
    ("MEEF2P", "Master 2 MEEF 1er degré"),
]:
    add("t", c, l, SET)

# ---- PASS: elements and year-level groups (groups belong to the étape) ----
S1 = "sante PS1UEnn (invented)"
pass_ue = ["Chimie, biochimie", "Biologie cellulaire", "Physique, biophysique", "Anatomie",
           "Santé société humanité", "Statistiques, épidémiologie", "Physiologie",
           "Initiation à la connaissance du médicament", "Histologie embryologie",
           "Génétique", "Anglais médical", "Tutorat méthodologie"]
for i, l in enumerate(pass_ue, 1):
    add("e", f"PS1UE{i:02d}", f"UE{i} {l}".upper(), S1)
S1m = "sante mineures PSMInnn (invented)"
for c, l in [("PSMIDR1", "Mineure Droit"), ("PSMIPS1", "Mineure Psychologie"), ("PSMISV1", "Mineure Sciences de la vie"),
             ("PSMIST1", "Mineure STAPS"), ("PSMIMA1", "Mineure Mathématiques")]:
    add("e", c, l.upper(), S1m)
S2 = "sante promo groups PASSTDnn (invented)"
for i in range(1, 25):
    add("g", f"PASSTD{i:02d}", f"PASS TD{i} (groupe de promo)", S2)
for i in range(1, 5):
    add("g", f"PASSTUT{i}", f"PASS Tutorat groupe {i}", S2)
add("g", "PASSDIST", "PASS Groupe CEMU distance (sportifs haut niveau)", S2)
# LAS option santé
S3 = "LAS option sante LASOS-nn / LASnOSGn (invented)"
for i, l in enumerate(["Biologie cellulaire", "Chimie générale", "Anatomie", "Physiologie", "Santé publique", "Biophysique"], 1):
    add("e", f"LASOS-0{i}", f"LAS OPTION SANTE {l}".upper(), S3)
for y in (1, 2):
    for i in range(1, 7):
        add("g", f"LAS{y}OSG{i}", f"LAS{y} option santé groupe {i}", S3)

# ---- DU: modules and kinds of study ----
S4 = "DU modules DUxx-Mnn (invented)"
S5 = "DU kind-of-study groups DUxxnn-DIS/CAM/APP (invented)"
du = {"CG": ["Comptabilité générale", "Gestion financière", "Droit des affaires", "Marketing", "Fiscalité", "Gestion RH", "Management", "Projet professionnel"],
      "PS": ["Clinique du trauma", "Victimologie", "Prise en charge", "Droit des victimes", "Études de cas", "Mémoire"],
      "FL": ["Grammaire FLE", "Expression orale", "Expression écrite", "Culture française", "Préparation DELF"],
      "NU": ["Bureautique", "Culture numérique", "Sécurité informatique", "Certification Pix"],
      "PA": ["Éthique et fin de vie", "Douleur", "Accompagnement des familles", "Travail en équipe"]}
kinds = {"DIS": "Groupe distance CEMU", "CAM": "Groupe présentiel campus", "APP": "Groupe apprentis"}
for d, mods in du.items():
    for i, l in enumerate(mods, 1):
        add("e", f"DU{d}-M{i:02d}", f"DU{d} M{i} {l}".upper(), S4)
        for k, kl in kinds.items():
            add("g", f"DU{d}{i:02d}-{k}", f"DU{d} M{i} {kl}", S5)

# ---- Languages: FAQ-like AN-10A elements, sub-groups CODE-n.m ----
S6 = "LVE AN-nnX (FAQ-like)"
S7 = "LVE sub-groups AN-nnX-n.m (invented)"
for c, l in [("AN-10A", "EC1 Langue Traduction"), ("AN-10B", "EC2 Grammaire anglaise"), ("AN-11A", "Phonétique anglaise"),
             ("AN-11B", "Civilisation britannique"), ("AN-20A", "Thème version L2"), ("AN-20B", "Littérature américaine"),
             ("AN-21A", "Linguistique anglaise"), ("AN-30A", "Traduction spécialisée")]:
    add("e", c, l.upper(), S6)
    for td in (1, 2, 3):
        for sub in (1, 2):
            add("g", f"{c}-{td}.{sub}", f"{c} TD{td} sous-groupe {sub}", S7)
# Spanish / German / LEA elements, year-level numbered groups
S8 = "langues ESPnXnn/ALLnXnn/LEAnXnn (invented)"
S9 = "langues year groups ESPn-TDnX (invented)"
for lang, lab in [("ESP", "ESPAGNOL"), ("ALL", "ALLEMAND")]:
    for y in (1, 2, 3):
        for kind, kl in [("L", "Langue"), ("C", "Civilisation"), ("T", "Traduction")]:
            for n in (1, 2, 3, 4, 5, 6):
                add("e", f"{lang}{y}{kind}{n:02d}", f"{lab} {kl} {y}.{n}".upper(), S8)
        for td in (1, 2, 3, 4):
            for sub in "AB":
                add("g", f"{lang}{y}-TD{td}{sub}", f"{lab} L{y} TD{td} groupe {sub}", S9)
for y in (1, 2):
    for kind, kl in [("A", "Anglais économique"), ("E", "Espagnol économique"), ("D", "Droit commercial international")]:
        for n in (1, 2, 3):
            add("e", f"LEA{y}{kind}{n:02d}", f"LEA {kl} {y}.{n}".upper(), S8)
    for td in (1, 2, 3):
        add("g", f"LEA{y}-TD{td}A", f"LEA L{y} TD{td} groupe A", S9)
        add("g", f"LEA{y}-TD{td}B", f"LEA L{y} TD{td} groupe B", S9)

# ---- Masters with tracks ----
S10 = "master biodiv MBEn.XXn (invented)"
S11 = "master biodiv groups MBEnXX-TYn (invented)"
for y in (1, 2):
    for tr, tl, n in [("TC", "Tronc commun", 4), ("EC", "Écologie", 6), ("GE", "Génétique des populations", 5)]:
        for i in range(1, n + 1):
            add("e", f"MBE{y}.{tr}{i}", f"M{y} BIODIV {tl} {i}".upper(), S10)
        for ty in ("TD", "TP"):
            for i in (1, 2):
                add("g", f"MBE{y}{tr}-{ty}{i}", f"M{y} Biodiv {tl} {ty}{i}", S11)
    add("g", f"MBE{y}-PEC", f"M{y} Biodiv groupe parcours Écologie", S11)
    add("g", f"MBE{y}-PGE", f"M{y} Biodiv groupe parcours Génétique", S11)
S12 = "master droit MnDAFnn/MnDFInn + FI/ALT (invented)"
for y, tr, n in [(1, "DAF", 8), (2, "DFI", 6)]:
    for i in range(1, n + 1):
        c = f"M{y}{tr}{i:02d}"
        add("e", c, f"M{y} {tr} UE{i}", S12)
        add("g", c + "FI", f"{c} formation initiale", S12)
        add("g", c + "ALT", f"{c} Groupe alternants", S12)
S13 = "HSS M.nXXXnC (FAQ)"
for c, l in [("M.1HRP9C", "Sociologie du travail"), ("M.1HRP8C", "Méthodes qualitatives"), ("M.2HRP1C", "Séminaire de recherche"),
             ("M.1.MS03", "Théories chang. social"), ("M.1.MS04", "Enquête de terrain"), ("2HR5C", "Socio. des organisations")]:
    add("e", c, l.upper(), S13)
for c, l in [("M.1HRP9CTD", "Collection TD M.1HRP9C"), ("M.1HRP9CEM", "Groupe emploi du temps M.1HRP9C"),
             ("M.1HRP8CTD", "TD M.1HRP8C"), ("M.1MS03TD1", "TD1 Théories chang. social"), ("M.1MS03TD2", "TD2 Théories chang. social")]:
    add("g", c, l, S13)
S14 = "INSPE 1CAnnn (FAQ)"
for i in range(151, 161):
    add("e", f"1CA{i}", f"MEEF1 UE {i}", S14)
    add("g", f"1CA{i}-G1", f"1CA{i} groupe 1", S14)
    add("g", f"1CA{i}-G2", f"1CA{i} groupe 2", S14)
S15 = "ELP_ pseudo-groups (FAQ)"
for c in ["DUNU-M04", "PS1UE12", "MBE1.TC4", "LASOS-06"]:
    add("g", f"ELP_{c}_CM", f"Pseudo-groupe {c} CM", S15)

UNKNOWN = ["PS1UE13", "DUCG-M09", "ESP2C09", "MBE1.EC9", "PASSTD31", "AN-10C"]
for u in UNKNOWN:
    L[u] = "(inconnu d'APOGÉE)"
    SCHEME[u] = "unknown"

def scheme_of(code):
    return SCHEME[code]

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(__file__), "..", "catalogue.json")
    json.dump({"elements": E, "etapes": T, "groups": G, "unknown": UNKNOWN,
               "labels": {k: v for k, v in L.items() if k not in UNKNOWN}}, open(out, "w"), ensure_ascii=False, indent=1)
    print(len(E), len(T), len(G), len(UNKNOWN))
