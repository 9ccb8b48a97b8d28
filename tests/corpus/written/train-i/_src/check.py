import email, glob, html, json, os, re, collections
from email import policy

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(D, "*.eml")))
assert set(files) == set(gold), set(files) ^ set(gold)
SYMS = {"wrong_name", "cannot_login", "course_moved_renamed", "course_missing", "course_not_on_dashboard",
        "students_cannot_see_course", "not_enrolled", "teacher_not_enrolled", "wrong_group",
        "participants_block_missing", "cas_unknown_destination", "database_error", "too_many_teachers",
        "cohort_question", "other"}
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
bad = 0
for fn in files:
    msg = email.message_from_bytes(open(os.path.join(D, fn), "rb").read(), policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        assert msg[h], (fn, h)
    text = str(msg["Subject"]) + "\n" + str(msg["From"]) + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if part.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            text += t + "\n"
    g = gold[fn]
    assert g["symptom"] in SYMS, fn
    assert len(g["apogee_codes"]) == len(g["apogee_codes_as_written"]) == len(set(g["apogee_codes"])), fn
    for w in g["apogee_codes_as_written"]:
        if w not in text:
            print("MISSING code", fn, w); bad += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]:
            print("NOT IN CATALOGUE", fn, c); bad += 1
        if len(c) > 10:
            print("TOO LONG", fn, c); bad += 1
    norm = re.sub(r"[\s.\-]", "", text.replace("O", "0").replace("o", "0"))
    for n in g["student_numbers"]:
        assert re.fullmatch(r"(19|2[0-6])\d{6}", n), (fn, n)
        if n not in text and n not in norm:
            print("MISSING num", fn, n); bad += 1
    for i in g["course_ids"]:
        if str(i) not in text:
            print("MISSING id", fn, i); bad += 1
print("files", len(files), "problems", bad)
print(collections.Counter(g["symptom"] for g in gold.values()))
print(collections.Counter(g["sender_role"] for g in gold.values()), collections.Counter(g["language"] for g in gold.values()),
      "auto", sum(g["auto_reply"] for g in gold.values()))
print("schemes", sorted({s for g in gold.values() for s in g["schemes"]}))
