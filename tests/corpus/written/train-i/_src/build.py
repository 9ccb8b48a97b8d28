import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from lib import MAILS, build
import mails3  # noqa

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = {}
for m in MAILS:
    msg = build(m)
    with open(os.path.join(OUT, m["fn"]), "wb") as f:
        f.write(msg.as_bytes())
    gold[m["fn"]] = {
        "apogee_codes": [c for c, w in m["codes"]],
        "apogee_codes_as_written": [w for c, w in m["codes"]],
        "student_numbers": m["nums"],
        "course_ids": m["ids"],
        "symptom": m["sym"],
        "sender_role": m["role"],
        "language": m["lang"],
        "auto_reply": m["auto"],
        "schemes": m["schemes"],
        "note": m["note"],
    }
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)

# catalogue
R = random.Random(7)
unknown = sorted({u for m in MAILS for u in m["unknown"]})
cited = {c for m in MAILS for c, w in m["codes"]}
E, T, G = set(), set(), set()
L = "ABCDEFGHJKLMNPRSTUVW"
for s in (1, 2, 3, 4, 5, 6):
    for n in range(10, 40, 2):
        E.add(f"S{s}PSY{n:02d}")
for y in (1, 2, 3):
    for l in "ABC":
        for n in range(1, 16):
            E.add(f"BIO-{y}{l}{n:02d}")
            if n < 12:
                for g in range(1, 5):
                    G.add(f"BIO{y}{l}{n:02d}G{g}")
for y in (1, 2, 3):
    for mat in ("CIV", "CST", "ADM", "CTR", "PEN", "HDR", "INT", "FIS"):
        for n in (1, 2):
            E.add(f"DR{y}.{mat}{n}")
        for t in range(1, 9):
            G.add(f"DR{y}{mat}TD{t}")
for s in range(1, 7):
    for n in range(1, 16):
        E.add(f"GEA.R{s}{n:02d}")
    for n in range(1, 7):
        E.add(f"GEA.S{s}{n:02d}")
for y in (1, 2, 3):
    for g in range(1, 5):
        for l in "AB":
            G.add(f"GEA{y}-G{g}{l}")
for y in (1, 2, 3):
    for n in range(1, 25):
        E.add(f"5STP{y}{n:02d}")
    for t in range(1, 5):
        for l in "AB":
            G.add(f"5STP-TP{t}{l}") if y == 1 else G.add(f"5STP{y}-TP{t}{l}")
for y in (1, 2, 3):
    for s in (2 * y - 1, 2 * y):
        for x in ("MA", "MI", "MC", "ST", "GE", "DR", "EN", "HI", "AN", "IN"):
            E.add(f"ECO{y}S{s}{x}")
    for t in range(1, 9):
        G.add(f"ECO{y}-TD{t}")
for y in (1, 2, 3):
    for s in (1, 2, 3, 4, 5):
        for n in range(1, 6):
            E.add(f"11LM{y}0{s}{n}")
E.update({"11LM2034", "11LM2041", "11LM2042", "11LM2043"})
for t in range(1, 7):
    G.add(f"11LM-TD{t}")
G.add("11LM-CEMU")
for y in (1, 2, 3):
    for n in range(1, 10):
        E.add(f"MI{y}-INF{n}")
        E.add(f"MI{y}-MAT{n}")
    for t in range(1, 7):
        G.add(f"MI{y}INF-TP{t}")
for y in (1, 2, 3):
    for n in range(1, 16):
        for l in "ABC":
            if R.random() < 0.6:
                E.add(f"H{y}HIS{n:02d}{l}")
    for g in "ABCD":
        G.add(f"H{y}HIS-G{g}")
for y in range(1, 6):
    for n in range(1, 16):
        E.add(f"UEPH{y}-{n:02d}")
    for t in range(1, 9):
        G.add(f"PH{y}-TP{t:02d}")
for m_ in (1, 2):
    for l in "FMRC":
        for n in range(1, 11):
            E.add(f"M{m_}IAE{l}{n:02d}")
    G.update({f"M{m_}IAE-ALT", f"M{m_}IAE-FI", f"M{m_}IAE-FC"})
for lang in ("LAN", "ESP", "ALL", "ITA", "RUS"):
    for s in range(1, 7):
        for n in range(1, 8):
            E.add(f"H{lang}{s}{n:02d}")
            for t in (1, 2, 3):
                if R.random() < 0.3:
                    G.add(f"H{lang}{s}{n:02d}TD{t}")
G.update({"HLAN201TD2", "HLAN105TD1", "HLAN105TD3"})
for m_ in (1, 2):
    for sub in ("SOC", "HRP", "DEM"):
        for n in range(1, 10):
            for l in "ABC":
                E.add(f"M.{m_}{sub}{n}{l}")
                if R.random() < 0.3:
                    G.add(f"M.{m_}{sub}{n}{l}TD"[:10])
for y in (1, 2):
    for l in "ABC":
        for n in list(range(101, 125)) + list(range(201, 222)):
            E.add(f"{y}C{l}{n}")
for lang in ("ESP", "ANG", "ALL", "ITA"):
    for n in range(1, 25):
        E.add(f"I{lang}-{n:02d}")
    G.add(f"I{lang}-CEMU")
T.update({"L1PSYC", "L2PSYC", "L3PSYC", "M1PSYC", "1BIOL", "2BIOL", "3BIOL", "DRL1G", "DRL2G", "DRL3G",
          "BUTGE1", "BUTGE2", "BUTGE3", "5STL1", "5STL2", "5STL3", "LECO1", "LECO2", "LECO3",
          "11LM1", "11LM2", "11LM3", "LMI1", "LMI2", "LMI3", "LHIS1", "LHIS2", "LHIS3",
          "PHAR1", "PHAR2", "PHAR3", "PHAR4", "PHAR5", "M1CGAO", "M2CGAO", "1LANGL", "2LANGL",
          "1LLESP", "2LLESP", "3LLESP", "M1SOCI", "M2SOCI", "M1MEEF", "M2MEEF", "1AES", "2AES"})
for y in (1, 2, 3):
    for t in range(1, 12):
        G.add(f"L{y}PSYTD{t:02d}")
E.add("H2HIS13C")
G.update({"DR2ADMTD5", "DR2CTRTD2", "ECO1-TD6"})
for u in unknown:
    E.discard(u); T.discard(u); G.discard(u)
known = E | T | G
missing = sorted(c for c in cited if c not in known and c not in unknown)
print("cited but not in catalogue:", missing)
json.dump({"elements": sorted(E), "etapes": sorted(T), "groups": sorted(G), "unknown": unknown},
          open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=0)
print(len(MAILS), "mails;", len(E), "elements", len(T), "etapes", len(G), "groups")
