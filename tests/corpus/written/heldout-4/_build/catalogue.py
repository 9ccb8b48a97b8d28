import json, os, random, itertools
random.seed(44)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(OUT, "gold.json")))
UNKNOWN = {"D2CIV21", "G1.GEO.2", "MUS2HST1", "LX-ANG13"}
ETAPES = {"DL1GEN","DL2GEN","DL3PRI","DM1AFF","PASS01","DFGSM2","DFGSM3","BGEA2","BINF1","BINF2","BTC1","M1MKG","M2CGAO",
          "DUGRH","DUMGT","ESX3IN","ESX4ME","LGEO2","LGEO3","LMUS1","LMUS2"}
GROUPS = {"DL2-TD07","DL2-TD05","DL2-EAD","DL1-TD12","DFG2-ED12","DFG2-ED09","PASS-G04","GEA2-TP3B","INF1-TD1B","INF1-TD2A",
          "M1MKG-ALT","LXANG-B2G4","LXFLE-B1G2","FCGRH-SAM","X3IN-APP1","GEO2-TD3","MUS2-CHO1","MUS2-CHO2"}
el, et, gp = set(), set(), set()
cited = set()
for g in gold.values():
    for c in g["apogee_codes"]:
        cited.add(c)
for c in cited:
    if c in UNKNOWN: continue
    (et if c in ETAPES else gp if c in GROUPS else el).add(c)
def pick(seq, n):
    seq = list(seq); random.shuffle(seq); return seq[:n]
P = itertools.product
# law
el |= set(pick([f"D{y}{m}{a}{b}" for y, m, a, b in P("12345", ["CIV","PEN","ADM","CST","HDT","AFF","FIS","INT","EUR","SOC","TRA","PRO","FAM","BIE"], "12", "1234")], 140))
et |= {"DL1GEN","DL2GEN","DL3PRI","DL3PUB","DL2EAD","DM1AFF","DM2AFF","DM1PEN","DM2PEN","DM1PUB","DM1NOT","DM2NOT","DL1AES","DL2AES","DL3AES"}
gp |= {f"DL{y}-TD{n:02d}" for y in "123" for n in range(1, 16)} | {f"DL{y}-EAD" for y in "123"}
# sante
el |= {f"MS{y}.{m}" for y in "23" for m in ["ANAT","CARD","PNEU","NEPH","HEMA","GAST","NEUR","ENDO","DERM","PEDI","IMMU","PHAR"]}
el |= {f"PASS.U{n:02d}" for n in range(1, 13)} | {f"LAS.U{n:02d}" for n in range(1, 9)}
et |= {"PASS01","LAS1SV","LAS1DR","DFGSM2","DFGSM3","DFASM1","DFASM2","DFASM3","DFGSP2","DFGSO2"}
gp |= {f"DFG{y}-ED{n:02d}" for y in "23" for n in range(1, 17)} | {f"PASS-G{n:02d}" for n in range(1, 13)}
# iut
for d, sems in [("GEA", 5), ("INF", 5), ("TC", 5)]:
    el |= {f"{d}-R{s}{n:02d}" for s in range(1, sems + 1) for n in range(1, 15)}
    el |= {f"{d}-S{s}0{n}" for s in range(1, sems + 1) for n in range(1, 4)}
et |= {"BGEA1","BGEA2","BGEA3","BINF1","BINF2","BINF3","BTC1","BTC2","BTC3"}
gp |= {f"GEA{y}-TP{t}{l}" for y in "123" for t in "1234" for l in "AB"} | {f"INF{y}-TD{t}{l}" for y in "123" for t in "123" for l in "AB"} | {f"TC{y}-TD{t}" for y in "123" for t in "12345"}
# iae
el |= {f"IAE{y}{d}{n:02d}" for y in "45" for d in ["MK","FI","CG","RH","SI","MA"] for n in range(1, 15)}
et |= {"M1MKG","M2MKG","M1FINC","M2FINC","M1CGAO","M2CGAO","M1RH","M2RH","M1MAE","M2MAE"}
gp |= {f"{e}-{s}" for e in ["M1MKG","M2MKG","M1FINC","M2CGAO","M1RH"] for s in ["ALT","INI","FC"]}
# lansad
el |= {f"LX-{l}{a}{b}" for l in ["ANG","ALL","ESP","ITA","FLE","CHI","ARA","RUS","POR"] for a in "1234" for b in "123"}
gp |= {f"LX{l}-{n}G{g}" for l in ["ANG","ESP","ALL","FLE"] for n in ["A2","B1","B2","C1"] for g in "123456"}
# fc
el |= {f"FC.{d}{n:02d}" for d in ["GRH","MGT","CPT","JUR","QUA","LOG"] for n in range(1, 13)}
et |= {"DUGRH","DUMGT","DUCPT","DUQUA","DUJUR","DULOG"}
gp |= {f"FC{d}-{s}" for d in ["GRH","MGT","CPT","QUA"] for s in ["SAM","SEM","DIS"]}
# esix
el |= {f"X{y}{d}-{n:02d}" for y in "345" for d in ["INF","MEC","AGR","ELE","MAT"] for n in range(1, 16)}
et |= {f"ESX{y}{d}" for y in "345" for d in ["IN","ME","AG","EL","MA"]}
gp |= {f"X{y}{d}-{s}" for y in "345" for d in ["IN","ME","AG"] for s in ["APP1","APP2","TD1","TD2","TP1","TP2"]}
# geo
el |= {f"G{y}.{m}.{n}" for y in "123" for m in ["GEO","CAR","SIG","AME","CLI","URB","DEM","RUR"] for n in "123"}
et |= {"LGEO1","LGEO2","LGEO3","MGEO1","MGEO2"}
gp |= {f"GEO{y}-TD{t}" for y in "123" for t in "12345"}
# musique
el |= {f"MUS{y}{m}{n}" for y in "123" for m in ["HAR","HIS","ORC","ANA","CHA","ETH","INS"] for n in "123"}
el |= {f"MUS{y}FM{n:02d}" for y in "123" for n in range(1, 6)}
et |= {"LMUS1","LMUS2","LMUS3","MMUS1","MMUS2"}
gp |= {f"MUS{y}-CHO{n}" for y in "123" for n in "123"} | {f"MUS{y}-INSTR" for y in "123"}
# hss-faq
el |= {f"H{m}{y}{n:02d}" for m in ["LAN","HIS","SOC","GEO","PHI","PSY","ART"] for y in "1234" for n in range(1, 13)}
# inspe-faq
el |= {f"{a}C{b}{c}{n:02d}" for a in "12" for b in "AB" for c in "12" for n in range(1, 61) if random.random() < 0.5} | {"1CA153"}
# hss-dotted
el |= {f"M.{y}SOC{n}{l}" for y in "12" for n in range(1, 10) for l in "ABC"} | {f"{y}SO{n}{l}" for y in "123" for n in range(1, 10) for l in "ABC"}
for s in (el, et, gp):
    s -= UNKNOWN
for c in el: assert len(c) <= 8, c
for c in et: assert len(c) <= 6, c
for c in gp: assert len(c) <= 10, c
assert not (el & et) and not (el & gp) and not (et & gp)
cat = {"elements": sorted(el), "etapes": sorted(et), "groups": sorted(gp), "unknown": sorted(UNKNOWN)}
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), indent=1)
print({k: len(v) for k, v in cat.items()})
missing = [c for c in cited if c not in el | et | gp | UNKNOWN]
print("cited not in catalogue:", missing)
