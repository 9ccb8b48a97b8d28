import json, email, glob, os
from email import policy
D = "/work/blind/train-q"
cat = json.load(open(f"{D}/catalogue.json")); gold = json.load(open(f"{D}/gold.json"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
files = sorted(os.path.basename(f) for f in glob.glob(f"{D}/*.eml"))
assert files == sorted(gold), "names"
bad = 0
for f in files:
    g = gold[f]; m = email.message_from_bytes(open(f"{D}/{f}", "rb").read(), policy=policy.default)
    txt = "".join(p.get_content() for p in m.walk() if p.get_content_maintype() == "text")
    assert len(g["apogee_codes"]) == len(g["apogee_codes_as_written"]), f
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known: print(f, "unknown code", c); bad += 1
        if w not in txt: print(f, "as-written missing", w); bad += 1
    for n in g["student_numbers"]:
        if n not in txt and n not in m["From"]: print(f, "num", n); bad += 1
    for e in g["etapes_said"]:
        assert e in cat["etapes"], e
print("ok" if not bad else f"{bad} problems", len(files))
