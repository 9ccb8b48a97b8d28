import email, json, os, glob, html
from email import policy
from email.header import decode_header, make_header
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f"{D}/gold.json")); cat = json.load(open(f"{D}/catalogue.json"))
files = sorted(os.path.basename(p) for p in glob.glob(f"{D}/*.eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
for c in cat["elements"]: assert len(c) <= 8, c
for c in cat["etapes"]: assert len(c) <= 6, c
for c in cat["groups"]: assert len(c) <= 10, c
assert set(cat["labels"]) == known
bad = 0
from collections import Counter
sym = Counter(); said = 0
for f in files:
    m = email.message_from_bytes(open(f"{D}/{f}", "rb").read())
    for h in ("From","To","Subject","Date","Message-ID","MIME-Version","Content-Type"):
        assert m[h], (f, h)
    text = str(make_header(decode_header(m["Subject"]))) + "\n" + m["From"] + "\n"
    for p in m.walk():
        if p.get_content_maintype() == "text":
            t = p.get_payload(decode=True).decode(p.get_content_charset() or "ascii")
            text += html.unescape(t).replace("\xa0", " ") + "\n"
    g = gold[f]; sym[g["symptom"]] += 1; said += bool(g["etapes_said"])
    for w in g["apogee_codes_as_written"] + g["student_numbers"] + [str(i) for i in g["course_ids"]]:
        if w not in text: print(f, "missing", repr(w)); bad += 1
    for c in g["apogee_codes"] + g["etapes_said"]:
        if c not in known and c not in cat["unknown"]: print(f, "not in catalogue", c); bad += 1
    for c in g["etapes_said"]: assert c in cat["etapes"], (f, c)
print(len(files), "files;", bad, "problems;", said, "with etapes_said")
print(dict(sym))
print(Counter(g["sender_role"] for g in gold.values()), Counter(g["language"] for g in gold.values()))
sch = set(s for g in gold.values() for s in g["schemes"]); print(len(sch), sorted(sch))
