import json, os, re, sys, html, collections
from email import policy
from email.parser import BytesParser
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"))); cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
LABELS = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course", "course_missing",
          "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
          "participants_block_missing", "cohort_question", "other"}
err = []
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
if set(files) != set(gold): err.append("file/gold mismatch")
assert not (set(cat["unknown"]) & (set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])))
for k in ("elements", "etapes", "groups"):
    for c in cat[k]:
        if c not in cat["labels"]: err.append("no label " + c)
        lim = {"elements": 8, "etapes": 6, "groups": 10}[k]
        if len(c) > lim or c != c.upper(): err.append(f"bad {k} {c}")
st = collections.Counter()
for f in files:
    g = gold[f]
    m = BytesParser(policy=policy.default).parse(open(os.path.join(D, f), "rb"))
    txt = str(m["subject"]) + "\n"
    for p in m.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html": t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            txt += t + "\n"
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): err.append(f + " length")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if c not in known: err.append(f"{f}: {c} not in catalogue")
        if w not in txt: err.append(f"{f}: as-written {w!r} not in text")
    for e in g["etapes_said"]:
        if e not in cat["etapes"]: err.append(f"{f}: etape {e}")
        if e in g["apogee_codes"]: err.append(f"{f}: etape {e} also cited")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in txt + str(m["from"]): err.append(f"{f}: num {n}")
    for i in g["course_ids"]:
        if f"id={i}" not in txt: err.append(f"{f}: id {i}")
    if g["symptom"] not in LABELS: err.append(f + " label")
    if g["sender_role"] not in ("student", "staff", "unknown"): err.append(f + " role")
    st["role_" + g["sender_role"]] += 1; st["sym_" + g["symptom"]] += 1; st["lang_" + g["language"]] += 1
    st["auto"] += g["auto_reply"]; st["etapes_said"] += bool(g["etapes_said"]); st["codes"] += len(g["apogee_codes"])
    st["damaged"] += any(c != w for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]))
    st["unknown_cited"] += sum(c in cat["unknown"] for c in g["apogee_codes"])
    st["html_only"] += m.get_content_type() == "text/html"
    for p in m.walk():
        cs = p.get_content_charset(); 
        if cs: st["cs_" + cs] += 1
        cte = p.get("Content-Transfer-Encoding")
        if cte: st["cte_" + cte.lower()] += 1
sch = set(s for g in gold.values() for s in g["schemes"])
print("\n".join(err) or "OK: no error")
print(len(files), "mails;", len(sch), "schemes,", sum("(invented)" in s for s in sch), "invented; catalogue", len(known))
for k, v in sorted(st.items()): print(f"  {k}: {v}")
sys.exit(1 if err else 0)
