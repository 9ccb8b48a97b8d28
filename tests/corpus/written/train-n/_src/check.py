import json, os, re, html, email
from email import policy
from collections import Counter
OUT = "/work/blind/train-n"
gold = json.load(open(os.path.join(OUT, "gold.json")))
cat = json.load(open(os.path.join(OUT, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
SYM = {"wrong_name","cannot_login","course_moved_renamed","course_missing","course_not_on_dashboard","students_cannot_see_course",
 "not_enrolled","teacher_not_enrolled","wrong_group","participants_block_missing","cas_unknown_destination","database_error",
 "too_many_teachers","cohort_question","other"}
bad = 0
for f in files:
    msg = email.message_from_bytes(open(os.path.join(OUT, f), "rb").read(), policy=policy.default)
    parts = [str(msg["Subject"]), str(msg["From"])]
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?i)<br\s*/?>", "\n", t)))
            parts.append(t); parts.append(p.get_content())
    text = "\n".join(parts)
    g = gold[f]
    for w in g["apogee_codes_as_written"] + g["student_numbers"] + [str(i) for i in g["course_ids"]]:
        if w not in text:
            print("MISSING", f, repr(w)); bad += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]:
            print("NOTCAT", f, c); bad += 1
    for c in g["etapes_said"]:
        if c not in cat["etapes"]: print("SAID?", f, c); bad += 1
    assert g["symptom"] in SYM, (f, g["symptom"])
print("bad", bad)
print(Counter(g["symptom"] for g in gold.values()))
print(Counter(g["sender_role"] for g in gold.values()), Counter(g["language"] for g in gold.values()),
      "auto", sum(g["auto_reply"] for g in gold.values()), "said", sum(bool(g["etapes_said"]) for g in gold.values()))
sch = Counter(s for g in gold.values() for s in g["schemes"]); print(sch)
