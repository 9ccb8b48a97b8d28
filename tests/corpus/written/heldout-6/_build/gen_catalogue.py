import json, os, random
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
R = random.Random(20251006)
UNKNOWN = {"S3INF07", "DM1AFF7", "DM1FIS7", "DM1SOC7", "AN-12C", "DL1CTS1"}

def sample(lst, k):
    lst = sorted(set(lst))
    return lst if len(lst) <= k else R.sample(lst, k)

E, T, G = set(), set(), set()
# droit / AES
sem = {"L1": (1, 2), "L2": (3, 4), "L3": (5, 6), "M1": (7, 8), "M2": (9,)}
mat = "CIV CST HIS INT OBL ADM AFF PEN FIS SOC PRO EUR FIN TRA MET ANG INF CON LIB SCP BIE REL".split()
E |= set(sample(["D%s%s%d" % (l, m, s) for l, ss in sem.items() for m in mat for s in ss], 170))
E |= set(sample(["A%s%s%d" % (l, m, s) for l in ("L1", "L2", "L3") for m in "ECO GES DRT STA SOC HIS ANG INF MAN CPT".split() for s in sem[l]], 45))
T |= {"DRL1", "DRL2", "DRL3", "AEL1", "AEL2", "AEL3", "DRM1AF", "DRM1PA", "DRM1PE", "DRM1NT", "DRM1SO", "DRM2AF", "DRM2PA",
      "DRM2FI", "DRM2NT", "DRM2PE", "DRM2DS", "AEM1", "AEM2", "DRCAPA", "DRDUVI"}
G |= {"DL1-TD%02d" % i for i in range(1, 25)} | {"DL2-TD%02d" % i for i in range(1, 19)} | {"DL3-TD%02d" % i for i in range(1, 13)}
G |= {"AL1-TD%02d" % i for i in range(1, 11)} | {"DL1-AMPA", "DL1-AMPB", "DL2-AMPA", "DL2-AMPB"}
# santé
for y, n in ((1, 12), (2, 14), (3, 14), (4, 12), (5, 11), (6, 9)):
    E |= {"MED%dUE%02d" % (y, i) for i in range(1, n + 1)}
T |= {"PASS1", "DFGSM2", "DFGSM3", "DFASM1", "DFASM2", "DFASM3", "DFGSO2", "DFGSO3", "DFGSP2", "DFGSP3", "DFGSMA", "LASSV1", "LASSH1"}
for p, n in (("DFG2", 16), ("DFG3", 16), ("DFA1", 12), ("DFA2", 10)):
    G |= {"%s-ED%02d" % (p, i) for i in range(1, n + 1)}
G |= {"PASS-TD%02d" % i for i in range(1, 31)}
# IUT
depts = "IN GE TC MP GB CJ QL".split()
iut = []
for d in depts:
    for y in (1, 2, 3):
        for s in (2 * y - 1, 2 * y):
            iut += ["%s%dR%d.%02d" % (d, y, s, i) for i in range(1, 16)]
            iut += ["%s%dS%d.%02d" % (d, y, s, i) for i in range(1, 7)]
E |= set(sample(iut, 380))
E |= {"GE1R1.%02d" % i for i in range(1, 16)} | {"IN1R1.%02d" % i for i in range(1, 13)}
T |= {"BUT%s%d" % (d, y) for d in depts for y in (1, 2, 3)}
for d in ("IN", "GE", "MP", "GB", "CJ", "QL"):
    for y in (1, 2, 3):
        G |= {"%s%d-TD%d" % (d, y, i) for i in range(1, 5)} | {"%s%d-TP%d%s" % (d, y, i, c) for i in range(1, 5) for c in "AB"}
for y in (1, 2, 3):
    G |= {"TC%d-TD%s" % (y, c) for c in "ABC"} | {"TC%d-TP%s%d" % (y, c, i) for c in "ABC" for i in (1, 2)}
# sciences
disc = "MAT INF PHY CHI BIO STE MEC EEA".split()
E |= set(sample(["S%d%s%02d" % (s, d, i) for s in range(1, 9) for d in disc for i in range(1, 15)], 320))
etp = {"MATH": "MAT", "INFO": "INF", "PHYS": "PHY", "CHIM": "CHI", "BIOL": "BIO", "STER": "STE", "MECA": "MEC", "EEAU": "EEA"}
T |= {"L%d%s" % (y, k) for y in (1, 2, 3) for k in etp} | {"M%d%s" % (y, k) for y in (1, 2) for k in ("INFO", "MATH", "BIOS", "CHIM", "PHYS")}
for k, ab in etp.items():
    for y in (1, 2, 3):
        G |= {"L%d%s-TD%d" % (y, ab, i) for i in range(1, 6)} | {"L%d%s-TP%d" % (y, ab, i) for i in range(1, 7)}
# faq-like letters+digits (old sciences and LANSAD)
E |= set(sample(["S%s%d%02d" % (d, s, i) for d in ("PHY", "CHI", "BIO", "MAT") for s in (1, 2, 3, 4, 5, 6) for i in range(1, 16)], 90))
E |= {"HLAN%d%02d" % (s, i) for s in range(1, 7) for i in range(1, 7)}
G |= {"HLAN%d%02dG%d" % (s, i, g) for s in (3, 4, 5, 6) for i in (1, 2) for g in range(1, 7)}
# LVE
langs = "ANG ESP ALL ITA RUS POR LEA".split()
E |= set(sample(["%s%dU%02d" % (l, s, i) for l in langs for s in range(1, 7) for i in range(1, 9)], 260))
T |= {"LC%s%d" % (l, y) for l in ("ANG", "ESP", "ALL", "ITA", "RUS", "POR") for y in (1, 2, 3)} | {"LEA%s%d" % (p, y) for p in ("AE", "AA", "AI", "AR") for y in (1, 2, 3)}
for l in ("ANG", "ESP", "ALL", "ITA", "RUS"):
    G |= {"%s%d-TD%d" % (l, s, i) for s in range(1, 7) for i in range(1, 5)}
G |= {"LEA%d-GR%d" % (s, i) for s in range(1, 7) for i in range(1, 5)}
E |= set(sample(["AN-%d%d%s" % (a, b, c) for a in (2, 3, 4) for b in range(0, 6) for c in "ABCD"], 50))
# STAPS
E |= {"STP%d-U%02d" % (s, i) for s in range(1, 7) for i in range(1, 25) if not (s <= 2 and i > 16)}
T |= {"LSTAP1", "LSTAP2", "LSTAP3", "MSTAP1", "MSTAP2", "LSTAPP"}
G |= {"STL%dTD%02d" % (y, i) for y in (1, 2, 3) for i in range(1, 13)} | {"STL3-APAS", "STL3-ES", "STL3-EM", "STL3-MS", "STL3-ERGO"}
# IAE
iae = []
for lv, subs in (("L3", "MGT CPT FIN MKT GRH DRT ANG STA SIG"), ("M1", "FIN CDG MKT RHO AUD FIS STR ANG DRT SIG"), ("M2", "FIN CDG MKT RHO AUD FIS STR ANG")):
    iae += ["I%s%s%02d" % (lv, s, i) for s in subs.split() for i in range(1, 17)]
E |= set(sample(iae, 200))
T |= {"IAEL3G", "IAEL3C", "IAEMF1", "IAEMF2", "IAEMR1", "IAEMR2", "IAEMK1", "IAEMK2", "IAEMC1", "IAEMC2", "IAEMA1", "IAEMA2"}
for p in ("IMF1", "IMF2", "IMR1", "IMR2", "IMK1", "IMK2", "IMC1", "IMC2"):
    G |= {p + "-ALT", p + "-FI", p + "-FC"}
G |= {"IL3G-TD%d" % i for i in range(1, 7)} | {"IL3C-TD%d" % i for i in range(1, 4)}
# INSPE
E |= {"%s-UE%d%d" % (p, a, b) for p in ("PE1", "PE2", "SD1", "SD2", "EE1", "EE2") for a in (1, 2, 3, 4) for b in range(1, 6)}
sites = {"CA": "CAEN", "AL": "ALEN", "SL": "SLO"}
T |= {"M%s%d%s" % (p, y, s) for p in ("PE", "SD", "EE") for y in (1, 2) for s in sites}
for p in ("PE1", "PE2"):
    for s in sites.values():
        G |= {"%s-%s-%s" % (p, s, c) for c in "ABC"}
for p in ("SD1", "SD2", "EE1", "EE2"):
    for s in sites.values():
        G |= {"%s-%s-%d" % (p, s, i) for i in (1, 2, 3)}
E |= set(sample(["%dCA%d%02d" % (y, s, i) for y in (1, 2) for s in (1, 2, 3, 4) for i in range(1, 70)], 120))
# géographie
E |= {"HGEO%d.%02d" % (s, i) for s in range(1, 10) for i in range(1, 16)}
T |= {"HLGEO1", "HLGEO2", "HLGEO3", "HMGEO1", "HMGEO2"}
G |= {"HGEO%d-TD%d" % (s, i) for s in range(1, 7) for i in range(1, 5)} | {"HGEO%d-EAD" % s for s in range(1, 7)}
# musicologie
E |= {"MUS%d%s" % (s, m) for s in range(1, 7) for m in "ANA HIS HAR FMU ORC ACU ETH INS CHA ECR PED INF".split()}
T |= {"LMUSI1", "LMUSI2", "LMUSI3", "MMUSI1", "MMUSI2"}
G |= {"MUS-CHOEUR", "MUS-ORCH", "MUS-JAZZ"} | {"MUS%d-TD%d" % (y, i) for y in (1, 2, 3) for i in (1, 2, 3)}
# psychologie
E |= {"PSY%d-C%02d" % (s, i) for s in range(1, 10) for i in range(1, 15)}
T |= {"LPSY1", "LPSY2", "LPSY3", "MPSYC1", "MPSYC2", "MPSYT1", "MPSYT2"}
G |= {"PSY%d-TD%02d" % (y, i) for y in (1, 2, 3) for i in range(1, 13)} | {"PSY%d-EAD" % y for y in (1, 2, 3)}
# HSS dotted (FAQ-like)
E |= {"M.%d.MS%02d" % (y, i) for y in (1, 2) for i in range(1, 16)} | {"M.%d.HI%02d" % (y, i) for y in (1, 2) for i in range(1, 11)}

# every cited code that exists must be there
cited = {c for gd in gold.values() for c in gd["apogee_codes"]}
def kind(c):
    if c in T: return "T"
    if c in G: return "G"
    if c in E: return "E"
    return None
missing = sorted(c for c in cited if c not in UNKNOWN and kind(c) is None)
# sampled-out cited elements: add them back (all are elements by construction)
print("added back", missing)
E |= set(missing)
for u in UNKNOWN:
    assert u in cited, u
    E.discard(u); T.discard(u); G.discard(u)
for c in E | T | G:
    assert c == c.upper() and " " not in c
assert all(len(c) <= 8 for c in E), [c for c in E if len(c) > 8]
assert all(len(c) <= 6 for c in T), [c for c in T if len(c) > 6]
assert all(len(c) <= 10 for c in G), [c for c in G if len(c) > 10]
assert not (E & T) and not (E & G) and not (T & G)
cat = {"elements": sorted(E), "etapes": sorted(T), "groups": sorted(G), "unknown": sorted(UNKNOWN)}
json.dump(cat, open(os.path.join(D, "catalogue.json"), "w"), indent=1)
print({k: len(v) for k, v in cat.items()})
