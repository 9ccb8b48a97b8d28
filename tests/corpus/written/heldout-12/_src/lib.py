import random, html, base64
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email import encoders, charset as cs
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone

R = random.Random(1212)

# ---------------- catalogue ----------------
EL, ET, GR, LAB = [], [], [], {}
UNKNOWN = {"D3-CST9", "LM3U15", "GEAR1.13", "PSYL2-14", "MI3.ALB", "IAE1F19", "PE2B14", "L2DRTX"}


def add(kind, code, label):
    if code in UNKNOWN:
        return
    {"e": EL, "t": ET, "g": GR}[kind].append(code)
    LAB[code] = label[:60]


def sty(label, i):
    """vary label style the way composante staff do"""
    m = i % 5
    if m == 1:
        return label.upper()
    if m == 2:
        return (label.replace("é", "e").replace("è", "e").replace("ê", "e").replace("ç", "c").replace("à", "a"))
    return label


# droit
DSUB = {"CIV": "Droit civil", "CST": "Droit constitutionnel", "PEN": "Droit pénal", "ADM": "Droit administratif",
        "HIS": "Histoire du droit", "INT": "Relations internationales", "AFF": "Droit des affaires",
        "TRA": "Droit du travail", "FIS": "Droit fiscal", "EUR": "Droit de l'Union européenne", "OBL": "Droit des obligations",
        "INS": "Institutions juridictionnelles"}
i = 0
for s in range(1, 7):
    for k, v in DSUB.items():
        for n in (1, 2):
            i += 1
            if R.random() < 0.55 or (s, k) in ((3, "CST"), (1, "CIV"), (5, "PEN"), (3, "OBL"), (1, "INS")):
                add("e", f"D{s}-{k}{n}", sty(f"{v} {n} - S{s}", i) if i % 3 else f"S{s} {v[:18]}. {n}")
for k in ("CIV", "CST", "ADM", "OBL", "PEN", "INS"):
    for n in range(1, 13):
        add("g", f"D{k}-TD{n:02d}", sty(f"TD {n} {DSUB[k][:22]}", n))
for c, l in [("L1DRT", "L1 DROIT"), ("L2DRT", "Licence 2e annee Droit"), ("L3DRT", "Licence 3 Droit - Caen"),
             ("L1AES", "L1 AES"), ("L2AES", "Licence AES 2ème année"), ("L3AES", "LICENCE 3 AES"),
             ("M1DAF", "M1 Droit des affaires"), ("M2DAF", "Master 2 Droit des affaires"),
             ("M1DPE", "M1 Droit pénal et sciences criminelles"), ("M2DPE", "M2 DROIT PENAL"),
             ("M1DIP", "Master 1 Droit international public"), ("M2DIP", "M2 Droit internat. public"),
             ("CDDRT", "Capacité en droit")]:
    add("t", c, l)
# lettres
LSUB = ["Littérature française XVIe", "Littérature française XVIIe", "Littérature XVIIIe siècle", "Roman XIXe",
        "Poésie moderne", "Grammaire et stylistique", "Linguistique française", "Latin", "Littérature comparée",
        "Théâtre et dramaturgie", "Méthodologie du travail universitaire", "Histoire de la langue"]
i = 0
for s in range(1, 7):
    for n in range(1, 13):
        i += 1
        add("e", f"LM{s}U{n:02d}", sty(f"{LSUB[(n + s) % 12]} S{s}", i))
for y in (1, 2, 3):
    for o, l in [("LAT", "Latin"), ("GRC", "Grec ancien"), ("FLE", "FLE"), ("CIN", "Cinéma"), ("THE", "Théâtre"), ("ANG", "Anglais renforcé")]:
        add("g", f"LM{y}-OPT{o}", sty(f"Option {l} L{y} LM", y))
for c, l in [("L1LMO", "Licence 1 Lettres modernes"), ("L2LMO", "L2 LETTRES MODERNES"), ("L3LMO", "Lettres modernes 3e annee"),
             ("M1LFR", "M1 Lettres - Litt. française"), ("M2LFR", "M2 Lettres")]:
    add("t", c, l)
# sciences dotted
SC = {"MI": ["ALG", "ANA", "PRO", "ALO", "STA", "GEO", "TOP", "NUM"], "PC": ["THE", "MEC", "OPT", "ELE", "CHO", "CHI", "QUA"],
      "BI": ["GEN", "CEL", "ECO", "BMO", "PHY", "MIC", "EVO"]}
SCL = {"ALG": "Algèbre", "ANA": "Analyse", "PRO": "Programmation", "ALO": "Algorithmique", "STA": "Statistiques", "GEO": "Géométrie",
       "TOP": "Topologie", "NUM": "Analyse numérique", "THE": "Thermodynamique", "MEC": "Mécanique", "OPT": "Optique",
       "ELE": "Electromagnétisme", "CHO": "Chimie organique", "CHI": "Chimie générale", "QUA": "Physique quantique",
       "GEN": "Génétique", "CEL": "Biologie cellulaire", "ECO": "Ecologie", "BMO": "Biologie moléculaire", "PHY": "Physiologie animale",
       "MIC": "Microbiologie", "EVO": "Evolution"}
i = 0
for p, subs in SC.items():
    for s in range(1, 7):
        for a in subs:
            i += 1
            if R.random() < 0.6 or (p, s, a) in (("MI", 3, "ALG"), ("PC", 2, "THE"), ("BI", 2, "GEN"), ("MI", 1, "PRO"), ("BI", 3, "MIC")):
                add("e", f"{p}{s}.{a}", sty(f"{SCL[a]} {s}" if i % 4 else f"S{s} - {SCL[a]}", i))
for c, l in [("L1MIA", "L1 Maths-Info"), ("L2MIA", "Licence 2 Mathematiques Informatique"), ("L3MAT", "L3 MATHEMATIQUES"),
             ("L3INF", "Licence 3 Informatique"), ("L1PCH", "L1 Physique-Chimie"), ("L2PCH", "L2 Phys Chimie"),
             ("L1SVT", "1ère année Licence SVT - Caen"), ("L2SVT", "Licence 2 Sciences de la vie"), ("L3BIO", "L3 Biologie"), ("M1INF", "Master 1 Informatique"),
             ("M2INF", "M2 INFORMATIQUE")]:
    add("t", c, l)
# santé
for p, lab, rng in [("PS1", "PASS", 14), ("LS1", "LAS", 8), ("DM2", "DFGSM2", 16), ("DM3", "DFGSM3", 14), ("DP2", "DFGSP2", 12)]:
    for n in range(1, rng + 1):
        add("e", f"{p}-UE{n:02d}", sty(f"{lab} UE{n} " + ["Chimie", "Biologie cellulaire", "Anatomie", "Biophysique", "Biostatistiques", "Physiologie", "SHS", "Histologie"][n % 8], n))
for c, l in [("PASS1", "Parcours accès spécifique santé"), ("LAS1", "L.AS 1"), ("DFGSM2", "DFGSM 2e année"), ("DFGSM3", "DFGSM3 - Médecine"),
             ("DFGSP2", "DFGSP2 PHARMACIE"), ("DFASM1", "DFASM1 (4e annee medecine)")]:
    add("t", c, l)
# IUT
IUTD = {"GEA": "Gestion des entreprises et des administrations", "INF": "Informatique", "GIM": "Génie industriel et maintenance",
        "TCO": "Techniques de commercialisation", "MPH": "Mesures physiques", "CHI": "Chimie"}
for d, dl in IUTD.items():
    for s in range(1, 5):
        for n in range(1, 9):
            if R.random() < 0.6 or (d, s, n) in (("GEA", 1, 4), ("INF", 3, 1), ("TCO", 1, 2), ("GEA", 1, 6)):
                add("e", f"{d}R{s}.{n:02d}", sty(f"R{s}.{n:02d} " + ["Anglais", "Communication", "PPP", "Compta", "Droit", "Maths", "Economie", "Outils num."][n % 8], n))
        if s <= 2:
            add("e", f"{d}S{s}.{1:02d}", f"SAE {s}.01 {d}")
            add("e", f"{d}S{s}.{2:02d}", f"SAÉ {s}.02 - projet {d}")
    for y in (1, 2, 3):
        add("t", f"B{d}{y}", sty(f"BUT {dl[:30]} {y}", y))
        for t in ("TD", "TP"):
            for n in (1, 2, 3):
                for sub in ("A", "B") if t == "TP" else ("",):
                    add("g", f"{d}{y}-{t}{n}{sub}", sty(f"{d} {y}A {t}{n}{sub}", n))
# IAE
IAET = {"F": "Finance", "M": "Marketing", "R": "GRH", "C": "Comptabilité contrôle", "G": "Gestion"}
for y in (1, 2, 3):
    for t, tl in IAET.items():
        for n in range(1, 13):
            if R.random() < 0.5 or (y, t, n) in ((1, "F", 7), (2, "M", 3), (1, "C", 2), (2, "G", 11)):
                add("e", f"IAE{y}{t}{n:02d}", sty(f"{tl} - cours {n} ({'M1' if y == 1 else 'M2' if y == 2 else 'L3'})", n))
for c, l in [("M1MAE", "M1 Management et Administration des Entreprises"), ("M2MAE", "M2 Management Adm. Entreprises"), ("M1CCA", "Master 1 CCA"),
             ("M2CCA", "Master 2 Comptabilité Contrôle Audit"), ("L3GES", "Licence 3 Gestion - IAE"), ("M1MKT", "M1 Marketing"),
             ("M2MKT", "M2 MARKETING VENTE"), ("M1GRH", "M1 GRH"), ("M2GRH", "M2 Ressources humaines")]:
    add("t", c, l)
    add("g", f"{c}-ALT", f"{c} alternants")
    add("g", f"{c}-FI", f"{c} formation initiale")
# INSPE
for p, pl in (("PE", "MEEF 1er degre"), ("SD", "MEEF 2nd degre")):
    for s in range(1, 5):
        for n in range(1, 11):
            add("e", f"{p}{s}B{n:02d}", sty(f"{pl} S{s} bloc {n}", n))
for y in (1, 2):
    for site, sl in (("CAE", "Caen"), ("SLO", "Saint-Lô"), ("ALE", "Alençon"), ("EAD", "à distance CEMU")):
        add("g", f"MEEF{y}-{site}", f"M{y} MEEF {sl}")
        add("g", f"MEEF{y}-{site}2", f"M{y} MEEF {sl} groupe 2")
for c, l in [("MEEF1P", "M1 MEEF Premier degré"), ("MEEF2P", "M2 MEEF PE"), ("MEEF1S", "M1 MEEF second degre"), ("MEEF2S", "M2 MEEF 2nd degré")]:
    add("t", c, l)
# STAPS
STS = {"NAT": "Natation", "ATH": "Athlétisme", "APA": "Activité physique adaptée", "ANA": "Anatomie fonctionnelle",
       "PHY": "Physiologie de l'effort", "SOC": "Sociologie du sport", "DID": "Didactique des APSA", "ENT": "Entraînement"}
for s in range(1, 7):
    for a, al in STS.items():
        add("e", f"STA{s}-{a}", sty(f"{al} S{s}", s))
for c, l in [("L1STA", "Licence 1 STAPS"), ("L2STA", "Licence 2 STAPS"), ("L3APA", "L3 STAPS APAS"), ("L3EMS", "L3 Entrainement sportif"), ("M1STA", "M1 STAPS")]:
    add("t", c, l)
    for n in range(1, 7):
        add("g", f"{c}-G{n:02d}", f"{c} groupe {n}")
# psycho
for y in (1, 2, 3):
    for n in range(1, 16):
        add("e", f"PSYL{y}-{n:02d}", sty(f"Psychologie L{y} - " + ["Psycho sociale", "Psycho du développement", "Neuropsychologie", "Méthodes et statistiques",
                                                                   "Psychopathologie", "Psycho cognitive", "Anglais psy"][n % 7], n))
    for n in range(1, 13):
        add("g", f"PSY{y}TD{n:02d}", f"L{y} psy TD{n}")
for c, l in [("L1PSY", "Licence 1 Psychologie"), ("L2PSY", "L2 PSYCHOLOGIE"), ("L3PSY", "Licence Psycho 3e annee"),
             ("M1PCL", "M1 Psychologie clinique"), ("M2PCL", "M2 Psycho clinique et psychopathologie"), ("M1PTR", "M1 Psycho du travail"), ("M2PTR", "M2 PTO")]:
    add("t", c, l)
# FAQ-like LVE
for s in range(1, 7):
    for n in range(1, 6):
        add("e", f"HLAN{s}0{n}", sty(f"Anglais S{s} - LANSAD niveau {n}", n))
add("e", "IRAN-15", "Iranien 15 EAD")
add("e", "1CA153", "Analyse du contexte")
for c in ["L1LVE", "L2LVE"]:
    add("t", c, c[:2] + " LLCER Anglais")

for c, l in [("D6-FIS1", "Droit fiscal 1 - S6"), ("MPHR1.03", "R1.03 Metrologie"), ("IAE2R05", "GRH - cours 5 (M2)"),
             ("MI3.ALG", "Algèbre 3"), ("PC2.THE", "Thermodynamique 2")]:
    if c not in LAB:
        add("e", c, l)


def catalogue():
    return {"elements": sorted(set(EL)), "etapes": sorted(set(ET)), "groups": sorted(set(GR)), "unknown": sorted(UNKNOWN), "labels": LAB}


# ---------------- messages ----------------
cs.add_charset("windows-1252", cs.QP, cs.QP, "windows-1252")


def txt2html(t):
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + \
        "<br>\n".join(html.escape(l).replace("  ", "&nbsp; ") for l in t.split("\n")) + "</div></body></html>"


def build(frm, subj, date, body, form="plain", html_body=None, atts=(), extra=None, to="cemu.assistance@unicaen.fr"):
    if form in ("plain", "qp", "b64", "l1", "cp"):
        enc = {"plain": ("utf-8", "8bit"), "qp": ("utf-8", "qp"), "b64": ("utf-8", "b64"), "l1": ("iso-8859-1", "qp"), "cp": ("windows-1252", "8bit")}[form]
        c = cs.Charset(enc[0])
        c.body_encoding = {"8bit": None, "qp": cs.QP, "b64": cs.BASE64}[enc[1]]
        part = MIMEText(body, "plain", c)
    elif form == "html":
        part = MIMEText(html_body or txt2html(body), "html", "utf-8")
    elif form == "alt":
        part = MIMEMultipart("alternative")
        part.attach(MIMEText(body, "plain", "utf-8"))
        part.attach(MIMEText(html_body or txt2html(body), "html", "utf-8"))
    if atts:
        m = MIMEMultipart("mixed")
        m.attach(part)
        for fn, data, mt in atts:
            a = MIMEBase(*mt.split("/"))
            a.set_payload(data)
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=fn)
            m.attach(a)
    else:
        m = part
    from email.utils import parseaddr, formataddr
    nm, ad = parseaddr(frm)
    m["From"] = formataddr((nm, ad), charset="utf-8") if nm else ad
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = date
    m["Message-ID"] = make_msgid(domain=frm.split("@")[-1].strip(">") if "@" in frm else "unicaen.fr")
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def rdate(i):
    R2 = random.Random(i * 77 + 3)
    if R2.random() < 0.65:
        d = datetime(2025, 9, 1) + timedelta(days=R2.randrange(0, 91))
    else:
        d = datetime(2026, 1, 5) + timedelta(days=R2.randrange(0, 54))
    d = d.replace(hour=R2.choice([7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 21, 22, 23, 0, 1]), minute=R2.randrange(60), second=R2.randrange(60))
    off = 2 if (d.month in (9, 10) and not (d.month == 10 and d.day >= 26)) else 1
    return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=off))))


PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
