import json, os, re, random, itertools
import lib
for mod in ["mails_a", "mails_b", "mails_c", "mails_d", "mails_e", "mails_f"]:
    __import__(mod)
from lib import MAILS, render, gold_of

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
names = [m["fn"] for m in MAILS]
assert len(names) == len(set(names)), "dup names"
gold = {}
for m in MAILS:
    data = render(m)
    with open(os.path.join(OUT, m["fn"]), "wb") as f:
        f.write(data)
    gold[m["fn"]] = gold_of(m)
gold = dict(sorted(gold.items()))
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)

# ---------------- catalogue ----------------
R = random.Random(20251)
unknown = sorted({u for m in MAILS for u in m["gold"].get("unknown", [])})
cited = {c[0] for m in MAILS for c in m["gold"].get("codes", [])}
variants = {c[1].upper() for m in MAILS for c in m["gold"].get("codes", []) if c[1].upper() != c[0]}

def pick(seq, k):
    seq = list(seq)
    return seq if k >= len(seq) else R.sample(seq, k)

E, T, G = set(), set(), set()
# hlan
E |= set(pick(["H%s%d%02d" % (l, s, n) for l in ["LAN", "ANG", "ESP", "ALL", "ITA", "LIT", "CIV", "TRA", "LIN"] for s in range(1, 7) for n in range(1, 9)], 180))
T |= {"%dLANGL" % y for y in (1, 2, 3)} | {"%dLESPA" % y for y in (1, 2, 3)} | {"%dLALLE" % y for y in (1, 2, 3)} | {"%dLITAL" % y for y in (1, 2, 3)}
G |= set(pick(["HLAN%d%02dTD%d" % (s, n, g) for s in (1, 2) for n in range(1, 5) for g in range(1, 4)], 20))
# mdot
md = ["M.%d%s%dC" % (y, d, n) for y in (1, 2) for d in ["HRP", "ENV", "GEO", "ARC", "PAT", "HMO"] for n in range(1, 10)]
E |= set(pick(md, 90))
G |= {c + s for c in pick(md, 25) for s in ("TD", "EM")}
T |= {"%dM%s" % (y, d) for y in (1, 2) for d in ["HRP", "ENV", "GEO", "ARC", "PAT", "HMO"]}
# hr
E |= {"%dHR%dC" % (a, b) for a in (1, 2, 3) for b in range(1, 10)}
# inspe
E |= set(pick(["%dC%s%d%02d" % (y, l, s, n) for y in (1, 2) for l in "ABCDE" for s in (1, 2, 3) for n in range(1, 61)], 140))
T |= {"MEF%d%s" % (y, p) for y in (1, 2) for p in ("PE", "SD", "EN", "EP", "PA")}
# lve
E |= {"%s-%d0%s" % (l, y, o) for l in ["AN", "ES", "AL", "IT", "PT", "CH", "AR", "RU", "JA"] for y in range(1, 7) for o in "ABC"}
E |= {"%s-%d5" % (l, y) for l in ["IRAN", "TURC", "POLO", "NEER"] for y in range(1, 4)}
# sci
E |= set(pick(["S%s%d%02d" % (l, s, n) for l in ["PHY", "MAT", "INF", "CHI", "BIO", "GEO", "MEC"] for s in range(1, 7) for n in range(1, 13)], 220))
T |= {"%dL%s" % (y, p) for y in (1, 2, 3) for p in ("PHYC", "MATH", "INFO", "SVIE", "STEU")}
G |= {"SMAT105A", "SMAT105B", "SPHY210A", "SINF301A"}
# hss2
E |= set(pick(["M.%d.%s%02d" % (y, d, n) for y in (1, 2) for d in ("MS", "SO", "AN", "DE", "PS") for n in range(1, 21)], 120))
T |= {"%dMSOC" % y for y in (1, 2)} | {"%dMANT" % y for y in (1, 2)}
# pharma
ph = ["PH%dUE%02d" % (y, n) for y in range(1, 7) for n in range(1, 16)]
ph = [c for c in ph if not (c.startswith("PH4UE1") and c[-1] in "01")]  # UE 10/11 of year 4 exist only as options
ph += ["PH4UE10A", "PH4UE10B", "PH4UE11A", "PH4UE11B", "PH5UE08A", "PH5UE08B", "PH5UE08C"]
E |= set(ph)
T |= {"DFGSP2", "DFGSP3", "DFASP1", "DFASP2", "DEPH6O", "DEPH6I", "PASSPH"}
G |= {"PH%dTP%02d" % (y, n) for y in (2, 3, 4) for n in range(1, 9)} | {"PH%dTD%02d" % (y, n) for y in (2, 3) for n in range(1, 5)}
# odonto
E |= {"ODO%dU%02d" % (y, n) for y in range(2, 7) for n in range(1, 13)}
T |= {"DFGSO2", "DFGSO3", "DFASO1", "DFASO2", "DFTCO6"}
G |= {"ODO%dTP%s" % (y, l) for y in range(2, 7) for l in "ABCD"}
# hist
E |= {"HIL%d-%02d" % (y, n) for y in (1, 2, 3) for n in range(1, 15)}
E |= {"HIL3-%02d%s" % (n, o) for n in (5, 6, 9, 12) for o in "AB"}
E -= {"HIL3-05", "HIL3-06", "HIL3-09", "HIL3-12"}
T |= {"1LHIST", "2LHIST", "3LHIST", "1LHGEO", "2LHGEO", "3LHGEO"}
G |= {"%dLHIS-TD%d%s" % (y, n, l) for y in (1, 2, 3) for n in range(1, 5) for l in "AB"} | {"%dLHIS-CM" % y for y in (1, 2, 3)}
# gea
E |= {"GEAR%d.%02d" % (s, n) for s in range(1, 7) for n in range(1, 13)} | {"GEAS%d.%02d" % (s, n) for s in range(1, 7) for n in range(1, 7)}
T |= {"BUGEA1", "BUGEA2", "BUGEA3", "BUTC1", "BUTC2", "BUTC3"}
G |= {"GEA%d-TD%d" % (y, n) for y in (1, 2, 3) for n in range(1, 5)} | {"GEA%d-TP%d%s" % (y, n, l) for y in (1, 2, 3) for n in range(1, 5) for l in "AB"} | {"GEA%d-ALT" % y for y in (2, 3)}
# chim
ch = ["CH.%d%02d" % (s, n) for s in range(1, 7) for n in range(1, 16)]
E |= set(ch)
T |= {"L1CHIM", "L2CHIM", "L3CHIM", "M1CHIM", "M2CHIM"}
G |= {"%s-TP%d" % (c.replace(".", ""), n) for c in pick(ch, 20) + ["CH.512", "CH.507"] for n in range(1, 7)}
# psy
E |= {"PSY-%d%02d" % (s, n) for s in range(1, 9) for n in range(1, 16)}
T |= {"LPSY1", "LPSY2", "LPSY3", "MPCLI1", "MPCLI2", "MPSOC1", "MPSOC2", "MPNEU1", "MPNEU2"}
G |= {"PSY%dTD%02d" % (y, n) for y in (1, 2, 3) for n in range(1, 13)} | {"PSY%d%s" % (y, s) for y in (1, 2, 3) for s in ("EAD", "CM")}
# lea
E |= set(pick(["LEA%d%s%02d" % (y, l, n) for y in (1, 2, 3) for l in ("AN", "ES", "AL", "IT", "CH") for n in range(1, 13)], 150))
T |= {"%dLEA%s" % (y, p) for y in (1, 2, 3) for p in ("AE", "AA", "AI", "AC")}
G |= {"LEA%d-TD%s%d" % (y, p, n) for y in (1, 2, 3) for p in ("AE", "AA", "AI", "AC") for n in (1, 2, 3)}
# mi
mi = ["%dMI%02d%s" % (y, n, p) for y in (1, 2, 3) for n in range(1, 13) for p in "ABC"]
E |= set(pick(mi, 80))
T |= {"L1MISP", "L2MINF", "L3MINF", "L2MMAT", "L3MMAT"}
G |= {"L%dMI-TP%d" % (y, n) for y in (1, 2, 3) for n in range(1, 7)} | {"L%dMI-TD%d" % (y, n) for y in (1, 2, 3) for n in range(1, 4)}
# ads
E |= {"ADS-%s%d%d" % (d, s, n) for d in ("TH", "CI", "DA", "MU") for s in range(1, 7) for n in range(1, 5)}
E -= {"ADS-TH%d%d" % (s, n) for s in (1, 2) for n in range(1, 5)}  # theatre UEs renumbered in 2025
T |= {"LASP1", "LASP2", "LASP3", "MASP1", "MASP2"}
G |= {"ADS-ATEL%d" % n for n in range(1, 7)}
# esix
E |= {"ESIX%d%s%02d" % (y, d, n) for y in (3, 4, 5) for d in ("M", "A", "Q") for n in range(1, 16)}
T |= {"ESIX%d%s" % (y, d) for y in (3, 4, 5) for d in ("M", "A", "Q")}
G |= {"ESIX%d%s-P%d" % (y, d, n) for y in (3, 4, 5) for d in ("M", "A", "Q") for n in range(1, 5)}

# cited codes must be present (unless unknown) and classified
def kind(c):
    if c in T: return "T"
    if c in G: return "G"
    if c in E: return "E"
    return None
missing = sorted(c for c in cited if c not in unknown and kind(c) is None)
ELEMENTS_CITED_OUTSIDE_SAMPLE = {'1CB210', '2CA301', '3MI07B', 'PSY-721', 'PSY-724', 'PSY-726', 'SPHY210', 'SPHY305'}
assert set(missing) <= ELEMENTS_CITED_OUTSIDE_SAMPLE, missing
E |= set(missing)
for u in unknown:
    E.discard(u); T.discard(u); G.discard(u)
for v in variants:
    if v not in cited:
        assert v not in E | T | G, ("variant is a real code", v)
cat = {"elements": sorted(E), "etapes": sorted(T), "groups": sorted(G), "unknown": unknown}
with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as f:
    json.dump(cat, f, ensure_ascii=False, indent=1)
print(len(MAILS), "mails;", len(E), "elements", len(T), "etapes", len(G), "groups", "unknown", unknown)
