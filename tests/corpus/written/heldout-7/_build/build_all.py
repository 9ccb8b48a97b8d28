import json, os, sys, itertools
sys.path.insert(0, os.path.dirname(__file__))
from lib import build
import mails1, mails2, mails3, mails4, mails5
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAILS = mails1.MAILS + mails2.MAILS + mails3.MAILS + mails4.MAILS + mails5.MAILS

def uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out

gold, unknown = {}, set()
names = set()
for m in MAILS:
    assert m["fn"] not in names, m["fn"]
    names.add(m["fn"])
    data = build(m)
    with open(os.path.join(OUT, m["fn"]), "wb") as f:
        f.write(data)
    g = m["g"]
    unknown |= set(m.get("unk", []))
    gold[m["fn"]] = {
        "apogee_codes": uniq([c for c, w in g["codes"]]),
        "apogee_codes_as_written": uniq([w for c, w in g["codes"]]),
        "student_numbers": g["stu"],
        "course_ids": g["ids"],
        "symptom": g["sym"],
        "sender_role": g["role"],
        "language": g.get("lang", "fr"),
        "auto_reply": g.get("auto", False),
        "schemes": g["schemes"],
        "note": g["note"],
    }
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(dict(sorted(gold.items())), f, ensure_ascii=False, indent=1)

# ---------------- catalogue ----------------
P = itertools.product
el, et, gp = set(), set(), set()
# humanities letters+digits
for d, s, n in P(["HIS", "GEO", "LET", "PHI", "SOC", "PSY", "LAN", "ART"], range(1, 7), range(1, 9)):
    el.add("H%s%d%02d" % (d, s, n))
el |= {"HHIS315", "HHIS311", "HHIS312", "HGEO211", "HGEO212", "HLET315"}
# HSS masters M.<y><DIS><n><X>
for y, d, n, x in P("12", ["SOC", "HRP", "HIS", "GEO", "PHI"], range(1, 7), "AB"):
    el.add("M.%s%s%d%s" % (y, d, n, x))
# sciences de l'education digit-prefixed
for y in (1, 2, 3):
    for s, n in P((1, 2), range(1, 26)):
        el.add("%dSE%d%02d" % (y, s, n))
# letters-dash (LEA / LLCER)
for l, n in P(["IESP", "IALL", "IANG", "IITA", "IRUS", "IPOR"], range(1, 25)):
    el.add("%s-%02d" % (l, n))
# law
for y in (1, 2, 3):
    for s, t, n in P((2 * y - 1, 2 * y), "CT", range(1, 15)):
        el.add("DR%dS%d%s%02d" % (y, s, t, n))
# health
for y, b, n in P((1, 2, 3), "ABCD", range(1, 13)):
    el.add("MED%d.%s%02d" % (y, b, n))
for y, n in P((1, 2), range(1, 7)):
    el.add("MAI%d.E%02d" % (y, n))
for y, n in P((2, 3), range(1, 9)):
    el.add("PHA%d.C%02d" % (y, n))
# BUT
for d, s in P(["GEA", "INF", "TC", "MMI"], range(1, 7)):
    for n in range(1, 13):
        el.add("%sR%d.%02d" % (d, s, n))
    for n in range(1, 5):
        el.add("%sS%d.%02d" % (d, s, n))
# language centre
for l, c in P(["ANG", "ESP", "ALL", "ITA", "FLE", "CHI", "JAP", "RUS", "POR", "ARA"], ["A1", "A2", "B1", "B2", "C1", "C2"]):
    el.add("CL-%s%s" % (l, c))
# STAPS
for s, a in P(range(1, 7), ["ATH", "NAT", "GYM", "SCO", "APA", "PHY", "ANA", "ENT", "PSY", "SOC", "RAQ", "COM"]):
    el.add("STS%d-%s" % (s, a))
# ESIX
for s, d, n in P(range(5, 11), ["AUT", "MAT", "INF", "ELE", "GPR", "PHY", "MEC", "PRJ", "ANG", "MCA"], (1, 2, 3)):
    el.add("X%d%s%d" % (s, d, n))
# music
for d, s, n in P(["FM", "HM", "PI", "OR", "CH", "AN", "EA", "MA"], range(1, 7), range(1, 8)):
    el.add("MU.%s%d%02d" % (d, s, n))
# MEEF
for y, t, n in P((1, 2), ["PE", "SD", "EE", "PI"], range(1, 15)):
    el.add("ME%d%s%02d" % (y, t, n))
# IAE
for y, d, n in P((1, 2), ["FIN", "MKT", "CGO", "RHM", "STR", "SIG", "DRT", "ANG"], range(1, 9)):
    el.add("IA%d%s%02d" % (y, d, n))
# life sciences
for s, n, p in P(range(1, 7), range(1, 15), "ABC"):
    el.add("SV%dU%02d%s" % (s, n, p))

# etapes
for y, d in P((1, 2, 3), ["HIST", "GEOG", "LMOD", "PSYC", "SOCI", "PHIL", "SEDU", "LCLA"]):
    et.add("L%d%s" % (y, d))
for y in (1, 2, 3):
    et |= {"LMUS%d" % y, "LSV%d" % y, "DRL%d" % y, "BGEA%d" % y, "BINF%d" % y, "BTC%d" % y, "BMMI%d" % y,
           "%dLEAAE" % y, "%dLEAAA" % y, "%dLANGL" % y, "%dLESPA" % y, "ESXSE%d" % y, "ESXGP%d" % y, "ESXAG%d" % y}
et |= {"STL1", "STL2", "STL3AP", "STL3ES", "STL3EM", "DRM1PV", "DRM1PU", "DRM2NT", "DRM2AF",
       "PASS1", "DFGSM2", "DFGSM3", "DFASM1", "DFASM2", "DFASM3", "DFGSP2", "DFGSP3", "DFGSO2",
       "MEEF1P", "MEEF2P", "MEEF1S", "MEEF2S", "MEEF1E", "MEEF2E",
       "IAMAE1", "IAMAE2", "IAMKT1", "IAMKT2", "IACGA1", "IACGA2", "IARHM1", "IARHM2"}
# groups
for e, n in P(["L1HIST", "L2HIST", "L1PSYC", "L2GEOG", "L1SOCI"], range(1, 9)):
    gp.add("%s-TD%d" % (e, n))
for e, top in (("DRL1", 15), ("DRL2", 12), ("DRL3", 8)):
    for n in range(1, top + 1):
        gp.add("%s-TD%02d" % (e, n))
for e, n in P(["DFGSM2", "DFGSM3"], range(1, 9)):
    gp.add("%s-ED%d" % (e, n))
for e, n, x in P(["BGEA1", "BGEA2", "BINF1", "BINF2", "BMMI1"], range(1, 5), "AB"):
    gp.add("%s-G%d%s" % (e, n, x))
for e, n in P(["BTC1", "BTC2"], range(1, 6)):
    gp.add("%s-TD%d" % (e, n))
for e, n in P(["XSE1", "XSE2", "XGP1", "XGP2"], range(1, 5)):
    gp.add("%s-TP%d" % (e, n))
for e, s in P(["MEEF1P", "MEEF2P", "MEEF1S"], ["CAE", "ALE", "SLO", "CHB"]):
    gp.add("%s-%s" % (e, s))
for e, s in P(["IAMAE1", "IAMAE2", "IAMKT1", "IAMKT2", "IACGA1"], ["ALT", "FI"]):
    gp.add("%s-%s" % (e, s))
for c, n in P(["CLANGB1", "CLANGB2", "CLANGC1", "CLESPB1", "CLFLEB2", "CLALLB1"], range(1, 7)):
    gp.add("%s-G%d" % (c, n))
for e, n in P(["STL1", "STL2", "STL3AP"], range(1, 9)):
    gp.add("%s-G%d" % (e, n))
for g in list(gp):
    assert len(g) <= 10, g
for e in et:
    assert len(e) <= 6, e
for e in el:
    assert len(e) <= 8, e

el -= unknown; et -= unknown; gp -= unknown
cited = set()
for v in gold.values():
    cited |= set(v["apogee_codes"])
missing = sorted(c for c in cited - unknown if c not in el | et | gp)
if missing:
    print("CITED BUT NOT IN CATALOGUE:", missing)
cat = {"elements": sorted(el), "etapes": sorted(et), "groups": sorted(gp), "unknown": sorted(unknown)}
with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as f:
    json.dump(cat, f, ensure_ascii=False, indent=1)
print(len(MAILS), "mails;", len(el), "elements,", len(et), "etapes,", len(gp), "groups,", len(unknown), "unknown")
