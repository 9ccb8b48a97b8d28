import json, os, glob, re
from email import policy
from email.parser import BytesParser
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
g = json.load(open(os.path.join(D, "gold.json"))); c = json.load(open(os.path.join(D, "catalogue.json")))
known = set(c["elements"]) | set(c["etapes"]) | set(c["groups"]) | set(c["unknown"])
SYM = set("not_enrolled teacher_not_enrolled wrong_group course_not_on_dashboard students_cannot_see_course course_missing course_moved_renamed wrong_name cannot_login cas_unknown_destination database_error too_many_teachers participants_block_missing cohort_question other".split())
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(D, "*.eml")))
err = []
if files != sorted(g): err.append("file/gold mismatch")
from collections import Counter
lab = Counter(); en = html = etp = dmg = ncodes = 0; sch = set()
for fn in files:
    m = BytesParser(policy=policy.default).parsebytes(open(os.path.join(D, fn), "rb").read())
    txt = str(m["subject"]) + "\n"; hh = False
    for part in m.walk():
        if part.get_content_maintype() == "text":
            txt += part.get_content() + "\n"
            if part.get_content_subtype() == "html": hh = True
    e = g[fn]
    if len(e["apogee_codes"]) != len(e["apogee_codes_as_written"]): err.append(fn + " len")
    for cd, w in zip(e["apogee_codes"], e["apogee_codes_as_written"]):
        if cd not in known: err.append(f"{fn} unknown code {cd}")
        if w not in txt: err.append(f"{fn} as-written {w!r} not in text")
        ncodes += 1; dmg += (cd != w)
    for t in e["etapes_said"]:
        if t not in c["etapes"]: err.append(f"{fn} etape {t}")
    for n in e["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in txt + str(m["from"]): err.append(f"{fn} num {n}")
    for i in e["course_ids"]:
        if f"id={i}" not in txt: err.append(f"{fn} id {i}")
    if e["symptom"] not in SYM: err.append(fn + " sym")
    if e["sender_role"] not in ("student", "staff", "unknown"): err.append(fn + " role")
    lab[e["symptom"]] += 1; en += e["language"] == "en"; html += hh; etp += bool(e["etapes_said"]); sch |= set(e["schemes"])
print("mails", len(files), "codes", ncodes, "damaged/as-words", dmg, "en", en, "html", html, "etapes_said", etp)
print("roles", Counter(v["sender_role"] for v in g.values()))
print("schemes", len(sch), sum("invented" in s for s in sch)); print(dict(lab))
print("labels<3:", [s for s in SYM if lab[s] < 3])
print("ERRORS", err or "none")
