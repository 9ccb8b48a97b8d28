# Validates gold.json / catalogue.json / *.eml of writer BF (train-ag).
import json, os, re, html, sys
from email import policy
from email.parser import BytesParser

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(OUT, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(OUT, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard",
       "students_cannot_see_course", "course_missing", "course_moved_renamed", "wrong_name", "cannot_login",
       "cas_unknown_destination", "database_error", "too_many_teachers", "participants_block_missing",
       "cohort_question", "other"}
err = []
files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
if set(files) != set(gold):
    err.append(f"files/gold mismatch: {set(files) ^ set(gold)}")
for k in ("elements", "etapes", "groups", "unknown"):
    for c in cat[k]:
        if c not in cat["labels"]:
            err.append(f"no label for {c}")
for e in cat["elements"]:
    if len(e) > 8: err.append(f"element too long {e}")
for e in cat["etapes"]:
    if len(e) > 6: err.append(f"etape too long {e}")
for f in files:
    g = gold[f]
    msg = BytesParser(policy=policy.default).parse(open(os.path.join(OUT, f), "rb"))
    texts = [str(msg["Subject"]), str(msg["From"])]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
            texts.append(t)
        fn = part.get_filename()
        if fn: texts.append(fn)
    text = "\n".join(texts)
    for fld in ("From", "To", "Date", "Message-ID", "Subject"):
        if not msg[fld]: err.append(f"{f}: no {fld}")
    ac, aw = g["apogee_codes"], g["apogee_codes_as_written"]
    if len(ac) != len(aw): err.append(f"{f}: code lists differ in length")
    if len(set(ac)) != len(ac): err.append(f"{f}: duplicate canonical code")
    for c, w in zip(ac, aw):
        if c not in known: err.append(f"{f}: {c} not in catalogue")
        if w not in text: err.append(f"{f}: as-written {w!r} not in text")
        if c in cat["unknown"] and c != w.upper(): err.append(f"{f}: unknown {c} != {w}")
    for sn in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", sn) or sn not in text: err.append(f"{f}: bad student number {sn}")
    m = re.match(r"(\d{8})@etu", str(msg["From"]).split("<")[-1])
    if m and m.group(1) not in g["student_numbers"]: err.append(f"{f}: sender number missing")
    for cid in g["course_ids"]:
        if f"id={cid}" not in text: err.append(f"{f}: course id {cid} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{f}: etape said {e} unknown")
        if e in ac: err.append(f"{f}: etape {e} both said and cited")
    if g["symptom"] not in SYM: err.append(f"{f}: symptom {g['symptom']}")
    if g["sender_role"] not in ("student", "staff", "unknown"): err.append(f"{f}: role")
    if g["language"] not in ("fr", "en"): err.append(f"{f}: language")
    if not isinstance(g["auto_reply"], bool): err.append(f"{f}: auto_reply")
    if ac and not g["schemes"]: err.append(f"{f}: codes but no scheme")
print("\n".join(err) if err else f"OK: {len(files)} mails, {len(known)} catalogue codes")
sys.exit(1 if err else 0)
