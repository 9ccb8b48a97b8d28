"""Validate train-ah: gold vs catalogue vs mail text."""
import email, json, os, re, sys
from email import policy
from email.header import decode_header, make_header

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard",
       "students_cannot_see_course", "course_missing", "course_moved_renamed", "wrong_name",
       "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
       "participants_block_missing", "cohort_question", "other"}
errs = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold):
    errs.append(f"files/gold mismatch: {set(files) ^ set(gold)}")
for c in known:
    if c not in cat["labels"]:
        errs.append(f"no label for {c}")
for e in cat["etapes"]:
    if len(e) > 6: errs.append(f"etape too long {e}")
for e in cat["elements"] + cat["unknown"]:
    if len(e) > 8: errs.append(f"element too long {e}")
for f in files:
    g = gold.get(f, {})
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    parts = [str(msg["Subject"] or "")]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            parts.append(p.get_content())
    text = "\n".join(parts)
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]):
        errs.append(f"{f}: list lengths differ")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known: errs.append(f"{f}: {c} not in catalogue")
        if w not in text: errs.append(f"{f}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: errs.append(f"{f}: etape said {e} unknown")
        if e in g["apogee_codes"]: errs.append(f"{f}: etape {e} both said and coded")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text + str(msg["From"]):
            errs.append(f"{f}: student number {n}")
    for i in g["course_ids"]:
        if f"id={i}" not in text: errs.append(f"{f}: course id {i}")
    if g["symptom"] not in SYM: errs.append(f"{f}: symptom {g['symptom']}")
    if g["sender_role"] not in ("student", "staff", "unknown"): errs.append(f"{f}: role")
    if g["language"] not in ("fr", "en"): errs.append(f"{f}: lang")
    if not msg["Message-ID"] or not msg["Date"] or "December" in str(msg["Date"]): pass
    if "Dec 2026" not in str(msg["Date"]): errs.append(f"{f}: date {msg['Date']}")
print("\n".join(errs) or "OK")
print(len(files), "mails;", sum(1 for g in gold.values() if g["etapes_said"]), "with etapes_said;",
      sum(1 for g in gold.values() if g["language"] == "en"), "en;",
      sum(1 for f in files if b"text/html" in open(os.path.join(D, f), "rb").read()), "with HTML;",
      len(known), "catalogue codes")
sys.exit(1 if errs else 0)
