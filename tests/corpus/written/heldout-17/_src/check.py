"""Validate gold.json against the .eml files and catalogue.json."""
import email, html, json, os, re, sys
from email import policy
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
errs = []
assert set(emls) == set(gold), set(emls) ^ set(gold)
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination",
       "database_error", "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
dmg = tot = 0
for f in emls:
    g = gold[f]
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    text = ""
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            text += "\n" + t
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]):
        errs.append((f, "len"))
    for c, a in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        tot += 1
        dmg += (c != a and c in cat["elements"] + cat["etapes"] + cat["unknown"] + cat["groups"] and a.upper().replace(" ", "") != c) or c.lower() == a
        if c not in known:
            errs.append((f, "not in catalogue", c))
        if a != c and a.upper().replace(" ", "") in known and a.upper().replace(" ", "") != c:
            errs.append((f, "damaged form is another code", a))
        if a not in text:
            errs.append((f, "as-written absent", a))
    for e in g["etapes_said"]:
        if e not in cat["etapes"]:
            errs.append((f, "etape", e))
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text + msg["From"]:
            errs.append((f, "num", n))
    for i in g["course_ids"]:
        if f"id={i}" not in text:
            errs.append((f, "cid", i))
    if g["symptom"] not in SYM:
        errs.append((f, "sym", g["symptom"]))
print("errors:", errs)
print("mails", len(emls), "codes", tot, "as-written != canonical", sum(1 for g in gold.values() for c, a in zip(g["apogee_codes"], g["apogee_codes_as_written"]) if c != a))
print(Counter(g["symptom"] for g in gold.values()))
print(Counter(g["sender_role"] for g in gold.values()), Counter(g["language"] for g in gold.values()))
print("etapes_said", sum(1 for g in gold.values() if g["etapes_said"]))
print("schemes", Counter(s for g in gold.values() for s in g["schemes"]))
print("unknown cited", sum(1 for g in gold.values() for c in g["apogee_codes"] if c in cat["unknown"]))
print("catalogue codes", len(known))
