"""Validate heldout-20: gold vs catalogue vs .eml text."""
import json, os, re, email, html
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
allc = known | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error",
       "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
errs = []
assert all(c in cat["labels"] for c in known), "label missing"
emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if emls != sorted(gold): errs.append("file names differ from gold keys")
for name, g in gold.items():
    msg = email.message_from_bytes(open(os.path.join(D, name), "rb").read(), policy=policy.default)
    text = str(msg["subject"]) + "\n"
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            c = p.get_content()
            text += c + "\n" + (html.unescape(re.sub(r"<[^>]+>", "", c)) if p.get_content_subtype() == "html" else "") + "\n"
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): errs.append(f"{name}: lengths")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in allc: errs.append(f"{name}: {c} not in catalogue")
        if w not in text: errs.append(f"{name}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: errs.append(f"{name}: etape {e} unknown")
        if e in g["apogee_codes"]: errs.append(f"{name}: etape {e} also cited by code")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text + str(msg["from"]): errs.append(f"{name}: number {n}")
    for i in g["course_ids"]:
        if f"id={i}" not in text: errs.append(f"{name}: course id {i}")
    if g["symptom"] not in SYM: errs.append(f"{name}: symptom")
    if g["sender_role"] not in ("student", "staff", "unknown") or g["language"] not in ("fr", "en"): errs.append(f"{name}: role/lang")
    if "[[" in text or "{{" in text: errs.append(f"{name}: unrendered marker")
print("\n".join(errs) or "clean")
n_codes = sum(len(g["apogee_codes"]) for g in gold.values())
dam = sum(c != w for g in gold.values() for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]))
unk = sorted({c for g in gold.values() for c in g["apogee_codes"] if c in cat["unknown"]})
sch = sorted({s for g in gold.values() for s in g["schemes"]})
print(f"mails {len(gold)}; code mentions {n_codes}, distinct {len({c for g in gold.values() for c in g['apogee_codes']})}; "
      f"as-written != canonical {dam}; unknown cited {unk}; etapes_said mails {sum(bool(g['etapes_said']) for g in gold.values())}; "
      f"catalogue {len(known)} + {len(cat['unknown'])} unknown; schemes {len(sch)} ({sum('invented' in s for s in sch)} invented)")
