import json, os, glob, email, re, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f"{D}/gold.json")); cat = json.load(open(f"{D}/catalogue.json"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
SYM = {"not_enrolled","teacher_not_enrolled","wrong_group","course_not_on_dashboard","students_cannot_see_course","course_missing",
       "course_moved_renamed","wrong_name","cannot_login","cas_unknown_destination","database_error","too_many_teachers",
       "participants_block_missing","cohort_question","other"}
err = []
files = sorted(os.path.basename(p) for p in glob.glob(f"{D}/*.eml"))
if files != sorted(gold): err.append("file names != gold keys")
for c in known:
    if c not in cat["unknown"] and c not in cat["labels"]: err.append(f"no label {c}")
for fn, g in gold.items():
    msg = email.message_from_bytes(open(f"{D}/{fn}", "rb").read(), policy=policy.default)
    text = str(msg["subject"]) + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            text += part.get_content() + "\n"
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): err.append(f"{fn}: length")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known: err.append(f"{fn}: {c} not in catalogue")
        if w not in text: err.append(f"{fn}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{fn}: etape {e}")
        if e in g["apogee_codes"]: err.append(f"{fn}: etape {e} both said and cited")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text + str(msg["from"]): err.append(f"{fn}: num {n}")
    for cid in g["course_ids"]:
        if f"id={cid}" not in text: err.append(f"{fn}: cid {cid}")
    if g["symptom"] not in SYM: err.append(f"{fn}: symptom")
    if g["sender_role"] not in ("student","staff","unknown") or g["language"] not in ("fr","en"): err.append(f"{fn}: role/lang")
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]): err.append(f"{fn}: duplicate code")
    # order of first mention (warning only)
    pos = [text.find(w) for w in g["apogee_codes_as_written"]]
    if pos != sorted(pos): print("order warning", fn, list(zip(g["apogee_codes_as_written"], pos)))
print("\n".join(err) if err else "CHECK OK")
st = collections.Counter(g["symptom"] for g in gold.values())
codes = [c for g in gold.values() for c in g["apogee_codes"]]
dam = sum(1 for g in gold.values() for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]) if c != w)
print("mails", len(gold), "codes", len(codes), "written differently", dam,
      "etapes_said", sum(1 for g in gold.values() if g["etapes_said"]),
      "en", sum(g["language"] == "en" for g in gold.values()),
      "roles", collections.Counter(g["sender_role"] for g in gold.values()),
      "schemes", sorted({s for g in gold.values() for s in g["schemes"]}))
print(dict(st))
print("html", sum(1 for fn in gold if b"text/html" in open(f"{D}/{fn}","rb").read()))
