import email, json, os, re, glob, collections
from email import policy
from email.header import decode_header, make_header
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
cat = json.load(open(os.path.join(D, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(D, "*.eml")))
assert set(files) == set(gold), (set(files) ^ set(gold))
stats = collections.Counter(); sym = collections.Counter(); role = collections.Counter(); schemes = collections.Counter()
errors = []
def hdrs(msg):
    out = []
    for k, v in msg.items():
        try: out.append("%s: %s" % (k, str(make_header(decode_header(v)))))
        except Exception: out.append("%s: %s" % (k, v))
    return "\n".join(out)
def walk(msg, acc, st):
    acc.append(hdrs(msg))
    ct = msg.get_content_type()
    cte = (msg.get("Content-Transfer-Encoding") or "").lower()
    if cte in ("quoted-printable", "base64") and msg.get_content_maintype() == "text": st.add("qp/b64")
    cs = msg.get_content_charset()
    if cs in ("iso-8859-1", "windows-1252", "iso-8859-15"): st.add("latin")
    if ct == "text/html": st.add("html")
    if msg.is_multipart():
        st.add("multipart")
        for p in msg.get_payload(): walk(p, acc, st)
    elif ct == "message/rfc822":
        for p in msg.get_payload(): walk(p, acc, st)
    elif msg.get_content_maintype() == "text":
        acc.append(msg.get_payload(decode=True).decode(cs or "us-ascii"))
for f in files:
    raw = open(os.path.join(D, f), "rb").read()
    msg = email.message_from_bytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if not msg.get(h): errors.append((f, "missing header " + h))
    acc, st = [], set()
    walk(msg, acc, st)
    txt = "\n".join(acc)
    g = gold[f]
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): errors.append((f, "len mismatch"))
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]): errors.append((f, "dup canonical"))
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        if w not in txt: errors.append((f, "as_written not found: " + w))
        if c not in known and c not in cat["unknown"]: errors.append((f, "canonical not in catalogue: " + c))
    for n in g["student_numbers"]:
        if n not in txt: errors.append((f, "num not found " + n))
    for i in g["course_ids"]:
        if str(i) not in txt: errors.append((f, "id not found %s" % i))
    # review: 8-digit numbers not in gold
    for n in set(re.findall(r"(?<![\d\w])((?:19|2[0-6])\d{6})(?![\d])", txt)):
        if n not in g["student_numbers"]: print("  note %s: 8-digit not gold: %s" % (f, n))
    for n in set(re.findall(r"id=(\d+)", txt)):
        if int(n) not in g["course_ids"]: errors.append((f, "id link not in gold " + n))
    if re.search(r"^(> |Le .* a écrit|De : |-+ ?(Message|Forwarded|Original)|-----Message d'origine|From: .*\nDate:|De :)", txt, re.M) or msg.get("In-Reply-To") or "message/rfc822" in raw.decode("latin-1"):
        st.add("thread")
    for s in st: stats[s] += 1
    if "html" in st or "multipart" in st: stats["html_or_multipart"] += 1
    sym[g["symptom"]] += 1; role[g["sender_role"]] += 1
    for s in g["schemes"]: schemes[s] += 1
print("errors:", len(errors))
for e in errors: print(" ", e)
print("forms:", dict(stats))
print("symptoms:", dict(sorted(sym.items(), key=lambda x: -x[1])))
print("roles:", dict(role), "lang:", collections.Counter(g["language"] for g in gold.values()), "auto:", sum(g["auto_reply"] for g in gold.values()))
print("schemes (%d):" % len(schemes), dict(schemes))
allc = [(c, w) for g in gold.values() for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"])]
dam = [x for x in allc if x[0] != x[1]]
print("codes cited: %d, written differently: %d (%.0f%%)" % (len(allc), len(dam), 100 * len(dam) / len(allc)))
