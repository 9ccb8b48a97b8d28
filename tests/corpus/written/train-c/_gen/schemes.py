# Code schemes used in train-c. Each: name, invented?, regexes for element/etape/group, sibling generator.
import re, random, itertools

SCHEMES = []


def scheme(name, invented, el=None, etp=None, gpe=None, gen=None, example=""):
    SCHEMES.append(dict(name=name, invented=invented, el=el and re.compile(el), etp=etp and re.compile(etp),
                        gpe=gpe and re.compile(gpe), gen=gen, example=example))


def g_droit(r):
    mats = ["CIV", "PEN", "CON", "ADM", "HDR", "FIS", "AFF", "TRA", "EUR", "INT", "SOC", "PRO", "LIB", "FIN"]
    el = [f"D{n}{m}{k:02d}" for n in range(1, 6) for m in mats for k in range(1, 7) if r.random() < 0.45]
    etp = ["DL1DRT", "DL2DRT", "DL3DRT", "DL1AES", "DL2AES", "DL3AES", "DM1DAF", "DM2DAF", "DM1DPN", "DM2DPN",
           "DM1DPU", "DM2DPU", "DM1DSO", "DM2DSO", "DL3DPB"]
    gpe = [f"{e}-T{k:02d}" for e in etp[:6] for k in range(1, 15)]
    return el, etp, gpe


def g_sante(r):
    el = [f"S{f}{y}-UE{k:02d}" for f in "MP" for y in (2, 3) for k in range(1, 19)] + \
         [f"SM{y}-UE{k:02d}" for y in (4, 5, 6) for k in range(1, 13)]
    etp = ["DFGSM2", "DFGSM3", "DFASM1", "DFASM2", "DFASM3", "DFGSP2", "DFGSP3", "DFASP1", "DFASP2", "DFGSO2", "DFGSO3"]
    gpe = [f"S{f}{y}-ED{k:02d}" for f in "MP" for y in (2, 3) for k in range(1, 17)] + \
          [f"SM{y}-ST{k:02d}" for y in (4, 5) for k in range(1, 9)]
    return el, etp, gpe


def g_iut(r):
    depts = ["IN", "GE", "TC", "CJ", "GB", "RT"]
    el = [f"I{d}{t}{s}.{k:02d}" for d in depts for t in "RS" for s in range(1, 7) for k in range(1, 13)
          if (t == "R" or k <= 6) and r.random() < 0.55]
    etp = [f"BUT{d}{y}" for d in depts for y in (1, 2, 3)]
    gpe = [f"{d}{y}-{t}{k}{x}" for d in depts for y in (1, 2, 3) for t in ("TD", "TP") for k in range(1, 5)
           for x in ("", "A", "B") if (t == "TD") == (x == "")]
    return el, etp, gpe


def g_iae(r):
    mats = ["FIN", "MKT", "RHM", "CPT", "STR", "DRO", "ECO", "SIG", "MGT", "ANG", "LOG", "CGE"]
    el = [f"AE{l}{m}{k}" for l in ("L3", "M1", "M2") for m in mats for k in range(1, 5) if r.random() < 0.6]
    etp = ["AELGES", "AEMAE1", "AEMAE2", "AEMCG1", "AEMCG2", "AEMRH1", "AEMRH2", "AEMMK1", "AEMMK2", "AEMFI1", "AEMFI2"]
    gpe = [f"{e}-{s}" for e in etp for s in ("ALT", "FI", "G1", "G2", "G3")]
    return el, etp, gpe


def g_lansad(r):
    langs = ["AN", "ES", "AL", "IT", "PO", "RU", "CH", "AR", "JA"]
    lev = ["A1", "A2", "B1", "B2", "C1"]
    el = [f"LSD-{l}{v}" for l in langs for v in lev] + [f"FLE-{v}S{s}" for v in lev for s in (1, 2)]
    gpe = [f"{l}{v}-G{k:02d}" for l in langs[:4] for v in lev for k in range(1, 10)] + \
          [f"FLE{v}-G{k:02d}" for v in lev for k in range(1, 8)]
    return el, [], gpe


def g_daeu(r):
    el = [f"DAEU-{m}{k}" for m in ("FR", "HG", "AN", "MA", "PH", "SV", "CH", "LT") for k in (1, 2)]
    return el, ["DAEUA", "DAEUB"], ["DAEU-SOIR", "DAEU-DIST", "DAEU-SAM", "DAEUB-SOIR", "DAEUB-DIST"]


def g_esix(r):
    fil = ["MEC", "SYS", "AGR", "GSI"]
    el = [f"X{y}.{f}{k:02d}" for y in (3, 4, 5) for f in fil for k in range(1, 16) if r.random() < 0.6]
    etp = [f"X{f}{y}" for f in fil for y in (3, 4, 5)]
    gpe = [f"{e}-{s}" for e in etp for s in ("TD1", "TD2", "TD3", "PRJ", "ALT")]
    return el, etp, gpe


def g_ed(r):
    eds = [508, 556, 558, 590, 591, 497]
    el = [f"ED{e}{t}{k:02d}" for e in eds for t in "TD" for k in range(1, 16) if r.random() < 0.5]
    return el, [f"DOC{e}" for e in eds], []


def g_obs(r):
    el = [f"OBM{y}.{y}{k:02d}" for y in (1, 2) for k in range(1, 25)]
    return el, ["OBSM1", "OBSM2"], [f"OBSM{y}-N{k}" for y in (1, 2) for k in range(1, 5)]


def g_arts(r):
    el = [f"AP{y}{m}{k}" for y in (1, 2, 3) for m in ("ATL", "HIS", "THE", "PRA", "NUM") for k in range(1, 6)]
    etp = ["ARPL1", "ARPL2", "ARPL3", "ARSP1", "ARSP2", "ARSP3"]
    gpe = [f"AP{y}-ATL-{c}" for y in (1, 2, 3) for c in "ABCDEF"]
    return el, etp, gpe


def g_hss(r):
    subs = ["GEO", "HIS", "SOC", "PSY", "PHI", "ARC", "MET", "HAR", "SED", "ANT"]
    el = [f"H{s}{y}{k:02d}" for s in subs for y in range(1, 6) for k in range(1, 16) if r.random() < 0.35]
    etp = [f"H{l}{s}" for l in ("L1", "L2", "L3", "M1", "M2") for s in subs[:7]]
    gpe = [f"{e}-{g}" for e in etp[:21] for g in ("TD1", "TD2", "TD3", "TD4", "EAD")]
    return el, etp, gpe


def g_mdot(r):
    el = [f"M.{y}{s}{k}{c}" for y in (1, 2) for s in ("PSY", "SOC", "HRP", "GEO", "URB") for k in range(1, 10)
          for c in "ABC" if r.random() < 0.4] + [f"M.{y}.MS{k:02d}" for y in (1, 2) for k in range(1, 13)]
    etp = ["M1PSYC", "M2PSYC", "M1SOCI", "M2SOCI", "M1URBA", "M2URBA", "M1GEOG", "M2GEOG"]
    gpe = []
    for e in el[:60]:
        if not e.startswith("M.1.") and not e.startswith("M.2."):
            gpe += [e + "TD", e + "EM"]
    return el, etp, gpe


def g_inspe(r):
    el = [f"{y}{p}{k}" for y in (1, 2) for p in ("CA", "CB", "PE", "SD", "ED") for k in range(101, 400, 7)
          if r.random() < 0.5]
    etp = ["MEEF1P", "MEEF2P", "MEEF1S", "MEEF2S", "MEEF1E", "MEEF2E"]
    gpe = [f"{y}{p}-G{k}" for y in (1, 2) for p in ("CA", "CB", "PE") for k in range(1, 7)]
    return el, etp, gpe


def g_lve(r):
    el = [f"{l}-{n}{c}" for l in ("AN", "ES", "IT", "AL", "PO") for n in (10, 11, 12, 20, 21, 22, 30, 31)
          for c in "ABC" if r.random() < 0.6]
    etp = ["1LANGL", "2LANGL", "3LANGL", "1LANGE", "2LANGE", "1LANIT", "1LEAAE", "2LEAAE"]
    gpe = [f"{e}-G{k}" for e in el[:40] for k in (1, 2)]
    return el, etp, gpe


def g_sci(r):
    subs = ["PHY", "MAT", "INF", "CHI", "BIO", "GEO", "STE"]
    el = [f"S{s}{y}{k:02d}" for s in subs for y in range(1, 4) for k in range(1, 16) if r.random() < 0.4]
    etp = [f"SL{y}{p}" for y in (1, 2, 3) for p in ("MPC", "INF", "PHY", "MAT", "BIO", "CHI", "SVT")]
    gpe = [f"{e}-G{k}" for e in etp[:9] for k in range(1, 9)]
    return el, etp, gpe


scheme("droit: D+niveau+matière+nn (UFR Droit)", True, r"^D[1-5][A-Z]{3}\d{2}$", r"^D[LM][1-3][A-Z]{3}$",
       r"^D[LM][1-3][A-Z]{3}-T\d{2}$", g_droit, "D2PEN03 / DL1DRT / DL1DRT-T07")
scheme("santé: S+filière+année-UEnn (UFR Santé)", True, r"^S[MPO]\d-UE\d{2}$", r"^DF[GA]S[MPO]\d$",
       r"^S[MPO]\d-(ED|ST)\d{2}$", g_sante, "SM2-UE07 / DFGSM2 / SM3-ED08")
scheme("iut: I+dept+R/S+sem.nn (BUT)", True, r"^I[A-Z]{2}[RS]\d\.\d{2}$", r"^BUT[A-Z]{2}\d$",
       r"^[A-Z]{2}\d-T[DP]\d[AB]?$", g_iut, "IINR2.03 / BUTIN2 / IN2-TP3B")
scheme("iae: AE+niveau+matière+n (IAE)", True, r"^AE(L3|M1|M2)[A-Z]{3}\d$", r"^AE[ML][A-Z]{2}[A-Z0-9]$",
       r"^AE[ML][A-Z]{2}[A-Z0-9]-(ALT|FI|G\d)$", g_iae, "AEM1FIN3 / AEMAE1 / AEMAE1-ALT")
scheme("lansad: LSD-langue+niveau / FLE (centre de langues)", True, r"^(LSD-[A-Z]{2}[ABC][12]|FLE-[ABC][12]S[12])$",
       None, r"^([A-Z]{2}|FLE)[ABC][12]-G\d{2}$", g_lansad, "LSD-ANB2 / FLE-B1S1 / FLEB1-G05")
scheme("daeu: DAEU-matière+n (formation continue)", True, r"^DAEU-[A-Z]{2}\d$", r"^DAEU[AB]$",
       r"^DAEUB?-(SOIR|DIST|SAM)$", g_daeu, "DAEU-FR1 / DAEUA / DAEU-SOIR")
scheme("esix: X+année.filière+nn (école d'ingénieurs)", True, r"^X[3-5]\.[A-Z]{3}\d{2}$", r"^X[A-Z]{3}[3-5]$",
       r"^X[A-Z]{3}[3-5]-(TD\d|PRJ|ALT)$", g_esix, "X3.MEC07 / XMEC3 / XMEC3-TD2")
scheme("école doctorale: ED+n°+T/D+nn", True, r"^ED\d{3}[TD]\d{2}$", r"^DOC\d{3}$", None, g_ed,
       "ED591T07 / DOC591")
scheme("observatoire: OBM+année.nnn (master astrophysique)", True, r"^OBM[12]\.\d{3}$", r"^OBSM[12]$",
       r"^OBSM[12]-N\d$", g_obs, "OBM1.107 / OBSM1 / OBSM1-N2")
scheme("arts: AP+année+atelier/histoire+n (arts plastiques)", True, r"^AP[1-3][A-Z]{3}\d$", r"^AR(PL|SP)[1-3]$",
       r"^AP[1-3]-ATL-[A-F]$", g_arts, "AP2ATL3 / ARPL2 / AP2-ATL-C")
scheme("hss: H+discipline+nnn (UFR HSS, type FAQ HLAN201)", False, r"^H[A-Z]{3}\d{3}$", r"^H[LM][1-5][A-Z]{3}$",
       r"^H[LM][1-5][A-Z]{3}-(TD\d|EAD)$", g_hss, "HGEO305 / HL2GEO / HL2GEO-EAD")
scheme("master pointé: M.année+code (type FAQ M.1HRP9C)", False, r"^M\.[12](\.MS\d{2}|[A-Z]{3}\d[A-C])$",
       r"^M[12][A-Z]{4}$", r"^M\.[12][A-Z]{3}\d[A-C](TD|EM)$", g_mdot, "M.1PSY4B / M1PSYC / M.1PSY4BTD")
scheme("inspe: chiffre+lettres+nnn (type FAQ 1CA153)", False, r"^[12][A-Z]{2}\d{3}$", r"^MEEF[12][A-Z]$",
       r"^[12][A-Z]{2}-G\d$", g_inspe, "1CA162 / MEEF1P / 1CA-G3")
scheme("lve: langue-nn+lettre (type FAQ AN-10A)", False, r"^[A-Z]{2}-\d{2}[A-C]$", r"^\d(LAN[A-Z]{2}|LEAAE)$",
       r"^[A-Z]{2}-\d{2}[A-C]-G\d$", g_lve, "AN-10B / 1LANGL / AN-10B-G2")
scheme("sciences: S+discipline+nnn (type FAQ SPHY210)", False, r"^S(PHY|MAT|INF|CHI|BIO|GEO|STE)\d{3}$",
       r"^SL[1-3][A-Z]{3}$", r"^SL[1-3][A-Z]{3}-G\d$", g_sci, "SPHY312 / SL1MPC / SL1MPC-G4")


def classify(code):
    hits = []
    for s in SCHEMES:
        for kind in ("el", "etp", "gpe"):
            if s[kind] and s[kind].match(code):
                hits.append((s["name"], kind))
    return hits


def catalogue(cited, unknown):
    r = random.Random(2026)
    out = {"elements": set(), "etapes": set(), "groups": set()}
    key = {"el": "elements", "etp": "etapes", "gpe": "groups"}
    for s in SCHEMES:
        el, etp, gpe = s["gen"](r)
        out["elements"].update(el)
        out["etapes"].update(etp)
        out["groups"].update(gpe)
    for c in cited:
        if c in unknown:
            continue
        h = classify(c)
        assert len(h) == 1, (c, h)
        out[key[h[0][1]]].add(c)
    for k in out:
        out[k] = sorted(out[k] - set(unknown))
    # every generated code must fit APOGEE limits and classify uniquely
    for k, lim in (("elements", 8), ("etapes", 6), ("groups", 10)):
        for c in out[k]:
            assert len(c) <= lim, (k, c)
            h = classify(c)
            assert len(h) == 1 and key[h[0][1]] == k, (c, h)
    out["unknown"] = sorted(unknown)
    return out
