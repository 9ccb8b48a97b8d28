#!/usr/bin/env python3
"""Write catalogue.json: every existing canonical code cited in gold.json + realistic siblings per scheme."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
UNKNOWN = ["HLAN299", "STP2.19", "SINF309", "HGEO110", "M.2DRP3B", "HLAN207", "STP3.02", "PH2UE09",
           "BIN2R10", "HPSY211", "HPSY213", "HPSY214"]
r = random.Random(7)
gold = json.load(open(os.path.join(OUT, "gold.json"), encoding="utf-8"))
cited = {c for g in gold.values() for c in g["apogee_codes"]}

ETAPE = [r"^\d[A-Z]{5}$", r"^M\d[A-Z]{4}$", r"^L\d[A-Z]{3}$"]
GROUP = [r"^ELP_", r"^[A-Z]\d[A-Z]{3}-(TD|TP|EAD)", r"^G\d{3}-", r"(TD\d?|TP\d|EM|EAD|CEMU)$"]
def kind(c):
    if any(re.search(p, c) for p in ETAPE): return "etapes"
    if any(re.search(p, c) for p in GROUP): return "groups"
    return "elements"

el, et, gr = set(), set(), set()
# H/S + 3 letters + 3 digits (UFR HSS, LVE, Psychologie, Sciences)
for pre in ["HLAN", "HLET", "HHIS", "HGEO", "HPSY", "HPHI", "HSOC", "HESP", "HFLE", "HALL", "HITA", "HARC", "HMUS", "HLIN",
            "SMAT", "SPHY", "SINF", "SBIO", "SCHI", "SGEO", "SSTU", "SELE"]:
    for sem in range(1, 7):
        for n in r.sample(range(1, 20), 4):
            el.add(f"{pre}{sem}{n:02d}")
# M.dotted masters
for pre in ["M.1HRP", "M.2HRP", "M.1SOC", "M.2SOC", "M.1DRP", "M.2DRP", "M.1HIS", "M.2HIS", "M.1PSY", "M.2GEO"]:
    for n in r.sample(range(1, 10), 5):
        el.add(f"{pre}{n}{r.choice('ABCD')}")
for n in range(1, 12):
    el.add(f"M.1.MS{n:02d}"); el.add(f"M.2.MS{n:02d}")
# INSPE digit-led
for pre in ["1CA", "2CA", "1FR", "2FR", "1MA", "2MA", "3EP", "1HR", "2HR"]:
    for n in r.sample(range(100, 260), 6):
        el.add(f"{pre}{n}")
for x in ["1HR5C", "2HR3C", "2HR5C", "2HR7A", "2MA04B", "2MA05B", "1FR02A"]:
    el.add(x)
# letters-dash-digits (LVE, distance)
for pre in ["IRAN", "AN", "AL", "ES", "IT", "LEA"]:
    for n in r.sample(range(5, 40), 6):
        el.add(f"{pre}-{n:02d}" + (r.choice("ABC") if pre in ("AN", "AL", "ES", "IT") and r.random() < .6 else ""))
# RC + 3 letters + 3 digits
for pre in ["RCAED", "RCPSY", "RCSOC", "RCGEO", "RCHIS"]:
    for n in r.sample(range(110, 360), 8):
        el.add(f"{pre}{n}")
# Droit DLn-XXX
for y in (1, 2, 3):
    for t in r.sample(["CST", "CIV", "ADM", "FIS", "HDR", "PEN", "AFF", "TRV", "EUR", "INT", "SOC", "FAM", "BIE", "PRC", "LIB", "MET"], 11):
        el.add(f"DL{y}-{t}")
# STAPS
for y in (1, 2, 3):
    for n in range(1, 16):
        el.add(f"STP{y}.{n:02d}")
# BUT
for dep in ["GE", "IN", "TC", "CJ", "MM", "GB"]:
    for sem in range(1, 7):
        for n in r.sample(range(1, 16), 5):
            el.add(f"B{dep}{sem}R{n:02d}")
        el.add(f"B{dep}{sem}S0{r.randint(1, 5)}")
# Santé
for y in range(1, 6):
    for n in range(1, 14):
        el.add(f"PH{y}UE{n:02d}")
el.add("PH2UE9B")
# IAE
for d in ["MK", "FI", "RH", "CC", "SI", "MA"]:
    for y in (1, 2):
        for n in r.sample(range(10, 50), 5):
            el.add(f"IA{d}{y}0{n}")
# ESIX
for y in (1, 2, 3):
    for n in r.sample(range(1, 120), 14):
        el.add(f"ESX-{y}{n:03d}")
# étapes
for y in (1, 2, 3):
    for d in ["LANGL", "LETTR", "HISTO", "GEOGR", "PSYCH", "SOCIO", "PHILO", "MATHS", "INFOR", "BIOLO", "CHIMI", "PHYSI", "LEAAE", "ECOGE"]:
        et.add(f"{y}{d}")
for y in (1, 2):
    for d in ["MEEF", "SOCI", "DRPR", "PSYC", "HIST", "MKTG", "FINA", "INFO", "GEOG", "PHIL"]:
        et.add(f"M{y}{d}")
for y in (1, 2, 3):
    for d in ["DRT", "AES", "STA", "ECO", "PSY", "HIS"]:
        et.add(f"L{y}{d}")
# groups
els = sorted(el)
for c in r.sample([e for e in els if len(e) <= 7], 70):
    for suf in r.sample(["TD1", "TD2", "TD3", "TP1", "TP2", "EAD", "TD"], 2):
        if len(c + suf) <= 10:
            gr.add(c + suf)
for c in r.sample(els, 60):
    gr.add(f"ELP_{c}_{r.choice(['CM', 'CM', 'TD', 'TP'])}")
for e in ["L1DRT", "L2DRT", "L3DRT", "L2PSY", "L3PSY", "L1STA", "L2STA", "L3HIS", "L1AES", "L2AES"]:
    for n in range(1, 9):
        gr.add(f"{e}-TD{n:02d}")
    gr.add(f"{e}-EAD")
for g in r.sample(range(100, 330), 25):
    for t in r.sample(["TD1", "TD2", "TD3", "TD4", "TP1", "TP2"], 3):
        gr.add(f"G{g}-{t}")
# every cited existing code
for c in cited - set(UNKNOWN):
    {"elements": el, "etapes": et, "groups": gr}[kind(c)].add(c)
for u in UNKNOWN:
    el.discard(u); et.discard(u); gr.discard(u)
cat = {"elements": sorted(el), "etapes": sorted(et), "groups": sorted(gr), "unknown": sorted(UNKNOWN)}
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print({k: len(v) for k, v in cat.items()})
for c in sorted(cited - set(UNKNOWN)):
    print(kind(c), c)
