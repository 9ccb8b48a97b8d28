"""Catalogue of the codes 'the university knows' for train-aa (invented + FAQ-shaped schemes)."""

elements, etapes, groups, unknown, labels = [], [], [], [], {}


def E(code, lab):
    elements.append(code); labels[code] = lab


def T(code, lab):
    etapes.append(code); labels[code] = lab


def G(code, lab):
    assert len(code) <= 10, code
    groups.append(code); labels[code] = lab


ORD = {1: "1re", 2: "2e", 3: "3e"}

# --- Droit (invented): JU + year + 3 letters + semester ; groups -T1..-T6 (TD with day), -D (EAD CEMU)
T("JUCAP", "Capacité en Droit")
for y in (1, 2, 3):
    T(f"JUDL{y}", f"Licence Droit {ORD[y]} année")
DAYS = {1: "lundi 8h", 2: "lundi 14h", 3: "mardi 10h", 4: "mercredi 8h", 5: "jeudi 16h", 6: "vendredi 10h"}
JU = {
    "JU1CIV1": "DROIT CIVIL 1", "JU1CON1": "DROIT CONSTITUTIONNEL 1", "JU1HIS1": "HISTOIRE DU DROIT",
    "JU1MET1": "METHODOLOGIE JURIDIQUE", "JU1CIV2": "DROIT CIVIL 2", "JU1CON2": "DROIT CONSTITUTIONNEL 2",
    "JU2OBL3": "DROIT DES OBLIGATIONS 1", "JU2ADM3": "DROIT ADMINISTRATIF 1", "JU2PEN3": "DROIT PENAL GENERAL",
    "JU2OBL4": "DROIT DES OBLIGATIONS 2", "JU2ADM4": "DROIT ADMINISTRATIF 2", "JU2FIN4": "FINANCES PUBLIQUES",
    "JU3AFF5": "DROIT DES AFFAIRES", "JU3FIS5": "DROIT FISCAL", "JU3TRV5": "DROIT DU TRAVAIL",
    "JU3LIB6": "LIBERTES FONDAMENTALES", "JU3INT6": "DROIT INTERNATIONAL PUBLIC", "JU3AFF6": "DROIT DES SOCIETES",
}
for c, l in JU.items():
    E(c, l)
    for n in range(1, 7):
        G(f"{c}-T{n}", f"TD{n} {l} ({DAYS[n]})")
    G(f"{c}-D", f"Groupe EAD CEMU {l}")

# --- BUT GEA (invented): GE + semester + R/S + nn ; groups TD1 TD2 TP1A TP1B TP2A TP2B, ALT (S3/S5)
for y in (1, 2, 3):
    T(f"GEB{y}", f"BUT GEA {ORD[y]} année")
GE = {1: ["Fondamentaux du management", "Environnement économique", "Expression communication",
          "Anglais", "Fondamentaux de la comptabilité", "Tableur et outils numériques", "Droit des affaires",
          "Techniques quantitatives", "Fondamentaux du marketing", "Projet personnel et professionnel"],
      3: ["Management des organisations", "Comptabilité approfondie", "Fiscalité", "Contrôle de gestion",
          "Gestion des ressources humaines", "Anglais des affaires", "Droit du travail", "Analyse financière"],
      5: ["Stratégie", "Audit", "Paie et déclarations sociales", "Pilotage de la performance", "Anglais professionnel"]}
for s, libs in GE.items():
    for i, l in enumerate(libs, 1):
        c = f"GE{s}R{i:02d}"
        E(c, f"R{s}.{i:02d} {l}")
        for g in ("TD1", "TD2", "TP1A", "TP1B", "TP2A", "TP2B"):
            G(c + g, g)
        if s > 1:
            G(c + "ALT", "Groupe alternants")
    for i in range(1, 4):
        E(f"GE{s}S{i:02d}", f"SAE {s}.{i:02d}")

# --- Sciences de la vie (invented): SVT + semester + nn + letter ; groups -G1..-G4 (TD), -P1..-P6 (TP)
for y in (1, 2, 3):
    T(f"SVL{y}", f"Licence Sciences de la Vie {ORD[y]} année")
SV = {"SVT101A": "BIOLOGIE CELLULAIRE", "SVT102A": "CHIMIE GENERALE", "SVT103B": "BIOLOGIE VEGETALE",
      "SVT104A": "MATHEMATIQUES POUR LA BIOLOGIE", "SVT305A": "GENETIQUE", "SVT306B": "BIOCHIMIE METABOLIQUE",
      "SVT307A": "ECOLOGIE", "SVT308C": "PHYSIOLOGIE ANIMALE", "SVT511A": "IMMUNOLOGIE",
      "SVT512B": "MICROBIOLOGIE", "SVT513A": "BIOSTATISTIQUES", "SVT514C": "NEUROBIOLOGIE"}
for c, l in SV.items():
    E(c, l)
    for n in range(1, 5):
        G(f"{c}-G{n}", f"TD G{n} {l}")
    for n in range(1, 7):
        G(f"{c}-P{n}", f"TP P{n} {l}")

# --- LLCER anglais (FAQ-shaped, AN-10A): groups -TD1..-TD4, -EAD (TD EAD CEMU)
for y in (1, 2, 3):
    T(f"LLAN{y}", f"Licence LLCER Anglais {ORD[y]} année")
AN = {"AN-10A": "EC1 Langue Traduction", "AN-10B": "Civilisation britannique 1", "AN-11A": "Littérature 1",
      "AN-20A": "Langue Traduction 3", "AN-20B": "Civilisation américaine", "AN-21A": "Littérature 3",
      "AN-30A": "Traduction littéraire", "AN-31C": "Linguistique anglaise"}
for c, l in AN.items():
    E(c, l)
    for n in range(1, 5):
        G(f"{c}-TD{n}", f"TD{n} {l}")
    G(f"{c}-EAD", f"TD EAD CEMU {l}")

# --- LEA (invented): LE- + year + language + nn ; groups A B C
for y in (1, 2, 3):
    T(f"LEAL{y}", f"Licence LEA {ORD[y]} année")
LE = {"LE-1AN01": "Anglais économique 1", "LE-1ES01": "Espagnol économique 1", "LE-2AN03": "Anglais des affaires",
      "LE-2ES04": "Espagnol des affaires", "LE-2EC02": "Economie internationale", "LE-3ES06": "Traduction espagnole",
      "LE-3JU05": "Droit international des contrats", "LE-3AN06": "Négociation en anglais"}
for c, l in LE.items():
    E(c, l)
    for g in "ABC":
        G(c + g, f"Groupe {g} {l}")

# --- IAE (invented): K + M1/M2 + track + nn ; groups FI (initiale), AP (apprentis), FC (continue)
for t, tl in (("CG", "Contrôle de gestion et audit organisationnel"), ("MK", "Marketing")):
    for y in (1, 2):
        T(f"KM{t}{y}", f"Master {y} {tl}")
    for y, n in ((1, 8), (2, 6)):
        for i in range(1, n + 1):
            c = f"KM{y}{t}{i:02d}"
            E(c, f"{'CG' if t == 'CG' else 'MKG'} M{y} UE{i:02d}")
            G(c + "FI", "Formation initiale")
            G(c + "AP", "Groupe apprentis")
            G(c + "FC", "Formation continue")

# --- STAPS (invented): ST + semester + - + nnn ; groups G1..G3 ; options
for y in (1, 2, 3):
    T(f"STL{y}", f"Licence STAPS {ORD[y]} année")
ST = {"ST1-101": "Anatomie", "ST1-102": "Physiologie de l'effort 1", "ST1-103": "Histoire du sport",
      "ST1-104": "Sociologie du sport", "ST1-105": "Pratique APSA 1", "ST1-106": "Méthodologie",
      "ST3-201": "Biomécanique", "ST3-202": "Psychologie du sport", "ST3-203": "Physiologie de l'effort 2",
      "ST3-204": "Entraînement", "ST3-205": "Didactique des APSA", "ST3-206": "UE libre",
      "ST5-301": "Management du sport", "ST5-302": "Statistiques", "ST5-303": "Anglais STAPS",
      "ST5-310": "Spécialisation APSA"}
for c, l in ST.items():
    E(c, l)
    if c == "ST5-310":
        for g, gl in (("NAT", "Option natation"), ("HAN", "Option handball"), ("ESC", "Option escalade")):
            G(c + g, gl)
        continue
    for n in range(1, 4):
        G(f"{c}G{n}", f"TD G{n} {l}")
    if c == "ST3-206":
        G(c + "OPT", "Option badminton (UE libre)")

# --- Géographie (invented): GG + semester + nn + letter ; groups -TD1 -TD2, CEMU
for y in (1, 2, 3):
    T(f"GGL{y}", f"Licence Géographie {ORD[y]} année")
GGE = {"GG105A": "Géographie physique", "GG106B": "Initiation à la cartographie", "GG107A": "Géographie humaine",
       "GG305C": "Cartographie", "GG306A": "Géographie urbaine", "GG307B": "Climatologie",
       "GG507B": "SIG", "GG508A": "Aménagement du territoire"}
for c, l in GGE.items():
    E(c, l)
    for n in (1, 2, 3):
        G(f"{c}-TD{n}", f"TD{n} {l}")
    G(f"{c}CEMU", f"TD CEMU distance {l}")

# --- PASS (invented): PAS-UEn ; groups -Tn (ED)
T("PASS1", "PASS Parcours d'accès spécifique santé")
T("LASSV1", "LAS Sciences de la Vie 1re année")
for i, l in enumerate(["Chimie", "Biologie cellulaire", "Physique biophysique", "Biostatistiques",
                       "Anatomie", "Santé société humanité", "Physiologie", "Initiation à la connaissance du médicament"], 1):
    c = f"PAS-UE{i}"
    E(c, f"UE{i} {l}")
    for n in range(1, 9):
        G(f"{c}-T{n}", f"ED{n} UE{i}")
for c, l in (("PAS-MDR", "Mineure Droit"), ("PAS-MSV", "Mineure Sciences de la vie")):
    E(c, l)

# --- HSS sociologie masters (FAQ-shaped, M.1.MS03): groups G1 (mardi) G2 (jeudi)
for y in (1, 2):
    T(f"M{y}SOC", f"Master {y} Sociologie")
MS = {"M.1.MS01": "Théories sociologiques", "M.1.MS02": "Méthodes qualitatives", "M.1.MS03": "Théories du changement social",
      "M.1.MS04": "Sociologie du travail", "M.1.MS05": "Enquête de terrain", "M.1.MS06": "Anglais sciences sociales",
      "M.2.MS01": "Séminaire de recherche", "M.2.MS02": "Sociologie politique", "M.2.MS03": "Mémoire", "M.2.MS04": "Stage"}
for c, l in MS.items():
    E(c, l)
    G(c + "G1", f"Groupe 1 {l} (mardi)")
    G(c + "G2", f"Groupe 2 {l} (jeudi)")

# --- INSPE (FAQ-shaped, 1CA153): groups G1..G3, CEMU (distance)
T("MEF1PE", "Master 1 MEEF 1er degré")
T("MEF2PE", "Master 2 MEEF 1er degré")
IN = {"1CA151": "Français", "1CA152": "Mathématiques", "1CA153": "Analyse du contexte", "1CA154": "Sciences",
      "1CA155": "Histoire géographie", "1CA156": "Arts", "1CA157": "EPS", "1CA158": "Recherche",
      "2CA151": "Mémoire", "2CA152": "Stage en responsabilité", "2CA153": "Analyse de pratique"}
for c, l in IN.items():
    E(c, l)
    for n in (1, 2, 3):
        G(f"{c}G{n}", f"Groupe {n} {l}")
    G(f"{c}CEMU", f"Groupe CEMU distance {l}")

# --- DU FLE (invented): FL + CEFR level + skill ; groups G1 G2
T("DUFLE", "DU Français langue étrangère")
for lv in ("A2", "B1", "B2", "C1"):
    for sk, sl in (("ORAL", "Expression orale"), ("ECRI", "Expression écrite"), ("CIVI", "Civilisation")):
        c = f"FL{lv}{sk}"
        E(c, f"FLE {lv} {sl}")
        G(c + "G1", f"Groupe 1 FLE {lv}")
        G(c + "G2", f"Groupe 2 FLE {lv}")

unknown += ["JU2OBL5", "GG204B", "M.1.MS09"]


def scheme_of(code):
    c = code
    if c.startswith("JU"):
        return "droit JUnXXXs (invented)"
    if c.startswith("GE"):
        return "BUT GEA GEsRnn (invented)"
    if c.startswith("SV"):
        return "sciences de la vie SVTsnnX (invented)"
    if c.startswith("AN-") or c.startswith("LLAN"):
        return "LLCER anglais AN-nnX (FAQ)"
    if c.startswith("LE"):
        return "LEA LE-nXXnn (invented)"
    if c.startswith("KM"):
        return "IAE KMnXXnn (invented)"
    if c.startswith("ST"):
        return "STAPS STs-nnn (invented)"
    if c.startswith("GG"):
        return "géographie GGsnnX (invented)"
    if c.startswith("PAS") or c.startswith("LAS"):
        return "PASS PAS-UEn (invented)"
    if c.startswith("M.") or c.endswith("SOC"):
        return "sociologie M.n.MSnn (FAQ)"
    if c[0] in "12" or c.startswith("MEF"):
        return "INSPE nCAnnn (FAQ)"
    if c.startswith("FL") or c == "DUFLE":
        return "DU FLE FLlvSKIL (invented)"
    raise ValueError(c)
