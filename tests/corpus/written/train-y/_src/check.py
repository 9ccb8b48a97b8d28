#!/usr/bin/env python3
"""Validate train-y gold against the .eml files and the catalogue."""
import json, os, re, sys, email
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
allc = known | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination",
       "database_error", "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
err = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold): err.append("file names != gold keys: %s" % (set(files) ^ set(gold)))
assert not set(cat["unknown"]) & known
for c in allc:
    if c not in cat["labels"] and c not in cat["unknown"]: err.append("no label " + c)
for fn in files:
    g = gold[fn]
    msg = email.message_from_bytes(open(os.path.join(D, fn), "rb").read(), policy=policy.default)
    text = ""
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            text += part.get_content() + "\n"
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): err.append(fn + " length mismatch")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in allc: err.append(f"{fn}: {c} not in catalogue")
        if w not in text: err.append(f"{fn}: as-written {w!r} not in text")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or (n not in text and n not in msg["From"]): err.append(f"{fn}: number {n}")
    for cid in g["course_ids"]:
        if f"id={cid}" not in text: err.append(f"{fn}: course id {cid}")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{fn}: etape {e}")
        if e in g["apogee_codes"]: err.append(f"{fn}: etape {e} both cited and said")
    if g["symptom"] not in SYM: err.append(f"{fn}: symptom")
    if g["sender_role"] not in ("student", "staff", "unknown") or g["language"] not in ("fr", "en"): err.append(fn + " role/lang")
    # any canonical catalogue code present verbatim in the text must be in gold
    for tok in set(re.findall(r"[A-Za-z0-9_.\-]+", text)):
        for cand in {tok.upper(), tok.upper().rstrip(".-")}:
            if cand in allc and cand not in g["apogee_codes"]:
                err.append(f"{fn}: code {cand} in text but not in gold")
print("\n".join(err) or "OK: %d mails, all checks passed" % len(files))
sys.exit(1 if err else 0)
