import email, json, os, re, html, sys
from email import policy
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
SYMS = "wrong_name cannot_login course_moved_renamed course_missing course_not_on_dashboard students_cannot_see_course not_enrolled teacher_not_enrolled wrong_group participants_block_missing cas_unknown_destination database_error too_many_teachers cohort_question other".split()
errors = []
def text_of(msg):
    out = []
    for k, v in msg.items():
        out.append("%s: %s" % (k, str(v)))
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            try:
                c = part.get_content()
            except Exception as e:
                payload = part.get_payload(decode=True) or b""
                c = payload.decode(part.get_content_charset() or "utf-8", "replace")
            if isinstance(c, bytes):
                c = c.decode("utf-8", "replace")
            out.append(c)
            if ct == "text/html":
                out.append(html.unescape(re.sub(r"<[^>]+>", "", c)))
        elif ct == "message/rfc822":
            pass
    return "\n".join(out)
cat = json.load(open(os.path.join(D, "catalogue.json"))) if os.path.exists(os.path.join(D, "catalogue.json")) else None
known = set()
if cat:
    known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
    unknown = set(cat["unknown"])
for f in files:
    raw = open(os.path.join(D, f), "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[h] is None:
            errors.append((f, "missing header " + h))
    if f not in gold:
        errors.append((f, "no gold")); continue
    gd = gold[f]
    t = text_of(msg)
    if len(gd["apogee_codes"]) != len(gd["apogee_codes_as_written"]):
        errors.append((f, "codes/as_written length"))
    for w in gd["apogee_codes_as_written"]:
        if w not in t:
            errors.append((f, "code as written not found: " + w))
    for c in gd["apogee_codes"]:
        if c != c.upper() or " " in c:
            errors.append((f, "non canonical " + c))
        if cat and c not in known and c not in unknown:
            errors.append((f, "code not in catalogue: " + c))
        if cat and c in known and c in unknown:
            errors.append((f, "code both known and unknown: " + c))
    for n in gd["student_numbers"]:
        if not re.fullmatch(r"(19|2[0-6])\d{6}", n):
            errors.append((f, "bad student number " + n))
        pat = r"(?<!\d)" + r"[\s.\-]?".join(n) + r"(?!\d)"
        if not re.search(pat, t):
            errors.append((f, "student number not found: " + n))
    for i in gd["course_ids"]:
        if not re.search(r"(?<!\d)%d(?!\d)" % i, t):
            errors.append((f, "course id not found: %d" % i))
    if gd["symptom"] not in SYMS:
        errors.append((f, "bad symptom"))
    # every 8-digit 19-26 number in text should be either gold or listed as lookalike in note? just report
    for m in re.finditer(r"(?<![\d#=/])((?:19|2[0-6])\d{6})(?!\d)", t):
        if m.group(1) not in gd["student_numbers"]:
            errors.append((f, "WARN unlisted 8-digit: " + m.group(1)))
    for m in re.finditer(r"ecampus\.unicaen\.fr/[^\s\"<>]*?[?&]id=(\d+)", t):
        if int(m.group(1)) not in gd["course_ids"]:
            errors.append((f, "WARN ecampus id not in gold: " + m.group(1) + " " + m.group(0)))
for f in gold:
    if f not in files:
        errors.append((f, "gold without file"))
for e in errors:
    print(*e)
c = Counter(g["symptom"] for g in gold.values())
print(len(files), "files;", dict(sorted(c.items())))
print("lang", Counter(g["language"] for g in gold.values()), "auto", sum(g["auto_reply"] for g in gold.values()),
      "roles", Counter(g["sender_role"] for g in gold.values()))
allc = [(c, w) for g in gold.values() for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"])]
print("codes cited", len(allc), "damaged", sum(1 for c, w in allc if c != w))
