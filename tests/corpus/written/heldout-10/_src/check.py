import json, os, email, html, re, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
G = json.load(open(os.path.join(D, "gold.json")))
C = json.load(open(os.path.join(D, "catalogue.json")))
known = set(C["elements"]) | set(C["etapes"]) | set(C["groups"])
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(G), set(files) ^ set(G)
SYMS = "wrong_name cannot_login course_moved_renamed course_missing course_not_on_dashboard students_cannot_see_course not_enrolled teacher_not_enrolled wrong_group participants_block_missing cas_unknown_destination database_error too_many_teachers cohort_question other".split()
errs = 0; cnt = collections.Counter(); schemes = set(); damaged = total = 0
for f in files:
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    for h in ("From","To","Subject","Date","Message-ID","MIME-Version","Content-Type"):
        assert msg[h], (f, h)
    text = str(msg["Subject"]) + "\n" + str(msg["From"]) + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t)).replace("\xa0", " ")
            text += t + "\n"
    g = G[f]
    assert g["symptom"] in SYMS, f
    cnt[g["symptom"]] += 1
    schemes |= set(g["schemes"])
    for w in g["apogee_codes_as_written"]:
        if w not in text: print("MISSING as_written", f, w); errs += 1
    for n in g["student_numbers"]:
        if not re.fullmatch(r"(19|2[0-6])\d{6}", n) or n not in text: print("BAD num", f, n); errs += 1
    for i in g["course_ids"]:
        if str(i) not in text: print("MISSING id", f, i); errs += 1
    for c in g["apogee_codes"]:
        total += 1
        if c not in known and c not in C["unknown"]: print("NOT IN CATALOGUE", f, c); errs += 1
        if c not in text: damaged += 1
print("errors", errs); print(dict(cnt)); print(len(schemes), sorted(schemes))
aw = sum(len(g["apogee_codes_as_written"]) for g in G.values())
dam = sum(1 for g in G.values() for w in g["apogee_codes_as_written"] if w not in g["apogee_codes"])
print("code mentions (as_written)", aw, "damaged/short", dam, "canon not literally present", damaged, "/", total)
