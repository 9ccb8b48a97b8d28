"""Catalogue of codes 'the university knows' for heldout-25 (writer BE), Feb 2027.

Sixteen code schemes: four follow the shapes the FAQ shows (1CA153, AN-10A, M.1.MS03,
RCAED334), twelve are invented here.  Every scheme gets étapes, elements (siblings of the cited
ones included) and groups.
"""

SCHEMES = {}   # code -> scheme name
LABELS = {}
ELEMENTS, ETAPES, GROUPS = [], [], []

S_INSPE = "inspe nCAnnn (FAQ)"
S_LVE = "lve XX-nnA (FAQ)"
S_HSS = "hss M.n.XXnn (FAQ)"
S_RCA = "aes-distance RCAEDnnn (FAQ)"
S_HIS = "histoire HISnBnn (invented)"
S_GEA = "iut-gea GEARn.nn + per-etape groups GEAnTDn (invented)"
S_BIO = "bio BIOnUEnn (invented)"
S_DRT = "droit DRsy-XXX (invented)"
S_STA = "staps STsnnnn (invented)"
S_INF = "info-master INFnMnn (invented)"
S_PSY = "psycho PSYsnnL (invented)"
S_IAE = "iae IAE-nXnn (invented)"
S_GEO = "geo GEOsXXn (invented)"
S_LEA = "lea LEAsnnn (invented)"
S_PHA = "pharma PHAn.nnn (invented)"
S_DU = "du DUCG-Mnn (invented)"


def _add(kind, code, label, scheme):
    assert code not in LABELS, code
    if kind == "e":
        assert len(code) <= 8, code
        ELEMENTS.append(code)
    elif kind == "t":
        assert len(code) <= 6, code
        ETAPES.append(code)
    else:
        assert len(code) <= 10, code
        GROUPS.append(code)
    LABELS[code] = label
    SCHEMES[code] = scheme


def etapes(scheme, pairs):
    for c, l in pairs:
        _add("t", c, l, scheme)


def elements(scheme, pairs, groups=None):
    """groups: function(code, label) -> list of (gcode, glabel)."""
    for c, l in pairs:
        _add("e", c, l, scheme)
        if groups:
            for gc, gl in groups(c, l):
                _add("g", gc, gl, scheme)


def short(l):
    return l.upper().replace("É", "E").replace("È", "E").replace("'", " ")[:24]


# ---------------------------------------------------------------- INSPE (FAQ shape 1CA153)
etapes(S_INSPE, [("MEEF1P", "Master 1 MEEF 1er degré"), ("MEEF2P", "Master 2 MEEF 1er degré"),
                 ("MEEF1S", "Master 1 MEEF 2nd degré Histoire-Géographie")])
elements(S_INSPE, [
    ("1CA151", "Didactique du français 1"), ("1CA152", "Didactique des mathématiques 1"),
    ("1CA153", "Analyse du contexte"), ("1CA154", "Stage d'observation"),
    ("2CA201", "Didactique du français 2"), ("2CA202", "Didactique des mathématiques 2"),
    ("2CA203", "Stage de pratique accompagnée"), ("2CA204", "Initiation à la recherche"),
    ("2CA205", "Enseigner l'EPS"), ("2CA206", "Langue vivante : anglais"),
    ("2CA207", "Arts plastiques et éducation musicale"), ("2CA208", "Sciences et technologie"),
    ("4CA401", "Mémoire de master"), ("4CA402", "Stage en responsabilité"),
    ("4CA403", "Analyse de pratiques professionnelles"),
], lambda c, l: [(c + "G%d" % i, "Groupe %d %s" % (i, short(l))) for i in (1, 2, 3, 4)]
   + ([(c + "ALT", "Groupe alternants " + short(l))] if c[0] == "4" else []))

# ---------------------------------------------------------------- LVE (FAQ shape AN-10A)
etapes(S_LVE, [("LLCEA1", "Licence LLCER Anglais 1re année"), ("LLCEA2", "Licence LLCER Anglais 2e année"),
               ("LLCEE1", "Licence LLCER Espagnol 1re année")])
elements(S_LVE, [
    ("AN-10A", "EC1 Langue Traduction"), ("AN-10B", "EC2 Civilisation britannique"),
    ("AN-12A", "Phonétique et phonologie de l'anglais"), ("AN-12B", "Littérature américaine"),
    ("AN-12C", "Grammaire anglaise 2"), ("AN-22A", "Thème anglais L2"),
    ("AN-22B", "Version anglaise L2"), ("AN-22C", "Civilisation américaine 2"),
    ("ES-12A", "Lengua española 2"), ("ES-12B", "Civilización latinoamericana"),
], lambda c, l: [(c + "-T%d" % i, "TD%d %s" % (i, short(l))) for i in (1, 2, 3)]
   + [(c + "-EAD", "CEMU EAD " + short(l))])

# ---------------------------------------------------------------- HSS (FAQ shape M.1.MS03)
etapes(S_HSS, [("MSOC1", "Master 1 Sociologie"), ("MSOC2", "Master 2 Sociologie")])
elements(S_HSS, [
    ("M.1.MS03", "Théories chang. social"), ("M.1.MS04", "Méthodes qualitatives"),
    ("M.1.MS07", "Sociologie urbaine"), ("M.1.MS08", "Sociologie du travail"),
    ("M.1.MS09", "Enquête de terrain"), ("M.2.MS11", "Séminaire de recherche"),
    ("M.2.MS12", "Sociologie des politiques publiques"), ("M.2.MS14", "Mémoire M2 Sociologie"),
], lambda c, l: [(c + "G%d" % i, "G%d %s" % (i, short(l))) for i in (1, 2)])

# ---------------------------------------------------------------- AES distance (FAQ shape RCAED334)
etapes(S_RCA, [("LAES3D", "Licence AES 3e année à distance"), ("LAES2D", "Licence AES 2e année à distance")])
elements(S_RCA, [
    ("RCAED231", "Économie du travail"), ("RCAED232", "Droit social 1"),
    ("RCAED331", "Gestion des ressources humaines"), ("RCAED332", "Finances publiques"),
    ("RCAED333", "Droit du travail"), ("RCAED334", "Comptabilité de gestion"),
    ("RCAED335", "Anglais des affaires"), ("RCAED336", "Projet tutoré AES"),
], lambda c, l: [(c + "EA", "CEMU EAD " + short(l)), (c + "P", "Groupe présentiel " + short(l))])

# ---------------------------------------------------------------- Histoire (invented HISnBnn)
etapes(S_HIS, [("HSL1", "Licence Histoire 1re année"), ("HSL2", "Licence Histoire 2e année"),
               ("HSL3", "Licence Histoire 3e année"), ("ERASAC", "Étudiants Erasmus accueil S2 Lettres et SH")])
his = []
his_titles = {
    "HIS1B01": "Histoire ancienne : le monde grec", "HIS1B02": "Méthodologie du commentaire",
    "HIS1B03": "Histoire médiévale 1", "HIS1B04": "Introduction à la géographie",
    "HIS2B01": "Histoire ancienne : Rome", "HIS2B02": "Histoire médiévale 2",
    "HIS2B03": "Histoire moderne : l'Europe des XVIe-XVIIe siècles",
    "HIS2B04": "Historiographie", "HIS2B05": "Histoire contemporaine 2",
    "HIS2B06": "Latin pour historiens", "HIS3B01": "Histoire du Moyen-Orient",
    "HIS3B02": "Paléographie", "HIS3B05": "Histoire de la Normandie",
    "HIS3B07": "Archéologie médiévale", "HIS3B08": "Préprofessionnalisation : métiers du patrimoine",
}
elements(S_HIS, sorted(his_titles.items()),
         lambda c, l: [(c + "T%d" % i, "TD%d %s" % (i, short(l))) for i in (1, 2, 3, 4)]
         + [(c + "CM", "CM " + short(l))])

# ---------------------------------------------------------------- IUT GEA (invented, BUT resources)
etapes(S_GEA, [("BGEA1", "BUT GEA 1re année"), ("BGEA2", "BUT GEA 2e année"), ("BGEA3", "BUT GEA 3e année")])
elements(S_GEA, [
    ("GEAR2.01", "Fonctionnement des organisations 2"), ("GEAR2.02", "Communication professionnelle 2"),
    ("GEAR2.03", "Anglais 2"), ("GEAR2.05", "Droit des contrats"), ("GEAR2.07", "Comptabilité 2"),
    ("GEAR2.09", "Tableur et bases de données"), ("GEAR2.11", "Calcul et analyse des coûts"),
    ("GEAS2.01", "SAÉ 2.01 Projet de création d'entreprise"),
    ("GEAR4.01", "Contrôle de gestion 2"), ("GEAR4.04", "Fiscalité"),
    ("GEAR4.06", "Gestion de la paie"), ("GEAS4.01", "SAÉ 4.01 Stage"),
])
for y in (1, 2, 3):
    for i in (1, 2, 3):
        _add("g", "GEA%dTD%d" % (y, i), "TD%d BUT GEA %d" % (i, y), S_GEA)
    for i in (1, 2, 3):
        for s in "AB":
            _add("g", "GEA%dTP%d%s" % (y, i, s), "TP%d%s BUT GEA %d" % (i, s, y), S_GEA)
    if y > 1:
        _add("g", "GEA%dALT" % y, "Groupe alternants BUT GEA %d" % y, S_GEA)

# ---------------------------------------------------------------- Biologie (invented BIOnUEnn)
etapes(S_BIO, [("LSV1", "Licence Sciences de la Vie 1re année"), ("LSV2", "Licence Sciences de la Vie 2e année"),
               ("LSV3", "Licence Sciences de la Vie 3e année")])
elements(S_BIO, [
    ("BIO2UE11", "Biologie cellulaire 2"), ("BIO2UE12", "Chimie organique"), ("BIO2UE13", "Physiologie animale 1"),
    ("BIO4UE21", "Génétique"), ("BIO4UE22", "Biochimie métabolique"), ("BIO4UE23", "Écologie des populations"),
    ("BIO4UE24", "Microbiologie"), ("BIO4UE25", "Biostatistiques"),
    ("BIO6UE31", "Immunologie"), ("BIO6UE32", "Biologie du développement"), ("BIO6UE33", "Stage de L3 SV"),
], lambda c, l: [(c + "P%d" % i, "TP%d %s" % (i, short(l))) for i in range(1, 7)])

# ---------------------------------------------------------------- Droit (invented DRsy-XXX)
etapes(S_DRT, [("LDRT1", "Licence Droit 1re année"), ("LDRT2", "Licence Droit 2e année"),
               ("LDRT3", "Licence Droit 3e année"), ("CPDRT", "Capacité en droit 1re année")])
elements(S_DRT, [
    ("DR12-CIV", "Droit civil : la famille"), ("DR12-CON", "Droit constitutionnel 2"),
    ("DR12-HIS", "Histoire du droit 2"), ("DR12-MET", "Méthodologie juridique"),
    ("DR22-OBL", "Droit des obligations 2"), ("DR22-ADM", "Droit administratif 2"),
    ("DR22-PEN", "Droit pénal général"), ("DR22-FIN", "Finances publiques"),
    ("DR32-PEN", "Procédure pénale"), ("DR32-AFF", "Droit des affaires"),
    ("DR32-TRA", "Droit du travail : relations collectives"), ("DR32-UE7", "Anglais juridique"),
], lambda c, l: [(c + "T%d" % i, "TD%d %s" % (i, short(l))) for i in range(1, 7)])

# ---------------------------------------------------------------- STAPS (invented STsnnnn)
etapes(S_STA, [("LSTAP1", "Licence STAPS 1re année"), ("LSTAP2", "Licence STAPS 2e année"),
               ("LSTAP3", "Licence STAPS 3e année Entraînement sportif")])
elements(S_STA, [
    ("ST21104", "Anatomie fonctionnelle"), ("ST21106", "Sociologie du sport"),
    ("ST41207", "Physiologie de l'effort"), ("ST41208", "Psychologie du sport"),
    ("ST41210", "Option sport collectif : handball"), ("ST41211", "Option sport individuel : natation"),
    ("ST41212", "Option sport collectif : football"), ("ST61305", "Planification de l'entraînement"),
    ("ST61309", "Stage entraînement"),
], lambda c, l: [(c + "G%d" % i, "Groupe %d %s" % (i, short(l))) for i in (1, 2, 3)])

# ---------------------------------------------------------------- Master informatique (invented INFnMnn)
etapes(S_INF, [("MINF1", "Master 1 Informatique"), ("MINF2", "Master 2 Informatique parcours DNR2I")])
elements(S_INF, [
    ("INF1M05", "Compilation"), ("INF1M06", "Réseaux avancés"), ("INF1M07", "Apprentissage automatique"),
    ("INF1M08", "Génie logiciel"), ("INF1M09", "Anglais scientifique"), ("INF1M10", "Projet annuel"),
    ("INF2M03", "Sécurité des systèmes"), ("INF2M04", "Cloud et virtualisation"), ("INF2M09", "Stage M2"),
], lambda c, l: [(c + "TP%d" % i, "TP%d %s" % (i, short(l))) for i in (1, 2, 3)]
   + [(c + "ALT", "Groupe alternants " + short(l))])

# ---------------------------------------------------------------- Psychologie (invented PSYsnnL)
etapes(S_PSY, [("LPSY1", "Licence Psychologie 1re année"), ("LPSY2", "Licence Psychologie 2e année"),
               ("LPSY3", "Licence Psychologie 3e année")])
elements(S_PSY, [
    ("PSY205C", "Statistiques appliquées 2"), ("PSY206A", "Psychologie du développement 1"),
    ("PSY401A", "Psychologie sociale 2"), ("PSY402A", "Psychologie cognitive 2"),
    ("PSY403B", "Neuropsychologie"), ("PSY405C", "Méthodes d'entretien"),
    ("PSY601A", "Psychopathologie de l'adulte"), ("PSY604B", "Psychologie du travail"),
], lambda c, l: [(c + "T%d" % i, "TD%d %s" % (i, short(l))) for i in range(1, 6)])

# ---------------------------------------------------------------- IAE (invented IAE-nXnn)
etapes(S_IAE, [("MMAE1", "Master 1 Management et Administration des Entreprises"),
               ("MMAE2", "Master 2 Management et Administration des Entreprises"),
               ("MCGAO1", "Master 1 Contrôle de Gestion et Audit Organisationnel")])
elements(S_IAE, [
    ("IAE-1G11", "Comptabilité financière"), ("IAE-1G12", "Contrôle de gestion"),
    ("IAE-1G14", "Marketing stratégique"), ("IAE-1G15", "Management de projet"),
    ("IAE-1C03", "Audit interne"), ("IAE-1C04", "Systèmes d'information de gestion"),
    ("IAE-2F03", "Finance d'entreprise"), ("IAE-2F05", "Stratégie et grand oral"),
], lambda c, l: [(c.replace("-", "") + s, lab + short(l)) for s, lab in
                 (("-FI", "Formation initiale "), ("-FC", "Formation continue "), ("-AP", "Groupe apprentis "))])

# ---------------------------------------------------------------- Géographie (invented GEOsXXn)
etapes(S_GEO, [("LGEO1", "Licence Géographie 1re année"), ("LGEO2", "Licence Géographie 2e année"),
               ("LGEO3", "Licence Géographie 3e année")])
elements(S_GEO, [
    ("GEO2CL1", "Climatologie"), ("GEO2CA1", "Initiation à la cartographie"),
    ("GEO4CA1", "Cartographie"), ("GEO4SI1", "SIG 1"), ("GEO4UR2", "Géographie urbaine"),
    ("GEO6AM2", "Aménagement du territoire 2"), ("GEO6SI3", "SIG avancé"), ("GEO6TE1", "Terrain de L3"),
], lambda c, l: [(c + "T%d" % i, "TD%d %s" % (i, short(l))) for i in (1, 2, 3)])

# ---------------------------------------------------------------- LEA (invented LEAsnnn)
etapes(S_LEA, [("LLEA1", "Licence LEA anglais-espagnol 1re année"), ("LLEA2", "Licence LEA anglais-espagnol 2e année"),
               ("LLEA3", "Licence LEA anglais-allemand 3e année")])
elements(S_LEA, [
    ("LEA2104", "Expression écrite anglais"), ("LEA2106", "Initiation à l'économie"),
    ("LEA4203", "Anglais économique"), ("LEA4207", "Traduction espagnol"),
    ("LEA4209", "Droit du commerce international"), ("LEA6301", "Négociation commerciale"),
    ("LEA6304", "Allemand des affaires"),
], lambda c, l: [(c + "G%d" % i, "G%d %s" % (i, short(l))) for i in (1, 2, 3)])

# ---------------------------------------------------------------- Pharmacie (invented PHAn.nnn)
etapes(S_PHA, [("DFGSP2", "DFGSP 2e année Pharmacie"), ("DFGSP3", "DFGSP 3e année Pharmacie")])
elements(S_PHA, [
    ("PHA2.104", "Biochimie"), ("PHA2.106", "Chimie analytique"), ("PHA2.110", "Botanique"),
    ("PHA3.112", "Pharmacologie générale"), ("PHA3.115", "Galénique"), ("PHA3.118", "Immunologie"),
    ("PHA3.120", "Stage officinal"),
], lambda c, l: [(c + "T%d" % i, "TP%d %s" % (i, short(l))) for i in range(1, 7)])

# ---------------------------------------------------------------- DU Capacité de gestion (invented DUCG-Mnn)
etapes(S_DU, [("DUCGE", "DU Capacité de Gestion des Entreprises"), ("DUCGE2", "DU Capacité de Gestion des Entreprises 2e année")])
elements(S_DU, [
    ("DUCG-M01", "Module 1 Comptabilité générale"), ("DUCG-M02", "Module 2 Droit des sociétés"),
    ("DUCG-M03", "Module 3 Gestion financière"), ("DUCG-M04", "Module 4 Fiscalité de l'entreprise"),
    ("DUCG-M05", "Module 5 Management"), ("DUCG-M06", "Module 6 Mémoire"),
])
for c, l in (("DUCG-FOAD", "CEMU FOAD DU Capacité de Gestion"), ("DUCG-PRES", "Groupe présentiel DU Capacité de Gestion"),
             ("DUCG2FOAD", "CEMU FOAD DU CG 2e année")):
    _add("g", c, l, S_DU)

# ---------------------------------------------------------------- unknown codes
UNKNOWN = {
    "HIS2B09": "archived: Histoire moderne old code (maquette 2022)",
    "GEAR2.19": "no such resource (student invention)",
    "INF1M31": "mistyped by a teacher, no such element",
    "PSY409Z": "student guess from an old timetable",
    "2CA299": "archived INSPE element",
    "DR22-CIV": "old droit code, replaced by DR22-OBL in 2025",
    "ST41299": "not in APOGÉE: ADE-only sheet",
    "BIO4UE29": "student guess",
}


def catalogue():
    return {"elements": ELEMENTS, "etapes": ETAPES, "groups": GROUPS,
            "unknown": sorted(UNKNOWN), "labels": dict(LABELS)}


if __name__ == "__main__":
    c = catalogue()
    print(len(ELEMENTS), len(ETAPES), len(GROUPS), len(c["unknown"]))
