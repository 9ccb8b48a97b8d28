# catalogue: schemes, cited codes with labels, siblings
import random
R = random.Random(15)

SCHEMES = {
 # name: (kind, invented?, example)
 "lettres+chiffres (HANG204)": ("element", False),
 "M.point (M.1SOC2A)": ("element", False),
 "chiffre-prefixe INSPE (1CA157)": ("element", False),
 "tiret LVE (AN-20B)": ("element", False),
 "groupe element+TD (M.1SOC2ATD)": ("group", False),
 "pseudo-groupe ELP_ (ELP_HPSY215_CM)": ("group", False),
 "droit JDn-XXXn (JD2-OBL3)": ("element", True),
 "IUT site+spec+sem+R/S (CGEA3R05)": ("element", True),
 "sciences Sxn.XXXn (SB2.GEN3)": ("element", True),
 "ESIX XfiliereSemUnn (XMP7U03)": ("element", True),
 "formation continue FCxxx-nn (FCMGT-07)": ("element", True),
 "ecole doctorale EDnnnFnn (ED556F12)": ("element", True),
 "INSPE MEEF MFnPEnnn (MF1PE305)": ("element", True),
 "sante Pn-UEnn (P1-UE07)": ("element", True),
 "IAE MnXX-Cnn (M1FI-C07)": ("element", True),
 "etape droit JDLnX (JDL1G)": ("etape", True),
 "etape IUT B+spec+site+annee (BGEAC2)": ("etape", True),
 "etape sciences SLnXXX (SL2BIO)": ("etape", True),
 "etapes diverses (PSYL1, PASS1, DOC556, MEF1PE, IAM1FI, XIMP4, DUCGEF, HLL1AN)": ("etape", True),
 "groupe etape-TDnn (JDL1-TD07, GEAC2-TP3B)": ("group", True),
 "groupe CEMU-xxx (CEMU-PSY1)": ("group", True),
}

labels = {}
elements, etapes, groups, unknown = set(), set(), set(), set()

def E(code, lab): elements.add(code); labels[code] = lab
def T(code, lab): etapes.add(code); labels[code] = lab
def G(code, lab): groups.add(code); labels[code] = lab

# ---- cited codes (labels written the composantes' way)
E("HANG204", "Anglais de specialite S4"); E("HESP110", "ESPAGNOL LV2 S1"); E("HALL301", "Allemand : version et theme")
E("HPSY103", "Psychologie du developpement 1"); E("HPSY215", "Psycho sociale - methodes d'enquete")
E("M.1SOC2A", "Sociologie des organisations"); E("M.1HIS4C", "Histoire contemporaine - l'Europe au XXe s.")
E("1CA157", "Didactique des mathematiques"); E("2HR7C", "Histoire des religions 7")
E("AN-20B", "EC2 Langue Grammaire"); E("AN-10A", "EC1 Langue Traduction")
E("JD1-CIV2", "Droit civil 2 - Personnes et famille"); E("JD2-OBL3", "Droit des obligations (3)"); E("JD3-FIS1", "DROIT FISCAL GENERAL")
E("JD1-HDI1", "Hist. du droit et des institutions")
E("CGEA3R05", "R3.05 Fiscalite"); E("LTC1R12", "R1.12 Marketing fondamentaux Lisieux"); E("CINF2S01", "SAE 2.01 Developpement d'une appli")
E("VMP2R04", "R2.04 Mesures physiques - Vire")
E("SB2.GEN3", "Genetique 3"); E("SM1.ALG1", "Algebre lineaire 1"); E("SP1.MEC2", "Mecanique du point")
E("SB2.BCE1", "Biologie cellulaire")
E("XMP7U03", "Robotique industrielle"); E("XAG5U11", "Agroalimentaire - genie des procedes")
E("FCMGT-07", "Management d'equipe (FOAD)"); E("FCCPT-02", "Comptabilite generale - FC")
E("ED556F12", "Ethique de la recherche et integrite scientifique"); E("ED558F03", "Anglais scientifique doctorants")
E("MF1PE305", "Enseigner les mathematiques au cycle 3"); E("MF2PE112", "Memoire M2 MEEF 1er degre")
E("P1-UE07", "UE7 Sante, societe, humanite"); E("P1-UE11B", "UE11 Anatomie - partie B")
E("M1FI-C07", "Corporate Finance"); E("M1FI-C02", "Analyse financiere approfondie")
for c, l in [("JDL1G", "L1 DROIT CAEN"), ("JDL2G", "Licence 2 Droit"), ("JDL3P", "3e annee Licence Droit parcours public"),
             ("BGEAC2", "BUT GEA 2eme annee - Caen"), ("BTCL1", "BUT TC 1A LISIEUX"), ("BINFC2", "B.U.T. Informatique 2e annee (Caen Ifs)"),
             ("BMPV2", "BUT Mesures Physiques 2A Vire"),
             ("SL2BIO", "Licence 2 Sciences de la vie"), ("SL1MIA", "L1 MATHS-INFO (MIA)"), ("SL1PHY", "L1 Physique chimie"),
             ("PSYL1", "LICENCE 1 PSYCHOLOGIE"), ("PSYL2", "Licence psycho 2eme annee"),
             ("PASS1", "Parcours d'acces specifique sante"), ("LAS2SV", "LAS 2 Sciences de la vie"),
             ("DOC556", "Doctorat ED 556 HMPL"), ("DOC558", "Doctorat ED 558 HSRT"),
             ("MEF1PE", "Master MEEF 1er degre - M1"), ("MEF2PE", "M2 MEEF premier degre"),
             ("IAM1FI", "Master 1 Finance IAE Caen"), ("XIMP4", "Ingenieur ESIX Mecatronique 4A"),
             ("DUCGEF", "DU Capacite Gestion Entreprises FOAD"), ("HLL1AN", "Licence 1 LLCER Anglais"),
             ("HSSM1S", "M1 Sociologie")]:
    T(c, l)
for c, l in [("JDL1-TD07", "TD 7 L1 droit"), ("JDL1-TD12", "TD 12 L1 droit"), ("JDL2-TD03", "L2 DROIT TD3"),
             ("GEAC2-TP3B", "GEA2 Caen TP 3B"), ("GEAC2-TP3A", "GEA2 Caen TP 3A"), ("TCL1-TD2", "TC1 Lisieux TD2"),
             ("INFC2-TP4A", "Info 2A TP4A"), ("SL2BIO-G4", "Groupe 4 L2 SV"), ("SL1MIA-G11", "L1 MIA gpe 11"),
             ("M.1SOC2ATD", "TD Sociologie des organisations"), ("M.1SOC2AEM", "Enseignement mutualise socio orga"),
             ("HANG204G2", "Anglais spe S4 gr 2"), ("CEMU-PSY1", "Psycho L1 EAD (CEMU)"), ("CEMU-DUCGE", "CEMU DU CGE FOAD"),
             ("ELP_HPSY215_CM", "ELP_HPSY215_CM"), ("IAM1FI-EN", "M1 Finance english track"), ("MEF1PE-ST3", "MEEF1 stage groupe 3"),
             ("HANG204G1", "Anglais spe S4 gr 1")]:
    G(c, l)
for c in ["JD2-OBL9", "SB2.GEN2", "CGEA3R15", "HPSY999", "FCMGT-17"]:
    unknown.add(c)

# ---- siblings
def sib():
    subj = ["Anglais", "Espagnol", "Allemand", "Italien", "Civilisation", "Phonetique", "Litterature", "Traduction",
            "Linguistique", "Methodologie", "Expression ecrite", "Histoire", "Statistiques", "Informatique", "Economie",
            "Gestion", "Droit", "Communication", "Projet tutore", "Stage", "Memoire", "Psychologie cognitive", "Neurosciences"]
    def lab(i, pre=""):
        s = R.choice(subj)
        st = R.choice(["", " S1", " S2", " 2", " - approfondissement", " (TD)", " I", " II", " : introduction"])
        l = pre + s + st
        return R.choice([l, l.upper(), l.lower().capitalize()])[:60]
    for p in ["HANG", "HESP", "HALL", "HITA", "HPSY", "HLIN", "HHIS", "HGEO"]:
        for i in range(R.randint(12, 25)):
            c = f"{p}{R.choice('123')}{R.randint(0,3)}{R.randint(0,9)}"
            if c not in labels: E(c, lab(i))
    for i in range(40):
        c = f"M.{R.choice('12')}{R.choice(['SOC','HIS','GEO','PHI','ARC'])}{R.randint(1,9)}{R.choice('ABCD')}"
        if c not in labels: E(c, lab(i))
    for i in range(40):
        c = f"{R.choice('123')}{R.choice(['CA','HR','PE','HG'])}{R.randint(1,9)}{R.choice(['', str(R.randint(10,99))])}{R.choice(['','C','A'])}"
        if c not in labels: E(c, lab(i))
    for i in range(30):
        c = f"AN-{R.randint(1,3)}{R.randint(0,9)}{R.choice('ABCD')}"
        if c not in labels: E(c, "EC%d Langue %s" % (R.randint(1,4), R.choice(["Traduction", "Grammaire", "Oral", "Civilisation"])))
    mat = {"CIV": "Droit civil", "OBL": "Droit des obligations", "CON": "Droit constitutionnel", "ADM": "Droit administratif",
           "PEN": "Droit penal", "FIS": "Droit fiscal", "HDI": "Histoire du droit", "AFF": "Droit des affaires", "TRA": "Droit du travail",
           "EUR": "Droit europeen", "INT": "Relations internationales", "ECO": "Economie politique"}
    for y in "123":
        for k, v in mat.items():
            for n in "1234":
                if R.random() < 0.45:
                    c = f"JD{y}-{k}{n}"
                    if c not in labels: E(c, R.choice([f"{v} {n}", f"{v.upper()} {n}", f"{v} - semestre {n}"]))
    for site, specs in {"C": ["GEA", "INF", "GEI", "GIM", "TC"], "L": ["TC", "GEA", "QLI"], "V": ["MP", "GMP"], "A": ["MMI", "CJ"], "S": ["GBI", "TC"]}.items():
        for sp in specs:
            for i in range(R.randint(6, 14)):
                c = f"{site}{sp}{R.randint(1,6)}{R.choice('RRRS')}{R.randint(1,15):02d}"
                if len(c) <= 8 and c not in labels: E(c, f"{c[-3]}{c[-3:-2] and ''}{c[-2:].lstrip('0')} {R.choice(['Gestion', 'Anglais', 'Projet', 'PPP', 'Maths', 'Communication', 'Comptabilite', 'Reseaux'])}")
    for d, nm in {"B": "Biologie", "M": "Mathematiques", "P": "Physique", "C": "Chimie", "I": "Informatique", "T": "Sciences de la Terre"}.items():
        for i in range(R.randint(8, 16)):
            c = f"S{d}{R.randint(1,3)}.{R.choice(['GEN','ALG','ANA','MEC','ORG','THE','BCE','ECO','PRG','GEO'])}{R.randint(1,6)}"
            if c not in labels: E(c, f"{nm} {c[-4:-1].lower()} {c[-1]}")
    for f in ["MP", "AG", "IN", "EN"]:
        for i in range(12):
            c = f"X{f}{R.randint(5,10) % 10}U{R.randint(1,20):02d}"
            if c not in labels: E(c, lab(i, "ESIX "))
    for k, v in {"MGT": "Management", "CPT": "Comptabilite", "RH": "Ressources humaines", "DRT": "Droit de l'entreprise", "MKT": "Marketing"}.items():
        for n in range(1, 11):
            if R.random() < 0.6:
                c = f"FC{k}-{n:02d}"
                if c not in labels: E(c, f"{v} module {n} (FC)")
    for ed in ["556", "558", "242", "591", "508"]:
        for n in range(1, 16):
            if R.random() < 0.5:
                c = f"ED{ed}F{n:02d}"
                if c not in labels: E(c, R.choice(["Formation doctorale ", "FORMATION ED ", "Module transversal "]) + R.choice(["ethique", "anglais", "HAL et open access", "insertion pro", "zotero", "pedagogie"]))
    for y in "12":
        for i in range(25):
            c = f"MF{y}PE{R.randint(1,4)}{R.randint(0,2)}{R.randint(0,9)}"
            if c not in labels: E(c, lab(i, "MEEF "))
    for y in "12":
        for n in range(1, 16):
            c = f"P{y}-UE{n:02d}" + R.choice(["", "", "A", "B"])
            if c not in labels: E(c, f"UE{n} " + R.choice(["Chimie", "Biochimie", "Anatomie", "Biophysique", "SSH", "Physiologie", "Biologie cellulaire"]))
    for sp in ["FI", "MK", "CG", "RH", "AE"]:
        for y in "12":
            for n in range(1, 12):
                if R.random() < 0.5:
                    c = f"M{y}{sp}-{R.choice('CT')}{n:02d}"
                    if c not in labels: E(c, lab(n, "IAE "))
    # étapes siblings
    for y in "123":
        for p in "GPE":
            c = f"JDL{y}{p}"
            if c not in labels: T(c, R.choice([f"L{y} DROIT", f"Licence {y} Droit", f"{y}e annee Licence Droit - Caen"]) + ("" if p == "G" else f" parcours {p}"))
    for site in "CLVAS":
        for sp in ["GEA", "INF", "TC", "MP", "MMI", "CJ", "GBI"]:
            for y in "123":
                c = f"B{sp}{site}{y}"
                if len(c) <= 6 and R.random() < 0.3 and c not in labels: T(c, f"BUT {sp} {y}A {dict(C='Caen', L='Lisieux', V='Vire', A='Alencon', S='Saint-Lo')[site]}")
    for y in "123":
        for d in ["BIO", "MIA", "PHY", "CHI", "STE", "INF"]:
            c = f"SL{y}{d}"
            if c not in labels: T(c, f"Licence {y} {d}")
    for c, l in [("PSYL3", "Licence 3 psychologie"), ("PSYM1C", "M1 Psycho clinique"), ("LAS1SV", "LAS 1"), ("DOC242", "Doctorat ED 242"),
                 ("DOC591", "Doctorat ED PSIME"), ("IAM2FI", "Master 2 Finance IAE"), ("IAM1MK", "M1 Marketing IAE"), ("XIMP3", "ESIX Meca 3A"),
                 ("XIAG3", "ESIX agro 3A"), ("DUCGE1", "DU CGE presentiel"), ("HLL2AN", "L2 LLCER anglais"), ("HLL1ES", "L1 LLCER Espagnol")]:
        T(c, l)
    # groups siblings
    for e in ["JDL1", "JDL2", "JDL3"]:
        for n in range(1, 16):
            c = f"{e}-TD{n:02d}"
            if c not in labels: G(c, f"TD {n} {e[-2:]} droit")
    for e in ["GEAC2", "GEAC1", "TCL1", "INFC2", "MPV2"]:
        for n in range(1, 5):
            for s in "AB":
                c = f"{e}-TP{n}{s}"
                if c not in labels: G(c, f"{e} TP{n}{s}")
            c = f"{e}-TD{n}"
            if c not in labels: G(c, f"{e} TD{n}")
    for e in ["SL2BIO", "SL1MIA", "SL1PHY"]:
        for n in range(1, 13):
            c = f"{e}-G{n}"
            if c not in labels: G(c, f"Groupe {n} {e}")
    for c in ["CEMU-PSY2", "CEMU-SOC1", "CEMU-FCMGT", "HANG204G3", "M.1HIS4CTD", "ELP_SB2.GEN3_CM", "IAM1FI-FR", "MEF1PE-ST1", "MEF1PE-ST2"]:
        G(c, c.replace("-", " "))

sib()

def catalogue():
    return {"elements": sorted(elements), "etapes": sorted(etapes), "groups": sorted(groups),
            "unknown": sorted(unknown), "labels": {k: labels[k] for k in sorted(labels)}}
