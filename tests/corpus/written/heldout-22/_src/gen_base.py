# Generator base: catalogue + mail builder (blind writer, heldout-22)
import json, re, os, base64, datetime, html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime, make_msgid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT = {"elements": [], "etapes": [], "groups": [], "unknown": [], "labels": {}}
def E(c, l): CAT["elements"].append(c); CAT["labels"][c] = l
def P(c, l): CAT["etapes"].append(c); CAT["labels"][c] = l
def G(c, l): CAT["groups"].append(c); CAT["labels"][c] = l

# 1 droit: JU<year><SUBJ><n>, groups <elem>T<k>, <elem>EAD
SUBJ = {"CIV": "DROIT CIVIL", "CON": "DROIT CONSTITUTIONNEL", "PEN": "DROIT PENAL", "ADM": "DROIT ADMINISTRATIF",
        "HDR": "HISTOIRE DU DROIT", "OBL": "DROIT DES OBLIGATIONS", "INT": "INTRO AU DROIT"}
for y in (1, 2, 3):
    for s, l in SUBJ.items():
        for n in (1, 2):
            c = f"JU{y}{s}{n}"; E(c, f"{l} {n}")
            for k in range(1, 9): G(f"{c}T{k}", f"TD{k} {l} {n}")
            G(f"{c}EAD", f"Groupe EAD CEMU {l} {n}")
P("JUL1", "Licence Droit 1re année"); P("JUL2", "Licence Droit 2e année"); P("JUL3", "Licence Droit 3e année")
P("JUM1DA", "Master 1 Droit des affaires"); P("JUCAPA", "Capacité en droit (à distance)")
for n, l in [(1, "DROIT DES SOCIETES"), (2, "DROIT FISCAL DES AFFAIRES"), (3, "DROIT DE LA CONCURRENCE")]:
    E(f"JUM1DA{n}", l); G(f"JUM1DA{n}T1", f"TD1 {l}"); G(f"JUM1DA{n}T2", f"TD2 {l}")
# 2 sciences: S.XXnnn, groups <elem>TDk / TPk
SCI = {"S.MA101": "Analyse 1", "S.MA102": "Algèbre 1", "S.PH101": "Mécanique du point", "S.CH101": "Chimie générale",
       "S.BI104": "Biologie cellulaire", "S.IN201": "Programmation impérative", "S.IN203": "Bases de données",
       "S.IN204": "Systèmes d'exploitation", "S.MA201": "Analyse 3", "S.IN305": "Réseaux", "S.IN306": "Génie logiciel",
       "S.PH203": "Électromagnétisme"}
for c, l in SCI.items():
    E(c, l)
    for k in range(1, 7):
        G(f"{c}TD{k}", f"TD{k} {l}"); G(f"{c}TP{k}", f"TP{k} {l}")
P("SMPC1", "Licence 1 Mathématiques-Physique-Chimie"); P("SINF2", "Licence 2 Informatique"); P("SINF3", "Licence 3 Informatique")
P("SBIO1", "Licence 1 Sciences de la vie")
# 3 BUT GEA: GEA-Rsnn / GEA-Ssnn, étapes BGEAn, groups GEAnTDk, GEAnTPkX, GEA2ALT
GEAR = {"01": "Fonctionnement des organisations", "02": "Management des organisations", "03": "Environnement économique",
        "04": "Droit des contrats", "05": "Introduction à la comptabilité", "06": "Expression-communication",
        "07": "Anglais", "08": "LV2", "09": "Outils mathématiques", "10": "Tableur", "11": "PPP", "12": "Statistiques"}
for n, l in GEAR.items():
    E(f"GEA-R1{n}", l); E(f"GEA-R3{n}", l + " 3")
for n in ("01", "02", "03", "04"):
    E(f"GEA-S1{n}", f"SAE 1.{n}"); E(f"GEA-S3{n}", f"SAE 3.{n}")
P("BGEA1", "BUT GEA 1re année"); P("BGEA2", "BUT GEA 2e année"); P("BGEA3", "BUT GEA 3e année")
for yr in (1, 2):
    for k in range(1, 5):
        G(f"GEA{yr}TD{k}", f"TD{k} GEA {yr}A")
        for h in "AB": G(f"GEA{yr}TP{k}{h}", f"TP{k}{h}")
G("GEA2ALT", "Groupe alternants GEA 2"); G("GEA3ALT", "Groupe alternants GEA 3")
# 4 BUT informatique: INFOnRnn / INFOnSnn, étapes BINFn, groups INFOnGk(A|B), INFO2ALT
INFR = {"01": "Initiation au développement", "02": "Développement d'interfaces web", "03": "Introduction à l'architecture",
        "04": "Introduction aux systèmes", "05": "Introduction aux bases de données", "06": "Mathématiques discrètes",
        "07": "Outils fondamentaux", "08": "Gestion de projet", "09": "Économie durable", "10": "Anglais",
        "11": "Communication", "12": "PPP", "13": "Outils numériques", "14": "Algèbre", "15": "Droit du numérique"}
for n, l in INFR.items():
    E(f"INFO1R{n}", l); E(f"INFO2R{n}", l + " (S3)")
for n in ("01", "02", "03", "04", "05", "06"):
    E(f"INFO1S{n}", f"SAE 1.{n}"); E(f"INFO2S{n}", f"SAE 3.{n}")
P("BINF1", "BUT Informatique 1re année"); P("BINF2", "BUT Informatique 2e année"); P("BINF3", "BUT Informatique 3e année")
for yr in (1, 2):
    for k in range(1, 6):
        G(f"INFO{yr}G{k}", f"Groupe {k}"); G(f"INFO{yr}G{k}A", f"Groupe {k}A"); G(f"INFO{yr}G{k}B", f"Groupe {k}B")
G("INFO2ALT", "Groupe alternants Info 2"); G("INFO3ALT", "Groupe alternants Info 3")
# 5 santé: PAS.UEnn, LAS.OSnn, étapes PASS1 / LASxx, groups PASS-<site>
for n in range(1, 13): E(f"PAS.UE{n:02d}", f"UE{n} PASS")
for n in range(1, 5): E(f"LAS.OS{n:02d}", f"Option santé LAS {n}")
P("PASS1", "PASS - Parcours d'accès spécifique santé"); P("LASDR1", "L1 Droit accès santé (LAS)"); P("LASBI1", "L1 Sciences de la vie accès santé (LAS)")
for s, l in [("CAEN", "Campus Caen"), ("SLO", "Site Saint-Lô"), ("ALE", "Site Alençon"), ("CHE", "Site Cherbourg"), ("AMPA", "Amphi A"), ("AMPB", "Amphi B")]:
    G(f"PASS-{s}", f"PASS {l}")
for n in range(1, 5): G(f"LASOS{n:02d}-D", f"LAS option {n} distance CEMU")
# 6 langues: <LL><y><DIS><n>, groups +G<k>, étapes LLCxx / LEAxx
LANGE = {"EN": "ANGLAIS", "ES": "ESPAGNOL", "DE": "ALLEMAND"}
DIS = {"VER": "VERSION", "THE": "THEME", "LIT": "LITTERATURE", "CIV": "CIVILISATION", "GRA": "GRAMMAIRE", "ORA": "EXPRESSION ORALE"}
for lg, ll in LANGE.items():
    for y in (1, 2, 3):
        for d, dl in DIS.items():
            for n in (1, 2):
                c = f"{lg}{y}{d}{n}"; E(c, f"{dl} {ll} {n}")
                for k in range(1, 6): G(f"{c}G{k}", f"Groupe {k} {dl} {ll}")
P("LLCEN1", "Licence LLCER Anglais 1re année"); P("LLCEN2", "Licence LLCER Anglais 2e année"); P("LLCEN3", "Licence LLCER Anglais 3e année")
P("LLCES1", "Licence LLCER Espagnol 1re année"); P("LEAAE1", "Licence LEA Anglais-Espagnol 1re année"); P("LEAAE2", "Licence LEA Anglais-Espagnol 2e année")
# 7 histoire: HIS-ynn[B], groups HISynnTDk, HISynnEAD, étapes HISLn, HISL3D
for y in (1, 2, 3):
    for n in range(1, 11):
        c = f"HIS-{y}{n:02d}"; E(c, f"Histoire {['ancienne','médiévale','moderne','contemporaine','du monde','de l art','sources','historiographie','méthodologie','géographie'][n-1]} {y}")
        for k in range(1, 5): G(f"HIS{y}{n:02d}TD{k}", f"TD{k} {c}")
        G(f"HIS{y}{n:02d}EAD", f"Groupe EAD CEMU {c}")
E("HIS-305B", "Histoire moderne 3 - option B"); G("HIS305BTD1", "TD1 HIS-305B")
P("HISL1", "Licence Histoire 1re année"); P("HISL2", "Licence Histoire 2e année"); P("HISL3", "Licence Histoire 3e année"); P("HISL3D", "Licence Histoire 3e année à distance")
# 8 IAE: M<y><PARC>.<nn>, groups <compact>APP/FI/TDk, étapes IAExxx
IAE = {"CG": ("Contrôle de gestion", 8), "FIN": ("Finance", 6), "MAE": ("Management et administration des entreprises", 12)}
for p, (l, nb) in IAE.items():
    for y in (1, 2):
        for n in range(1, nb + 1):
            c = f"M{y}{p}.{n:02d}"; E(c, f"{l} M{y} module {n}")
            base = c.replace(".", "")
            for s, sl in [("APP", "Groupe apprentis"), ("FI", "Formation initiale"), ("TD1", "TD1"), ("TD2", "TD2")]:
                if len(base + s) <= 10: G(base + s, f"{sl} {c}")
P("IAECG1", "Master 1 Contrôle de gestion et audit organisationnel"); P("IAECG2", "Master 2 Contrôle de gestion et audit organisationnel")
P("IAEFI1", "Master 1 Finance"); P("IAEMAE", "Master 2 MAE (FOAD)")
# 9 DAEU (formation continue): DAEU-XX, groups DAEUXX-J/S/D
DAEU = {"FR": "Français", "MAT": "Mathématiques", "HG": "Histoire-géographie", "ANG": "Anglais", "PHY": "Physique", "SVT": "SVT"}
for d, l in DAEU.items():
    E(f"DAEU-{d}", f"DAEU {l}")
    for s, sl in [("J", "cours du jour"), ("S", "cours du soir"), ("D", "à distance CEMU")]: G(f"DAEU{d}-{s}", f"DAEU {l} {sl}")
P("DAEUA", "DAEU A (littéraire)"); P("DAEUB", "DAEU B (scientifique)")
# 10 DU: DU<XXX>-nn, étapes DU<XXX>
for d, l, nb in [("MED", "Médiation et règlement des conflits", 6), ("ADD", "Pratiques en addictologie", 5), ("FLE", "Français langue étrangère", 4)]:
    P(f"DU{d}", f"DU {l}")
    for n in range(1, nb + 1):
        E(f"DU{d}-{n:02d}", f"DU {l} module {n}"); G(f"DU{d}{n:02d}EAD", f"Groupe EAD CEMU DU {d} {n}"); G(f"DU{d}{n:02d}PR", f"Présentiel DU {d} {n}")
# 11 doctorat: DOC.XXXn, étapes DOCxxx
for c, l in [("DOC.ETH1", "Éthique de la recherche et intégrité scientifique"), ("DOC.ANG2", "Anglais scientifique"), ("DOC.SCI3", "Science ouverte"),
             ("DOC.PED1", "Pédagogie universitaire"), ("DOC.ZOT1", "Outils bibliographiques"), ("DOC.INS2", "Insertion professionnelle")]:
    E(c, l)
P("DOCHSR", "Doctorat ED 556 HSRT"); P("DOCNBI", "Doctorat ED 497 NBISE"); P("DOCMIP", "Doctorat ED 590 MIIS")
# 12 STAPS: STA<y><T|E|P><nn>, groups +G<k>, étapes STAPLn
for y in (1, 2, 3):
    for t, tl in [("T", "Théorie"), ("E", "Entraînement"), ("P", "Pratique")]:
        for n in range(1, 7):
            c = f"STA{y}{t}{n:02d}"; E(c, f"{tl} STAPS {y} - {n}")
            for k in range(1, 6): G(f"{c}G{k}", f"Groupe {k} {tl} {y}-{n}")
P("STAPL1", "Licence STAPS 1re année"); P("STAPL2", "Licence STAPS 2e année"); P("STAPL3", "Licence STAPS 3e année")
# 13 INSPE (scheme seen in the FAQ): 1CAnnn, groups 1CAnnnGk
for n in range(150, 161):
    E(f"1CA{n}", f"MEEF 1er degré UE {n}"); G(f"1CA{n}G1", "Groupe 1"); G(f"1CA{n}G2", "Groupe 2")
P("MEEF1P", "Master 1 MEEF 1er degré"); P("MEEF2P", "Master 2 MEEF 1er degré")
# unknown: archived / mistyped / invented
CAT["unknown"] = ["JU1CIV3", "S.MA110", "HIS-299", "INFO1R16", "GEA-R199", "DUMED-09", "PAS.UE15"]

SCHEMES = [(r"^JU", "droit JU<année><MAT><n>, groupes +T<k> (invented)"), (r"^S\.|^S[A-Z]{3}\d$", "sciences S.XXnnn, groupes +TDk/TPk (invented)"),
           (r"GEA", "BUT GEA GEA-Rsnn, groupes GEAnTDk/TPkX/ALT (invented)"), (r"INF", "BUT info INFOnRnn, groupes INFOnGk (invented)"),
           (r"^PAS|^LAS", "santé PAS.UEnn / LAS.OSnn, groupes PASS-<site> (invented)"), (r"^(EN|ES|DE)\d|^LLC|^LEA", "langues <LL><a><DIS><n> (invented)"),
           (r"^HIS", "histoire HIS-ynn (invented)"), (r"^M\d(CG|FIN|MAE)|^IAE", "IAE M<a><PARC>.nn (invented)"), (r"^DAEU", "DAEU DAEU-XX (invented)"),
           (r"^DU", "DU DU<XXX>-nn (invented)"), (r"^DOC", "doctorat DOC.XXXn (invented)"), (r"^STA", "STAPS STA<a><T/E/P>nn (invented)"),
           (r"^1CA|^MEEF", "INSPE 1CAnnn (FAQ)")]
def schemes_of(codes):
    out = []
    for c in codes:
        for rx, name in SCHEMES:
            if re.search(rx, c):
                if name not in out: out.append(name)
                break
    return out

MAILS = []
N = [0]
def add(slug, frm, subj, body, sym, role="student", codes=(), nums=(), ids=(), lang="fr", auto=False, etapes=(), note="",
        html=None, html_only=False, charset="utf-8", cte=None, to="cemu.assistance@unicaen.fr", extra=None, attach=None, day=None):
    N[0] += 1
    i = N[0]
    name = f"{i:03d}-{slug}.eml"
    start = datetime.datetime(2026, 9, 1, 8, 0)
    dt = start + datetime.timedelta(days=day if day is not None else (i * 105) // 100, hours=(i * 7) % 11, minutes=(i * 37) % 60)
    off = 2 if dt < datetime.datetime(2026, 10, 25, 3) else 1
    dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    msg = EmailMessage()
    msg["From"] = frm; msg["To"] = to; msg["Subject"] = subj
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{i:03d}.{abs(hash(slug)) % 10**8}@{frm.split('@')[-1].strip('>')}>"
    for k, v in (extra or {}).items(): msg[k] = v
    kw = {"charset": charset}
    if cte: kw["cte"] = cte
    if html_only:
        msg.set_content(html, subtype="html", **kw)
    else:
        msg.set_content(body, **kw)
        if html: msg.add_alternative(html, subtype="html", charset=charset)
    for fn, data, mt in (attach or []):
        a, b = mt.split("/")
        msg.add_attachment(data, maintype=a, subtype=b, filename=fn)
    cc = [c if isinstance(c, tuple) else (c, c) for c in codes]
    gold = {"apogee_codes": [c[0] for c in cc], "apogee_codes_as_written": [c[1] for c in cc],
            "student_numbers": list(nums), "course_ids": list(ids), "symptom": sym, "sender_role": role,
            "language": lang, "auto_reply": auto, "schemes": schemes_of([c[0] for c in cc] + list(etapes)),
            "etapes_said": list(etapes), "note": note}
    MAILS.append((name, msg, gold))

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

def write_all():
    gold = {}
    for name, msg, g in MAILS:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(msg.as_bytes(policy=policy.SMTP))
        gold[name] = g
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(CAT, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
