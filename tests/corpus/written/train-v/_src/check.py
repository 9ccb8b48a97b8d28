#!/usr/bin/env python3
"""Validate train-v gold against catalogue and the .eml files."""
import json, os, re, sys, email, html
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
g = json.load(open(os.path.join(D, "gold.json"))); c = json.load(open(os.path.join(D, "catalogue.json")))
known = set(c["elements"]) | set(c["etapes"]) | set(c["groups"]) | set(c["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course", "course_missing",
       "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
       "participants_block_missing", "cohort_question", "other"}
err = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(g): err.append("file names != gold keys")
for code in set(c["elements"]) | set(c["etapes"]) | set(c["groups"]):
    if code not in c["labels"]: err.append(f"no label {code}")
for fn, v in g.items():
    msg = email.message_from_bytes(open(os.path.join(D, fn), "rb").read(), policy=policy.default)
    text = str(msg["subject"] or "")
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content(); text += "\n" + t + "\n" + html.unescape(re.sub(r"<[^>]+>", "", t))
    if len(v["apogee_codes"]) != len(v["apogee_codes_as_written"]): err.append(f"{fn}: lengths")
    for code, w in zip(v["apogee_codes"], v["apogee_codes_as_written"]):
        if code not in known: err.append(f"{fn}: {code} not in catalogue")
        if w not in text: err.append(f"{fn}: as-written {w!r} not in text")
    for n in v["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or (n not in text and n not in str(msg["from"])): err.append(f"{fn}: number {n}")
    for i in v["course_ids"]:
        if f"id={i}" not in text: err.append(f"{fn}: course id {i}")
    for e in v["etapes_said"]:
        if e not in c["etapes"]: err.append(f"{fn}: etape {e}")
        if e in v["apogee_codes"]: err.append(f"{fn}: etape {e} also cited as code")
    if v["symptom"] not in SYM: err.append(f"{fn}: symptom")
    if v["sender_role"] not in ("student", "staff", "unknown") or v["language"] not in ("fr", "en"): err.append(f"{fn}: role/lang")
    for k in ("To", "From", "Date", "Message-ID"):
        if not msg[k]: err.append(f"{fn}: header {k}")
print("\n".join(err) or f"OK {len(g)} mails")
sys.exit(1 if err else 0)
