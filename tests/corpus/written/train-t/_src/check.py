"""Validate train-t: gold vs catalogue vs .eml files. Run from anywhere: python3 _src/check.py"""
import json, os, re, sys, email, html
from email import policy
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"))); cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course", "course_missing",
       "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
       "participants_block_missing", "cohort_question", "other"}
err = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold): err.append(f"file/gold mismatch {set(files) ^ set(gold)}")
assert all(c in cat["labels"] for c in known - set(cat["unknown"]))
for f in files:
    g = gold[f]; m = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    text = str(m["subject"]) + "\n" + str(m["from"]) + "\n"
    for part in m.walk():
        if part.get_content_maintype() == "text": text += html.unescape(part.get_content()) + "\n"
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): err.append(f"{f}: lengths")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known: err.append(f"{f}: {c} not in catalogue")
        if w not in text: err.append(f"{f}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{f}: etape {e}")
        if e in g["apogee_codes"]: err.append(f"{f}: etape {e} both said and coded")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text: err.append(f"{f}: number {n}")
    for i in g["course_ids"]:
        if f"id={i}" not in text: err.append(f"{f}: id {i}")
    fr = str(m["from"])
    mm = re.search(r"(\d{8})@etu\.unicaen\.fr", fr)
    if mm and mm.group(1) not in g["student_numbers"]: err.append(f"{f}: sender number missing")
    if g["symptom"] not in SYM: err.append(f"{f}: symptom")
    if g["sender_role"] not in {"student", "staff", "unknown"} or g["language"] not in {"fr", "en"}: err.append(f"{f}: role/lang")
print("\n".join(err) or "OK")
sy = Counter(g["symptom"] for g in gold.values()); print(len(files), "mails;", dict(sy))
print("min per symptom", min(sy.values()), "missing", SYM - set(sy))
print("en", sum(g["language"] == "en" for g in gold.values()), "etapes_said", sum(bool(g["etapes_said"]) for g in gold.values()))
sch = Counter(s for g in gold.values() for s in g["schemes"]); print(len(sch), "schemes,", sum("invented" in s for s in sch), "invented")
print("catalogue", len(known), "codes, unknown", len(cat["unknown"]), "; unknown cited", {c for g in gold.values() for c in g["apogee_codes"] if c in cat["unknown"]})
sys.exit(1 if err else 0)
