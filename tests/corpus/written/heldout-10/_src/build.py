import json, os, sys, random, itertools
sys.path.insert(0, os.path.dirname(__file__))
from lib import MAILS, build, gold
import m1, m2, m3, m4, m5
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNKNOWN = ["S5-MAT70", "D2-1310", "PSY3021", "EX61-SE", "M.1SOC3A", "S3-BIO11"]
G = {}
names = [m["fn"] for m in MAILS]
assert len(names) == len(set(names)) == 100, (len(names), len(set(names)))
for m in MAILS:
    msg = build(m)
    with open(os.path.join(OUT, m["fn"]), "wb") as f:
        f.write(msg.as_bytes())
    G[m["fn"]] = gold(m)
json.dump(G, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)

# catalogue
rnd = random.Random(10)
cited = set(c for g in G.values() for c in g["apogee_codes"])
E, T, GR = set(), set(), set()
ETAPES = {"L2PSY","L3DRT","L1DRT","L2STAP","L1STAP","P2PHA","1MEEF1","L2GEO","L1HIS","L1LET","L1PHI","M1IAEM","L1ANG"}
def etp(c): return c in ETAPES
def isgrp(c): return any(c.startswith(e+"-") for e in ETAPES) or c in ("S5MAT09TD1","S3BIO12TPA","S3BIO12TPB")
for c in cited:
    if c in UNKNOWN: continue
    (T if etp(c) else GR if isgrp(c) else E).add(c)
# siblings per scheme
for d in ["LAN","HIS","LET","PHI","ARC","MUS","HAR"]:
    for lvl in range(1,6):
        for n in rnd.sample(range(1,20), 6): E.add(f"H{d}{lvl}{n:02d}")
for lvl in "12":
    for d in ["SOC","HSS","HRP","ANT","ARC","HIS"]:
        for n in range(1,9):
            for s in "ABC":
                if rnd.random()<0.3: E.add(f"M.{lvl}{d}{n}{s}")
for a in "12":
    for b in "ABCD":
        for n in rnd.sample(range(100,300), 10): E.add(f"{a}C{b}{n}")
for d in ["IRAN","ESPA","ALLE","ITAL","RUSS","CHIN","PORT"]:
    for n in rnd.sample(range(10,30), 7): E.add(f"{d}-{n}")
for l in "AEIR":
    for lvl in range(1,6):
        for n in rnd.sample(range(1,13), 4): E.add(f"LV{l}{lvl}{n:02d}{rnd.choice('AB')}")
for s in range(1,7):
    for d in ["MAT","PHY","BIO","CHI","INF","GEO","MEC"]:
        for n in rnd.sample(range(1,16), 5): E.add(f"S{s}-{d}{n:02d}")
for lvl in "12":
    for d in ["MKT","FIN","RHM","CPT","SIG","STR"]:
        for n in range(1,9): E.add(f"IA{lvl}{d}{n:02d}")
for lvl in "123":
    for n in rnd.sample(range(1101,1330), 25): E.add(f"D{lvl}-{n}")
for d in ["AP","EN","SP","MG","PS"]:
    for n in rnd.sample(range(10,45), 9): E.add(f"ST.{d}{n}")
for y in range(1,7):
    for n in rnd.sample(list(range(101,131))+list(range(201,231)), 12): E.add(f"P{y}UE{n}")
for dep in ["TC","GEA","INF","GEI"]:
    for s in range(1,7):
        for n in rnd.sample(range(1,16), 6): E.add(f"{dep}R{s}.{n:02d}")
for n in range(51,83):
    for d in rnd.sample(["RS","IA","SEM","MA","GL","AU","EN"], 2): E.add(f"EX{n}-{d}")
for lvl in "123":
    for n in rnd.sample(range(101,130), 12)+rnd.sample(range(401,430), 8): E.add(f"GG{lvl}.{n}")
for s in range(1,7):
    for n in rnd.sample(range(10,45), 8): E.add(f"PSY{s}0{n}")
for lvl in "123":
    for d in ["PSY","GEO","DRT","STAP","HIS","LET","PHI","ANG","MAT","BIO","ESP"]: T.add(f"L{lvl}{d}")
for lvl in "12":
    for d in ["IAEM","IAEF","SOC","HSS","DRT","PSY"]: T.add(f"M{lvl}{d}")
for y in range(1,7): T.add(f"P{y}PHA")
for a in "12":
    for b in "1234": T.add(f"{a}MEEF{b}")
for e in sorted(T):
    if e[0] in "LP" and len(e) <= 6:
        for t, k in (("TD", rnd.randint(3,12)), ("TP", rnd.randint(2,6))):
            for i in range(1, k+1):
                c = f"{e}-{t}{i:02d}" if e.startswith("L1DRT") else f"{e}-{t}{i}"
                if len(c) <= 10: GR.add(c)
        if rnd.random()<0.3 and len(e)<=5: GR.add(f"{e}-CEMU")
    if "MEEF" in e:
        for i in range(1,7): GR.add(f"{e}-G{i}")
for e in sorted(E):
    if e.startswith("S") and "-" in e and rnd.random()<0.25:
        b = e.replace("-","")
        for t in ("TD1","TD2","TPA","TPB"): GR.add(b+t)
# cited truncation prefixes must stay unique
for pref, full in (("M.1SOC4","M.1SOC4A"),):
    E = {e for e in E if not e.startswith(pref) or e == full}
for u in UNKNOWN: E.discard(u); T.discard(u); GR.discard(u)
assert all(len(e)<=8 for e in E) and all(len(t)<=6 for t in T) and all(len(g)<=10 for g in GR), [x for x in GR if len(x)>10]
cat = {"elements": sorted(E), "etapes": sorted(T), "groups": sorted(GR), "unknown": UNKNOWN}
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(E), len(T), len(GR))
