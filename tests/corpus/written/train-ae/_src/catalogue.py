"""Build catalogue.json for train-ae: the codes the (fictional) university knows."""
import json

cat = {"elements": [], "etapes": [], "groups": [], "unknown": [], "labels": {}}


def add(kind, code, label):
    assert code not in cat["labels"], code
    cat[kind].append(code)
    cat["labels"][code] = label


# --- UFR Sciences (invented): BIO.2.12, groups BIO212TD2 / BIO212TP3 / BIO212CM ---
SCI_TITLES = {
    "BIO": ["BIOLOGIE CELLULAIRE", "GENETIQUE MOLECULAIRE", "BIOCHIMIE METABOLIQUE",
            "PHYSIOLOGIE ANIMALE", "ECOLOGIE DES POPULATIONS", "IMMUNOLOGIE",
            "MICROBIOLOGIE", "BIOLOGIE VEGETALE", "EVOLUTION"],
    "CHM": ["CHIMIE GENERALE", "ATOMISTIQUE", "THERMOCHIMIE", "CHIMIE ORGANIQUE 2",
            "CHIMIE ANALYTIQUE", "SPECTROSCOPIES", "CHIMIE DES SOLUTIONS",
            "CHIMIE INORGANIQUE", "CINETIQUE CHIMIQUE"],
    "PHY": ["MECANIQUE DU POINT", "ELECTROCINETIQUE", "THERMODYNAMIQUE", "ONDES",
            "ELECTROMAGNETISME", "OPTIQUE ONDULATOIRE", "MECANIQUE QUANTIQUE",
            "PHYSIQUE STATISTIQUE", "RELATIVITE"],
}
SPECIAL = {("BIO", 1, 11): "BIOLOGIE CELLULAIRE", ("BIO", 2, 12): "GENETIQUE MOLECULAIRE",
           ("BIO", 2, 14): "PHYSIOLOGIE ANIMALE", ("BIO", 3, 16): "IMMUNOLOGIE",
           ("BIO", 3, 17): "MICROBIOLOGIE APPLIQUEE", ("CHM", 1, 10): "CHIMIE GENERALE",
           ("CHM", 2, 13): "CHIMIE ORGANIQUE 2", ("PHY", 2, 15): "OPTIQUE ONDULATOIRE"}
for pref in ("BIO", "CHM", "PHY"):
    for y in (1, 2, 3):
        for i, n in enumerate(range(10, 19)):
            title = SPECIAL.get((pref, y, n)) or (SCI_TITLES[pref][i] + " " + str(y))
            code = f"{pref}.{y}.{n}"
            add("elements", code, title)
            short = title[:16]
            add("groups", f"{pref}{y}{n}CM", f"CM {short}")
            for k in (1, 2, 3):
                add("groups", f"{pref}{y}{n}TD{k}", f"TD{k} {short}")
            for k in (1, 2, 3, 4):
                add("groups", f"{pref}{y}{n}TP{k}", f"TP{k} {short}")
for y, o in ((1, "1re"), (2, "2e"), (3, "3e")):
    add("etapes", f"SVL{y}", f"Licence Sciences de la Vie {o} année")
    add("etapes", f"CHL{y}", f"Licence Chimie {o} année")
    add("etapes", f"PHL{y}", f"Licence Physique {o} année")

# --- IUT Grand Ouest Normandie, BUT (invented): GEA-R305, groups per semester GEAS3-TD3 ---
BUT = {"GEA": ["Fiscalité", "Comptabilité", "Droit des affaires", "Marketing", "Gestion RH",
               "Anglais", "Contrôle de gestion", "Finance"],
       "INF": ["Développement", "Bases de données", "Architecture", "Systèmes", "Réseaux",
               "Mathématiques discrètes", "Anglais", "Gestion de projet"]}
for dep, titles in BUT.items():
    for s in range(1, 7):
        for r in range(1, 9):
            t = titles[(r + s) % 8]
            if (dep, s, r) == ("GEA", 3, 5):
                t = "Fiscalité"
            if (dep, s, r) == ("INF", 1, 4):
                t = "Introduction aux bases de données"
            add("elements", f"{dep}-R{s}0{r}", f"R{s}.0{r} {t}")
        for r in (1, 2):
            add("elements", f"{dep}-S{s}0{r}", f"SAÉ {s}.0{r} Projet {dep}")
        for k in (1, 2, 3, 4):
            add("groups", f"{dep}S{s}-TD{k}", f"TD{k} S{s} BUT {dep}")
            for ab in "AB":
                add("groups", f"{dep}S{s}-TP{k}{ab}", f"TP{k}{ab} S{s} BUT {dep}")
        if s >= 3:
            add("groups", f"{dep}S{s}-ALT", f"Groupe alternants S{s} BUT {dep}")
    for y, o in ((1, "1re"), (2, "2e"), (3, "3e")):
        lib = "GEA" if dep == "GEA" else "Informatique"
        add("etapes", f"B{dep}{y}", f"BUT {lib} {o} année")

# --- IAE Caen (invented): IM1MKT04 + groups FI / AL / FC ---
IAE = {"IM1MKT": ("Marketing", ["Études de marché", "Comportement du consommateur", "Marketing stratégique",
                                "Marketing digital", "Communication", "Anglais des affaires"]),
       "IM2MKT": ("Marketing", ["Brand management", "Data marketing", "Marketing international",
                                "Négociation", "Mémoire", "Stratégie omnicanale"]),
       "IM1FIN": ("Finance", ["Finance d'entreprise", "Analyse financière", "Marchés financiers",
                              "Contrôle de gestion", "Fiscalité", "Économétrie"]),
       "IM2RHU": ("RH", ["GPEC", "Droit social", "Paie", "Recrutement", "Management interculturel",
                         "SIRH"]),
       "IL3GES": ("Gestion", ["Management", "Statistiques", "Comptabilité de gestion", "Droit des sociétés",
                              "Marketing", "Anglais", "Finance", "Projet tutoré"])}
for pref, (_, titles) in IAE.items():
    for i, t in enumerate(titles, 1):
        code = f"{pref}0{i}"
        add("elements", code, t.upper())
        add("groups", code + "FI", f"Groupe formation initiale {code[-5:]}")
        add("groups", code + "AL", f"Groupe alternants {code[-5:]}")
        add("groups", code + "FC", f"Groupe formation continue {code[-5:]}")
for code, lab in (("IAM1MK", "Master 1 Marketing"), ("IAM2MK", "Master 2 Marketing"),
                  ("IAM1FI", "Master 1 Finance"), ("IAM2RH", "Master 2 Ressources humaines"),
                  ("IAL3GE", "Licence 3 Gestion (IAE)")):
    add("etapes", code, lab)

# --- ESIX Normandie (invented): X2.INF.4, groups X2INF4-G2 ---
ESX = {"INF": ["ALGORITHMIQUE", "PROGRAMMATION C", "RESEAUX", "ALGORITHMIQUE AV", "COMPILATION", "SECURITE"],
       "ELE": ["ELECTRONIQUE NUM", "AUTOMATIQUE", "SIGNAL", "CAPTEURS", "EMBARQUE", "PUISSANCE"],
       "MEC": ["RDM", "MECA FLUIDES", "CAO", "THERMIQUE", "MATERIAUX", "VIBRATIONS"]}
for y in (1, 2, 3):
    for dep, titles in ESX.items():
        for n in range(1, 7):
            code = f"X{y}.{dep}.{n}"
            add("elements", code, f"{titles[n - 1]} {y}A")
            for k in (1, 2, 3):
                add("groups", f"X{y}{dep}{n}-G{k}", f"G{k} {titles[n - 1]}")
        lib = {"INF": "Informatique", "ELE": "Électronique", "MEC": "Génie mécanique"}[dep]
        o = {1: "1re", 2: "2e", 3: "3e"}[y]
        add("etapes", f"EX{dep[:2]}{y}", f"Ingénieur ESIX {lib} {o} année")

# --- INSPE, MEEF (invented): M1PE-405, groups M1PE405ED2 ---
for m in (1, 2):
    for ue in range(1, 7):
        for ec in range(1, 6):
            code = f"M{m}PE-{ue}0{ec}"
            t = {(1, 4, 5): "DIDACTIQUE DU FRANCAIS", (1, 3, 1): "DIDACTIQUE DES MATHS",
                 (1, 2, 3): "SCIENCES ET TECHNO", (2, 2, 3): "ECRIT REFLEXIF"}.get(
                     (m, ue, ec), f"UE{ue} EC{ec} MEEF PE M{m}")
            add("elements", code, t)
            for k in (1, 2, 3, 4):
                add("groups", f"M{m}PE{ue}0{ec}ED{k}", f"ED{k} {t[:20]}")
add("etapes", "MEF1PE", "Master 1 MEEF 1er degré")
add("etapes", "MEF2PE", "Master 2 MEEF 1er degré")
add("etapes", "MEF1SD", "Master 1 MEEF 2nd degré")

# --- UFR Droit (invented): DL2CST1, groups DL2CST1-G2 ---
DRT = {1: [("CIV1", "DROIT CIVIL 1"), ("CIV2", "DROIT CIVIL 2"), ("CST1", "DROIT CONSTIT 1"),
           ("HIS1", "HISTOIRE DU DROIT")],
       2: [("CST1", "DROIT CONSTIT 2"), ("ADM1", "DROIT ADMINISTRATIF 1"), ("OBL1", "DROIT DES OBLIGATIONS"),
           ("FIN1", "FINANCES PUBLIQUES")],
       3: [("PEN1", "DROIT PENAL GENERAL"), ("AFF1", "DROIT DES AFFAIRES"), ("TRA1", "DROIT DU TRAVAIL"),
           ("INT1", "DROIT INTERNATIONAL")]}
for y, lst in DRT.items():
    for c, t in lst:
        code = f"DL{y}{c}"
        add("elements", code, t)
        for k in range(1, 7):
            add("groups", f"{code}-G{k}", f"TD G{k} {t}")
    add("etapes", f"DRTL{y}", f"Licence Droit {['', '1re', '2e', '3e'][y]} année")

# --- Géographie (invented): GG3-E05, groups GG3E05P1 ---
GEO = ["INTRO GEOGRAPHIE", "CLIMATOLOGIE", "GEOMORPHOLOGIE", "DEMOGRAPHIE", "CARTOGRAPHIE",
       "SIG", "GEOGRAPHIE URBAINE", "GEOGRAPHIE RURALE", "TERRAIN", "AMENAGEMENT"]
for y in (1, 2, 3):
    for n in range(1, 11):
        code = f"GG{y}-E{n:02d}"
        add("elements", code, f"{GEO[n - 1]} {y}")
        for k in (1, 2, 3):
            add("groups", f"GG{y}E{n:02d}P{k}", f"P{k} {GEO[n - 1]}")
    add("etapes", f"GGL{y}", f"Licence Géographie {['', '1re', '2e', '3e'][y]} année")

# --- STAPS (invented): STP1-004, groups STP1004TD2 ---
STP = ["ANATOMIE", "HISTOIRE DU SPORT", "PSYCHOLOGIE", "PHYSIOLOGIE", "SOCIOLOGIE",
       "PHYSIOLOGIE DE L'EFFORT", "BIOMECANIQUE", "APSA NATATION", "APSA ATHLETISME", "METHODOLOGIE"]
for y in (1, 2, 3):
    for n in range(1, 11):
        code = f"STP{y}-0{n:02d}"
        t = STP[n - 1] if not (y == 2 and n == 6) else "PHYSIOLOGIE DE L'EFFORT"
        if y != 2 and n == 6:
            t = "ENTRAINEMENT"
        add("elements", code, f"{t} {y}")
        for k in (1, 2, 3, 4):
            add("groups", f"STP{y}0{n:02d}TD{k}", f"TD{k} {t}")
    add("etapes", f"STAPL{y}", f"Licence STAPS {['', '1re', '2e', '3e'][y]} année")

# --- FAQ schemes (not invented) ---
for code, t in (("M.1HRP9C", "HISTOIRE DES RELATIONS PRO"), ("2HR5C", "HIST RELATIONS PRO"),
                ("M.1HRP8C", "HISTOIRE SOCIALE"), ("M.1HRP7C", "SOCIOLOGIE DU TRAVAIL"),
                ("M.1.MS03", "THEORIES CHANG. SOCIAL"), ("M.1.MS04", "METHODES QUALITATIVES")):
    add("elements", code, t)
add("groups", "M.1HRP9CTD", "TD HIST RELATIONS PRO")
add("groups", "M.1HRP9CEM", "EM HIST RELATIONS PRO")
for code, t in (("AN-10A", "EC1 Langue Traduction"), ("AN-10B", "EC2 Langue Oral"),
                ("AN-11A", "Littérature britannique"), ("AN-11B", "Civilisation américaine"),
                ("AN-12A", "Phonétique")):
    add("elements", code, t)
add("etapes", "LLAN1", "Licence LLCER Anglais 1re année")
for n, t in ((151, "Connaissance du système éducatif"), (152, "Éthique"), (153, "Analyse du contexte"),
             (154, "Polyvalence"), (155, "Numérique éducatif")):
    add("elements", f"1CA{n}", t)
add("elements", "RCAED334", "COMPTABILITE APPROFONDIE")
add("groups", "ELP_RCAED334_CM", "Pseudo-groupe CM RCAED334")
add("elements", "IRAN-15", "IRAN CONTEMPORAIN")
add("groups", "IRAN15CEMU", "Groupe CEMU EAD IRAN-15")

# --- unknown to APOGÉE: archived or never existed ---
for code, t in (("GEO3E05", "archived: replaced by GG3-E05 in 2026"),
                ("SV2GM12", "archived: replaced by BIO.2.12"),
                ("X2INFO4", "archived ESIX scheme, replaced by X2.INF.4"),
                ("STP1-011", "does not exist (student's invention)"),
                ("GEA-R310", "does not exist: BUT GEA S3 has R3.01 to R3.08")):
    cat["unknown"].append(code)
    cat["labels"][code] = t

if __name__ == "__main__":
    import os
    out = os.path.join(os.path.dirname(__file__), "..", "catalogue.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
    print({k: len(v) for k, v in cat.items()})
