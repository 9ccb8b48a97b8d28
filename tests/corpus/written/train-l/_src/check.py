import email, json, os, re, html, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"))); cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]); unk = set(cat["unknown"])
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
bad = 0; sym = collections.Counter(); roles = collections.Counter(); schemes = set(); tot = dmg = 0; langs = collections.Counter(); cte = collections.Counter(); chs = collections.Counter()
for f in files:
    raw = open(os.path.join(D, f), "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        assert msg[h], (f, h)
    txt = [str(msg["Subject"]), str(msg["From"])]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            c = part.get_content(); cte[part.get("Content-Transfer-Encoding", "7bit")] += 1; chs[part.get_content_charset()] += 1
            if part.get_content_subtype() == "html":
                c = html.unescape(re.sub(r"<[^>]+>", " ", c))
            txt.append(c)
    T = "\n".join(txt)
    g = gold[f]
    for w in g["apogee_codes_as_written"]:
        if w not in T: print(f, "written missing", w); bad += 1
    for n in g["student_numbers"]:
        if n not in T: print(f, "num missing", n); bad += 1
    for i in g["course_ids"]:
        if str(i) not in T: print(f, "id missing", i); bad += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in unk: print(f, "code not in catalogue", c); bad += 1
        if c in known and c in unk: print(f, "both", c); bad += 1
    for n in re.findall(r"(?<![\d])((?:19|2[0-6])\d{6})(?![\d])", T):
        if n not in g["student_numbers"]: print(f, "8-digit not in gold?", n)
    if len(g["apogee_codes"]) and not g["apogee_codes_as_written"]: print(f, "codes w/o written")
    for w in g["apogee_codes_as_written"]:
        tot += 1
        if w not in g["apogee_codes"]: dmg += 1
    sym[g["symptom"]] += 1; roles[g["sender_role"]] += 1; langs[g["language"]] += 1; schemes |= set(g["schemes"])
for u in unk:
    assert any(u in g["apogee_codes"] for g in gold.values()), u
print("bad", bad); print(sorted(sym.items(), key=lambda x: -x[1])); print(roles, langs)
print(len(schemes), sorted(schemes)); print("mentions", tot, "damaged/short-form", dmg); print(cte, chs)
