import json, os, re, email
from email import policy
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
bad = 0
for f in files:
    msg = email.message_from_bytes(open(os.path.join(D, f), "rb").read(), policy=policy.default)
    txt = str(msg["subject"]) + "\n" + str(msg["from"]) + "\n"
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            txt += part.get_content()
    g = gold[f]
    for w in g["apogee_codes_as_written"]:
        if w not in txt: print(f, "as_written missing", w); bad += 1
    for n in g["student_numbers"]:
        if n not in txt: print(f, "sn missing", n); bad += 1
    for c in g["course_ids"]:
        if str(c) not in txt: print(f, "cid missing", c); bad += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]: print(f, "code not in catalogue", c); bad += 1
    for c in g["etapes_said"]:
        if c not in cat["etapes"]: print(f, "etape not in catalogue", c); bad += 1
    # 8-digit numbers in text not in gold
    for n in set(re.findall(r"(?<!\d)(?:19|2[0-6])\d{6}(?!\d)", txt)) - set(g["student_numbers"]):
        print(f, "unlisted 8-digit", n)
assert all(c in cat["labels"] for c in known)
print("problems:", bad)
print(Counter(g["symptom"] for g in gold.values()))
print("etapes_said:", sum(1 for g in gold.values() if g["etapes_said"]))
print("roles", Counter(g["sender_role"] for g in gold.values()), "lang", Counter(g["language"] for g in gold.values()))
print("schemes", len({s for g in gold.values() for s in g["schemes"]}))
print("catalogue", {k: len(v) for k, v in cat.items()})
