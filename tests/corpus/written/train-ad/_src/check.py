"""Validate gold.json against the .eml files and catalogue.json."""
import json, os, re, sys, email, html
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination",
       "database_error", "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
err = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold):
    err.append(f"file/gold mismatch: {set(files) ^ set(gold)}")
for c in cat["labels"]:
    pass
for c in known:
    if c not in cat["labels"] and c not in cat["unknown"]:
        err.append(f"no label {c}")
for fn in files:
    g = gold.get(fn)
    if g is None:
        continue
    msg = email.message_from_bytes(open(os.path.join(D, fn), "rb").read(), policy=policy.default)
    parts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text" and not p.get_filename()]
    text = str(msg["Subject"]) + "\n" + "\n".join(parts)
    text += "\n" + html.unescape(re.sub(r"<[^>]+>", " ", text))
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]):
        err.append(f"{fn}: list lengths differ")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known:
            err.append(f"{fn}: {c} not in catalogue")
        if w not in text:
            err.append(f"{fn}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]:
            err.append(f"{fn}: etape {e} unknown")
        if e in g["apogee_codes"]:
            err.append(f"{fn}: etape {e} both said and coded")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text + msg["From"]:
            err.append(f"{fn}: student number {n} bad or absent")
    for i in g["course_ids"]:
        if f"id={i}" not in text:
            err.append(f"{fn}: course id {i} absent")
    if g["symptom"] not in SYM:
        err.append(f"{fn}: bad symptom")
    if g["sender_role"] not in ("student", "staff", "unknown") or g["language"] not in ("fr", "en"):
        err.append(f"{fn}: bad role/lang")
print("\n".join(err) or f"OK: {len(files)} mails, {sum(len(g['apogee_codes']) for g in gold.values())} codes, catalogue {len(known)} codes")
sys.exit(1 if err else 0)
