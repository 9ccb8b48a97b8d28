import json, os, html as H, re, itertools
from mk import build
import students, staff1, staff2, outside_auto

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAILS = students.M + staff1.M + staff2.M + outside_auto.M

AUTO_HTML = {"001","010","013","016","025","045","049","057","061","074","083","090","092","022"}

def text2html(t):
    paras = t.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(H.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:sans-serif">\n' + "\n".join(out) + "\n</body></html>\n"

gold = {}
LAT = {"\u2013": "-", "\u2019": "'", "\u0153": "oe", "\u2026": "...", "\u00a0": " "}
for m in MAILS:
    if m.get("charset") == "iso-8859-1":
        for k in ("text", "html", "subj"):
            if m.get(k):
                for a, b in LAT.items(): m[k] = m[k].replace(a, b)
    if m["f"][:3] in AUTO_HTML and m.get("html") is None:
        m["html"] = text2html(m["text"])
    data = build(m)
    with open(os.path.join(OUT, m["f"]), "wb") as fh:
        fh.write(data)
    g = m["g"]
    gold[m["f"]] = {
        "apogee_codes": [c for c, w in g["codes"]],
        "apogee_codes_as_written": [w for c, w in g["codes"]],
        "student_numbers": g["nums"],
        "course_ids": g["ids"],
        "symptom": g["sym"],
        "sender_role": g["role"],
        "language": g["lang"],
        "auto_reply": g["auto"],
        "schemes": g["schemes"],
        "note": g["note"],
    }
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)

# ---------------- catalogue ----------------
UNKNOWN = ["JUR-2004", "HI3MED3", "P4.SOC1", "CHIM104U"]
E, T, Gp = set(), set(), set()
# law
for s in range(1, 7):
    for b in (1, 2):
        for n in range(1, 9):
            E.add("JUR-%d%d%02d" % (s, b, n))
for s in (7, 8, 9):
    for b in (1, 2):
        for n in range(1, 7):
            E.add("JUM-%d%d%02d" % (s, b, n))
T |= {"DRL1", "DRL2", "DRL3", "DRM1PV", "DRM1PB", "DRM2AF", "DRM2PE", "DRCAPA"}
for e in ["JUR-1101", "JUR-1102", "JUR-2104", "JUR-3101", "JUR-3102", "JUR-4103", "JUR-5101"]:
    c = e.replace("-", "")
    for k in range(1, 13): Gp.add("%sTD%d" % (c, k))
    Gp.add(c + "EAD")
    Gp.add("ELP_%s_CM" % e)
# sante
for y in (1, 2, 3):
    for n in range(1, 17): E.add("SM%d.UE%02d" % (y, n))
for n in range(1, 9): E.add("PAS.UE%02d" % n)
T |= {"PASS1", "DFGSM2", "DFGSM3", "DFASM1", "DFASM2", "DFASM3"}
for y in (2, 3):
    for n in range(1, 21): Gp.add("SM%dED%02d" % (y, n))
    for n in range(1, 9): Gp.add("SM%dAPP%02d" % (y, n))
# BUT GEA
for s in range(1, 7):
    for n in range(1, 13): E.add("GEAR%d%02d" % (s, n))
    for n in range(1, 5): E.add("GEAS%d%02d" % (s, n))
T |= {"BGEA1", "BGEA2", "BGEA3"}
for y in (1, 2, 3):
    for k in range(1, 5):
        Gp.add("GEA%d-TD%d" % (y, k))
        for ab in "AB": Gp.add("GEA%d-TP%d%s" % (y, k, ab))
for y in (2, 3): Gp.add("GEA%d-ALT" % y)
Gp.add("ELP_GEAS102_PROJET")
# LEA
for lg in ("AN", "ES", "DE", "IT", "CN"):
    for s in range(1, 7):
        for n in range(1, 5): E.add("LEA.%s%d%d" % (lg, s, n))
T |= {"L1LEA", "L2LEA", "L3LEA"}
for s in range(1, 7):
    for k in range(1, 7): Gp.add("LEAS%d-G%d" % (s, k))
# hist-geo
for s in range(1, 7):
    for per in ("ANT", "MED", "MOD", "CON"):
        for n in (1, 2, 3): E.add("HI%d%s%d" % (s, per, n))
    for d in ("CAR", "URB", "PHY", "RUR"):
        for n in (1, 2, 3): E.add("GE%d%s%d" % (s, d, n))
T |= {"LHIS1", "LHIS2", "LHIS3", "LGEO1", "LGEO2", "LGEO3"}
for e in ["HI1ANT1", "HI1ANT2", "HI3MED1", "HI3MED2", "HI3MOD2", "GE3URB1", "GE4CAR2", "HI5CON1"]:
    for k in range(1, 7): Gp.add("%sTD%d" % (e, k))
Gp.add("ELP_HI3MOD2_CM")
# psy
for s in range(1, 11):
    for d in ("COG", "DEV", "CLIN", "SOC", "NEU", "MET"):
        for n in (1, 2, 3):
            c = "P%d.%s%d" % (s, d, n)
            if len(c) <= 8: E.add(c)
T |= {"LPSY1", "LPSY2", "LPSY3", "M1PCLI", "M1PNEU", "M2PCLI", "M2PNEU"}
for y in (1, 2, 3):
    for k in range(1, 11): Gp.add("LPSY%d-TD%d" % (y, k))
# IAE
for lvl in ("L3", "M1", "M2"):
    for d in "CFGMR":
        for n in range(1, 13): E.add("IAE%s%s%02d" % (lvl, d, n))
T |= {"L3GEST", "M1CCA", "M2CCA", "M1MAE", "M2MAE", "M1FIN", "M2FIN"}
for et in ("M1CCA", "M2CCA", "M1MAE", "M2MAE", "M1FIN", "M2FIN"):
    Gp.add(et + "-ALT"); Gp.add(et + "-FI")
# ESIX
for y in (3, 4, 5):
    for sp in ("MEC", "ROB", "SYS", "INF", "ANG", "AGR"):
        for n in (1, 2, 3, 4):
            E.add("EX%d-%s%d" % (y, sp, n))
        for k in (1, 2, 3): Gp.add("EX%d%s-TP%d" % (y, sp, k))
T |= {"ESX3MR", "ESX4MR", "ESX5MR", "ESX3AG", "ESX4AG", "ESX5AG"}
# STAPS
for s in range(1, 7):
    for n in range(1, 25): E.add("S%dSTP%02d" % (s, n))
T |= {"LSTAP1", "LSTAP2", "LSTAP3"}
for y in (1, 2, 3):
    for k in range(1, 13): Gp.add("STP%d-TD%02d" % (y, k))
# sciences
for d in ("MATH", "INFO", "PHYS", "CHIM"):
    for s in range(1, 7):
        for n in range(1, 9): E.add("%s%d%02dU" % (d, s, n))
for d in ("MAT", "INF", "PHY", "CHI"):
    for y in (1, 2, 3): T.add("L%s%d" % (d, y))
for e in ["MATH101U", "MATH301U", "MATH302U", "INFO502U", "PHYS401U", "INFO101U"]:
    b = e[:-1]
    for k in range(1, 5): Gp.add("%sTD%d" % (b, k)); Gp.add("%sTP%d" % (b, k))
# LANSAD
for s in range(1, 7):
    for lg in ("ANG", "ESP", "ALL", "ITA", "CHI", "RUS"):
        c = "LSD%d%s" % (s, lg); E.add(c)
        for k in range(1, 16): Gp.add("%s-%02d" % (c, k))
# FAQ-like H scheme (UFR LVE)
for lg in ("ANG", "ESP", "ALL", "LAN"):
    for s in range(1, 7):
        for n in range(1, 6): E.add("H%s%d%02d" % (lg, s, n))
T |= {"LLCAN1", "LLCAN2", "LLCAN3"}
for k in (1, 2, 3): Gp.add("HANG304TD%d" % k)
# FAQ-like INSPE
for y in (1, 2):
    for n in range(101, 161): E.add("%dCA%d" % (y, n))
for k in (1, 2, 3, 4): Gp.add("1CA153G%d" % k)
T |= {"MEEF1C", "MEEF2C"}

# sanity: every cited canonical (not unknown) is in the catalogue
cited = {c for m in MAILS for c, w in m["g"]["codes"]}
for u in UNKNOWN:
    E.discard(u); T.discard(u); Gp.discard(u)
missing = sorted(c for c in cited if c not in E | T | Gp and c not in UNKNOWN)
assert not missing, missing
cat = {"elements": sorted(E), "etapes": sorted(T), "groups": sorted(Gp), "unknown": UNKNOWN}
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=0)
print(len(MAILS), "mails;", {k: len(v) for k, v in cat.items()})
