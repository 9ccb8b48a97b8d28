"""Validates train-u: gold vs catalogue, alignment, parsing, as-written forms present, file names."""
import json, os, re, sys, email
from email import policy
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
allc = known | set(cat["unknown"])
SYM = set("not_enrolled teacher_not_enrolled wrong_group course_not_on_dashboard students_cannot_see_course course_missing course_moved_renamed wrong_name cannot_login cas_unknown_destination database_error too_many_teachers participants_block_missing cohort_question other".split())
err = []
for c in known:
    if c not in cat["labels"]: err.append(f"no label {c}")
    if c != c.upper(): err.append(f"not upper {c}")
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold): err.append(f"files/gold mismatch {set(files) ^ set(gold)}")
for f in files:
    g = gold[f]
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    text = str(msg["subject"]) + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            text += part.get_content() + "\n"
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): err.append(f"{f}: length")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in allc: err.append(f"{f}: {c} not in catalogue")
        if w not in text: err.append(f"{f}: as-written {w!r} not in text")
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]): err.append(f"{f}: dup code")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{f}: etape {e}")
        if e in g["apogee_codes"]: err.append(f"{f}: etape {e} both")
    for s in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", s) or s not in text + str(msg["from"]): err.append(f"{f}: student {s}")
    fr = str(msg["from"])
    m = re.search(r"(\d{8})@etu", fr)
    if m and m.group(1) not in g["student_numbers"]: err.append(f"{f}: sender number missing")
    for i in g["course_ids"]:
        if f"id={i}" not in text: err.append(f"{f}: course id {i}")
    if g["symptom"] not in SYM: err.append(f"{f}: symptom")
    if g["sender_role"] not in ("student", "staff", "unknown"): err.append(f"{f}: role")
    if g["language"] not in ("fr", "en"): err.append(f"{f}: lang")
print("\n".join(err) or "OK", len(files))
sys.exit(1 if err else 0)
