"""Validate gold.json against catalogue.json and the .eml files."""
import json, os, re, sys, html, collections
from email import policy
from email.parser import BytesParser
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error",
       "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
err = []
emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(emls) != set(gold): err.append(("names", set(emls) ^ set(gold)))
syms, schemes, ncodes, damaged, ets, unk = collections.Counter(), set(), 0, 0, 0, set()
for fn in emls:
    g = gold[fn]
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(D, fn), "rb"))
    text = str(msg["subject"]) + "\n" + str(msg["from"]) + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            text += t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t)) + "\n"
        fnm = part.get_filename()
        if fnm: text += fnm + "\n"
    a, w = g["apogee_codes"], g["apogee_codes_as_written"]
    if len(a) != len(w): err.append((fn, "len"))
    for c, s in zip(a, w):
        if c not in known: err.append((fn, "not in catalogue", c))
        if s not in text: err.append((fn, "as-written missing", s))
        if c in cat["unknown"]: unk.add(c)
        if s != c: damaged += 1
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append((fn, "etape", e))
        if e in a: err.append((fn, "etape also coded", e))
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text: err.append((fn, "sn", n))
    for cid in g["course_ids"]:
        if f"id={cid}" not in text: err.append((fn, "cid", cid))
    if g["symptom"] not in SYM: err.append((fn, "sym"))
    if g["sender_role"] not in ("student", "staff", "unknown"): err.append((fn, "role"))
    # order of first mention (soft)
    pos = [text.find(s) for s in w]
    if pos != sorted(pos): print("order?", fn, list(zip(w, pos)))
    syms[g["symptom"]] += 1; schemes |= set(g["schemes"]); ncodes += len(a); ets += bool(g["etapes_said"])
print("mails", len(emls), "codes", ncodes, "damaged/words", damaged, "etapes_said mails", ets, "unknown cited", sorted(unk))
print("schemes", len(schemes), "invented", sum("invented" in s for s in schemes))
print("roles", collections.Counter(g["sender_role"] for g in gold.values()), "lang", collections.Counter(g["language"] for g in gold.values()))
print(dict(syms))
print("catalogue", len(known))
print("ERRORS", err if err else "none")
sys.exit(1 if err else 0)
