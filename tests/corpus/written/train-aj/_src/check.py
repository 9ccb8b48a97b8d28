# Check of writer BJ's gold against catalogue and mails
import os, json, re, html, email
from email import policy
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(OUT, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(OUT, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
       "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination",
       "database_error", "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
err = []
# catalogue sanity
for c in cat["elements"]:
    if len(c) > 8 or not re.fullmatch(r"[A-Z0-9.\-]+", c): err.append(f"bad element {c}")
for c in cat["etapes"]:
    if len(c) > 6: err.append(f"bad etape {c}")
for c in cat["groups"]:
    if len(c) > 10: err.append(f"bad group {c}")
for c in known:
    if c not in cat["labels"] and c not in cat["unknown"]: err.append(f"no label {c}")
if set(cat["unknown"]) & (set(cat["elements"]) | set(cat["groups"]) | set(cat["etapes"])): err.append("unknown overlaps")
files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
if files != sorted(gold): err.append(f"files/gold mismatch {set(files) ^ set(gold)}")
stats = Counter()
for f in files:
    g = gold[f]
    msg = email.message_from_bytes(open(os.path.join(OUT, f), "rb").read(), policy=policy.default)
    texts = [str(msg["subject"] or ""), str(msg["from"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            t = part.get_content()
            if part.get_content_subtype() == "html":
                stats["html"] += 1
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            texts.append(t)
    text = "\n".join(texts)
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): err.append(f"{f}: length mismatch")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known: err.append(f"{f}: {c} not in catalogue")
        if w not in text: err.append(f"{f}: as-written {w!r} not in text")
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]): err.append(f"{f}: duplicate code")
    flat = re.sub(r"[ \-.]", "", text)
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n): err.append(f"{f}: bad number {n}")
        if n not in flat: err.append(f"{f}: number {n} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{f}: etape_said {e} unknown")
        if e in g["apogee_codes"]: err.append(f"{f}: etape_said {e} also cited by code")
    for i in g["course_ids"]:
        if f"id={i}" not in text: err.append(f"{f}: course id {i} not in text")
    if g["symptom"] not in SYM: err.append(f"{f}: symptom {g['symptom']}")
    if g["sender_role"] not in ("student", "staff", "unknown"): err.append(f"{f}: role")
    if g["language"] not in ("fr", "en"): err.append(f"{f}: lang")
    if not str(msg["date"]).count("Jan 2027"): err.append(f"{f}: date {msg['date']}")
    stats["en"] += g["language"] == "en"; stats["said"] += bool(g["etapes_said"])
    stats["htmlmail"] += any(p.get_content_subtype() == "html" for p in msg.walk())
schemes = Counter(s for g in gold.values() for s in g["schemes"])
print(len(files), "mails;", dict(stats))
for s, n in schemes.most_common(): print(f"  {n:3d} {s}")
print(f"catalogue: {len(cat['elements'])} elements, {len(cat['etapes'])} etapes, {len(cat['groups'])} groups, {len(cat['unknown'])} unknown")
print("symptoms:", Counter(g["symptom"] for g in gold.values()))
print("roles:", Counter(g["sender_role"] for g in gold.values()))
print("\n".join(err) if err else "CHECK OK")
raise SystemExit(1 if err else 0)
