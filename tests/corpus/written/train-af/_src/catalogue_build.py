"""Builds catalogue.json for writer BD (train-af): the codes the university 'knows'."""
import json, os

E, T, G, L = [], [], [], {}

def el(code, label):
    E.append(code); L[code] = label

def et(code, label):
    T.append(code); L[code] = label

def gp(code, label):
    G.append(code); L[code] = label

# ---- étapes
for c, l in [
    ("PASS01", "PASS - Parcours d'accès spécifique santé"),
    ("LAS1DR", "LAS 1 Droit (option accès santé)"),
    ("LAS1SV", "LAS 1 Sciences de la vie"),
    ("LAS1PS", "LAS 1 Psychologie"),
    ("LAS2DR", "LAS 2 Droit"),
    ("LAS2SV", "LAS 2 Sciences de la vie"),
    ("LAS2PS", "LAS 2 Psychologie"),
    ("STAL1", "Licence STAPS 1re année"),
    ("STAL2", "Licence STAPS 2e année"),
    ("STL3ES", "Licence STAPS 3e année Entraînement sportif"),
    ("STL3AP", "Licence STAPS 3e année Activité physique adaptée et santé (APAS)"),
    ("STL3MS", "Licence STAPS 3e année Management du sport"),
    ("BGEA1", "BUT GEA 1re année"),
    ("BGEA2", "BUT GEA 2e année"),
    ("BGEA3", "BUT GEA 3e année"),
    ("DUPSYT", "DU Psychotraumatologie"),
    ("DUNUMD", "DU Droit du numérique"),
    ("DUFLE1", "DU Français langue étrangère niveau B1"),
    ("DUFLE2", "DU Français langue étrangère niveau B2"),
    ("DUEFR", "DU Études françaises (étudiants internationaux)"),
    ("DUMEDI", "DU Médiation"),
    ("CAPD1", "Capacité en droit 1re année"),
    ("CAPD2", "Capacité en droit 2e année"),
    ("IAM1CF", "Master 1 Contrôle de gestion et audit organisationnel - formation initiale"),
    ("IAM1CA", "Master 1 Contrôle de gestion et audit organisationnel - apprentissage"),
    ("IAM2CF", "Master 2 Contrôle de gestion et audit organisationnel - formation initiale"),
    ("IAM2CA", "Master 2 Contrôle de gestion et audit organisationnel - apprentissage"),
    ("IAM1RF", "Master 1 Gestion des ressources humaines - formation initiale"),
    ("IAM1RA", "Master 1 Gestion des ressources humaines - apprentissage"),
    ("IAM2MA", "Master 2 Management et administration des entreprises (MAE) - formation continue"),
    ("MEEF11", "Master 1 MEEF 1er degré"),
    ("MEEF21", "Master 2 MEEF 1er degré"),
    ("MEEF1H", "Master 1 MEEF 2nd degré Histoire-géographie"),
    ("MEEF2H", "Master 2 MEEF 2nd degré Histoire-géographie"),
    ("MEEF1E", "Master 1 MEEF 2nd degré EPS"),
    ("DLDH1", "Double licence Droit-Histoire 1re année"),
    ("DLDH2", "Double licence Droit-Histoire 2e année"),
    ("DLDH3", "Double licence Droit-Histoire 3e année"),
    ("DAEUA", "DAEU A (littéraire)"),
    ("DAEUB", "DAEU B (scientifique)"),
    ("LPISFC", "Licence professionnelle Intervention sociale - formation continue"),
    ("LPISFI", "Licence professionnelle Intervention sociale - formation initiale"),
    ("DRTL1", "Licence Droit 1re année"),
    ("DRTL2", "Licence Droit 2e année"),
    ("DRTL3", "Licence Droit 3e année"),
    ("HISL1", "Licence Histoire 1re année"),
    ("HISL2", "Licence Histoire 2e année"),
    ("HISL3", "Licence Histoire 3e année"),
    ("M1HIST", "Master 1 Histoire, civilisations, patrimoine"),
    ("M1ARCH", "Master 1 Archéologie, sciences pour l'archéologie"),
    ("LEAL1", "Licence LEA anglais-espagnol 1re année"),
    ("LEAL2", "Licence LEA anglais-espagnol 2e année"),
    ("LEAL3", "Licence LEA anglais-espagnol 3e année"),
    ("PSYL1", "Licence Psychologie 1re année"),
    ("PSYL2", "Licence Psychologie 2e année"),
    ("PSYL3", "Licence Psychologie 3e année"),
    ("SVTL1", "Licence Sciences de la vie 1re année"),
    ("SVTL2", "Licence Sciences de la vie 2e année"),
    ("LLCEA1", "Licence LLCER anglais 1re année"),
]:
    et(c, l)

# ---- PASS: PASUnn, groups PASUnnTDk
pass_ue = ["Chimie générale", "Biochimie", "Biologie cellulaire", "Physique - biophysique",
           "Anatomie", "Santé, société, humanité", "Statistiques et probabilités",
           "Initiation à la connaissance du médicament", "Physiologie", "Histologie-embryologie",
           "Anglais médical", "Méthodologie du travail universitaire"]
for i, lab in enumerate(pass_ue, 1):
    c = "PASU%02d" % i
    el(c, "UE%d %s" % (i, lab))
    for k in range(1, 9):
        gp("%sTD%d" % (c, k), "TD%d UE%d PASS" % (k, i))

# ---- mineure santé LAS: MSANn-nn
for n, labs in [(1, ["Chimie pour la santé", "Biologie cellulaire santé", "Physiologie humaine",
                     "Santé publique", "Anatomie générale", "Pharmacologie générale"]),
                (2, ["Biochimie métabolique", "Immunologie", "Sémiologie",
                     "Éthique et santé", "Microbiologie"])]:
    for i, lab in enumerate(labs, 1):
        c = "MSAN%d-%02d" % (n, i)
        el(c, "MINEURE SANTE %d - %s" % (n, lab.upper()))
        for k in range(1, 4):
            gp("MSAN%d%02dTD%d" % (n, i, k), "TD%d Mineure santé %d-%02d" % (k, n, i))

# ---- STAPS: ST3XX.nn
staps = {
    "ST3TC": ["Anglais scientifique du sport", "Méthodologie de la recherche", "Projet professionnel"],
    "ST3ES": ["Planification de l'entraînement", "Préparation physique", "Analyse de la performance"],
    "ST3AP": ["Pathologies chroniques et activité physique", "APA et handicap", "Évaluation en APA", "Éducation thérapeutique"],
    "ST3MS": ["Marketing du sport", "Droit du sport", "Gestion de projet événementiel", "Économie du sport", "Comptabilité des associations", "Communication", "Management des organisations sportives"],
}
for pre, labs in staps.items():
    for i, lab in enumerate(labs, 1):
        c = "%s.%02d" % (pre, i)
        el(c, lab)
for i in range(1, 5):
    gp("ST3TC01TD%d" % i, "TD%d Anglais L3 STAPS" % i)
    gp("ST3AP04TD%d" % i, "TD%d Éducation thérapeutique" % i) if i <= 2 else None
for i, lab in enumerate(["Physiologie de l'effort", "Sociologie du sport", "Anatomie fonctionnelle"], 1):
    el("ST2TC.%02d" % i, lab)

# ---- IUT GEA: GEn-Rnnn, groups per promotion
gea = {1: ["Fonctionnement de l'organisation", "Contexte économique", "Expression-communication",
           "Anglais", "Introduction à la comptabilité", "Introduction au droit"],
       2: ["Management des équipes", "Droit des sociétés", "Anglais", "Contrôle de gestion",
           "Fiscalité", "Gestion de la paie", "Marketing", "Projet personnel et professionnel",
           "Analyse financière", "Comptabilité approfondie", "Gestion de trésorerie", "Système d'information"],
       3: ["Stratégie", "Audit", "Anglais des affaires", "Gestion de projet"]}
for y, labs in gea.items():
    for i, lab in enumerate(labs, 1):
        c = "GE%d-R%d%02d" % (y, 2 * y - 1, i)
        if c in ("GE2-R306", "GE2-R307"):
            continue  # 2025 codes, replaced by GE2-R316 / GE2-R317 (see below)
        el(c, "R%d.%02d %s" % (2 * y - 1, i, lab))
    for i in range(1, 3):
        el("GE%d-S%d%02d" % (y, 2 * y - 1, i), "SAÉ %d.%02d" % (2 * y - 1, i))
    for k in range(1, 5):
        gp("GE%dTD%d" % (y, k), "TD%d BUT GEA %d" % (k, y))
        gp("GE%dTP%dA" % (y, k), "TP%dA BUT GEA %d" % (k, y))
        gp("GE%dTP%dB" % (y, k), "TP%dB BUT GEA %d" % (k, y))
    gp("GE%dALT" % y, "Groupe alternants BUT GEA %d" % y)
# 2nd-year resource with the new year's code (R3.16 replaces R3.06 of 2025)
el("GE2-R316", "R3.06 Gestion de la paie et des rémunérations")
el("GE2-R317", "R3.07 Marketing digital")

# ---- DU: DUxx-Mnn
for pre, n, lab in [("DUPT", 6, "Psychotraumatologie"), ("DUND", 5, "Droit du numérique"),
                    ("DUMD", 4, "Médiation"), ("DUEF", 6, "Études françaises")]:
    for i in range(1, n + 1):
        el("%s-M%02d" % (pre, i), "%s - Module %d" % (lab, i))
for lv in ("B1", "B2"):
    for x in "ABC":
        el("DUFL-%s%s" % (lv, x), "FLE %s - atelier %s" % (lv, x))

# ---- Capacité en droit: KDn.XXX, groups
for c, lab in [("KD1.CIV", "Droit civil"), ("KD1.PEN", "Droit pénal"), ("KD1.CON", "Droit constitutionnel"),
               ("KD1.HIS", "Histoire du droit"), ("KD2.ADM", "Droit administratif"), ("KD2.TRA", "Droit du travail"),
               ("KD2.FAM", "Droit de la famille"), ("KD2.COM", "Droit commercial")]:
    el(c, "CAPACITE %s %s" % (c[2], lab.upper()))
    base = c.replace(".", "")
    for k in range(1, 4):
        gp("%sTD%d" % (base, k), "TD%d %s" % (k, lab))
    gp("%sDIS" % base, "Groupe à distance %s" % lab)

# ---- IAE: InXX-nnn, groups FI / AP per element
iae = {"I1CG": ["Comptabilité de gestion", "Contrôle budgétaire", "Audit interne", "Systèmes d'information de gestion",
                "Anglais des affaires", "Finance d'entreprise", "Stratégie", "Méthodologie du mémoire"],
       "I2CG": ["Pilotage de la performance", "Audit organisationnel", "Consolidation", "Mémoire"],
       "I1RH": ["Droit du travail", "GPEC", "Recrutement", "Paie et rémunération", "Sociologie des organisations"],
       "I2MA": ["Management stratégique", "Finance", "Marketing", "Leadership", "Business game", "Mémoire professionnel"]}
for pre, labs in iae.items():
    y = pre[1]
    for i, lab in enumerate(labs, 1):
        c = "%s-%s%02d" % (pre, y, i)
        el(c, lab)
        if pre in ("I1CG", "I1RH", "I2CG"):
            gp("%s%s%02dFI" % (pre, y, i), "Groupe formation initiale %s" % c)
            gp("%s%s%02dAP" % (pre, y, i), "Groupe apprentis %s" % c)

# ---- INSPE (FAQ scheme): nCAnnn, nHGnnn
for c, lab in [("1CA153", "Analyse du contexte"), ("1CA154", "Didactique du français"), ("1CA155", "Didactique des mathématiques"),
               ("1CA156", "Sciences et technologie"), ("1CA160", "Stage d'observation"), ("2CA210", "Mémoire de recherche"),
               ("2CA211", "Analyse de pratique"), ("1HG112", "Épistémologie de l'histoire"), ("1HG113", "Géographie des territoires"),
               ("1HG120", "Préparation à l'écrit du CAPES"), ("2HG210", "Mémoire MEEF histoire-géographie"),
               ("1EP101", "Didactique de l'EPS"), ("1EP102", "Physiologie et EPS")]:
    el(c, lab)
    for k in range(1, 4):
        gp("%sTD%d" % (c, k), "TD%d %s" % (k, lab))

# ---- HSS (FAQ porteur/porté)
el("M.1HRP9C", "Séminaire d'histoire et d'archéologie")
el("2HR5C", "Séminaire d'histoire (porté)")
el("M.1HRP8C", "Méthodologie de la recherche historique")
el("M.1AR10C", "Archéologie du bâti")
gp("M.1HRP9CTD", "Collection TD séminaire histoire")
gp("M.1HRP9CEM", "Groupe EM séminaire histoire")
el("M.1.MS03", "Théories chang. social")

# ---- LVE (FAQ): AN-nnX
for n in (10, 20, 30):
    for x in "ABCD":
        el("AN-%d%s" % (n, x), "EC%d Anglais %s" % (n // 10, {"A": "Langue Traduction", "B": "Civilisation", "C": "Littérature", "D": "Oral"}[x]))
for k in range(1, 7):
    gp("AN-10ATD%d" % k, "TD%d Langue Traduction" % k)

# ---- droit: DRnXXXn
for c, lab in [("DR1CIV1", "DROIT CIVIL 1"), ("DR1CIV2", "DROIT CIVIL 2"), ("DR1CON1", "DROIT CONSTITUTIONNEL 1"),
               ("DR1HIS1", "HISTOIRE DU DROIT 1"), ("DR2ADM1", "DROIT ADMINISTRATIF 1"), ("DR2OBL1", "DROIT DES OBLIGATIONS 1"),
               ("DR2OBL2", "DROIT DES OBLIGATIONS 2"), ("DR2PEN1", "DROIT PENAL GENERAL"), ("DR3AFF1", "DROIT DES AFFAIRES 1"),
               ("DR3EUR1", "DROIT EUROPEEN")]:
    el(c, lab)
    for k in range(1, 7):
        gp("%sTD%d" % (c, k), "TD%d %s" % (k, lab))
    gp("%sDL" % c, "Groupe double licence %s" % lab)

# ---- histoire: HISnXnn
for c, lab in [("HIS1A01", "Histoire ancienne 1"), ("HIS1M01", "Histoire médiévale 1"), ("HIS2M03", "Histoire moderne 3"),
               ("HIS2C03", "Histoire contemporaine 3"), ("HIS2A03", "Histoire ancienne 3"), ("HIS3C05", "Histoire contemporaine 5")]:
    el(c, lab)
    for k in range(1, 4):
        gp("%sTD%d" % (c, k), "TD%d %s" % (k, lab))

# ---- DAEU: DAEx-XXX
for c, lab in [("DAEA-FR", "Français"), ("DAEA-HG", "Histoire-géographie"), ("DAEA-ANG", "Anglais"), ("DAEA-PHI", "Philosophie"),
               ("DAEB-MAT", "Mathématiques"), ("DAEB-PHY", "Physique"), ("DAEB-FR", "Français"), ("DAEB-BIO", "Biologie")]:
    el(c, "DAEU %s %s" % (c[3], lab))
    gp(c.replace("-", "") + "DIS", "Groupe à distance DAEU %s" % lab)
    gp(c.replace("-", "") + "PRE", "Groupe présentiel DAEU %s" % lab)

# ---- psychologie: PSYnXnn (2026 maquette); the 2025 codes are unknown
for c, lab in [("PSY1G11", "Psychologie générale 1"), ("PSY1D11", "Psychologie du développement 1"),
               ("PSY2C11", "Psychologie clinique 2"), ("PSY2C17", "Psychopathologie de l'adulte"),
               ("PSY2S12", "Psychologie sociale 2"), ("PSY2N13", "Neuropsychologie"), ("PSY3C21", "Psychopathologie de l'enfant")]:
    el(c, lab)
    for k in range(1, 5):
        gp("%sTD%d" % (c, k), "TD%d %s" % (k, lab))

# ---- LEA: LEAn.XXn
for y in (1, 2, 3):
    for x, lab in [("AN", "Anglais"), ("ES", "Espagnol"), ("EC", "Communication interculturelle"), ("DR", "Droit des affaires")]:
        for s in (1, 2, 3):
            el("LEA%d.%s%d" % (y, x, s), "%s %d (L%d LEA)" % (lab, s, y))

# ---- LP intervention sociale: LPIS-Un
for i, lab in enumerate(["Politiques sociales", "Accompagnement des publics", "Méthodologie de projet",
                         "Droit de l'action sociale", "Stage et projet tuteuré"], 1):
    el("LPIS-U%d" % i, lab)

# ---- SV: SVn-Xnn
for c, lab in [("SV1-B04", "Biologie cellulaire"), ("SV1-B05", "Biologie animale"), ("SV1-C02", "Chimie générale"),
               ("SV1-P01", "Physique pour le vivant"), ("SV2-G01", "Génétique"), ("SV2-E03", "Écologie")]:
    el(c, lab)
    for k in range(1, 7):
        gp("%sTD%d" % (c.replace("-", ""), k), "TD%d %s" % (k, lab))
    gp("%sLAS" % c.replace("-", ""), "Groupe LAS %s" % lab)

unknown = ["PSY2C07", "PSY2S07", "GE2-R306", "GE2-R399", "MSAN1-09", "ST3ES.09", "DUPT-M07", "HIS2M3",
           "KD3.CIV", "LEA2.AN0", "DR2OBL0"]

for c in E + T:
    assert len(c) <= (8 if c in E else 6), c
for c in G:
    assert len(c) <= 10, c
import collections
_d = [c for c, n in collections.Counter(E + T + G + unknown).items() if n > 1]
assert not _d, _d

out = {"elements": E, "etapes": T, "groups": G, "unknown": unknown, "labels": L}
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "..", "catalogue.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print(len(E), "elements", len(T), "etapes", len(G), "groups", len(unknown), "unknown")
