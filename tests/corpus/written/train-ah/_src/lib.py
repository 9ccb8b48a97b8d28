"""Helpers for writer BG: MIME building, gold registry, catalogue (standard library only)."""
import datetime
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.mime.image import MIMEImage
from email.utils import formataddr, format_datetime, make_msgid

GOLD = {}
FILES = {}
TZ = datetime.timezone(datetime.timedelta(hours=1))

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x35\x81\x84"
       b"\x00\x00\x00\x00IEND\xaeB`\x82")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def text_part(text, subtype="plain", charset="utf-8", cte="qp"):
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[cte]
    if charset == "us-ascii":
        cs.body_encoding = None
    return MIMEText(text, subtype, cs)


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def M(fname, frm, subject, when, body, *, html=None, html_only=False, charset="utf-8",
      cte="qp", to="cemu.assistance@unicaen.fr", attach=(), extra=(), reply_to_id=None,
      codes=(), nums=(), ids=(), symptom="other", role="unknown", lang="fr", auto=False,
      schemes=(), etapes=(), note=""):
    """Build one mail and register its gold. codes: list of (canonical, as_written)."""
    assert fname not in GOLD, fname
    if html_only:
        msg = text_part(html, "html", charset, cte)
    elif html is not None:
        msg = MIMEMultipart("alternative")
        msg.attach(text_part(body, "plain", charset, cte))
        msg.attach(text_part(html, "html", charset, cte))
    else:
        msg = text_part(body, "plain", charset, cte)
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(msg)
        for name, kind in attach:
            if kind == "png":
                p = MIMEImage(PNG, "png")
            elif kind == "pdf":
                p = MIMEApplication(PDF, "pdf")
            else:
                p = MIMEApplication(kind.encode("utf-8"), "octet-stream")
            p.add_header("Content-Disposition", "attachment", filename=name)
            outer.attach(p)
        msg = outer
    name, addr = frm
    msg["From"] = formataddr((name, addr), charset="utf-8") if name else addr
    msg["To"] = to
    msg["Subject"] = hdr(subject, "utf-8" if charset == "utf-8" else "iso-8859-1")
    y, mo, d, h, mi = when
    msg["Date"] = format_datetime(datetime.datetime(y, mo, d, h, mi, (d * 7 + mi) % 60, tzinfo=TZ))
    dom = addr.split("@")[-1] if "@" in addr else "localhost"
    msg["Message-ID"] = make_msgid(idstring=fname[:3], domain=dom)
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = reply_to_id
    for k, v in extra:
        msg[k] = v
    FILES[fname] = msg.as_bytes()
    GOLD[fname] = {
        "apogee_codes": [c for c, _ in codes],
        "apogee_codes_as_written": [w for _, w in codes],
        "student_numbers": list(nums),
        "course_ids": list(ids),
        "symptom": symptom,
        "sender_role": role,
        "language": lang,
        "auto_reply": auto,
        "schemes": list(schemes),
        "etapes_said": list(etapes),
        "note": note,
    }


# ---------------------------------------------------------------- schemes
S_DR = "droit DRnXXX, groups DRnXXXTDk (invented)"
S_GEA = "IUT GEA BGEsRnn / BGEsSnn, groups per étape BGEnTDk, BGEnTPkX, BGEnALT (invented)"
S_INF = "informatique nINF.nn, groups nINFnnTPk (invented)"
S_PSY = "psychologie PSMn-nn, groups PSMnnnTDk (invented)"
S_DU = "formation continue DUCGnn, groups DUCGCEMU/DUCGPRES (invented)"
S_GEO = "géographie Gn-XXXX, groups GnXXXXTDk (invented)"
S_PHA = "pharmacie PHAnUnn, groups PHAnGRx (invented)"
S_IAE = "IAE IAnXXXn, groups IAnALT/IAnINI (invented)"
S_ED = "école doctorale EDNC-Fnn (invented)"
S_ETP = "étapes DRLn, BUGEAn, LINFn, LGEOn, MPSYxn, DUCGE, IAEMCn, PASS01 (invented)"
S_HSS = "HSS M.nHRPnC porteur + collection groups M.nHRPnCTD/EM (FAQ)"
S_HSSP = "HSS nHRnC porté (FAQ)"
S_MS = "HSS M.1.MSnn (FAQ)"
S_LVE = "LVE AN-nnX, groups ANnnXTDk (FAQ)"
S_INSPE = "INSPE nCAnnn, groups nCAnnnGk (FAQ)"
S_RCA = "RCAEDnnn distance, groups RCAEDnnnC/P (FAQ)"

# ---------------------------------------------------------------- catalogue
EL, ET, GR, LAB = [], [], [], {}
UNKNOWN = ["DR2OBL2", "2INF.15", "3INF.13", "PSM1-19", "BGE1R15", "M.1HRP0C", "G2-CARTO"]


def el(c, l):
    EL.append(c); LAB[c] = l


def et(c, l):
    ET.append(c); LAB[c] = l


def gr(c, l):
    assert len(c) <= 10, c
    GR.append(c); LAB[c] = l


def build_catalogue():
    droit = {1: [("CIV", "DROIT CIVIL 1"), ("CON", "DROIT CONSTITUTIONNEL 1"), ("HIS", "HISTOIRE DU DROIT"),
                 ("INT", "INTRODUCTION AU DROIT"), ("MET", "METHODOLOGIE JURIDIQUE"), ("ANG", "ANGLAIS JURIDIQUE 1")],
             2: [("OBL", "DROIT DES OBLIGATIONS"), ("ADM", "DROIT ADMINISTRATIF 1"), ("PEN", "DROIT PENAL GENERAL"),
                 ("FIN", "FINANCES PUBLIQUES"), ("EUR", "DROIT DE L'UNION EUROPEENNE")],
             3: [("AFF", "DROIT DES AFFAIRES"), ("FIS", "DROIT FISCAL"), ("TRA", "DROIT DU TRAVAIL"),
                 ("LIB", "LIBERTES FONDAMENTALES")]}
    for y, lst in droit.items():
        et(f"DRL{y}", f"Licence Droit {'1re' if y == 1 else str(y) + 'e'} année")
        for s, l in lst:
            el(f"DR{y}{s}", l)
            for k in range(1, 9 if y == 1 else 7):
                gr(f"DR{y}{s}TD{k}", f"TD{k} {l}")
    et("DRCAP1", "Capacité en droit 1re année")
    # GEA
    res = ["Gestion de l'entreprise", "Fondamentaux du marketing", "Introduction à la comptabilité",
           "Fondamentaux du droit", "Expression communication 1", "Anglais 1", "Tableur et bases de données",
           "Mathématiques appliquées", "Projet personnel et professionnel", "Economie générale"]
    for s in range(1, 5):
        for n, l in enumerate(res, 1):
            el(f"BGE{s}R{n:02d}", f"{l} S{s}")
        for n in range(1, 4):
            el(f"BGE{s}S{n:02d}", f"SAE {s}.{n:02d}")
    for y in (1, 2, 3):
        et(f"BUGEA{y}", f"BUT GEA {'1re' if y == 1 else str(y) + 'e'} année")
        for k in (1, 2, 3):
            gr(f"BGE{y}TD{k}", f"TD{k} BUT GEA {y}")
            for x in "AB":
                gr(f"BGE{y}TP{k}{x}", f"TP{k}{x}")
        if y > 1:
            gr(f"BGE{y}ALT", f"Groupe alternants BUT GEA {y}")
    # informatique
    inf = ["Algorithmique", "Programmation", "Systèmes", "Réseaux", "Bases de données", "Génie logiciel",
           "Compilation", "Calculabilité", "Intelligence artificielle", "Web", "Anglais", "Projet"]
    for y in (1, 2, 3):
        et(f"LINF{y}", f"Licence Informatique {'1re' if y == 1 else str(y) + 'e'} année")
        for n, l in enumerate(inf, 1):
            el(f"{y}INF.{n:02d}", f"{l} {y}")
            if y > 1:
                for k in range(1, 5):
                    gr(f"{y}INF{n:02d}TP{k}", f"TP{k} {l} {y}")
    # psycho
    for y in (1, 2):
        for n in range(1, 17 if y == 1 else 13):
            el(f"PSM{y}-{n:02d}", f"PSYCHO M{y} UE{n:02d}")
            for k in (1, 2, 3):
                gr(f"PSM{y}{n:02d}TD{k}", f"TD{k} PSM{y}-{n:02d}")
    LAB["PSM1-03"] = "Méthodologie de la recherche"
    LAB["PSM1-14"] = "Psychopathologie de l'adulte"
    LAB["PSM1-15"] = "Entretien clinique"
    LAB["PSM2-03"] = "Psychologie du travail avancée"
    et("MPSYC1", "Master 1 Psychologie clinique et psychopathologie")
    et("MPSYT1", "Master 1 Psychologie du travail et des organisations")
    et("MPSYC2", "Master 2 Psychologie clinique et psychopathologie")
    et("MPSYT2", "Master 2 Psychologie du travail et des organisations")
    et("LPSY3", "Licence Psychologie 3e année")
    # DU
    du = ["Comptabilité générale", "Droit des sociétés", "Fiscalité", "Gestion financière", "Marketing",
          "Management", "Droit du travail", "Economie", "Statistiques", "Informatique de gestion",
          "Contrôle de gestion", "Mémoire"]
    for n, l in enumerate(du, 1):
        el(f"DUCG{n:02d}", l)
    et("DUCGE", "DU Capacité de Gestion des Entreprises")
    gr("DUCGCEMU", "DUCG à distance CEMU")
    gr("DUCGPRES", "DUCG présentiel")
    # géo
    geo = {1: ["ENV", "CART", "CLIM", "POP"], 2: ["CART", "SIG1", "SIG2", "URB", "RUR"],
           3: ["AMEN", "TERR", "STAT", "PROJ"]}
    gl = {"ENV": "Environnement", "CART": "Cartographie", "CLIM": "Climatologie", "POP": "Population",
          "SIG1": "SIG 1", "SIG2": "SIG 2", "URB": "Géographie urbaine", "RUR": "Espaces ruraux",
          "AMEN": "Aménagement du territoire", "TERR": "Terrain", "STAT": "Statistiques", "PROJ": "Projet tutoré"}
    for y, lst in geo.items():
        et(f"LGEO{y}", f"Licence Géographie et aménagement {'1re' if y == 1 else str(y) + 'e'} année")
        for s in lst:
            el(f"G{y}-{s}", gl[s])
            for k in (1, 2, 3):
                gr(f"G{y}{s}TD{k}", f"TD{k} {gl[s]}")
    # pharma
    for y in (4, 5):
        for n in range(10, 19):
            el(f"PHA{y}U{n}", f"PHARMACIE {y}A UE{n}")
        for x in "ABCD":
            gr(f"PHA{y}GR{x}", f"Groupe {x} pharmacie {y}e année")
    LAB["PHA4U12"] = "Pharmacologie clinique"
    LAB["PHA4U13"] = "Toxicologie"
    LAB["PHA5U12"] = "Officine et dispensation"
    et("DFASP1", "DFASP1 Pharmacie (4e année)")
    et("DFASP2", "DFASP2 Pharmacie (5e année)")
    et("DFGSP2", "DFGSP2 Pharmacie (2e année)")
    et("DFGSP3", "DFGSP3 Pharmacie (3e année)")
    et("PASS01", "PASS Parcours d'accès spécifique santé")
    # IAE
    iae = {1: [("FIN3", "Finance d'entreprise"), ("MKT2", "Marketing international"), ("RH1", "Gestion des ressources humaines"),
               ("SI4", "Systèmes d'information"), ("NEG1", "Négociation commerciale"), ("ANG2", "Business English")],
           2: [("STR1", "Stratégie"), ("CTL2", "Contrôle de gestion"), ("LOG3", "Supply chain"), ("MEM1", "Mémoire")]}
    for y, lst in iae.items():
        et(f"IAEMC{y}", f"Master {y} Management et Commerce International")
        for s, l in lst:
            el(f"IA{y}{s}", l)
        gr(f"IA{y}ALT", f"Groupe alternants M{y} MCI")
        gr(f"IA{y}INI", f"Groupe formation initiale M{y} MCI")
    # ED
    for n in range(10, 26):
        el(f"EDNC-F{n}", f"Formation doctorale {n}")
    LAB["EDNC-F13"] = "Intégrité scientifique"
    LAB["EDNC-F20"] = "Pédagogie universitaire pour doctorants"
    et("DOCSHS", "Doctorat Sciences humaines et sociales")
    et("DOCSTS", "Doctorat Sciences et technologies")
    # HSS (FAQ-like)
    for n in range(1, 10):
        el(f"M.1HRP{n}C", f"Histoire relations internationales {n}")
        gr(f"M.1HRP{n}CTD", f"M.1HRP{n}C TD")
        gr(f"M.1HRP{n}CEM", f"M.1HRP{n}C EM")
    for n in range(1, 7):
        el(f"M.2HRP{n}C", f"Séminaire M2 histoire {n}")
        el(f"M.1.MS{n:02d}", f"Sociologie M1 {n}")
    LAB["M.1.MS03"] = "Théories chang. social"
    for n in range(1, 9):
        el(f"2HR{n}C", f"Histoire L2 {n}")
        el(f"3HR{n}C", f"Histoire L3 {n}")
    et("HSM1HI", "Master 1 Histoire")
    et("HSM2HI", "Master 2 Histoire")
    et("LHIS2", "Licence Histoire 2e année")
    et("LHIS3", "Licence Histoire 3e année")
    # LVE
    for n in (10, 11, 20, 21, 30, 31):
        for x in "AB":
            el(f"AN-{n}{x}", f"EC{n}{x} Anglais")
            for k in range(1, 5):
                gr(f"AN{n}{x}TD{k}", f"TD{k} AN-{n}{x}")
        el(f"ES-{n}A", f"EC{n}A Espagnol")
    LAB["AN-10A"] = "EC1 Langue Traduction"
    for y in (1, 2, 3):
        et(f"LLCAN{y}", f"Licence LLCER Anglais {'1re' if y == 1 else str(y) + 'e'} année")
    # INSPE
    for n in range(150, 160):
        el(f"1CA{n}", f"MEEF M1 UE {n}")
        for k in (1, 2, 3):
            gr(f"1CA{n}G{k}", f"Groupe {k} 1CA{n}")
    LAB["1CA153"] = "Analyse du contexte"
    for n in range(210, 216):
        el(f"2CA{n}", f"MEEF M2 UE {n}")
    LAB["2CA210"] = "Analyse de pratiques"
    et("MEEF1", "Master 1 MEEF 1er degré")
    et("MEEF2", "Master 2 MEEF 1er degré")
    et("MEEF1S", "Master 1 MEEF 2nd degré")
    et("MEEF2S", "Master 2 MEEF 2nd degré")
    # RCAED
    for n in range(330, 340):
        el(f"RCAED{n}", f"Comptabilité à distance {n}")
        gr(f"RCAED{n}C", f"CEMU RCAED{n} à distance")
        gr(f"RCAED{n}P", f"Présentiel RCAED{n}")
    for u in UNKNOWN:
        LAB[u] = "inconnu d'APOGEE (archivé ou inventé)"
    return {"elements": EL, "etapes": ET, "groups": GR, "unknown": UNKNOWN, "labels": LAB}
