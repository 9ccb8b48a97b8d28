"""Validate train-x gold against the .eml files and catalogue."""
import json, os, sys, email, re
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
allc = known | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course", "course_missing",
       "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
       "participants_block_missing", "cohort_question", "other"}
errs = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold): errs.append(f"file/gold mismatch {set(files) ^ set(gold)}")
ncodes = damaged = unknown = words = ets = 0
for f in files:
    g = gold[f]
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    text = str(msg["Subject"] or "") + "\n" + str(msg["From"] or "") + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            text += part.get_content() + "\n"
        fn = part.get_filename()
        if fn: text += fn + "\n"
    a, w = g["apogee_codes"], g["apogee_codes_as_written"]
    if len(a) != len(w): errs.append(f"{f}: length mismatch")
    if len(set(a)) != len(a): errs.append(f"{f}: duplicate code")
    for c, s in zip(a, w):
        ncodes += 1
        if c not in allc: errs.append(f"{f}: {c} not in catalogue")
        if c in cat["unknown"]: unknown += 1
        if s not in text: errs.append(f"{f}: as-written {s!r} not in text")
        if s != c:
            if re.search(r"[a-z]{3,}.*\s|^(groupe|TD|TP)|group|one$", s) and not re.fullmatch(r"[a-z0-9.\- ]+", s) or s.lower().startswith(("groupe", "td", "tp")) or " " in s and len(s) > 10:
                words += 1
            else:
                damaged += 1
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: errs.append(f"{f}: etape {e} not in catalogue")
        if e in a: errs.append(f"{f}: etape {e} also cited by code")
    ets += bool(g["etapes_said"])
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text: errs.append(f"{f}: student number {n}")
    for cid in g["course_ids"]:
        if f"id={cid}" not in text: errs.append(f"{f}: course id {cid}")
    if g["symptom"] not in SYM: errs.append(f"{f}: symptom {g['symptom']}")
    if g["sender_role"] not in ("student", "staff", "unknown"): errs.append(f"{f}: role")
    if g["language"] not in ("fr", "en"): errs.append(f"{f}: lang")
schemes = {s for g in gold.values() for s in g["schemes"]}
print(f"mails={len(files)} codes={ncodes} damaged={damaged} words={words} unknown_cited={unknown} with_etapes_said={ets}")
print(f"schemes={len(schemes)} invented={sum('invented' in s for s in schemes)}")
print(f"catalogue: elements={len(cat['elements'])} etapes={len(cat['etapes'])} groups={len(cat['groups'])} unknown={len(cat['unknown'])}")
print(f"roles: " + str({r: sum(g['sender_role'] == r for g in gold.values()) for r in ('student', 'staff', 'unknown')}),
      "en:", sum(g["language"] == "en" for g in gold.values()))
for e in errs: print("ERR", e)
sys.exit(1 if errs else 0)
