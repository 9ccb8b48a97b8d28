import json, os, re, email, html as H, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(f"{D}/gold.json")); cat = json.load(open(f"{D}/catalogue.json"))
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
SYMS = "wrong_name cannot_login course_moved_renamed course_missing course_not_on_dashboard students_cannot_see_course not_enrolled teacher_not_enrolled wrong_group participants_block_missing cas_unknown_destination database_error too_many_teachers cohort_question other".split()
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
assert known <= set(cat["labels"]), known - set(cat["labels"])
assert not (known & set(cat["unknown"]))
errs = []; sym = collections.Counter(); role = collections.Counter(); dmg = tot = 0
for f in files:
    m = email.message_from_bytes(open(f"{D}/{f}", "rb").read(), policy=policy.default)
    txt = [str(m["Subject"]), str(m["From"])]
    for p in m.walk():
        if p.get_filename(): txt.append(p.get_filename())
        if p.get_content_maintype() == "text":
            c = p.get_content()
            if p.get_content_subtype() == "html":
                txt.append(H.unescape(re.sub(r"<[^>]+>", " ", c)).replace("\xa0", " ")); txt.append(c)
            else: txt.append(c)
    T = "\n".join(txt)
    g = gold[f]
    for w in g["apogee_codes_as_written"]:
        if w not in T: errs.append((f, "written", w))
    for n in g["student_numbers"]:
        if n not in T or not re.fullmatch(r"(19|2[0-6])\d{6}", n): errs.append((f, "num", n))
    for i in g["course_ids"]:
        if str(i) not in T: errs.append((f, "id", i))
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]: errs.append((f, "code", c))
        if c.upper() != c: errs.append((f, "case", c))
    if g["symptom"] not in SYMS: errs.append((f, "sym", g["symptom"]))
    # 8-digit numbers in text not in gold (sanity)
    for n in set(re.findall(r"(?<![\d\w.])((?:19|2[0-6])\d{6})(?![\d\w])", T)) - set(g["student_numbers"]):
        errs.append((f, "ungolded-number?", n))
    sym[g["symptom"]] += 1; role[g["sender_role"]] += 1
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        tot += 1; dmg += (w != c and re.sub(r"[^A-Z0-9]", "", w.upper()) != "" and len(w) <= 12 and w != c)
print("errors:", *errs, sep="\n ")
print(sym.most_common()); print(role); print("mentions", tot, "damaged/short-form approx", dmg)
print("schemes", len({s for g in gold.values() for s in g["schemes"]}), sorted({s for g in gold.values() for s in g["schemes"]}))
