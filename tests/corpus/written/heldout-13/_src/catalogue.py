"""Catalogue of codes for heldout-13: cited codes (with labels) + siblings per scheme."""
import random, json

rnd = random.Random(1313)

# scheme name -> (kind, cited {code: label})
SCHEMES = {
 "alencon AL+sem+dept3+nn (IUT Alençon)": {
   "elements": {"AL1MMI03": "Culture numérique et création", "AL3QLI12": "QLIO S3 - Gestion de production",
                "AL2GEA07": "GEA S2 Comptabilité de gestion", "AL1MMI05": "Intégration web 1", "AL2MMI04": "Developpement web S2"},
   "etapes": {"ALBMM1": "BUT MMI 1ERE ANNEE ALENCON", "ALBQL2": "BUT QLIO 2e annee - Alencon"},
   "groups": {"ALMM1-TD2": "TD2 MMI1 Alencon", "ALMM1-TP2A": "TP2A MMI1 Alencon", "ALMM1-TP2B": "TP2B MMI1 Alencon"}},
 "esix X<year>-<DEPT><nn> (ESIX Normandie, Cherbourg)": {
   "elements": {"X2-ROB05": "Robotique mobile", "X1-MEC04": "Mécanique des solides 1", "X3-AGR11": "Génie des procédés agroalimentaires"},
   "etapes": {"ESXRB2": "Ingénieur ESIX SEMB 2A Cherbourg", "ESXME1": "ESIX 1A Mecatronique"},
   "groups": {"XRB2-TP3": "TP3 ESIX 2A SEMB"}},
 "lisieux LXS<sem><dept2><nn> (IUT Lisieux)": {
   "elements": {"LXS1CJ05": "Droit des obligations CJ S1", "LXS3GA02": "GACO S3 - Marketing"},
   "etapes": {"LXBCJ1": "BUT Carrières Juridiques 1 - Lisieux"},
   "groups": {"LXCJ1-G3": "Groupe 3 CJ1 Lisieux"}},
 "sante <ANNEE>.<UEnn> (UFR Santé, médecine)": {
   "elements": {"PAS.UE04": "PASS UE4 Biologie cellulaire", "DFG2.U12": "DFGSM2 UE12 Cardio-vasculaire", "DFA1.M07": "DFASM1 Module 7 Pédiatrie"},
   "etapes": {"MEPASS": "Parcours Accès Spécifique Santé", "MEDFG2": "DFGSM 2 MEDECINE"},
   "groups": {"PASS-ED14": "PASS ED groupe 14", "DFG2-ST3": "DFGSM2 stage groupe 3"}},
 "langues CL-<LNG><niv><lettre> (centre de langues)": {
   "elements": {"CL-ANG3B": "Anglais LANSAD niveau 3 B", "CL-ESP1A": "Espagnol débutant A", "CL-FLE2C": "FLE niveau B1 etudiants internationaux"},
   "etapes": {},
   "groups": {"CLANG3B-G4": "Anglais N3B gpe 4", "CLFLE2C-G1": "FLE 2C groupe 1"}},
 "doctoral ED<nnn>-<nn> (écoles doctorales)": {
   "elements": {"ED556-14": "Formation transversale : éthique de la recherche", "ED591-03": "Rédaction scientifique en anglais", "ED497-21": "Intégrité scientifique"},
   "etapes": {"DOC556": "Doctorat ED 556 HSRT", "DOC591": "DOCTORAT PSIME"},
   "groups": {}},
 "formcontinue FC<DIP>-<nn> (formation continue)": {
   "elements": {"FCCGE-12": "Capacité gestion - Droit des affaires", "FCCGE-04": "Capacité gestion - Comptabilité", "FCRHM-07": "DU RH Management - Paie"},
   "etapes": {"FCCGE1": "DU Capacite de Gestion des Entreprises FOAD", "FCRHM1": "DU Ressources humaines et management"},
   "groups": {"FCCGE-FOAD": "CEMU FOAD Capacite gestion", "FCCGE-SAM": "Capacite gestion samedi presentiel"}},
 "droit J<L/M><n>S<s><MAT> (UFR Droit)": {
   "elements": {"JL2S3CIV": "Droit civil 3 - Régime général des obligations", "JL1S1HIS": "Histoire du droit et des institutions", "JL3S5FIS": "Droit fiscal general", "JM1S1AFF": "Droit des affaires approfondi"},
   "etapes": {"JLDRT2": "L2 DROIT", "JLDRT1": "Licence 1 Droit - Caen"},
   "groups": {"JL2-TD07": "TD 7 L2 Droit", "JL1-TD12": "TD12 L1 DROIT"}},
 "staps APS<L><S>-<nn> (STAPS)": {
   "elements": {"APS11-06": "Anatomie fonctionnelle", "APS23-02": "Psychologie du sport", "APS35-11": "Méthodologie de l'entraînement"},
   "etapes": {"APSL1": "L1 STAPS", "APSL3E": "L3 STAPS Entrainement sportif"},
   "groups": {"APSL1-G5": "STAPS L1 groupe 5"}},
 "iae IA<M1/M2><SP><nn> (IAE Caen)": {
   "elements": {"IAM1FI07": "Analyse financière approfondie", "IAM2RH03": "GRH internationale", "IAM1MK02": "Marketing digital"},
   "etapes": {"IAM1FI": "Master 1 Finance IAE", "IAM2RH": "M2 GRH - IAE Caen"},
   "groups": {"IAM1FI-ALT": "M1 Finance alternants", "IAM2RH-FI": "M2 RH formation initiale"}},
 "sciences S<MAT><nnn> (UFR Sciences, letters+digits)": {
   "elements": {"SINF301": "Algorithmique avancée", "SMAT205": "Algèbre linéaire 2", "SPHY210": "Thermodynamique", "SBIO104": "Biologie cellulaire L1"},
   "etapes": {"SLINF3": "Licence 3 Informatique", "SLMAT1": "L1 MATHS"},
   "groups": {"SLINF3-TP2": "TP2 L3 info"}},
 "hss <L/M>.<n>.<XXnn> dotted (UFR HSS)": {
   "elements": {"M.1.PS07": "Psychopathologie de l'adulte", "L.2.SO04": "Sociologie de la famille", "L.2.PS03": "Psychologie du développement 2"},
   "etapes": {"PSYL2": "Licence 2 Psychologie"},
   "groups": {"PSYL2-EAD": "L2 Psycho CEMU EAD", "PSYL2-TD4": "L2 Psycho TD4"}},
 "lve XX-nnX dash (UFR LVE)": {
   "elements": {"AN-21C": "Civilisation britannique S1", "AN-10B": "Grammaire anglaise", "ES-31A": "Littérature espagnole du Siècle d'Or"},
   "etapes": {"LLCAN2": "Licence 2 LLCER Anglais"},
   "groups": {"AN21C-TD3": "TD3 civi GB"}},
 "inspe <n><XX><nnn> digits+letters (INSPE)": {
   "elements": {"1CA153": "Analyse du contexte", "2EP214": "EPS et pratiques pédagogiques", "1PE118": "Maitrise de la langue"},
   "etapes": {"MEEF1P": "MASTER MEEF 1ER DEGRE M1", "MEEF2S": "Master MEEF 2nd degré M2"},
   "groups": {"1PE-SLO": "MEEF1 site Saint-Lo"}},
}

UNKNOWN = ["AL3QLI11", "SINF399", "ED556-09", "PAS.UE11"]

def L(x):
    return rnd.choice([x, x.upper(), x.replace("é", "e").replace("è", "e")])

def siblings():
    el, et, gp, lab = [], [], [], {}
    def add(lst, code, label):
        if code in lab or code in UNKNOWN:
            return
        lst.append(code); lab[code] = label[:60]
    topics = ["Mathématiques", "Anglais", "Projet tutoré", "Communication", "Droit du travail", "Statistiques",
              "Gestion de projet", "Informatique", "Économie", "Méthodologie", "Expression", "Stage", "Management",
              "Physique", "Chimie", "Sociologie", "Histoire", "Outils numériques", "Éthique", "Marketing"]
    # A alencon
    for s in range(1, 7):
        for d in ["MMI", "QLI", "GEA"]:
            for n in range(1, 13):
                add(el, f"AL{s}{d}{n:02d}", L(f"{d} S{s} - {rnd.choice(topics)}"))
    for d, nm in [("MM", "MMI"), ("QL", "QLIO"), ("GE", "GEA")]:
        for y in (1, 2, 3):
            add(et, f"ALB{d}{y}", L(f"BUT {nm} {y}e annee Alencon"))
            for t in ["TD1", "TD2", "TD3", "TP1A", "TP1B", "TP2A", "TP2B"]:
                add(gp, f"AL{d}{y}-{t}", f"{t} {nm}{y} Alencon")
    # B esix
    for y in (1, 2, 3):
        for d in ["MEC", "ROB", "AGR", "INF", "ELE"]:
            for n in range(1, 13):
                add(el, f"X{y}-{d}{n:02d}", L(f"ESIX {y}A {d} - {rnd.choice(topics)}"))
        for d in ["ME", "RB", "AG"]:
            add(et, f"ESX{d}{y}", L(f"Ingenieur ESIX {d} {y}e annee"))
            for t in ["TP1", "TP2", "TP3", "TD1", "TD2"]:
                add(gp, f"X{d}{y}-{t}", f"{t} ESIX {y}A {d}")
    # C lisieux
    for s in range(1, 7):
        for d in ["CJ", "GA", "TC"]:
            for n in range(1, 11):
                add(el, f"LXS{s}{d}{n:02d}", L(f"{d} S{s} {rnd.choice(topics)} Lisieux"))
    for d in ["CJ", "GA", "TC"]:
        for y in (1, 2, 3):
            add(et, f"LXB{d}{y}", L(f"BUT {d} {y} - Lisieux"))
            for g in range(1, 5):
                add(gp, f"LX{d}{y}-G{g}", f"Groupe {g} {d}{y} Lisieux")
    # D sante
    for n in range(1, 16):
        add(el, f"PAS.UE{n:02d}" if n != 11 else "PAS.UE15", L(f"PASS UE{n} {rnd.choice(topics)}"))
    for a in ["DFG2", "DFG3"]:
        for n in range(1, 20):
            add(el, f"{a}.U{n:02d}", L(f"{a} UE{n} {rnd.choice(['Cardio', 'Neuro', 'Pneumo', 'Uro-néphro', 'Hémato', 'Santé publique'])}"))
    for a in ["DFA1", "DFA2"]:
        for n in range(1, 15):
            add(el, f"{a}.M{n:02d}", L(f"{a} module {n}"))
    for e, l in [("MEPASS", "PASS"), ("MEDFG2", "DFGSM2"), ("MEDFG3", "DFGSM3"), ("MEDFA1", "DFASM1"), ("MEDFA2", "DFASM2"), ("MEDFA3", "DFASM3")]:
        add(et, e, L(f"{l} Medecine Caen"))
    for n in range(1, 25):
        add(gp, f"PASS-ED{n:02d}", f"PASS ED groupe {n}")
    for a in ["DFG2", "DFG3"]:
        for n in range(1, 7):
            add(gp, f"{a}-ST{n}", f"{a} stage groupe {n}")
    # E langues
    for lg in ["ANG", "ESP", "ALL", "ITA", "FLE", "CHI", "JAP", "RUS"]:
        for lv in range(1, 5):
            for lt in "ABC":
                add(el, f"CL-{lg}{lv}{lt}", L(f"{lg} niveau {lv} {lt} - centre de langues"))
                for g in range(1, 5):
                    if rnd.random() < 0.35:
                        add(gp, f"CL{lg}{lv}{lt}-G{g}", f"{lg} {lv}{lt} gpe {g}")
    # F doctoral
    for ed in ["556", "591", "497", "98", "242"]:
        ed3 = ed if len(ed) == 3 else ed.zfill(3)
        for n in range(1, 31):
            add(el, f"ED{ed3}-{n:02d}", L(f"ED {ed3} formation doctorale {n}"))
        add(et, f"DOC{ed3}", L(f"Doctorat ED {ed3}"))
    # G formation continue
    for dp in ["CGE", "RHM", "CAP", "DEU", "MDI"]:
        for n in range(1, 16):
            add(el, f"FC{dp}-{n:02d}", L(f"DU {dp} - {rnd.choice(topics)}"))
        add(et, f"FC{dp}1", L(f"DU {dp} formation continue"))
        for t in ["FOAD", "SAM", "SOIR"]:
            add(gp, f"FC{dp}-{t}", f"{dp} {t}" + (" CEMU" if t == "FOAD" else ""))
    # H droit
    mats = ["CIV", "HIS", "FIS", "CON", "ADM", "PEN", "AFF", "TRA", "EUR", "INT", "SOC", "FIN"]
    for lv in ["L1", "L2", "L3", "M1", "M2"]:
        base = {"L1": 1, "L2": 3, "L3": 5, "M1": 1, "M2": 3}[lv]
        for s in (base, base + 1):
            for m in mats:
                add(el, f"J{lv}S{s}{m}", L(f"{m} {lv} S{s} droit"))
    for y in (1, 2, 3):
        add(et, f"JLDRT{y}", L(f"Licence {y} Droit"))
        for t in range(1, 16):
            add(gp, f"JL{y}-TD{t:02d}", f"TD {t} L{y} Droit")
    # I staps
    for l in (1, 2, 3):
        for s in (2 * l - 1, 2 * l):
            for n in range(1, 13):
                add(el, f"APS{l}{s}-{n:02d}", L(f"STAPS L{l} S{s} {rnd.choice(topics)}"))
        add(et, f"APSL{l}", L(f"L{l} STAPS"))
        for g in range(1, 9):
            add(gp, f"APSL{l}-G{g}", f"STAPS L{l} groupe {g}")
    for sp in "EAM":
        add(et, f"APSL3{sp}", L(f"L3 STAPS parcours {sp}"))
    # J iae
    for m in ["M1", "M2"]:
        for sp in ["FI", "RH", "MK", "CG", "AE"]:
            for n in range(1, 13):
                add(el, f"IA{m}{sp}{n:02d}", L(f"IAE {m} {sp} - {rnd.choice(topics)}"))
            add(et, f"IA{m}{sp}", L(f"Master {m[1]} {sp} IAE Caen"))
            for t in ["ALT", "FI", "FC"]:
                add(gp, f"IA{m}{sp}-{t}", f"{m} {sp} {t}")
    # K sciences
    for mt in ["INF", "MAT", "PHY", "BIO", "CHI", "STE"]:
        for lv in (1, 2, 3):
            for n in range(1, 16):
                add(el, f"S{mt}{lv}{n:02d}", L(f"{mt} L{lv} - {rnd.choice(topics)}"))
        for lv in (1, 2, 3):
            add(et, f"SL{mt}{lv}", L(f"Licence {lv} {mt}"))
            for t in ["TP1", "TP2", "TP3", "TD1", "TD2"]:
                add(gp, f"SL{mt}{lv}-{t}", f"{t} L{lv} {mt}")
    # L hss
    for lv in ["L.1", "L.2", "L.3", "M.1", "M.2"]:
        for d in ["PS", "SO", "GE", "HI"]:
            for n in range(1, 13):
                add(el, f"{lv}.{d}{n:02d}", L(f"{d} {lv.replace('.', '')} {rnd.choice(topics)}"))
    for d in ["PSY", "SOC", "GEO", "HIS"]:
        for y in (1, 2, 3):
            add(et, f"{d}L{y}", L(f"Licence {y} {d}"))
            for t in ["TD1", "TD2", "TD3", "TD4", "EAD"]:
                add(gp, f"{d}L{y}-{t}", f"{d} L{y} {t}" + (" CEMU" if t == "EAD" else ""))
    # M lve
    for lg in ["AN", "ES", "AL", "IT"]:
        for lv in (1, 2, 3):
            for n in range(0, 10):
                for lt in "ABC":
                    if rnd.random() < 0.5 or (lv, n) == (2, 1):
                        add(el, f"{lg}-{lv}{n}{lt}", L(f"{lg} L{lv} EC{n}{lt} {rnd.choice(topics)}"))
        for y in (1, 2, 3):
            add(et, f"LLC{lg}{y}", L(f"Licence {y} LLCER {lg}"))
    for t in range(1, 6):
        add(gp, f"AN21C-TD{t}", f"TD{t} civi GB")
    # N inspe
    for p in ["CA", "EP", "PE", "SD"]:
        for a in (1, 2):
            for n in range(100, 130, 2):
                add(el, f"{a}{p}{n + (50 if p == 'CA' else 0) + (100 if a == 2 else 0)}", L(f"MEEF {p} M{a} UE {n}"))
    for e in ["MEEF1P", "MEEF2P", "MEEF1S", "MEEF2S", "MEEF1E", "MEEF2E"]:
        add(et, e, L(f"Master MEEF {e[4]} {e[5]}"))
    for site in ["SLO", "ALE", "CAE", "CHE"]:
        for a in (1, 2):
            add(gp, f"{a}PE-{site}", f"MEEF{a} site {site}")
    return el, et, gp, lab

def build():
    el, et, gp, lab = [], [], [], {}
    scheme_of = {}
    for sname, d in SCHEMES.items():
        for kind, lst in (("elements", el), ("etapes", et), ("groups", gp)):
            for c, l in d[kind].items():
                lst.append(c); lab[c] = l; scheme_of[c] = sname
    sel, set_, sgp, slab = siblings()
    for c in sel:
        if c not in lab: el.append(c); lab[c] = slab[c]
    for c in set_:
        if c not in lab: et.append(c); lab[c] = slab[c]
    for c in sgp:
        if c not in lab: gp.append(c); lab[c] = slab[c]
    return {"elements": el, "etapes": et, "groups": gp, "unknown": UNKNOWN, "labels": lab}, scheme_of

UNKNOWN_SCHEME = {"AL3QLI11": "alencon AL+sem+dept3+nn (IUT Alençon)", "SINF399": "sciences S<MAT><nnn> (UFR Sciences, letters+digits)",
                  "ED556-09": "doctoral ED<nnn>-<nn> (écoles doctorales)", "PAS.UE11": "sante <ANNEE>.<UEnn> (UFR Santé, médecine)"}
