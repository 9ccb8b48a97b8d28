import email, json, os, re, sys, html as H
from email import policy
from collections import Counter
sys.path.insert(0, os.path.dirname(__file__))
from schemes import SCHEMES, classify

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(OUT, "gold.json")))
cat = json.load(open(os.path.join(OUT, "catalogue.json")))
meta = json.load(open(os.path.join(os.path.dirname(__file__), "meta.json")))
allcodes = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
errs = []
forms = Counter()

def texts(msg, acc, depth=0):
    for k in ("Subject", "From", "To"):
        if msg[k]: acc.append(str(msg[k]))
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/"):
            try:
                t = part.get_content()
            except Exception as e:
                errs.append(("decode", ct, e)); t = ""
            if ct == "text/html":
                t2 = re.sub(r"<[^>]+>", " ", t)
                acc.append(H.unescape(t2))
            else:
                acc.append(t)
    # nested messages
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                texts(sub, acc, depth + 1)

def features(raw, msg):
    f = set()
    for part in msg.walk():
        ct = part.get_content_type()
        cte = str(part.get("Content-Transfer-Encoding", "")).lower()
        cs = (part.get_content_charset() or "").lower()
        if ct == "text/html": f.add("html")
        if ct == "multipart/alternative": f.add("alt")
        if ct.startswith("text/") and cte == "quoted-printable": f.add("qp")
        if ct.startswith("text/") and cte == "base64": f.add("b64")
        if cs in ("iso-8859-1", "windows-1252"): f.add("latin")
        if ct.startswith("image/"): f.add("image")
        if ct == "message/rfc822": f.add("rfc822")
    return f

for fn in files:
    raw = open(os.path.join(OUT, fn), "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[k] is None: errs.append((fn, "missing header", k))
    if msg.defects: errs.append((fn, "defects", msg.defects))
    acc = []
    texts(msg, acc)
    T = "\n".join(acc)
    g = gold[fn]
    for w in g["apogee_codes_as_written"]:
        if w not in T: errs.append((fn, "code not found as written", w))
    for c in g["apogee_codes"]:
        if c not in allcodes: errs.append((fn, "canonical not in catalogue", c))
    for n in g["student_numbers"]:
        assert re.fullmatch(r"(19|2[0-6])\d{6}", n), n
        pat = r"(?<!\d)" + r"[\s.\-]?".join(n) + r"(?!\d)"
        if not re.search(pat, T): errs.append((fn, "number not found", n))
    for i in g["course_ids"]:
        if not re.search(r"(course/view|user/index|enrol/users|course/edit)\.php\?id=%d(?!\d)" % i, T):
            errs.append((fn, "course id not found", i))
    # undeclared 8-digit student-like numbers
    for m in re.finditer(r"(?<![\d\w])((?:19|2[0-6])\d{6})(?![\d\w])", T):
        if m.group(1) not in g["student_numbers"]:
            errs.append((fn, "WARN undeclared 8-digit", m.group(1), T[max(0,m.start()-30):m.end()+10].replace("\n"," ")))
    # undeclared codes: any catalogue code present (case-insensitive, ignoring separators) but not in gold
    norm = lambda s: re.sub(r"[\s.\-_]", "", s.upper())
    NT = norm(T)
    gcanon = set(g["apogee_codes"])
    for c in allcodes:
        if c not in gcanon and len(c) >= 5:
            for mm in re.finditer(r"(?<![A-Z0-9])" + re.escape(c) + r"(?![A-Z0-9])", T.upper()):
                ctx = T.upper()[max(0, mm.start()-12):mm.end()+12]
                if any(gc in ctx and gc != c and c in gc for gc in gcanon):
                    continue
                errs.append((fn, "WARN undeclared code", c, ctx)); break
    f = features(raw, msg)
    fl = meta[fn]["flags"]
    if "quoted" in fl or re.search(r"^(> |>$)|a écrit :|wrote:|Message transféré|Forwarded message|^De : .*\n(Envoyé|Date)", T, re.M):
        f.add("quoted")
    if "fwd_attach" in fl: f.add("fwd_attach")
    if "longsig" in fl: f.add("longsig")
    for x in f: forms[x] += 1
    if "html" in f or "alt" in f: forms["html_or_alt"] += 1
for e in errs: print(e)
print(len(files), "files")
print("forms:", dict(forms))
print("symptoms:", Counter(g["symptom"] for g in gold.values()))
print("roles:", Counter(g["sender_role"] for g in gold.values()), "lang:", Counter(g["language"] for g in gold.values()),
      "auto:", sum(g["auto_reply"] for g in gold.values()))
sch = Counter(s for g in gold.values() for s in g["schemes"])
print("schemes used:", len(sch)); [print("  ", k, v) for k, v in sch.most_common()]
aw = [(c, w) for g in gold.values() for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"])]
