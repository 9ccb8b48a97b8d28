import json, os, email, glob, re, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f"{D}/gold.json")); cat = json.load(open(f"{D}/catalogue.json"))
files = sorted(os.path.basename(f) for f in glob.glob(f"{D}/*.eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
assert all(c in cat["labels"] for c in known)
assert not (known & set(cat["unknown"]))
def text_of(msg):
    out = []
    for k in ("From", "Subject"): out.append(str(msg[k]))
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
        elif p.get_content_type() == "message/delivery-status":
            out.append(p.as_string())
    return "\n".join(out)
syms = collections.Counter(); probs = 0; sch = collections.Counter()
for f in files:
    msg = email.message_from_binary_file(open(f"{D}/{f}", "rb"), policy=policy.default)
    t = text_of(msg); g = gold[f]; syms[g["symptom"]] += 1
    for s in g["schemes"]: sch[s] += 1
    for w in g["apogee_codes_as_written"] + g["student_numbers"] + [str(i) for i in g["course_ids"]]:
        if w not in t: print("MISSING", f, w); probs += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]: print("NOT IN CATALOGUE", f, c); probs += 1
    for n in g["student_numbers"]: assert re.fullmatch(r"(19|2[0-6])\d{6}", n), n
print("files", len(files), "problems", probs)
print(dict(syms)); print(dict(sch)); print("auto", sum(g["auto_reply"] for g in gold.values()), "en", sum(g["language"]=="en" for g in gold.values()))
print("roles", collections.Counter(g["sender_role"] for g in gold.values()))
