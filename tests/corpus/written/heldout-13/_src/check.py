import email, email.policy, json, os, collections, re, html
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f"{D}/gold.json")); cat = json.load(open(f"{D}/catalogue.json"))
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(gold), "gold/files mismatch"
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
assert all(len(c) <= 8 for c in cat["elements"]), [c for c in cat["elements"] if len(c) > 8]
assert all(len(c) <= 6 for c in cat["etapes"]), [c for c in cat["etapes"] if len(c) > 6]
assert all(len(c) <= 10 for c in cat["groups"]), [c for c in cat["groups"] if len(c) > 10]
assert len(known) == len(cat["elements"]) + len(cat["etapes"]) + len(cat["groups"]), "dup across kinds"
assert set(cat["labels"]) == known, (known - set(cat["labels"]), set(cat["labels"]) - known)
assert all(0 < len(v) <= 60 for v in cat["labels"].values())
assert not (set(cat["unknown"]) & known)
err = 0; sym = collections.Counter(); role = collections.Counter(); schemes = collections.Counter()
nw = nd = 0
for f in files:
    msg = email.message_from_bytes(open(f"{D}/{f}", "rb").read(), policy=email.policy.default)
    txt = [str(msg["subject"]), str(msg["from"])]
    for p in msg.walk():
        if p.get_filename(): txt.append(p.get_filename())
        if p.get_content_type().startswith("text/"):
            c = p.get_content(); txt.append(c); txt.append(html.unescape(c))
    T = "\n".join(txt)
    g = gold[f]
    for k in ("apogee_codes_as_written", "student_numbers"):
        for v in g[k]:
            if v not in T: print(f, k, "missing", v); err += 1
    for v in g["course_ids"]:
        if str(v) not in T: print(f, "id missing", v); err += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]: print(f, "code not in catalogue", c); err += 1
    for n in g["student_numbers"]:
        if not re.fullmatch(r"2[0-6]\d{6}", n): print(f, "bad num", n); err += 1
    sym[g["symptom"]] += 1; role[g["sender_role"]] += 1
    for s in g["schemes"]: schemes[s] += 1
    for w in g["apogee_codes_as_written"]:
        nw += 1
        if w not in known and not any(ch in w for ch in " ") or w != w.upper(): pass
cited = set(c for g in gold.values() for c in g["apogee_codes"])
print("errors", err, "files", len(files))
print("symptoms", dict(sym)); print("roles", dict(role))
print("langs", collections.Counter(g["language"] for g in gold.values()), "auto", sum(g["auto_reply"] for g in gold.values()))
print("schemes", len(schemes)); [print(" ", k, v) for k, v in schemes.items()]
print("catalogue", {k: len(cat[k]) for k in ("elements", "etapes", "groups", "unknown")}, "cited", len(cited))
# damaged: as_written that is a code-like token differing from its canonical
tot = dam = 0
for g in gold.values():
    for w in g["apogee_codes_as_written"]:
        if re.search(r"\d", w) or w.isupper():
            tot += 1
            if w not in known and w not in cat["unknown"]: dam += 1; print("  damaged:", w)
print("code-like mentions", tot, "damaged", dam)
