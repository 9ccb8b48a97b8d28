"""Catalogue of the codes 'the university knows' for heldout-18, with their schemes."""

ELEMENTS, ETAPES, GROUPS, UNKNOWN = [], [], [], []
LABELS, SCHEME = {}, {}


def el(code, label, scheme):
    ELEMENTS.append(code); LABELS[code] = label; SCHEME[code] = scheme


def et(code, label, scheme):
    ETAPES.append(code); LABELS[code] = label; SCHEME[code] = scheme


def gp(code, label, scheme):
    assert len(code) <= 10, code
    GROUPS.append(code); LABELS[code] = label; SCHEME[code] = scheme


def unk(code, scheme):
    UNKNOWN.append(code); SCHEME[code] = scheme


ORD = {1: "1re", 2: "2e", 3: "3e"}

# --- A. Géographie (invented): GEOy-ynn, groups GEOy-ynnTk / EA
S_GEO = "geo GEOn-nnn (invented)"
GEO_T = ["Cartographie", "Géographie physique", "Géographie humaine", "Climatologie",
         "Démographie", "SIG initiation", "Géomorphologie", "Aménagement du territoire",
         "Statistiques pour géographes", "Géographie rurale", "Biogéographie", "Terrain"]
for y in (1, 2, 3):
    et(f"LGEO{y}", f"Licence Géographie {ORD[y]} année", S_GEO)
    for n, t in enumerate(GEO_T, 1):
        c = f"GEO{y}-{y}{n:02d}"
        el(c, f"{t.upper()} {y}", S_GEO)
        for k in (1, 2, 3):
            gp(f"{c}T{k}", f"TD{k} {t.upper()} {y}", S_GEO)
        gp(f"{c}EA", f"Groupe CEMU EAD {t} {y}", S_GEO)
unk("GEO2-299", S_GEO); unk("GEO3-313", S_GEO)

# --- B. BUT GEA Lisieux (invented): 71GSs.nn ; groups per semester 71Gs-TDk / TPkA / ALT
S_GEA = "but-gea 71GSn.nn digits first (invented)"
GEA_T = ["Comptabilité financière", "Droit des affaires", "Marketing", "Economie générale",
         "Expression communication", "Anglais des affaires", "Tableur et bases de données",
         "Contrôle de gestion"]
for y in (1, 2, 3):
    et(f"BGEA{y}", f"BUT GEA {ORD[y]} année Lisieux", S_GEA)
for s in range(1, 7):
    for n, t in enumerate(GEA_T, 1):
        el(f"71GS{s}.{n:02d}", f"{t} S{s}", S_GEA)
    for k in (1, 2, 3):
        gp(f"71G{s}-TD{k}", f"TD{k} GEA S{s}", S_GEA)
    for k in ("1A", "1B", "2A", "2B"):
        gp(f"71G{s}-TP{k}", f"TP{k} GEA S{s}", S_GEA)
    gp(f"71G{s}-ALT", f"Groupe alternants GEA S{s}", S_GEA)
unk("71GS7.01", S_GEA)

# --- C. Master Chimie (invented): MCH-y-nn ; groups MCHy-TPk
S_MCH = "chimie MCH-n-nn (invented)"
MCH_T = ["Chimie organique avancée", "Spectroscopies", "Catalyse", "Chimie analytique",
         "Electrochimie", "Anglais scientifique", "Projet bibliographique", "Chimie des matériaux",
         "Modélisation moléculaire", "Sécurité au laboratoire"]
et("MCHI1", "Master 1 Chimie", S_MCH)
et("MCHI2", "Master 2 Chimie Moléculaire", S_MCH)
for y in (1, 2):
    for n, t in enumerate(MCH_T, 1):
        el(f"MCH-{y}-{n:02d}", f"{t.upper()}", S_MCH)
    for k in (1, 2, 3, 4):
        gp(f"MCH{y}-TP{k}", f"TP{k} Master {y} Chimie", S_MCH)
    gp(f"MCH{y}-ALT", f"Groupe alternants M{y} Chimie", S_MCH)
unk("MCH-3-02", S_MCH)

# --- D. PASS (invented): P1.UEnn ; groups PASS-TDnn / PASS-EAD
S_PASS = "pass P1.UEnn (invented)"
PASS_T = ["Chimie générale", "Biologie cellulaire", "Biochimie", "Physique biophysique",
          "Anatomie", "Santé société humanité", "Biostatistiques", "Histologie embryologie",
          "Initiation connaissance médicament", "Physiologie", "Anglais santé", "Mineure droit"]
et("PASS1", "PASS Parcours Accès Spécifique Santé", S_PASS)
for n, t in enumerate(PASS_T, 1):
    el(f"P1.UE{n:02d}", f"UE{n} {t}", S_PASS)
for k in range(1, 21):
    gp(f"PASS-TD{k:02d}", f"TD{k:02d} PASS", S_PASS)
gp("PASS-EAD", "Groupe CEMU PASS à distance", S_PASS)
unk("P1.UE14", S_PASS)

# --- E. LEA (invented): LEALLyn ; groups LEALLyn-k
S_LEA = "lea LEAxxNN letters then digits (invented)"
LEA_L = {"AN": "Anglais", "ES": "Espagnol", "AL": "Allemand", "IT": "Italien"}
LEA_K = {1: "Grammaire", 2: "Traduction", 3: "Civilisation"}
for y in (1, 2, 3):
    et(f"LEA{y}", f"Licence LEA {ORD[y]} année", S_LEA)
    for l, ln in LEA_L.items():
        for n, kn in LEA_K.items():
            c = f"LEA{l}{y}{n}"
            el(c, f"{ln.upper()} {kn.upper()} {y}", S_LEA)
            gp(f"{c}-1", f"TD1 {ln} {kn} L{y}", S_LEA)
            gp(f"{c}-2", f"TD2 {ln} {kn} L{y}", S_LEA)
unk("LEAAN34", S_LEA)

# --- F. DU FOAD (invented): D.XXX.nn ; groups D.XXX.FOAD
S_DU = "du D.XXX.nn double dot (invented)"
et("DUNUM", "DU Compétences numériques (FOAD)", S_DU)
et("DUCGE", "DU Capacité de Gestion des Entreprises FOAD", S_DU)
for n, t in enumerate(["Bureautique avancée", "Culture numérique", "Données et tableurs",
                       "Communication en ligne", "Projet tutoré", "Sécurité informatique"], 1):
    el(f"D.NUM.{n:02d}", t, S_DU)
for n, t in enumerate(["Gestion comptable", "Droit du travail", "Fiscalité", "Gestion RH",
                       "Mémoire"], 1):
    el(f"D.CGE.{n:02d}", t, S_DU)
gp("D.NUM.FOAD", "Groupe CEMU FOAD DU Numérique", S_DU)
gp("D.CGE.FOAD", "Groupe CEMU FOAD DU CGE", S_DU)
gp("D.CGE.PRES", "Groupe présentiel DU CGE", S_DU)

# --- G. Doctorat (invented): 98ED.Fnn
S_ED = "ed 98ED.Fnn digits first (invented)"
et("DOC98", "Doctorat ED 98 Normandie Humanités", S_ED)
for n, t in enumerate(["Ethique de la recherche", "Science ouverte", "Rédaction scientifique anglais",
                       "Zotero et bibliographie", "Insertion professionnelle", "Pédagogie universitaire",
                       "Intégrité scientifique", "Communication orale", "Données de la recherche"], 1):
    el(f"98ED.F{n:02d}", t, S_ED)
unk("98ED.F15", S_ED)

# --- H. STAPS (invented): STPyn-k ; groups STPyn-kTDj
S_STP = "staps STPnn-n dash digit last (invented)"
STP_T = {1: "Physiologie de l'effort", 2: "Sports collectifs", 3: "Anatomie fonctionnelle"}
for y in (1, 2, 3):
    et(f"STAPL{y}", f"Licence STAPS {ORD[y]} année", S_STP)
    for n, t in STP_T.items():
        for k in (1, 2, 3):
            c = f"STP{y}{n}-{k}"
            el(c, f"{t.upper()} {y}.{k}", S_STP)
            gp(f"{c}TD1", f"TD1 {t} {y}.{k}", S_STP)
            gp(f"{c}TD2", f"TD2 {t} {y}.{k}", S_STP)
gp("STAPS-ALT", "Groupe alternants STAPS L3 APAS", S_STP)
unk("STP41-1", S_STP)

# --- I. Psychologie (invented): PSY-Dnnn (distance) / PSY-Pnnn ; groups PSYDnnnEAD / PSYPnnnTDk
S_PSY = "psycho PSY-Dnnn / PSY-Pnnn (invented)"
PSY_T = ["Psychologie sociale", "Psychologie du développement", "Neuropsychologie",
         "Méthodologie expérimentale", "Psychopathologie", "Statistiques en psychologie"]
for y in (1, 2, 3):
    et(f"PSYL{y}", f"Licence Psychologie {ORD[y]} année", S_PSY)
    et(f"PSYL{y}D", f"Licence Psychologie {ORD[y]} année à distance", S_PSY)
    for n, t in enumerate(PSY_T, 1):
        d, p = f"PSY-D{y}{n:02d}", f"PSY-P{y}{n:02d}"
        el(d, f"{t} {y} (EAD)", S_PSY)
        el(p, f"{t} {y}", S_PSY)
        gp(f"PSYD{y}{n:02d}EAD", f"Groupe CEMU EAD {t} {y}", S_PSY)
        gp(f"PSYP{y}{n:02d}TD1", f"TD1 {t} {y}", S_PSY)
        gp(f"PSYP{y}{n:02d}TD2", f"TD2 {t} {y}", S_PSY)

# --- J. BUT Informatique Ifs (invented): IFsRs0n (resource), IFsSAEn ; groups IFs-TDk/TPkX/ALT
S_INF = "but-info IFnRnnn resource-coded (invented)"
INF_T = {1: "Initiation au développement", 2: "Développement interfaces web",
         3: "Introduction architecture", 4: "Introduction systèmes", 5: "Introduction bases de données",
         6: "Mathématiques discrètes", 7: "Outils mathématiques", 8: "Gestion de projet"}
for y in (1, 2, 3):
    et(f"BINF{y}", f"BUT Informatique {ORD[y]} année Ifs", S_INF)
for s in (1, 2, 3):
    for n, t in INF_T.items():
        el(f"IF{s}R{s}0{n}", f"R{s}.0{n} {t}", S_INF)
    el(f"IF{s}SAE1", f"SAE {s}.01", S_INF)
    for k in (1, 2, 3):
        gp(f"IF{s}-TD{k}", f"TD{k} BUT Info S{s}", S_INF)
    for k in ("1A", "1B", "2A", "2B", "3A"):
        gp(f"IF{s}-TP{k}", f"TP{k} BUT Info S{s}", S_INF)
    gp(f"IF{s}-ALT", f"Groupe alternants BUT Info S{s}", S_INF)
unk("IF1R199", S_INF)

# --- K. INSPE (FAQ scheme): 1CAnnn / 2CAnnn ; groups 1CAnnnGk
S_INS = "inspe 1CAnnn (FAQ)"
et("MEEF1D", "Master 1 MEEF 1er degré", S_INS)
et("MEEF2D", "Master 2 MEEF 1er degré", S_INS)
for n, t in [(151, "Didactique du français"), (152, "Didactique des mathématiques"),
             (153, "Analyse du contexte"), (154, "Sciences et technologie"), (155, "EPS à l'école"),
             (156, "Arts plastiques"), (157, "Langue vivante étrangère"), (158, "Stage d'observation")]:
    el(f"1CA{n}", t, S_INS); el(f"2CA{n + 100}", t + " M2", S_INS)
    for k in (1, 2, 3):
        gp(f"1CA{n}G{k}", f"Groupe {k} {t}", S_INS)

# --- L. LVE (FAQ scheme): AN-nnX ; groups AN-nnX-TDk
S_LVE = "lve AN-nnX (FAQ)"
et("LLCEA1", "Licence LLCER Anglais 1re année", S_LVE)
et("LLCEA2", "Licence LLCER Anglais 2e année", S_LVE)
for lang in ("AN", "ES"):
    for nn in (10, 11, 20, 21):
        for x in "ABC":
            c = f"{lang}-{nn}{x}"
            el(c, f"EC{x} {'Langue' if lang == 'AN' else 'Lengua'} {nn}", S_LVE)
            for k in (1, 2):
                gp(f"{c}-TD{k}", f"TD{k} {c}", S_LVE)

# --- M. HSS (FAQ scheme): M.1HRPnC ; collections
S_HSS = "hss M.1XXXnX (FAQ)"
et("MHIS1", "Master 1 Histoire", S_HSS)
for n in range(3, 10):
    el(f"M.1HRP{n}C", f"Historiographie {n}", S_HSS)
    gp(f"M.1HRP{n}CTD", f"TD Historiographie {n}", S_HSS)
    gp(f"M.1HRP{n}CEM", f"Groupe EM Historiographie {n}", S_HSS)
el("2HR5C", "Historiographie (porté)", S_HSS)
el("M.1.MS03", "Théories chang. social", S_HSS)
el("M.1.MS04", "Sociologie des organisations", S_HSS)

# --- N. Droit (FAQ scheme): RCAEDnnn ; groups RCAnnnTDk
S_DRT = "droit RCAEDnnn (FAQ)"
et("LDRT3", "Licence Droit 3e année", S_DRT)
et("LDRT2", "Licence Droit 2e année", S_DRT)
for n, t in [(330, "Droit administratif"), (331, "Droit des obligations"), (332, "Droit pénal"),
             (333, "Droit fiscal"), (334, "Droit du travail"), (335, "Libertés fondamentales"),
             (336, "Droit commercial"), (337, "Droit international public")]:
    el(f"RCAED{n}", t.upper(), S_DRT)
    for k in (1, 2, 3, 4):
        gp(f"RCA{n}TD{k}", f"TD{k} {t.upper()}", S_DRT)
    gp(f"RCA{n}EAD", f"Groupe CEMU {t}", S_DRT)
unk("RCAED399", S_DRT)


def catalogue():
    return {"elements": ELEMENTS, "etapes": ETAPES, "groups": GROUPS, "unknown": UNKNOWN,
            "labels": LABELS}


if __name__ == "__main__":
    print(len(ELEMENTS), len(ETAPES), len(GROUPS), len(UNKNOWN))
