"""Catalogue of the (invented) APOGÉE codes known to the university, with labels."""
import random

R = random.Random(4242)
EL, ET, GR, LAB = [], [], [], {}


def add(lst, code, label):
    if code not in LAB:
        lst.append(code)
        LAB[code] = label[:60]


def styl(s):
    """vary label style the way composante staff write them"""
    k = R.random()
    if k < 0.2:
        return s.upper()
    if k < 0.35:
        return (s.replace("é", "e").replace("è", "e").replace("ô", "o")
                 .replace("â", "a").replace("î", "i"))
    return s

# --- 1. Droit: letters+digits (D + matiere + semestre + nn), FAQ-like (HLAN201)
DR = {"CIV": "Droit civil", "CON": "Droit constitutionnel", "PEN": "Droit pénal",
      "ADM": "Droit administratif", "HIS": "Histoire du droit", "INT": "Droit international public",
      "AFF": "Droit des affaires", "FIS": "Droit fiscal", "SOC": "Droit social", "TRA": "Droit du travail"}
for m, lib in DR.items():
    for s in range(1, 7):
        for n in (1, 2, 5):
            add(EL, f"D{m}{s}0{n}", styl(f"{lib} {s} - {['', 'CM', 'TD', '', '', 'approfondissement'][n]}".strip(" -")))
LAB["DCIV201"] = "Droit civil 2 - Les personnes et la famille"
LAB["DCON105"] = "Droit constitutionnel 1"
LAB["DPEN301"] = "DROIT PENAL GENERAL"
LAB["DADM402"] = "Droit administratif 2 - contentieux"
for e in ("DCIV201", "DCON105", "DPEN301", "DADM402"):
    for t in range(1, 10):
        add(GR, f"{e}TD{t}", f"TD {t} {DR[e[1:4]]} S{e[4]}")
for y in (1, 2, 3):
    add(ET, f"L{y}DRT", R.choice([f"Licence {y} Droit", f"L{y} DROIT", f"{y}e année Licence Droit - Caen"]))
add(ET, "L1AES", "Licence 1 Administration Economique et Sociale")
add(ET, "L2AES", "L2 AES")
add(ET, "M1DRP", "Master 1 Droit privé")
add(ET, "M1DAF", "M1 Droit des affaires")

# --- 2. HSS masters: dotted (M.1HRP9C-like)
SOCM = {"SOC": "Sociologie", "DEM": "Démographie", "GEO": "Géographie sociale"}
for y in (1, 2):
    for d, lib in SOCM.items():
        for n in range(1, 6):
            for l in "ABC":
                add(EL, f"M.{y}{d}{n}{l}", styl(f"{lib} M{y} - séminaire {n}{l}"))
LAB["M.1SOC3A"] = "Méthodes qualitatives en sociologie"
LAB["M.2DEM4C"] = "Analyse démographique avancée (mutualisé M1 SOC)"
LAB["M.1SOC2B"] = "Sociologie des organisations"
LAB["M.2SOC1A"] = "Séminaire de recherche M2 sociologie"
for e in ("M.1SOC3A", "M.1SOC2B", "M.2SOC1A", "M.2DEM4C"):
    add(GR, e + "TD", f"TD {e}")
    add(GR, e + "EM", f"Groupe EM {e}")
for y in (1, 2):
    add(ET, f"M{y}SOC", f"Master {y} Sociologie")
    add(ET, f"M{y}DEM", f"MASTER {y} DEMOGRAPHIE")

# --- 3. INSPE digit-first (1CA153-like)
for y in (1, 2):
    for b in (1, 2, 3):
        for n in range(1, 21):
            add(EL, f"{y}CA{b}{n:02d}", styl(f"MEEF {y} bloc {b} - UE {n}"))
LAB["2CA214"] = "Didactique des mathématiques - cycle 3"
LAB["1CA107"] = "Analyse de pratiques professionnelles"
for e in ("2CA214", "1CA107", "2CA203"):
    for g in range(1, 5):
        add(GR, f"{e}G{g}", f"Gpe {g} {e}")
add(ET, "MEEF1P", "M1 MEEF 1er degré - Caen")
add(ET, "MEEF2P", "Master 2 MEEF Premier degre")
add(ET, "MEEF1S", "M1 MEEF second degré")

# --- 4. Langues: word-dash-digits (IRAN-15-like)
LG = {"ESPA": "Espagnol", "ALLE": "Allemand", "ANGL": "Anglais", "ITAL": "Italien", "PORT": "Portugais", "RUSS": "Russe"}
for c, lib in LG.items():
    for s in range(1, 7):
        for n in (1, 2, 3, 5):
            add(EL, f"{c}-{s}{n}", styl(f"{lib} S{s} - {['', 'langue', 'civilisation', 'littérature', '', 'traduction'][n]}"))
for e in ("ESPA-22", "ANGL-12", "ALLE-31"):
    b = e.replace("-", "")
    for t in (1, 2, 3):
        add(GR, f"{b}TD{t}", f"TD{t} {e}")
    add(GR, f"{b}CEMU", f"CEMU - EAD {e}")
for y in (1, 2, 3):
    add(ET, f"L{y}LEA", f"Licence {y} LEA anglais-espagnol")
    add(ET, f"L{y}LCE", f"L{y} LLCER")

# --- 5. Psychologie: PSYn.XXX (invented)
PS = {"TCC": "Thérapies cognitives et comportementales", "COG": "Psychologie cognitive",
      "DEV": "Psychologie du développement", "SOC": "Psychologie sociale", "CLI": "Psychologie clinique",
      "NEU": "Neuropsychologie", "STA": "Statistiques appliquées à la psycho"}
for s in range(1, 7):
    for m, lib in PS.items():
        if m == "TCC" and s == 3:
            continue  # old code, removed from the maquette
        add(EL, f"PSY{s}.{m}", styl(f"{lib} {s}"))
for y in (1, 2, 3):
    add(ET, f"L{y}PSY", R.choice([f"Licence {y} Psychologie", f"L{y} PSYCHO", f"Licence Psychologie {y}e annee"]))
    for t in range(1, 13):
        add(GR, f"PSYL{y}TD{t:02d}", f"L{y} psycho TD{t}")

# --- 6. IUT BUT: dept + R/S + semester + dash + nn (invented)
for d, lib in (("GEA", "GEA"), ("TC", "TC")):
    for s in range(1, 7):
        for n in range(1, 13):
            add(EL, f"{d}R{s}-{n:02d}", styl(f"R{s}.{n:02d} Ressource BUT {lib}"))
        for n in range(1, 5):
            add(EL, f"{d}S{s}-{n:02d}", styl(f"SAE {s}.{n:02d} BUT {lib}"))
    for y in (1, 2, 3):
        add(ET, f"IU{d}{y}", R.choice([f"BUT {lib} {y}e année", f"B.U.T. {lib} - {y}A", f"BUT{y} {lib} Caen"]))
        for t in range(1, 5):
            add(GR, f"{d}{y}-TD{t}", f"{lib}{y} TD{t}")
            for sub in "AB":
                add(GR, f"{d}{y}-TP{t}{sub}", f"{lib}{y} TP{t}{sub}")
        if y > 1:
            add(GR, f"{d}{y}-ALT", f"{lib}{y} alternants (apprentissage)")
LAB["GEAR3-05"] = "R3.05 Contrôle de gestion"
LAB["GEAR1-03"] = "R1.03 Introduction au droit"
LAB["TCR3-02"] = "R3.02 Marketing digital"

# --- 7. Sciences: X + discipline + semester + M + nn (invented)
SC = {"BC": "Biochimie", "PH": "Physique", "MA": "Mathématiques", "IN": "Informatique", "SV": "Biologie"}
for d, lib in SC.items():
    for s in range(1, 7):
        for n in range(1, 11):
            add(EL, f"X{d}{s}M{n:02d}", styl(f"{lib} S{s} module {n}"))
LAB["XBC3M07"] = "Enzymologie"
LAB["XIN5M09"] = "Programmation web avancée"
LAB["XPH3M04"] = "Ondes et optique"
del LAB["XIN5M03"]; EL.remove("XIN5M03")  # renumbered: the old code is gone
for y in (1, 2, 3):
    for d in ("SV", "BC", "IN", "PH"):
        if (y, d) in ((1, "BC"), (1, "IN"), (1, "PH")):
            continue
        add(ET, f"XL{y}{d}", R.choice([f"Licence {y} {SC[d]}", f"L{y} {SC[d].upper()}", f"Lic. {SC[d]} {y}A"]))
for y in (1, 2, 3):
    for g in range(1, 9):
        add(GR, f"XBCL{y}-G{g}", f"Groupe {g} L{y} BC")
add(GR, "XBCL2-G5A", "Groupe 5A L2 BC (TP)")
add(GR, "XBCL2-G5B", "Groupe 5B L2 BC (TP)")

# --- 8. STAPS: STn-ECnn (invented)
for s in range(1, 7):
    for n in range(1, 16):
        add(EL, f"ST{s}-EC{n:02d}", styl(f"STAPS S{s} EC{n}"))
LAB["ST4-EC07"] = "Physiologie de l'effort"
LAB["ST4-EC02"] = "Entraînement : méthodologie"
LAB["ST3-EC11"] = "APSA sports collectifs"
for y in (1, 2, 3):
    add(ET, f"STAPL{y}", R.choice([f"Licence {y} STAPS", f"L{y} STAPS", f"STAPS - {y}ème année"]))
    for g in range(1, 11):
        add(GR, f"STL{y}G{g:02d}", f"L{y} STAPS groupe {g}")
    add(GR, f"STL{y}SHN", f"L{y} sportifs haut niveau")

# --- 9. Economie: ECO + semester + 4 letters (invented)
EC = {"MICR": "Microéconomie", "MACR": "Macroéconomie", "STAT": "Statistiques", "HIST": "Histoire économique",
      "MONN": "Économie monétaire", "FINA": "Finance", "ECON": "Économétrie"}
for s in range(1, 7):
    for m, lib in EC.items():
        add(EL, f"ECO{s}{m}", styl(f"{lib} {s}"))
for y in (1, 2, 3):
    add(ET, f"L{y}ECO", R.choice([f"Licence {y} Economie-Gestion", f"L{y} ECO GESTION"]))
    for t in range(1, 7):
        add(GR, f"ECOL{y}-TD{t}", f"TD{t} L{y} eco")

# --- 10. Histoire-géo: HG.Sn.nn (invented)
for s in range(1, 7):
    for n in range(1, 13):
        add(EL, f"HG.S{s}.{n:02d}", styl(f"Histoire-Géographie S{s} - EC {n}"))
LAB["HG.S3.07"] = "Histoire moderne : l'Europe des Lumières"
LAB["HG.S4.10"] = "Géographie des risques"
for s in range(1, 7):
    for t in range(1, 6):
        add(GR, f"HGS{s}-TD{t:02d}", f"TD{t} HG S{s}")
for y in (1, 2, 3):
    add(ET, f"L{y}HIS", f"Licence {y} Histoire")
    add(ET, f"L{y}GEO", f"L{y} GEOGRAPHIE")

UNKNOWN = ["XIN5M03", "DCIV210"]


def catalogue():
    return {"elements": EL, "etapes": ET, "groups": GR, "unknown": UNKNOWN,
            "labels": {c: LAB[c] for c in EL + ET + GR}}
