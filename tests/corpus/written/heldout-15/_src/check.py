import os, json, email, email.policy, re, collections, html
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(OUT, "gold.json"))); cat = json.load(open(os.path.join(OUT, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]); unk = set(cat["unknown"])
files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
assert all(k in cat["labels"] for k in known) and all(len(v) <= 60 for v in cat["labels"].values())
sym = collections.Counter(); dmg = tot = 0; et = 0; roles = collections.Counter()
for f in files:
    msg = email.message_from_bytes(open(os.path.join(OUT, f), "rb").read(), policy=email.policy.default)
    txt = str(msg["Subject"]) + "\n" + str(msg["From"]) + "\n"
    for p in msg.walk():
        if p.get_content_maintype() == "text": txt += p.get_content() + "\n"
    txt2 = txt + html.unescape(txt)
    g = gold[f]
    for w in g["apogee_codes_as_written"]: assert w in txt2, (f, w)
    for s in g["student_numbers"]: assert s in txt2, (f, s)
    for c in g["course_ids"]: assert str(c) in txt2, (f, c)
    for c in g["apogee_codes"]: assert c in known or c in unk, (f, c)
    for c in g["etapes_said"]: assert c in cat["etapes"], (f, c)
    assert len(g["apogee_codes"]) == len(set(g["apogee_codes"]))
    assert g["symptom"] in "wrong_name cannot_login course_moved_renamed course_missing course_not_on_dashboard students_cannot_see_course not_enrolled teacher_not_enrolled wrong_group participants_block_missing cas_unknown_destination database_error too_many_teachers cohort_question other".split()
    sym[g["symptom"]] += 1; roles[g["sender_role"]] += 1; et += bool(g["etapes_said"])
    for w in g["apogee_codes_as_written"]:
        tot += 1
        if w not in known and w not in unk: dmg += 1
print("ok", len(files), dict(sym), dict(roles), "codes as written", tot, "not verbatim", dmg, "etapes_said mails", et)
