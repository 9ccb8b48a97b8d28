"""Catalogue (codes + labels) for train-p. Imported by gen.py."""
import random

R = random.Random(4242)

# cited codes with labels (canonical)
CITED_ELEMENTS = {
    # A  FAQ-like H+letters+digits (UFR LVE / LANSAD)
    "HLAN201": "Anglais LANSAD S2", "HANG305": "Civilisation britannique 3",
    "HESP112": "ESPAGNOL - Grammaire et expression écrite S1", "HANG105": "Phonetique anglaise S1",
    # B  FAQ-like dotted master (UFR HSS)
    "M.1HRP9C": "Histoire des relations internationales - séminaire",
    "M.1SOC4A": "Sociologie des organisations", "M.2GEO3B": "Geographie des risques M2",
    # C  FAQ-like letters-dash-digits+letter (IAE)
    "MKG-31A": "Marketing digital et e-commerce", "FIN-12B": "Finance d'entreprise approfondie",
    # D  invented BUT ressource (IUT Grand Ouest Normandie)
    "BTCR3.04": "R3.04 Marketing - Etudes marketing (TC Lisieux)",
    "BTCS3.01": "SAE 3.01 Conception d'une strategie marketing",
    "BGER1.05": "R1.05 Fondamentaux de la comptabilite GEA",
    # E  invented droit dotted
    "DR1.CIV2": "Droit civil 2 - Les personnes", "DR2.CIV3": "Droit civil 3 : obligations",
    "DR2.ADM1": "Droit administratif 1", "DR3.PEN2": "DROIT PENAL SPECIAL",
    # F  invented santé dash UE
    "PAS-UE07": "UE7 Sante Societe Humanite", "PAS-UE11": "UE 11 - Physiologie",
    "LAS-MIN2": "Mineure sante 2 (LAS)",
    # G  invented sciences digit-first
    "5INF02A": "Bases de donnees avancees", "5INF07B": "Compilation",
    "3MAT01A": "Analyse 3 - Series", "1BIO04C": "Biologie cellulaire",
    # H  invented psycho letters+digits+E
    "PSY104E": "Psychologie du developpement 1", "PSY112E": "Methodologie et statistiques 1",
    "PSY301E": "Psychologie sociale 3",
    # I  invented DU dotted module
    "CGE.MOD4": "Module 4 - Comptabilite generale", "CGE.MOD1": "Module 1 - Economie de l'entreprise",
    # J  invented doctoral formations
    "EDFT-042": "Ethique de la recherche et integrite scientifique",
    # K  invented EAD D-dash
    "DHIS3-05": "Histoire moderne : l'Europe des Lumieres (EAD)", "DHIS3-11": "Historiographie (EAD)",
    # L  invented alternance
    "MG2ALT07": "Gestion de projet agile (alternants)", "MG2ALT11": "Architecture des SI",
}
CITED_ETAPES = {
    "L1PSY": "Licence 1 Psychologie", "L3PSY": "L3 PSYCHOLOGIE",
    "BUTC2L": "BUT TC 2e annee - Lisieux", "BUGEA1": "BUT Gestion des entreprises et des administrations 1A Caen",
    "L1DRT": "L1 DROIT", "L2DRT": "Licence Droit 2e année", "L3DRT": "Licence 3 Droit Caen",
    "M2MIAG": "M2 MIAGE parcours alternance", "PASS1C": "PASS - Parcours Acces Specifique Sante Caen",
    "LASSV1": "LAS 1 Sciences de la vie", "DOCCHI": "Doctorat Chimie", "DOCHIS": "DOCTORAT HISTOIRE",
    "DUCGE": "DU Capacite de Gestion des Entreprises - FOAD", "DUFLEI": "DU FLE intensif",
    "L3HISD": "L3 Histoire - enseignement a distance", "L3INFO": "Licence 3 Informatique",
    "LEAAE2": "L2 LEA anglais-espagnol", "M1MKG": "Master 1 Marketing vente IAE",
    "M1HRP": "M1 Histoire relations internationales", "ERADRT": "Erasmus accueil Droit",
}
CITED_GROUPS = {
    "BTC2L-TP1A": "TP 1A BUT TC2 Lisieux", "BTC2L-TP2B": "TP 2B BUT TC2 Lisieux",
    "BGEA1-TD1": "TD1 GEA 1A", "BGEA1-TD3": "TD3 GEA 1A",
    "DR2CIVTD3": "TD 3 Droit civil L2", "DR2CIVTD7": "TD 7 Droit civil L2",
    "DR1CIVTD12": "TD 12 Droit civil L1",
    "PASSG12": "PASS groupe 12", "PASSG04": "PASS groupe 04",
    "5INF02ATP2": "TP2 BDD avancees", "PSY1GR05": "Groupe 5 L1 psycho", "PSY1GR08": "Groupe 8 L1 psycho",
    "MG2-ALT": "Groupe alternants M2 MIAGE", "MG2-INIT": "Groupe formation initiale M2 MIAGE",
    "M.1HRP9CTD": "M1 HRI TD", "M.1HRP9CEM": "M1 HRI EM",
    "HANG305TD1": "TD1 Civi brit 3", "HANG305TD2": "TD2 Civi brit 3",
}
UNKNOWN = ["DR2.CIV9", "HLAN210"]

LANG_SUBJ = ["Anglais", "Allemand", "Espagnol", "Italien", "Portugais", "Russe", "Chinois", "Arabe"]
WORDS = ["Methodologie", "Civilisation", "Litterature", "Traduction", "Linguistique", "Phonetique",
         "Histoire", "Expression orale", "Grammaire", "Version", "Theme", "Projet tutore"]


def siblings():
    el, et, gp, lab = {}, {}, {}, {}
    # A
    for p in ["HLAN", "HANG", "HESP", "HALL", "HITA", "HRUS", "HPOR"]:
        for s in range(1, 7):
            for n in R.sample(range(1, 16), 4):
                c = f"{p}{s}{n:02d}"
                lab[c] = R.choice(["{w} S{s}", "{W} - semestre {s}", "{w} {l} {s}"]).format(
                    w=R.choice(WORDS), W=R.choice(WORDS).upper(), s=s, l=R.choice(LANG_SUBJ))
                el[c] = 1
    for c in ["LLCAN1", "LLCAN2", "LLCAN3", "LLCES1", "LLCES2", "LEAAE1", "LEAAE3", "LEAAL1", "LEAAL2"]:
        et[c] = 1; lab[c] = R.choice(["Licence LLCER", "L LEA", "LICENCE LANGUES"]) + f" {c[-1]}e annee"
    # B
    for lv in "12":
        for t in ["HRP", "SOC", "GEO", "HIS", "PHI", "SCI", "ARC"]:
            for k in R.sample(range(1, 10), 3):
                c = f"M.{lv}{t}{k}{R.choice('ABC')}"
                el[c] = 1; lab[c] = f"M{lv} {t.lower()} - {R.choice(WORDS)}"
    for c in ["M1SOC", "M2SOC", "M2HRP", "M1GEO", "M2GEO", "M1PHI"]:
        et[c] = 1; lab[c] = f"Master {c[1]} {c[2:]}"
    # C
    for t in ["MKG", "FIN", "RHM", "CPT", "STR", "DRA", "SIG"]:
        for n in R.sample(range(10, 45), 6):
            c = f"{t}-{n}{R.choice('ABC')}"
            el[c] = 1; lab[c] = f"{t} {R.choice(WORDS)} {n}"
    for c in ["M2MKG", "M1FIN", "M2FIN", "M1CCA", "M2CCA", "L3GES"]:
        et[c] = 1; lab[c] = f"IAE Caen - {c}"
    # D
    for dep, etp in [("BTC", "BUTC"), ("BGE", "BUGE"), ("BIN", "BUIN"), ("BCJ", "BUCJ")]:
        for s in range(1, 7):
            for kind in "RS":
                for n in R.sample(range(1, 14), 4 if kind == "R" else 2):
                    c = f"{dep}{kind}{s}.{n:02d}"
                    el[c] = 1
                    lab[c] = f"{kind}{s}.{n:02d} " + R.choice(["Ressource", "SAE", "Projet", "Communication"])
    for c in ["BUTC1L", "BUTC3L", "BUTC1V", "BUTC2V", "BUGEA2", "BUGEA3", "BUINF1", "BUINF2", "BUCJ1C"]:
        et[c] = 1; lab[c] = f"BUT {c[2:4]} {c[4]}A {'Lisieux' if c.endswith('L') else 'Caen'}"
    for c in ["BTC2L-TD1", "BTC2L-TD2", "BTC2L-TP1B", "BTC2L-TP2A", "BGEA1-TD2", "BGEA1-TD4", "BTC1L-TP1A"]:
        gp[c] = 1; lab[c] = c.replace("-", " ")
    # E
    for y in "123":
        for m in ["CIV", "ADM", "PEN", "CON", "HDR", "INT", "AFF", "FIS", "TRV"]:
            for k in range(1, 5):
                c = f"DR{y}.{m}{k}"
                el[c] = 1; lab[c] = R.choice(["Droit {m} {k}", "DROIT {M} {k}", "{m} - L{y} semestre {k}"]).format(
                    m=m.lower(), M=m, k=k, y=y)
    et.update({"L1DRTV": 1, "L2DRTV": 1, "M1DPRI": 1, "M1DPUB": 1, "CAPAD1": 1})
    for c in ["L1DRTV", "L2DRTV", "M1DPRI", "M1DPUB", "CAPAD1"]:
        lab[c] = f"Droit {c}"
    for y, n in [("1", 16), ("2", 12), ("3", 8)]:
        for t in range(1, n + 1):
            c = f"DR{y}CIVTD{t}"
            if c not in CITED_GROUPS:
                gp[c] = 1; lab[c] = f"TD {t} Droit civil L{y}"
    # F
    for p in ["PAS", "LAS"]:
        for u in ["UE01", "UE02", "UE03", "UE04", "UE05", "UE06", "UE08", "UE09", "UE10", "UE12", "MIN1", "MIN3", "TUT1"]:
            c = f"{p}-{u}"; el[c] = 1; lab[c] = f"{p} {u} " + R.choice(["Chimie", "Biochimie", "Anatomie", "SHS", "Physique"])
    for c in ["LASDR1", "LASPS1", "LASEC1", "LASST1"]:
        et[c] = 1; lab[c] = f"LAS 1 {c[3:5]}"
    for g in range(1, 21):
        c = f"PASSG{g:02d}"
        if c not in CITED_GROUPS:
            gp[c] = 1; lab[c] = f"PASS G{g}"
    # G
    for s in range(1, 7):
        for d in ["INF", "MAT", "BIO", "PHY", "CHI", "GEO"]:
            for n in R.sample(range(1, 12), 3):
                c = f"{s}{d}{n:02d}{R.choice('ABC')}"
                el[c] = 1; lab[c] = f"{d} S{s} {R.choice(WORDS)}"
    for c in ["L1INFO", "L2INFO", "L1MATH", "L2SVTE", "L3SVTE", "L1PHYC"]:
        et[c] = 1; lab[c] = f"Licence {c[0:2]} {c[2:]}"
    for c in ["5INF02ATP1", "5INF02ATP3", "1BIO04CTD1", "1BIO04CTD2", "1BIO04CTD5"]:
        gp[c] = 1; lab[c] = c
    # H
    for l in "12345":
        for n in range(1, 16):
            c = f"PSY{l}{n:02d}E"; el[c] = 1; lab[c] = f"Psycho L{l} EC{n}"
    for c in ["L2PSY", "M1PSY", "M2PSYC"]:
        et[c] = 1; lab[c] = f"{c} Psychologie"
    for g in range(1, 13):
        c = f"PSY1GR{g:02d}"
        if c not in CITED_GROUPS:
            gp[c] = 1; lab[c] = f"Gr {g} L1 psycho"
    # I
    for p in ["CGE", "DFL", "DCR", "DUE"]:
        for m in range(1, 9):
            c = f"{p}.MOD{m}"; el[c] = 1; lab[c] = f"DU {p} module {m}"
    for c in ["DUCRIM", "DUEUR", "DUFLEE"]:
        et[c] = 1; lab[c] = f"DU {c[2:]}"
    gp["CGE-FOAD"] = 1; lab["CGE-FOAD"] = "CGE a distance"
    # J
    for n in R.sample(range(1, 200), 40):
        c = f"EDFT-{n:03d}"; el[c] = 1; lab[c] = f"Formation transverse {n}"
    for c in ["DOCMAT", "DOCBIO", "DOCPHY", "DOCDRT", "DOCPSY", "DOCGEO"]:
        et[c] = 1; lab[c] = f"Doctorat {c[3:]}"
    # K
    for d in ["HIS", "GEO", "LET", "PHI"]:
        for y in "123":
            for n in R.sample(range(1, 14), 5):
                c = f"D{d}{y}-{n:02d}"; el[c] = 1; lab[c] = f"{d} L{y} EAD {n}"
    for c in ["L1HISD", "L2HISD", "L1GEOD", "L2LETD"]:
        et[c] = 1; lab[c] = f"{c} distance"
    gp["DHIS3EAD"] = 1; lab["DHIS3EAD"] = "L3 HIS EAD"
    # L
    for y in "12":
        for n in range(1, 16):
            c = f"MG{y}ALT{n:02d}"; el[c] = 1; lab[c] = f"MIAGE M{y} alternance {n}"
    et["M1MIAG"] = 1; lab["M1MIAG"] = "M1 MIAGE"
    gp["MG1-ALT"] = 1; lab["MG1-ALT"] = "M1 MIAGE alternants"
    return el, et, gp, lab


def build():
    el, et, gp, lab = siblings()
    for d, tgt in [(CITED_ELEMENTS, el), (CITED_ETAPES, et), (CITED_GROUPS, gp)]:
        for c, l in d.items():
            tgt[c] = 1; lab[c] = l
    for u in UNKNOWN:
        el.pop(u, None); lab.pop(u, None)
    return {"elements": sorted(el), "etapes": sorted(et), "groups": sorted(gp),
            "unknown": UNKNOWN, "labels": {k: lab[k][:60] for k in sorted(set(el) | set(et) | set(gp))}}
