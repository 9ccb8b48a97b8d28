import random, re
R = random.Random(7)
HUM = ["LAN","HIS","GEO","LET","PHI","ART","MUS","SOC","ARC","LIN"]
SCI = ["BIO","INF","MAT","PHY","CHI","GEO","ECO"]
LAW = ["PEN","CIV","ADM","CON","HIS","FIS","EUR","SOC","INT","AFF"]
IAE = ["MGT","FIN","MKT","CPT","RHU","LOG","STR","ECO","DRT"]
STA = ["AP","PH","AN","SO","EN","AC","PS"]
LEA = ["ESP","ANG","ALL","ITA","CHN","RUS","DRT","ECO"]
ESX = ["AUTO","INFO","MECA","ELEC","RESX","GEST"]
def uniq(xs):
    s=[];[s.append(x) for x in xs if x not in s];return s
def make(mails, unknown):
    el, et, gp = [], [], []
    for p in HUM:
        for s in range(1,4):
            for n in (1,2,3,5,10):
                el.append(f"H{p}{s}{n:02d}")
    for p in ["HRP","SOC","GEO","HIS","DRT","ECO","PSY"]:
        for y in (1,2):
            for d in R.sample(range(1,10),4):
                el.append(f"M.{y}{p}{d}{R.choice('ABC')}")
    for a in ("1","2"):
        for b in "ABC":
            for n in R.sample(range(101,260),8):
                el.append(f"{a}C{b}{n}")
    for p in ["IRAN","IALL","IESP","IFLE"]:
        for n in range(1,26,2):
            el.append(f"{p}-{n:02d}")
    for p in SCI:
        for s in (1,2,3):
            for l in "ABCT":
                el.append(f"S{p}{s}{l}{R.randint(1,12):02d}")
    for p in LAW:
        for y in (1,2,3):
            for n in (1,2):
                el.append(f"DJ{y}-{p}{n}")
    for yr in ("24","25"):
        for p in IAE:
            for n in R.sample(range(101,420),4):
                el.append(f"{yr}{p}{n}")
    for y in (1,2,3):
        for p in STA:
            el.append(f"ST{y}.{p}{R.randint(1,9):02d}")
    for y in (1,2,3):
        for p in LEA:
            el.append(f"LE{y}-{p}{R.randint(1,4)}")
    for y in (3,4,5):
        for p in ESX:
            for n in R.sample(range(1,15),3):
                el.append(f"X{y}{p}{n:02d}")
    for l in "LM":
        for y in ((1,2,3) if l=="L" else (1,2)):
            for p in ["HIS","GEO","ECO","DRT","PSY","SVT","STA","LEA","MAT","INF","LET","PHI","MEF","SOC"]:
                et.append(f"{l}{y}{p}")
    for p in ["GEA","INF","TC","GEII","MMI","GIM","CJ"]:
        for y in (1,2,3):
            et.append(f"B{p}{y}")
    # groups: element stripped + TD/TP n, and CEMU/EAD
    for e in R.sample([x for x in el if x.startswith(("DJ","S","H","ST"))], 60):
        base = e.replace("-","").replace(".","")
        for t in ("TD1","TD2","TD3","TP1"):
            if len(base+t) <= 10: gp.append(base+t)
    for e in [x for x in el if x.startswith(("IRAN","IALL","HHIS"))]:
        base = e.replace("-","")
        gp.append(base+"CEMU" if e.startswith("I") else base+"EAD")
    for m in mails:
        for c in m.get("codes", []):
            if c in unknown: continue
            if c in gp or c in el or c in et: continue
            if re.search(r"(TD|TP)\d|CEMU|EAD|TP\d[A-Z]$", c) and len(c) > 6: gp.append(c)
            elif re.fullmatch(r"[LM]\d[A-Z]{3}|B[A-Z]{2,4}\d", c): et.append(c)
            else: el.append(c)
    el, et, gp = uniq(el), uniq(et), uniq(gp)
    for u in unknown:
        for L in (el, et, gp):
            if u in L: L.remove(u)
    return {"elements": el, "etapes": et, "groups": gp, "unknown": list(unknown)}
