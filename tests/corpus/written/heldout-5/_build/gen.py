import sys, json, random, re, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import build_msg, to_bytes
import m1, m2, m3
from m1 import MAILS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DROP = {"prof-hurried-dashboard", "dsi-bdd-maintenance", "admin-composante-login-vacataires"}
mails = [m for m in MAILS if m["slug"] not in DROP]
assert len(mails) == 100, len(mails)
random.seed(5)
random.shuffle(mails)
UNKNOWN = ["G2STA01", "JO7ENQ1", "JO7ENQ2", "JO7DOC", "SBIO203", "1MTU01", "AGM2-AGR"]
gold = {}
for i, m in enumerate(mails, 1):
    fn = "%03d-%s.eml" % (i, m["slug"])
    if m["form"].get("kind") == "raw":
        data = m["raw"]
    else:
        data = to_bytes(build_msg(m))
    open(os.path.join(OUT, fn), "wb").write(data)
    g = m["gold"]
    canon, written, schemes = [], [], []
    for c, w, s in g["codes"]:
        if c not in canon: canon.append(c)
        if w not in written: written.append(w)
        if s not in schemes: schemes.append(s)
    gold[fn] = dict(apogee_codes=canon, apogee_codes_as_written=written, student_numbers=g["nums"], course_ids=g["ids"],
                    symptom=g["sym"], sender_role=g["role"], language=g["lang"], auto_reply=g["auto"], schemes=schemes, note=g["note"])
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)

# catalogue
R = random.Random(42)
L = "ABCDEFGHIJKLMNOPRSTUV"
def w3(): return "".join(R.choice(L) for _ in range(3))
def w4(): return "".join(R.choice(L) for _ in range(4))
el, et, gp = set(), set(), set()
for pre in ["HLAN","HHIS","HGEO","HPSY","HSOC","HLET","HPHI","SPHY","SCHI","SINF","SBIO","SMAT","SGEO"]:
    for sem in range(1, 7):
        for n in range(1, R.randint(3, 7)): el.add("%s%d%02d" % (pre, sem, n))
for _ in range(60): el.add("M.%d%s%d%s" % (R.randint(1,2), w3(), R.randint(1,9), R.choice("ABCDEM")))
for p in ["1CA","2CA","1MT","2DR","1DR","3DR","2HR","3SO"]:
    for n in range(R.randint(8, 20)): el.add("%s%d%02d" % (p, R.randint(1,3), R.randint(1,60)))
for p in ["IRAN","IESP","IALL","IITA","IPOR","ICHI"]:
    for n in range(10, 30, 1): el.add("%s-%02d" % (p, n))
for s in range(1, 11):
    for _ in range(6): el.add("JO%d%s" % (s, w4()))
    for _ in range(4): el.add("JO%d%s%d" % (s, w3(), R.randint(1,3)))
for s in range(1, 7):
    for u in [11,12,13,14,21,22,23,24,31,32,33,34,41,42,43,44,51,52,53,61,62]:
        if R.random() < .7: el.add("IF%dUE%d" % (s, u))
for s in range(1, 7):
    for _ in range(10): el.add("ST%d%s%d" % (s, w3(), R.randint(1,4)))
    for _ in range(3): el.add("ST%d%s" % (s, w4()))
for s in range(1, 11):
    for l in "PTHSCR":
        el.add("AR.%s%d%02d" % (l, s, R.randint(1, 9)))
    if s < 10: el.add("AR.HA%d%02d" % (s, R.randint(1, 9)))
for y in (1, 2):
    for _ in range(18): el.add("AGM%d-%s" % (y, w3()))
for lv in ["A1","A2","B1","B2","C1","C2","AT","PH","CI"]:
    for yy in (24, 25): el.add("ETE%d-%s" % (yy, lv))
for m in ["FR","HG","MA","AN","SV","PH","EC"]:
    for d in (1, 2): el.add("DAP.%s%d" % (m, d))
for n in range(1, 15): el.add("DUMED%02d" % n)
for s in range(1, 7):
    for _ in range(8): el.add("G%d%s%02d" % (s, w3(), R.randint(1, 5)))
    el.add("G%dCART%d" % (s, R.randint(1, 3)))
for e in ["IFSI1A","IFSI2A","IFSI3A","IFSI1B","IFSI2B","IFSI3B","JRNL1","JRNL2","JRNL3","JRNM1","JRNM2","STL1","STL2","STL3","STL3EM","STL3AP","STM1EN","ARCL1","ARCL2","ARCL3","ARCM1","ARCM2",
          "AGRM1","AGRM2","UETE24","UETE25","DAEUP","DAEUA","DUMEDI","DUMEDF","GEOL1","GEOL2","GEOL3","GEOM1","GEOM2","L1SVTE","L2SVTE","L3SVTE","L1HIST","L2HIST","L3HIST","1DRT1","2DRT1","3DRT1","MEF1CR","MEF2CR","MEF1CA","L1CHIM","L1INFO"]:
    et.add(e)
for u in ["HLAN101","HLAN201","HLAN301"]:
    for g in range(1, 13): gp.add("%sG%02d" % (u, g))
for s in (3, 5):
    for g in range(1, 5): gp.add("ST%d-APA-G%d" % (s, g)); gp.add("ST%d-ENT-G%d" % (s, g))
for y in (1, 2):
    gp.add("AGM%d-CEMU" % y)
    for t in ("TP1","TP2","TP3","TD1","TD2"): gp.add("AGM%d-%s" % (y, t))
for y in (1, 2, 3):
    for l in "ABCD": gp.add("IFSI%d-TD%s" % (y, l))
for l in "ABCDE": gp.add("AR.ATL-%s" % l); gp.add("ARCM2-%s" % l); gp.add("ARCM1-%s" % l)
for n in range(1, 7): gp.add("ETE25-GR%d" % n); gp.add("ETE24-GR%d" % n)
gp |= {"DUMED-PRES", "DUMED-FOAD", "DAP-EPCAEN", "DAP-MOCAEN"}
for c in ["JO3RED2", "JO3RAD", "JO1DEON"]:
    for n in (1, 2, 3): gp.add("%sG%d" % (c, n))
# every cited canonical code
allc = set(c for g in gold.values() for c in g["apogee_codes"])
groups_cited = {"AGM1-CEMU","AGM1-TP2","ST3-APA-G2","HLAN101G07","DUMED-PRES","DUMED-FOAD","IFSI2-TDB","ARCM2-A","JO3RED2G1","AR.ATL-A","AR.ATL-B","AR.ATL-C","ETE25-GR1","ETE25-GR2","ETE25-GR3","ETE25-GR4","AGM2-TD1"}
assert groups_cited <= allc, groups_cited - allc
etapes_cited = {c for c in allc if c in et or c in {"JRNL3","JRNM1","IFSI2A","ARCL2","UETE25","DUMEDI","GEOL2","GEOM2","L1SVTE","L2HIST","2DRT1","1DRT1","MEF1CR","AGRM2","STL1"}}
for c in allc - set(UNKNOWN):
    if c in groups_cited: gp.add(c)
    elif c in etapes_cited: et.add(c)
    else: el.add(c)
for u in UNKNOWN: el.discard(u); et.discard(u); gp.discard(u)
for x in list(el):
    assert len(x) <= 8, x
for x in et: assert len(x) <= 6, x
for x in gp: assert len(x) <= 10, x
cat = dict(elements=sorted(el), etapes=sorted(et), groups=sorted(gp), unknown=UNKNOWN)
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(el), len(et), len(gp))
