import email, json, os, re, html, sys
from email import policy
from collections import Counter
D = "/work/blind/train-e"
gold = json.load(open(f"{D}/gold.json"))
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
SYMS = "wrong_name cannot_login course_moved_renamed course_missing course_not_on_dashboard students_cannot_see_course not_enrolled teacher_not_enrolled wrong_group participants_block_missing cas_unknown_destination database_error too_many_teachers cohort_question other".split()
err = 0
def texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            out.append(t)
            if ct == "text/html":
                out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
        elif ct in ("message/delivery-status", "message/rfc822"):
            out.append(str(part))
    return out
assert set(files) == set(gold), (set(files) ^ set(gold))
stats = Counter(); syms = Counter()
for f in files:
    raw = open(f"{D}/{f}", "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None and not (h == "Subject" and False):
            print(f, "missing header", h); err += 1
    g = gold[f]
    T = texts(msg)
    subj = str(msg["subject"] or "")
    frm = str(msg["from"] or "")
    alltext = "\n".join(T) + "\n" + subj
    assert g["symptom"] in SYMS, f
    syms[g["symptom"]] += 1
    assert len(g["apogee_codes"]) == len(g["apogee_codes_as_written"]), f
    assert len(set(g["apogee_codes"])) == len(g["apogee_codes"]), f
    for w in g["apogee_codes_as_written"]:
        if w not in alltext:
            print(f, "code as written not found:", w); err += 1
    for c in g["apogee_codes"]:
        if c != c.upper(): print(f, "canonical not upper", c); err += 1
    for sn in g["student_numbers"]:
        assert re.fullmatch(r"(19|2[0-6])\d{6}", sn), (f, sn)
        pat = r"(?<!\d)" + r"[ .\-\u00a0]?".join(sn) + r"(?!\d)"
        if not re.search(pat, alltext) and not re.search(pat, frm):
            print(f, "student number not found:", sn); err += 1
    for cid in g["course_ids"]:
        if not re.search(rf"id=(3D)?{cid}(?!\d)", alltext + raw.decode("latin-1")):
            print(f, "course id not found", cid); err += 1
    # look-alike review: 8-digit tokens not in gold
    found = set(re.findall(r"(?<![\d])((?:19|2[0-6])\d{6})(?![\d])", alltext))
    extra = found - set(g["student_numbers"])
    if extra and "-v" in sys.argv:
        print(f, "8-digit not in gold:", sorted(extra))
    ids = set(int(x) for x in re.findall(r"ecampus\.unicaen\.fr/(?:course/view|user/index|enrol/users|course/edit)\.php\?id=(\d+)", alltext))
    if ids != set(g["course_ids"]):
        print(f, "course-link ids differ from gold", ids, g["course_ids"]); err += 1
print("files", len(files), "errors", err)
print(dict(syms))
