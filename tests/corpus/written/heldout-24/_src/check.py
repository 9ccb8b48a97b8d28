"""Check heldout-24's gold.json against its .eml files and catalogue.json."""
import json, os, re, sys
from email import policy
from email.parser import BytesParser

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYMS = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard",
        "students_cannot_see_course", "course_missing", "course_moved_renamed", "wrong_name",
        "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
        "participants_block_missing", "cohort_question", "other"}
errs = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold):
    errs.append(f"files/gold mismatch: {set(files) ^ set(gold)}")
assert all(k not in known for k in ()) 
for k in ("elements", "etapes", "groups"):
    for c in cat[k]:
        if c not in cat["labels"]:
            errs.append(f"no label for {c}")
for c in cat["unknown"]:
    if c in set(cat["elements"]) | set(cat["groups"]) | set(cat["etapes"]):
        errs.append(f"unknown code also known: {c}")
for fn in files:
    g = gold.get(fn)
    if g is None:
        continue
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(D, fn), "rb"))
    text = str(msg["subject"] or "") + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                import html as H
                t = t + "\n" + H.unescape(re.sub(r"<[^>]+>", " ", t))
            text += t + "\n"
    a, w = g["apogee_codes"], g["apogee_codes_as_written"]
    if len(a) != len(w):
        errs.append(f"{fn}: length mismatch")
    if len(set(a)) != len(a):
        errs.append(f"{fn}: duplicate codes")
    for c, s in zip(a, w):
        if c not in known:
            errs.append(f"{fn}: {c} not in catalogue")
        if s not in text:
            errs.append(f"{fn}: as-written {s!r} not in text")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text + str(msg["from"]):
            errs.append(f"{fn}: student number {n}")
    for i in g["course_ids"]:
        if not isinstance(i, int) or str(i) not in text:
            errs.append(f"{fn}: course id {i}")
    for e in g["etapes_said"]:
        if e not in cat["etapes"] or e in a:
            errs.append(f"{fn}: etape said {e}")
    if g["symptom"] not in SYMS or g["sender_role"] not in ("student", "staff", "unknown") \
            or g["language"] not in ("fr", "en") or not isinstance(g["auto_reply"], bool):
        errs.append(f"{fn}: bad enum")
    for c in a:
        if "?" in g["schemes"]:
            errs.append(f"{fn}: scheme unknown")
            break
print("\n".join(errs) or "OK", f"({len(files)} mails)")
sys.exit(1 if errs else 0)
