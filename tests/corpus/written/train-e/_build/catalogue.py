import json, random, re
D = "/work/blind/train-e"
R = random.Random(2025)
gold = json.load(open(f"{D}/gold.json"))
unknown = set(json.load(open(f"{D}/_src/unknown.json")))
cited = {c for g in gold.values() for c in g["apogee_codes"]}

# kind classification of every code shape used (element / etape / group)
KINDS = [
 ("etapes", r"[LM]SOC\d|LPHI\d|MPHI\d|L\dSV|L3BIO|L\dSPI|L\dPC|MINF\d|L(ECO|GES|AES)\d|LLMO\d|LARC\d|MARC\d|LSDE\d|BGC\d|IFSI\d|CLEA\d|SDRO\d|AGEA\d|LHIS\d|MHIS\d|LLCEA\d|MEEF\d"),
 ("groups", r"SOC\d\d[A-D]-(TD\d|CM)|PH\d{3}-G\d|BV\d{4}(TP|TD)\d|PCS\d{3}-TD\d|M\dINFO\d\dG\d|EGL\d{3}-TD\d|LMO\d{4}(TD\d|CM)|ARC\d[TP]\d\d-G\d|SDE\d\d\d[AB]-G\d|GC\d-(TP\d[AB]|TD\d)|IFSI\d-G\d|[CSA]\d(LEA|DRO|GEA)\d\d(TD\d)|M\.1HRP9C(TD|EM)|[12]CA\d{3}G\d|IRAN\d\d-(TD\d|D\d)|DUCAP-(CEMU|PRES)"),
 ("elements", r"L\dSOC\d\d[A-D]|PH\.S\d\.\d\d|BV\d-\d{3}|PC-S\d-\d\d|M\dINFO\d\d|EG\.L\d\.\d\d|LMO\d{4}|ARCH\d{1,2}[TP]\d\d|SDE\d-\d\d[AB]|GC-[RS]\d\.\d\d|IF\d\dS\d|[CSA]\d(LEA|DRO|GEA)\d\d|HLAN\d{3}|M\.\dHRP\d[A-C]|M\.1\.MS0\d|\dHR\d[A-C]|[12]CA\d{3}|IRAN-\d\d|AN-1\d[AB]|SPHY\d{3}|RCAED\d{3}"),
]
def kind(c):
    for k, rx in KINDS:
        if re.fullmatch(rx, c):
            return k
    return None

cat = {"elements": set(), "etapes": set(), "groups": set()}
for c in cited - unknown:
    k = kind(c)
    assert k, c
    cat[k].add(c)
for c in unknown:
    assert kind(c), c

def some(seq, n):
    seq = list(seq); R.shuffle(seq); return seq[:n]
E, T, Gp = cat["elements"], cat["etapes"], cat["groups"]
# soc
soc = some([f"L{y}SOC{n:02d}{l}" for y in (1,2,3) for n in range(1,25) for l in "ABCD"], 90)
E.update(soc); T.update(["LSOC1","LSOC2","LSOC3","MSOC1","MSOC2"])
for c in some(soc, 35):
    for g in ("TD1","TD2","TD3","CM"): Gp.add(f"{c[2:]}-{g}")
Gp.update(["SOC14A-TD1","SOC14A-TD4","SOC14A-CM"])
# phi
phi = some([f"PH.S{s}.{n:02d}" for s in range(1,7) for n in range(1,13)], 55)
E.update(phi); T.update(["LPHI1","LPHI2","LPHI3","MPHI1","MPHI2"])
for c in some(phi + ["PH.S3.07","PH.S1.02"], 30):
    for g in range(1,5): Gp.add(f"PH{c[4]}{c[6:]}-G{g}")
for g in range(1,5): Gp.update([f"PH307-G{g}", f"PH102-G{g}"])
# bio
bio = some([f"BV{s}-{h}{n:02d}" for s in range(1,7) for h in (1,2) for n in range(1,16)], 80)
E.update(bio); T.update(["L1SV","L2SV","L3SV","L3BIO"])
for c in some(bio + ["BV3-104","BV3-108"], 30):
    for g in range(1,7): Gp.add(f"{c.replace('-','')}TP{g}")
    for g in range(1,4): Gp.add(f"{c.replace('-','')}TD{g}")
for g in range(1,7): Gp.add(f"BV3104TP{g}")
# phy
phy = some([f"PC-S{s}-{n:02d}" for s in range(1,7) for n in range(1,16)], 60)
E.update(phy); T.update(["L1SPI","L2SPI","L1PC","L2PC","L3PC"])
for c in some(phy, 25):
    for g in range(1,4): Gp.add(f"PCS{c[4]}{c[6:]}-TD{g}")
# minf
minf = [f"M{y}INFO{n}" for y in (1,2) for n in range(11,41)]
E.update(minf); T.update(["MINF1","MINF2"])
for c in some(minf, 40):
    for g in range(1,4): Gp.add(f"{c}G{g}")
Gp.update(["M1INFO23G1","M1INFO23G2","M1INFO23G3"])
# eco
eco = some([f"EG.L{y}.{n:02d}" for y in (1,2,3) for n in range(1,21)], 55)
E.update(eco); T.update([f"{p}{y}" for p in ("LECO","LGES","LAES") for y in (1,2,3)])
for c in some(eco, 25):
    for g in range(1,6): Gp.add(f"EGL{c[4]}{c[6:]}-TD{g}")
# lmo
lmo = some([f"LMO{s}1{n:02d}" for s in range(1,7) for n in range(1,16)], 60)
E.update(lmo); T.update(["LLMO1","LLMO2","LLMO3"])
for c in some(lmo + ["LMO3108"], 25):
    for g in ("TD1","TD2","TD3","CM"): Gp.add(f"{c}{g}")
# arc
arc = some([f"ARCH{s}{t}{n:02d}" for s in (5,6,7,8) for t in "TP" for n in range(1,13)], 60)
E.update(arc); T.update(["LARC3","MARC1","MARC2"])
for c in some(arc + ["ARCH5T08","ARCH5P11"], 25):
    for g in range(1,4): Gp.add(f"ARC{c[4:]}-G{g}")
for g in range(1,4): Gp.update([f"ARC5T08-G{g}", f"ARC5P11-G{g}"])
# sde
sde = some([f"SDE{y}-{n:02d}{l}" for y in (1,2,3) for n in range(1,13) for l in "AB"], 50)
E.update(sde); T.update(["LSDE1","LSDE2","LSDE3"])
for c in some(sde, 20):
    for g in range(1,4): Gp.add(f"{c.replace('-','')}-G{g}")
# gc
gc = [f"GC-R{s}.{n:02d}" for s in range(1,7) for n in range(1,13)] + [f"GC-S{s}.{n:02d}" for s in range(1,7) for n in range(1,7)]
gc = [c for c in gc if c not in unknown and not (c.startswith("GC-R3.") and c in ("GC-R3.04",))]
E.update(gc); T.update(["BGC1","BGC2","BGC3"])
for y in (1,2,3):
    for t in (1,2,3):
        Gp.add(f"GC{y}-TD{t}")
        for l in "AB": Gp.add(f"GC{y}-TP{t}{l}")
# ifsi
ifsi = some([f"IF{d}{s}S{sem}" for d in range(1,7) for s in range(1,8) for sem in range(1,7)], 70)
E.update(ifsi); T.update(["IFSI1","IFSI2","IFSI3"])
for y in (1,2,3):
    for g in range(1,7): Gp.add(f"IFSI{y}-G{g}")
# antennas
ant = [f"C{y}LEA{n:02d}" for y in (1,2,3) for n in range(1,13)] + [f"S{y}DRO{n:02d}" for y in (1,2,3) for n in range(1,16)] + [f"A{y}GEA{n:02d}" for y in (1,2) for n in range(1,13)]
E.update(ant); T.update(["CLEA1","CLEA2","CLEA3","SDRO1","SDRO2","SDRO3","AGEA1","AGEA2"])
for c in some(ant, 30) + ["C1LEA04"]:
    for g in (1,2): Gp.add(f"{c}TD{g}")
# FAQ-based schemes
E.update(some([f"HLAN{s}{n:02d}" for s in range(1,7) for n in range(1,13)], 45)); T.update(["LLCEA1","LLCEA2","LLCEA3"])
E.update([f"M.{y}HRP{n}{l}" for y in (1,2) for n in range(1,10) for l in "ABC"] + [f"M.1.MS0{n}" for n in range(1,10)])
Gp.update(["M.1HRP9CTD","M.1HRP9CEM"]); T.update(["MHIS1","MHIS2","LHIS1","LHIS2","LHIS3"])
E.update(some([f"{y}HR{n}{l}" for y in (1,2,3) for n in range(1,10) for l in "ABC"], 45))
E.update(some([f"{y}CA{s}{n:02d}" for y in (1,2) for s in (1,2) for n in range(1,60)], 60)); T.update(["MEEF1","MEEF2"])
for c in ["1CA153","2CA214"] + some(sorted(c for c in E if re.fullmatch(r"[12]CA\d{3}", c)), 15):
    for g in range(1,5): Gp.add(f"{c}G{g}")
E.update([f"IRAN-{n}" for n in range(10,31)] + [f"AN-1{n}{l}" for n in range(0,6) for l in "AB"])
for n in (15,22,18,21):
    Gp.update([f"IRAN{n}-TD1", f"IRAN{n}-TD2", f"IRAN{n}-D1"])
E.update([f"SPHY{s}{n:02d}" for s in (1,2,3) for n in range(1,16)])
E.update(some([f"RCAED{a}{n:02d}" for a in (2,3) for n in range(10,50)], 30)); Gp.update(["DUCAP-CEMU","DUCAP-PRES"])

for k in cat:
    cat[k] -= unknown
    for c in cat[k]:
        assert len(c) <= {"elements":8,"etapes":6,"groups":10}[k], (k, c)
        assert kind(c) == k, (k, c)
missing = (cited - unknown) - set().union(*cat.values())
assert not missing, missing
out = {k: sorted(v) for k, v in cat.items()}
out["unknown"] = sorted(unknown)
json.dump(out, open(f"{D}/catalogue.json", "w"), indent=1)
print({k: len(v) for k, v in out.items()}, out["unknown"])
