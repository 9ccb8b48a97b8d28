"""The university's codes for heldout-19: schemes, elements, étapes, groups, unknown codes."""

# scheme name -> dict(invented, etapes{code:(label, [phrases said in words])},
#                     elements[(code, label, etape)], groups(element)->[(code,label,words)])
SCHEMES = {}


def scheme(name, invented, etapes, elements, groups):
    SCHEMES[name] = dict(name=name, invented=invented, etapes=etapes, elements=elements, groups=groups)


def td_groups(prefix, label, n_td=3, n_tp=0, cemu=False, alt=False):
    out = []
    for i in range(1, n_td + 1):
        out.append((f"{prefix}TD{i}", f"TD{i} {label}", [f"TD{i}", f"TD {i}"]))
    for i in range(1, n_tp + 1):
        out.append((f"{prefix}TP{i}", f"TP{i} {label}", [f"TP{i}", f"TP {i}"]))
    if cemu:
        out.append((f"{prefix}CEMU"[:10], f"Groupe CEMU EAD {label}", ["groupe à distance", "groupe EAD"]))
    if alt:
        out.append((f"{prefix}ALT"[:10], f"Groupe alternants {label}", ["groupe des alternants"]))
    return out


# 1. Droit (invented): DR<year><3 letters><2 digits>
scheme("droit DRnXXXnn (invented)", True,
       {"DRL1": ("Licence Droit 1re année", ["L1 droit", "première année de licence de droit", "L1 de droit"]),
        "DRL2": ("Licence Droit 2e année", ["L2 droit", "deuxième année de droit", "L2 de droit"]),
        "DRL3": ("Licence Droit 3e année", ["L3 droit", "troisième année de licence de droit"]),
        "DRM1AF": ("Master 1 Droit des affaires", ["M1 droit des affaires"])},
       [("DR1CIV01", "DROIT CIVIL 1", "DRL1"), ("DR1CON01", "DROIT CONSTITUTIONNEL 1", "DRL1"),
        ("DR1HIS01", "HISTOIRE DU DROIT", "DRL1"), ("DR1INT01", "INTRODUCTION AU DROIT", "DRL1"),
        ("DR1MET02", "METHODOLOGIE JURIDIQUE", "DRL1"),
        ("DR2OBL03", "DROIT DES OBLIGATIONS", "DRL2"), ("DR2ADM03", "DROIT ADMINISTRATIF 1", "DRL2"),
        ("DR2PEN03", "DROIT PENAL GENERAL", "DRL2"), ("DR2FIN04", "FINANCES PUBLIQUES", "DRL2"),
        ("DR3AFF05", "DROIT DES AFFAIRES", "DRL3"), ("DR3FIS05", "DROIT FISCAL", "DRL3"),
        ("DR3TRA05", "DROIT DU TRAVAIL", "DRL3"), ("DR3EUR06", "DROIT DE L'UNION EUROPEENNE", "DRL3"),
        ("DRM1SOC7", "DROIT DES SOCIETES APPROFONDI", "DRM1AF"), ("DRM1CON7", "CONTRATS D'AFFAIRES", "DRM1AF")],
       lambda c, l: td_groups(c[:6], l, 4, 0, cemu=c.startswith("DR1"), alt=c.startswith("DRM1")))

# 2. Sciences (invented): SC-<3 letters><2 digits>
scheme("sciences SC-XXXnn (invented)", True,
       {"SCL1MI": ("Licence Mathématiques-Informatique 1re année", ["L1 maths-info", "L1 MI", "première année de licence maths-info"]),
        "SCL2MI": ("Licence Mathématiques-Informatique 2e année", ["L2 maths-info", "L2 MI"]),
        "SCL3IN": ("Licence Informatique 3e année", ["L3 informatique", "L3 info"]),
        "SCL1PC": ("Licence Physique-Chimie 1re année", ["L1 physique-chimie", "L1 PC"]),
        "SCL2SV": ("Licence Sciences de la Vie 2e année", ["L2 SV", "L2 sciences de la vie", "L2 bio"])},
       [("SC-MAT11", "ANALYSE 1", "SCL1MI"), ("SC-MAT12", "ALGEBRE LINEAIRE 1", "SCL1MI"),
        ("SC-INF11", "PROGRAMMATION 1", "SCL1MI"), ("SC-INF12", "ARCHITECTURE DES ORDINATEURS", "SCL1MI"),
        ("SC-MAT21", "ANALYSE 3", "SCL2MI"), ("SC-INF21", "ALGORITHMIQUE", "SCL2MI"),
        ("SC-INF31", "BASES DE DONNEES", "SCL3IN"), ("SC-INF32", "RESEAUX", "SCL3IN"),
        ("SC-INF35", "GENIE LOGICIEL", "SCL3IN"),
        ("SC-PHY11", "MECANIQUE DU POINT", "SCL1PC"), ("SC-CHI11", "CHIMIE GENERALE", "SCL1PC"),
        ("SC-BIO21", "BIOLOGIE CELLULAIRE", "SCL2SV"), ("SC-BIO22", "GENETIQUE", "SCL2SV"),
        ("SC-GEO21", "CARTOGRAPHIE", "SCL2SV")],
       lambda c, l: td_groups("S" + c[3:], l, 3, 4, cemu=c in ("SC-MAT11", "SC-INF11")))

# 3. IUT / BUT (invented): B<spec><year>.<2 digits>; groups per étape
BUT_ETAPES = {"BGEA1": ("BUT GEA 1re année", ["BUT GEA 1", "première année de BUT GEA", "1re année GEA"]),
              "BGEA2": ("BUT GEA 2e année", ["BUT GEA 2", "deuxième année de BUT GEA", "2e année GEA"]),
              "BINF1": ("BUT Informatique 1re année", ["BUT info 1", "première année de BUT informatique"]),
              "BINF2": ("BUT Informatique 2e année", ["BUT info 2", "deuxième année de BUT informatique", "2e année de BUT info"]),
              "BTC1": ("BUT Techniques de commercialisation 1re année", ["BUT TC 1", "première année de TC"])}
scheme("IUT/BUT Bsss1.nn (invented)", True, BUT_ETAPES,
       [("BGEA1.01", "Gestion comptable et financière", "BGEA1"), ("BGEA1.05", "Fonctionnement de l'organisation", "BGEA1"),
        ("BGEA1.07", "Anglais professionnel", "BGEA1"), ("BGEA2.04", "Contrôle de gestion", "BGEA2"),
        ("BGEA2.06", "Droit du travail GEA", "BGEA2"), ("BINF1.01", "Initiation au développement", "BINF1"),
        ("BINF1.05", "Introduction aux bases de données", "BINF1"), ("BINF1.10", "Anglais informatique", "BINF1"),
        ("BINF2.03", "Qualité de développement", "BINF2"), ("BINF2.08", "Complément web", "BINF2"),
        ("BTC1.02", "Marketing fondamental", "BTC1"), ("BTC1.04", "Techniques de vente", "BTC1")],
       None)


def but_groups(etp):
    short = etp[1:]
    out = [(f"{short}-TD{i}", f"TD{i} {BUT_ETAPES[etp][0]}", [f"TD{i}", f"TD {i}"]) for i in range(1, 5)]
    out += [(f"{short}-TP{i}{x}", f"TP{i}{x}", [f"TP{i}{x}"]) for i in range(1, 4) for x in "AB"]
    if etp.endswith("2"):
        out.append((f"{short}-ALT", f"Groupe alternants {BUT_ETAPES[etp][0]}", ["groupe des alternants", "groupe alternance"]))
    return out


# 4. PASS / LAS / médecine (invented): PASSUnn, MEDnUEn; groups per étape for PASS
scheme("santé PASSUnn/MEDnUEn (invented)", True,
       {"PASS1": ("PASS Parcours accès santé spécifique", ["PASS", "en PASS"]),
        "LAS1DR": ("LAS 1 mineure santé - Droit", ["LAS droit", "LAS 1 droit"]),
        "DFGSM2": ("DFGSM 2e année (Médecine)", ["2e année de médecine", "DFGSM2"])},
       [("PASSU01", "UE1 Chimie biochimie", "PASS1"), ("PASSU02", "UE2 Biologie cellulaire", "PASS1"),
        ("PASSU03", "UE3 Physique biophysique", "PASS1"), ("PASSU05", "UE5 Anatomie", "PASS1"),
        ("PASSU07", "UE7 Santé société humanité", "PASS1"), ("PASSMDR", "Mineure Droit PASS", "PASS1"),
        ("LASSAN1", "Mineure santé LAS", "LAS1DR"),
        ("MED2UE4", "Appareil cardiovasculaire", "DFGSM2"), ("MED2UE6", "Appareil respiratoire", "DFGSM2")],
       None)


def pass_groups(etp):
    if etp == "PASS1":
        return [(f"PASS-G{i:02d}", f"Groupe {i} PASS", [f"groupe {i}"]) for i in range(1, 21)]
    if etp == "DFGSM2":
        return [(f"DFG2-ED{i}", f"ED{i} DFGSM2", [f"ED{i}", f"ED {i}"]) for i in range(1, 7)]
    return [("LASDR-G1", "Groupe LAS droit 1", ["groupe 1"]), ("LASDR-G2", "Groupe LAS droit 2", ["groupe 2"])]


# 5. Langues LLCER/LEA (invented): LG<lang letter><sem><2 digits><type letter>
scheme("langues LGxsnnT (invented)", True,
       {"LLA1": ("Licence LLCER Anglais 1re année", ["L1 LLCER anglais", "L1 anglais"]),
        "LLA3": ("Licence LLCER Anglais 3e année", ["L3 LLCER anglais", "L3 anglais"]),
        "LLE3": ("Licence LLCER Espagnol 3e année", ["L3 LLCER espagnol", "L3 espagnol"]),
        "LEA2": ("Licence LEA 2e année", ["L2 LEA", "deuxième année de LEA"])},
       [("LGA101C", "Grammaire anglaise 1", "LLA1"), ("LGA103T", "Traduction thème 1", "LLA1"),
        ("LGA105L", "Littérature britannique 1", "LLA1"), ("LGA501T", "Traduction version 5", "LLA3"),
        ("LGA503C", "Civilisation américaine 5", "LLA3"), ("LGE501C", "Civilización española 5", "LLE3"),
        ("LGE503L", "Literatura hispanoamericana", "LLE3"), ("LGD301L", "Allemand économique 3", "LEA2"),
        ("LGA302E", "Anglais des affaires", "LEA2")],
       lambda c, l: td_groups(c, l, 3)[:3] and [(f"{c}T{i}", f"TD{i} {l}", [f"TD{i}", f"TD {i}"]) for i in range(1, 4)])

# 6. INSPE / MEEF (invented): MF<year><2 letters><2 digits>
scheme("INSPE MEEF MFnXXnn (invented)", True,
       {"MF1PE": ("Master 1 MEEF 1er degré", ["M1 MEEF 1er degré", "M1 MEEF premier degré", "M1 PE"]),
        "MF2PE": ("Master 2 MEEF 1er degré", ["M2 MEEF 1er degré", "M2 MEEF premier degré", "M2 PE"]),
        "MF1SV": ("Master 1 MEEF 2nd degré SVT", ["M1 MEEF SVT"]),
        "MF1HG": ("Master 1 MEEF 2nd degré Histoire-Géographie", ["M1 MEEF histoire-géo", "M1 MEEF HG"])},
       [("MF1PE07", "Didactique des mathématiques", "MF1PE"), ("MF1PE12", "Analyse de pratiques", "MF1PE"),
        ("MF1PE03", "Didactique du français", "MF1PE"), ("MF2PE03", "Mémoire et recherche", "MF2PE"),
        ("MF2PE09", "Stage en responsabilité", "MF2PE"), ("MF1SV04", "Didactique des SVT", "MF1SV"),
        ("MF1HG02", "Épistémologie de l'histoire", "MF1HG")],
       lambda c, l: [(f"{c}G{i}", f"Groupe {i} {l}", [f"groupe {i}"]) for i in range(1, 4)]
       + ([(f"{c}ALT", f"Groupe alternants {l}", ["groupe des alternants", "alternants"])] if c.startswith("MF2") else []))

# 7. École doctorale (invented): DOC.Fnnn
scheme("doctorat DOC.Xnnn (invented)", True,
       {"D1NBI": ("Doctorat NBISE 1re année", ["première année de thèse NBISE", "D1 NBISE"]),
        "D2HMS": ("Doctorat Homme Sociétés 2e année", ["deuxième année de doctorat HSS", "2e année de thèse en ED HMS"])},
       [("DOC.F101", "Éthique et intégrité scientifique", "D1NBI"), ("DOC.F102", "Science ouverte", "D1NBI"),
        ("DOC.F105", "Rédaction d'un article scientifique", "D1NBI"), ("DOC.E201", "Insertion professionnelle des docteurs", "D2HMS"),
        ("DOC.E204", "Pédagogie universitaire", "D2HMS")],
       lambda c, l: [(f"DOC{c[4:]}-{x}", f"Session {x} {l}", [f"session {x}"]) for x in "AB"])

# 8. Formation continue / DU (invented): FCxx-Mnn
scheme("formation continue FCxx-Mnn (invented)", True,
       {"FCDUGE": ("DU Capacité de Gestion des Entreprises - FOAD", ["DU capacité de gestion des entreprises", "DU CGE à distance"]),
        "FCDUFL": ("DU Français langue étrangère", ["DU FLE"])},
       [("FCGE-M01", "Comptabilité générale", "FCDUGE"), ("FCGE-M02", "Droit des sociétés", "FCDUGE"),
        ("FCGE-M03", "Gestion des ressources humaines", "FCDUGE"), ("FCGE-M04", "Fiscalité de l'entreprise", "FCDUGE"),
        ("FCFL-M01", "Phonétique corrective", "FCDUFL"), ("FCFL-M02", "Expression écrite", "FCDUFL")],
       lambda c, l: [(f"{c[:4]}{c[6:]}CEMU", f"CEMU FOAD {l}", ["groupe à distance", "groupe FOAD"]),
                     (f"{c[:4]}{c[6:]}PRES", f"Présentiel {l}", ["groupe présentiel"])])

# 9. Économie-gestion (invented): EG<year><5 letters>
scheme("économie EGnXXXXX (invented)", True,
       {"EGL1": ("Licence Économie-Gestion 1re année", ["L1 éco-gestion", "L1 économie-gestion"]),
        "EGL3": ("Licence Économie 3e année", ["L3 éco", "L3 économie"])},
       [("EG1MACRO", "MACROECONOMIE 1", "EGL1"), ("EG1STATS", "STATISTIQUES DESCRIPTIVES", "EGL1"),
        ("EG1COMPT", "COMPTABILITE GENERALE", "EGL1"), ("EG3MICRO", "MICROECONOMIE 3", "EGL3"),
        ("EG3ECONO", "ECONOMETRIE", "EGL3"), ("EG3MONNA", "ECONOMIE MONETAIRE", "EGL3")],
       lambda c, l: td_groups(c[:6], l, 5))

# 10-13: schemes seen in the CEMU FAQ (not invented)
scheme("HSS master M.1xxxx (FAQ)", False,
       {"MSOC1": ("Master 1 Sociologie", ["M1 socio", "M1 sociologie"])},
       [("M.1HRP9C", "Histoire des relations professionnelles", "MSOC1"), ("M.1MS03", "Théories du changement social", "MSOC1"),
        ("M.1MS05", "Méthodes qualitatives", "MSOC1"), ("M.1SO02", "Sociologie du travail", "MSOC1")],
       lambda c, l: [(f"{c}TD"[:10], f"TD {l}", ["TD"]), (f"{c}EM"[:10], f"EM {l}", ["EM"])])
scheme("LVE AN-nnX (FAQ)", False,
       {"LVE1A": ("LVE Anglais non-spécialistes 1re année", ["anglais LANSAD 1re année"])},
       [("AN-10A", "EC1 Langue Traduction", "LVE1A"), ("AN-10B", "EC2 Compréhension orale", "LVE1A"),
        ("AN-20A", "EC1 Langue Traduction S3", "LVE1A"), ("ES-10A", "EC1 Espagnol LANSAD", "LVE1A")],
       lambda c, l: [(f"{c}-G{i}", f"Groupe {i} {l}", [f"groupe {i}"]) for i in range(1, 4)])
scheme("IAE RCAEDnnn (FAQ)", False,
       {"MCAE1": ("Master 1 Contrôle Audit Expertise", ["M1 CAE", "M1 contrôle audit"])},
       [("RCAED334", "Audit légal", "MCAE1"), ("RCAED331", "Normes IFRS", "MCAE1"), ("RCAED335", "Systèmes d'information comptable", "MCAE1")],
       lambda c, l: [(f"ELP_{c}_CM", f"Pseudo-groupe CM {l}", ["groupe CM"]), (f"{c[1:]}EAD"[:10], f"CEMU EAD {l}", ["groupe EAD"])])
scheme("langues rares IRAN-nn (FAQ)", False,
       {"LRPER1": ("DU Langue persane 1re année", ["DU persan 1re année"])},
       [("IRAN-15", "Persan écrit 1", "LRPER1"), ("IRAN-12", "Persan oral 1", "LRPER1"), ("IRAN-21", "Civilisation iranienne", "LRPER1")],
       lambda c, l: [(f"{c.replace('-', '')}CEMU", f"CEMU {l}", ["groupe CEMU", "groupe à distance"])])
scheme("INSPE nCAnnn (FAQ)", False,
       {"PECAEN": ("Professorat des écoles CAEN", ["professorat des écoles Caen"])},
       [("1CA153", "Analyse du contexte", "PECAEN"), ("1CA154", "Posture professionnelle", "PECAEN"), ("1CA160", "Projet tutoré", "PECAEN")],
       lambda c, l: [(f"{c}G1", f"Groupe 1 {l}", ["groupe 1"]), (f"{c}G2", f"Groupe 2 {l}", ["groupe 2"])])

UNKNOWN = {  # codes APOGÉE does not know; label = why
    "DR2OBL02": "ancien code 2024-2025, archivé (remplacé par DR2OBL03)",
    "SC-MAT19": "inventé par un étudiant",
    "BGEA1.09": "n'existe pas (le BUT GEA1 s'arrête à .07)",
    "MF1PE99": "inventé",
    "LGA109C": "inventé",
    "M.1MS01": "supprimé de la modélisation (remplacé sur maquette 2019-2020)",
    "EG3MICR0": "jamais créé",
    "DOC.F199": "inventé",
}


def element_groups(sch, code, label, etp):
    if sch["groups"] is not None:
        return sch["groups"](code, label)
    if etp in BUT_ETAPES:
        return but_groups(etp)
    return pass_groups(etp)


def build():
    """Return (catalogue dict for JSON, index dict for the generator)."""
    els, etps, grps, labels = [], [], [], {}
    index = {"elements": {}, "groups_of": {}, "etape_of": {}, "scheme_of": {}, "etape_phrases": {}}
    extra_years = {}
    for name, s in SCHEMES.items():
        for e, (lab, phrases) in s["etapes"].items():
            etps.append(e); labels[e] = lab
            index["etape_phrases"][e] = phrases; index["scheme_of"][e] = name
        for code, lab, etp in s["elements"]:
            els.append(code); labels[code] = lab
            index["elements"][code] = (lab, etp, name); index["etape_of"][code] = etp; index["scheme_of"][code] = name
            gl = element_groups(s, code, lab, etp)
            index["groups_of"][code] = gl
            for g, gl_lab, _w in gl:
                if g not in labels:
                    grps.append(g); labels[g] = gl_lab; index["scheme_of"][g] = name
    # siblings never cited: other years / options, to make the catalogue realistic
    for base, lab, etp in [("DR1ANG02", "ANGLAIS JURIDIQUE 1", "DRL1"), ("DR2CIV03", "DROIT CIVIL 3", "DRL2"),
                           ("DR3INT06", "DROIT INTERNATIONAL PUBLIC", "DRL3"), ("SC-MAT13", "ANALYSE 2", "SCL1MI"),
                           ("SC-INF13", "PROGRAMMATION 2", "SCL1MI"), ("SC-PHY12", "ELECTROCINETIQUE", "SCL1PC"),
                           ("BGEA1.02", "Environnement économique", "BGEA1"), ("BINF1.02", "Développement d'interfaces web", "BINF1"),
                           ("PASSU04", "UE4 Biostatistiques", "PASS1"), ("PASSU06", "UE6 Initiation médicament", "PASS1"),
                           ("LGA102C", "Phonétique anglaise", "LLA1"), ("MF1PE05", "Éducation physique et sportive", "MF1PE"),
                           ("EG1MICRO", "MICROECONOMIE 1", "EGL1"), ("FCGE-M05", "Marketing", "FCDUGE"),
                           ("DOC.F103", "Gestion de données de la recherche", "D1NBI")]:
        els.append(base); labels[base] = lab; index["etape_of"][base] = etp
        index["scheme_of"][base] = index["scheme_of"][etp]
        sch = SCHEMES[index["scheme_of"][etp]]
        for g, gl_lab, _w in element_groups(sch, base, lab, etp):
            if g not in labels:
                grps.append(g); labels[g] = gl_lab
    for u, why in UNKNOWN.items():
        labels[u] = why
    cat = {"elements": els, "etapes": etps, "groups": grps, "unknown": list(UNKNOWN), "labels": labels}
    return cat, index


if __name__ == "__main__":
    c, _ = build()
    print(len(c["elements"]), len(c["etapes"]), len(c["groups"]), len(c["unknown"]))
    allc = c["elements"] + c["etapes"] + c["groups"] + c["unknown"]
    assert len(allc) == len(set(allc)), [x for x in allc if allc.count(x) > 1]
    for x in c["elements"]:
        assert len(x) <= 8, x
    for x in c["etapes"]:
        assert len(x) <= 6, x
    for x in c["groups"]:
        assert len(x) <= 10 or x.startswith("ELP_"), x
