import email, json, os, re, html, sys
from email import policy
from email.header import decode_header, make_header
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(gold), (set(files) ^ set(gold))
SYMS = {"wrong_name","cannot_login","course_moved_renamed","course_missing","course_not_on_dashboard","students_cannot_see_course","not_enrolled","teacher_not_enrolled","wrong_group","participants_block_missing","cas_unknown_destination","database_error","too_many_teachers","cohort_question","other"}
errs = 0
def text_of(msg):
    out = []
    for h in ("From", "To", "Cc", "Subject"):
        v = msg.get(h)
        if v: out.append(str(v))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            t = part.get_content()
            if ct == "text/html":
                hrefs = " ".join(re.findall(r'href="([^"]+)"', t))
                t = re.sub(r"<[^>]+>", " ", t)
                t = html.unescape(t) + " " + hrefs
            out.append(t)
        elif ct == "message/delivery-status":
            pass
    return "\n".join(out)
stray = {}
for f in files:
    raw = open(os.path.join(D, f), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    m2 = email.message_from_bytes(raw)  # compat32 too
    for h in ("From", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
        if not m.get(h):
            print(f, "missing header", h); errs += 1
    if m.defects:
        print(f, "defects", m.defects)
    t = text_of(m)
    g = gold[f]
    if g["symptom"] not in SYMS: print(f, "bad symptom"); errs += 1
    for w in g["apogee_codes_as_written"]:
        if w not in t: print(f, "as_written not found:", w); errs += 1
    if len(g["apogee_codes"]) > len(g["apogee_codes_as_written"]) + 5: pass
    norm = re.sub(r"(?<=\d)[ .\-](?=\d)", "", t)
    for n in g["student_numbers"]:
        if not re.fullmatch(r"(19|2[0-6])\d{6}", n): print(f, "bad num", n); errs += 1
        if not re.search(r"(?<!\d)%s(?!\d)" % n, norm): print(f, "num not found", n); errs += 1
    for i in g["course_ids"]:
        if not re.search(r"(?<!\d)%d(?!\d)" % i, t): print(f, "id not found", i); errs += 1
    # ids in course links not in gold
    for mm in re.finditer(r"ecampus\.unicaen\.fr/(course/view|user/index|enrol/users|course/edit)\.php\?id=(\d+)", t):
        if int(mm.group(2)) not in g["course_ids"]: print(f, "link id not in gold", mm.group(2)); errs += 1
    # 8-digit candidates not in gold (review)
    c = set(re.findall(r"(?<![\d\w])((?:19|2[0-6])\d{6})(?![\d\w])", t)) | set(re.findall(r"(?<![\d\w])((?:19|2[0-6])\d{6})(?![\d\w])", norm))
    extra = sorted(c - set(g["student_numbers"]))
    if extra: stray[f] = extra
print("errors:", errs)
print("8-digit candidates not in gold (should be look-alikes):")
for k, v in stray.items(): print(" ", k, v)
from collections import Counter
print(Counter(g["symptom"] for g in gold.values()))
print("lang", Counter(g["language"] for g in gold.values()), "auto", sum(g["auto_reply"] for g in gold.values()))
print("roles", Counter(g["sender_role"] for g in gold.values()))
sch = Counter(s for g in gold.values() for s in g["schemes"])
print(len(sch), "schemes"); [print("  ", v, k) for k, v in sch.most_common()]
