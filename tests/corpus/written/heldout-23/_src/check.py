"""Validate gold.json against the mails and catalogue.json."""
import json, os, glob, re, collections
from email import policy
from email.parser import BytesParser
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"))); cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error",
       "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
err = []
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(D, "*.eml")))
if files != sorted(gold): err.append("file names != gold keys")
for f in files:
    g = gold[f]
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(D, f), "rb"))
    txt = "\n".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
    str(msg["Subject"]); str(msg["From"])
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): err.append(f + ": lengths")
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]): err.append(f + ": duplicate code")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known: err.append(f"{f}: {c} not in catalogue")
        if w not in txt: err.append(f"{f}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{f}: étape {e} unknown")
        if e in g["apogee_codes"]: err.append(f"{f}: étape {e} both said and cited")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in re.sub(r"(?<=\d) (?=\d)", "", txt) + str(msg["From"]): err.append(f"{f}: number {n}")
    for i in g["course_ids"]:
        if f"id={i}" not in txt: err.append(f"{f}: id {i}")
    if g["symptom"] not in SYM: err.append(f + ": symptom")
    if g["sender_role"] not in ("student", "staff", "unknown") or g["language"] not in ("fr", "en"): err.append(f + ": role/lang")
    for m in re.findall(r"\[\[|\]\]|<<|>>|\(\(|\)\)", txt): err.append(f"{f}: leftover marker {m}")
print("\n".join(err) or "OK")
C = collections.Counter(g["symptom"] for g in gold.values())
allc = [c for g in gold.values() for c in g["apogee_codes"]]
dam = sum(c != w for g in gold.values() for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]))
html = sum(1 for f in files if "text/html" in open(os.path.join(D, f), "rb").read().decode("ascii", "replace"))
sch = {s for g in gold.values() for s in g["schemes"]}
word = sum(c in cat["groups"] and not w.replace(" ","").upper().replace("-","") in c.replace("-","") for g in gold.values() for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]))
print("groups in words/short:", word)
print(len(files), "mails;", len(allc), "codes (", dam, "as written differently );", len(set(allc)), "distinct")
print("etapes_said:", sum(bool(g["etapes_said"]) for g in gold.values()), "en:", sum(g["language"] == "en" for g in gold.values()), "html:", html)
print("schemes:", len(sch), "invented:", sum("invented" in s for s in sch))
print(dict(C))
print("sizes", len(cat["elements"]), len(cat["etapes"]), len(cat["groups"]), len(cat["unknown"]))
