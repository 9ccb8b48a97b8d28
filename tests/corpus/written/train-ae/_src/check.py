"""Validate train-ae: gold against catalogue and the .eml texts."""
import email
import json
import os
import re
from email import policy

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = json.load(open(os.path.join(OUT, "catalogue.json"), encoding="utf-8"))
gold = json.load(open(os.path.join(OUT, "gold.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYMS = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard",
        "students_cannot_see_course", "course_missing", "course_moved_renamed", "wrong_name", "cannot_login",
        "cas_unknown_destination", "database_error", "too_many_teachers", "participants_block_missing",
        "cohort_question", "other"}
KEYS = {"apogee_codes", "apogee_codes_as_written", "student_numbers", "course_ids", "symptom", "sender_role",
        "language", "auto_reply", "schemes", "etapes_said", "note"}
errors = []
emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
if emls != sorted(gold):
    errors.append(f"files vs gold keys differ: {set(emls) ^ set(gold)}")
assert all(set(c["labels"]) >= set(c2) for c in [cat] for c2 in [known])


def text_of(msg):
    parts = [str(msg["Subject"] or ""), str(msg["From"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return "\n".join(parts)


for fn in emls:
    g = gold.get(fn)
    if g is None:
        continue
    if set(g) != KEYS:
        errors.append(f"{fn}: keys {set(g) ^ KEYS}")
    with open(os.path.join(OUT, fn), "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    txt = text_of(msg)
    codes, written = g["apogee_codes"], g["apogee_codes_as_written"]
    if len(codes) != len(written):
        errors.append(f"{fn}: list lengths differ")
    if len(set(codes)) != len(codes):
        errors.append(f"{fn}: duplicate codes")
    for c, w in zip(codes, written):
        if c not in known:
            errors.append(f"{fn}: {c} not in catalogue")
        if w not in txt:
            errors.append(f"{fn}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]:
            errors.append(f"{fn}: etape {e} not in catalogue")
        if e in codes:
            errors.append(f"{fn}: etape {e} both said and cited")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in txt:
            errors.append(f"{fn}: student number {n}")
    for i in g["course_ids"]:
        if not isinstance(i, int) or f"id={i}" not in txt:
            errors.append(f"{fn}: course id {i}")
    if g["symptom"] not in SYMS:
        errors.append(f"{fn}: symptom {g['symptom']}")
    if g["sender_role"] not in {"student", "staff", "unknown"} or g["language"] not in {"fr", "en"}:
        errors.append(f"{fn}: role/language")
    if codes and not g["schemes"]:
        errors.append(f"{fn}: codes without schemes")
    for k in ("To", "From", "Subject", "Date", "Message-ID"):
        if not msg[k]:
            errors.append(f"{fn}: header {k} missing")
    # student numbers present in the text but not in gold (hint only)
    for n in set(re.findall(r"(?<![\d.])2\d{7}(?![\d])", txt)) - set(g["student_numbers"]):
        errors.append(f"{fn}: 8-digit {n} in text, not in gold (check)")

schemes = sorted({s for g in gold.values() for s in g["schemes"]})
print(len(emls), "mails;", len(schemes), "schemes,", sum("(invented)" in s for s in schemes), "invented")
print("etapes_said:", sum(bool(g["etapes_said"]) for g in gold.values()),
      "| en:", sum(g["language"] == "en" for g in gold.values()))
print("\n".join(errors) or "CHECK OK")
raise SystemExit(1 if errors else 0)
