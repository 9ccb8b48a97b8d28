"""Validate heldout-18: gold vs catalogue vs .eml files."""
import collections
import email
import json
import os
import re
from email import policy

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
allc = cat["elements"] + cat["etapes"] + cat["groups"] + cat["unknown"]
assert len(allc) == len(set(allc)), "duplicate codes"
assert all(c in cat["labels"] for c in allc if c not in cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard",
       "students_cannot_see_course", "course_missing", "course_moved_renamed", "wrong_name",
       "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
       "participants_block_missing", "cohort_question", "other"}
emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert emls == sorted(gold), "file names vs gold keys"
errs, dmg, tot = [], 0, 0
for f, g in gold.items():
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    text = msg["subject"] + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            text += part.get_content()
    assert len(g["apogee_codes"]) == len(g["apogee_codes_as_written"]), f
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        tot += 1
        dmg += (w != c)
        if c not in known:
            errs.append(f"{f}: {c} not in catalogue")
        if w not in text:
            errs.append(f"{f}: as-written {w!r} not in text")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text:
            errs.append(f"{f}: number {n}")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]:
            errs.append(f"{f}: etape {e}")
    for i in g["course_ids"]:
        if str(i) not in text:
            errs.append(f"{f}: course id {i}")
    assert g["symptom"] in SYM and g["sender_role"] in ("student", "staff", "unknown"), f
print("\n".join(errs) or "OK")
print("mails", len(gold), "codes", tot, "damaged", dmg, f"({dmg / tot:.0%})")
print(collections.Counter(g["symptom"] for g in gold.values()))
print(collections.Counter(g["sender_role"] for g in gold.values()))
print("en", sum(g["language"] == "en" for g in gold.values()),
      "etapes_said", sum(bool(g["etapes_said"]) for g in gold.values()),
      "auto", sum(g["auto_reply"] for g in gold.values()))
sch = collections.Counter(s for g in gold.values() for s in g["schemes"])
print(len(sch), "schemes,", sum("(invented)" in s for s in sch), "invented")
for s, n in sch.items():
    print(" ", n, s)
print("codes in catalogue", len(allc), "unknown cited",
      sorted({c for g in gold.values() for c in g["apogee_codes"] if c in cat["unknown"]}))
