"""Check heldout-21: gold vs catalogue vs mails."""
import email, html, json, os, re, sys
from email.policy import default as POL
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
ALL = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error",
       "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
err = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold):
    err.append(f"file/gold mismatch {set(files) ^ set(gold)}")
for f in files:
    g = gold.get(f, {})
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=POL)
    text = str(msg["Subject"] or "") + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            text += t + "\n"
    for k in ("From", "To", "Date", "Message-ID", "Subject"):
        if not msg[k]:
            err.append(f"{f}: no {k}")
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]):
        err.append(f"{f}: length mismatch")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in ALL:
            err.append(f"{f}: {c} not in catalogue")
        if w not in text:
            err.append(f"{f}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"] or e in g["apogee_codes"]:
            err.append(f"{f}: bad etape_said {e}")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text + str(msg["From"]):
            err.append(f"{f}: student number {n} not found")
    for i in g["course_ids"]:
        if f"id={i}" not in text:
            err.append(f"{f}: course id {i} not found")
    if g["symptom"] not in SYM or g["sender_role"] not in ("student", "staff", "unknown") or g["language"] not in ("fr", "en"):
        err.append(f"{f}: bad enum")
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]):
        err.append(f"{f}: duplicate codes")
from collections import Counter
sc = Counter(g["symptom"] for g in gold.values())
for s in SYM:
    if sc[s] < 3:
        err.append(f"symptom {s} has {sc[s]} < 3")
print("\n".join(err) or "OK", f"({len(files)} mails)")
sys.exit(1 if err else 0)
