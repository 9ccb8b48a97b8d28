import json, os, email, html, re
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f"{D}/gold.json")); cat = json.load(open(f"{D}/catalogue.json"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
assert not known & set(cat["unknown"])
assert set(cat["labels"]) == known
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
bad = 0
for f in files:
    m = email.message_from_bytes(open(f"{D}/{f}", "rb").read(), policy=policy.default)
    txt = str(m["From"]) + "\n" + str(m["Subject"]) + "\n"
    for p in m.walk():
        if p.get_content_maintype() == "text":
            c = p.get_content(); txt += c + "\n"
            if p.get_content_subtype() == "html":
                txt += html.unescape(re.sub(r"<[^>]+>", " ", c)).replace("\xa0", " ") + "\n"
    g = gold[f]
    for w in g["apogee_codes_as_written"] + g["student_numbers"] + [str(i) for i in g["course_ids"]]:
        if w not in txt: print(f, "MISSING", repr(w)); bad += 1
    for c in g["apogee_codes"] + g["etapes_said"]:
        if c not in known and c not in cat["unknown"]: print(f, "NOT IN CATALOGUE", c); bad += 1
    for c in g["etapes_said"]:
        if c not in cat["etapes"]: print(f, "said not etape", c); bad += 1
    # 8-digit numbers present but not in gold (review)
    extra = set(re.findall(r"(?<![\d])(?:19|2[0-6])\d{6}(?![\d])", txt)) - set(g["student_numbers"])
    if extra: print(f, "unlisted 8-digit:", extra)
from collections import Counter
print("bad", bad, Counter(g["symptom"] for g in gold.values()))
print("etapes_said mails", sum(1 for g in gold.values() if g["etapes_said"]))
print("schemes", len({s for g in gold.values() for s in g["schemes"]}))
print({k: len(v) for k, v in cat.items()})
