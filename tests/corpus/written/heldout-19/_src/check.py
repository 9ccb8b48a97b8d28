"""Validate heldout-19: gold vs catalogue vs .eml text."""
import json, os, re, html, sys, email
from email import policy
from collections import Counter

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
errs = []


def text_of(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(emls) != set(gold):
    errs.append(f"file names differ: {set(emls) ^ set(gold)}")
KEYS = {"apogee_codes", "apogee_codes_as_written", "student_numbers", "course_ids", "symptom", "sender_role",
        "language", "auto_reply", "schemes", "etapes_said", "note"}
SYMS = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
        "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error",
        "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
total = damaged = 0
for f in emls:
    g = gold[f]
    if set(g) != KEYS:
        errs.append(f"{f}: keys {set(g) ^ KEYS}")
    msg = email.message_from_binary_file(open(os.path.join(D, f), "rb"), policy=policy.default)
    txt = text_of(msg)
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]):
        errs.append(f"{f}: lists differ in length")
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]):
        errs.append(f"{f}: duplicate code")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        total += 1; damaged += c != w
        if c not in known:
            errs.append(f"{f}: {c} not in catalogue")
        if w not in txt:
            errs.append(f"{f}: as-written {w!r} not in text")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in txt and n not in str(msg["From"]):
            errs.append(f"{f}: student number {n}")
    for cid in g["course_ids"]:
        if f"id={cid}" not in txt:
            errs.append(f"{f}: course id {cid}")
    for e in g["etapes_said"]:
        if e not in cat["etapes"] or e in g["apogee_codes"]:
            errs.append(f"{f}: etape said {e}")
    if g["symptom"] not in SYMS:
        errs.append(f"{f}: symptom {g['symptom']}")
    if g["sender_role"] not in ("student", "staff", "unknown") or g["language"] not in ("fr", "en"):
        errs.append(f"{f}: role/lang")
for e in errs:
    print("ERR", e)
sy = Counter(g["symptom"] for g in gold.values())
print(f"{len(emls)} mails, {total} codes cited, {damaged} damaged ({damaged / max(total, 1):.0%}),",
      sum(1 for g in gold.values() if g["etapes_said"]), "with etapes_said")
print("roles", Counter(g["sender_role"] for g in gold.values()), "lang", Counter(g["language"] for g in gold.values()))
print("symptoms", dict(sy))
print("schemes used", len({s for g in gold.values() for s in g["schemes"]}))
print("html", sum(1 for f in emls if b"text/html" in open(os.path.join(D, f), "rb").read()))
print("catalogue", len(known), "codes;", len(cat["unknown"]), "unknown")
sys.exit(1 if errs else 0)
