# Validates gold.json of /work/blind/train-ac against the mails and catalogue.json
import json, os, re, sys, collections
from email import policy
from email.parser import BytesParser
D = "/work/blind/train-ac"
gold = json.load(open(os.path.join(D, "gold.json"))); cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
etapes = set(cat["etapes"])
SYM = {"not_enrolled","teacher_not_enrolled","wrong_group","course_not_on_dashboard","students_cannot_see_course","course_missing",
       "course_moved_renamed","wrong_name","cannot_login","cas_unknown_destination","database_error","too_many_teachers",
       "participants_block_missing","cohort_question","other"}
err = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold): err.append("file names != gold keys: %s" % (set(files) ^ set(gold)))
st = collections.Counter(); nhtml = nen = net = ncodes = ndam = 0; schemes = set()
for f in files:
    g = gold.get(f)
    if g is None: continue
    m = BytesParser(policy=policy.default).parse(open(os.path.join(D, f), "rb"))
    text = str(m["subject"]) + "\n"
    has_html = False
    for part in m.walk():
        if part.get_content_maintype() == "text":
            text += part.get_content() + "\n"
            if part.get_content_subtype() == "html": has_html = True
    nhtml += has_html
    a, w = g["apogee_codes"], g["apogee_codes_as_written"]
    if len(a) != len(w): err.append("%s: lengths differ" % f)
    for c, x in zip(a, w):
        if c not in known: err.append("%s: %s not in catalogue" % (f, c))
        if x not in text: err.append("%s: as-written %r not in text" % (f, x))
        if x != c and x.upper().replace(" ", "") != "" and re.search(r"\d", x) and not re.match(r"(?i)^(groupes?|group|td|tp|grp)", x): ndam += 1
    for e in g["etapes_said"]:
        if e not in etapes: err.append("%s: etape %s unknown" % (f, e))
        if e in a: err.append("%s: etape %s also cited by code" % (f, e))
    for s in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", s) or s not in text + str(m["from"]): err.append("%s: student number %s" % (f, s))
    for i in g["course_ids"]:
        if "id=%d" % i not in text: err.append("%s: course id %d" % (f, i))
    if g["symptom"] not in SYM: err.append("%s: symptom" % f)
    if g["sender_role"] not in ("student", "staff", "unknown") or g["language"] not in ("fr", "en"): err.append("%s: role/lang" % f)
    st[g["symptom"]] += 1; nen += g["language"] == "en"; net += bool(g["etapes_said"]); ncodes += len(a); schemes |= set(g["schemes"])
print("\n".join(err) or "OK")
print("mails", len(files), "html", nhtml, "en", nen, "etapes_said", net, "codes", ncodes, "damaged(code-like)", ndam, "schemes", len(schemes),
      "invented", sum("(invented)" in s for s in schemes))
print("roles", collections.Counter(g["sender_role"] for g in gold.values()))
print(dict(st))
sys.exit(1 if err else 0)
