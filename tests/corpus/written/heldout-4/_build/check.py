import json, os, re, html, collections
from email import message_from_bytes, policy
from email.header import decode_header, make_header
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(OUT, "gold.json")))
cat = json.load(open(os.path.join(OUT, "catalogue.json")))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
stats = collections.Counter()
def texts(msg, acc):
    for k in ("Subject", "From"):
        if msg[k]: acc.append(str(msg[k]))
    for p in msg.walk():
        ct = p.get_content_type()
        if ct == "message/rfc822":
            continue
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            acc.append(t)
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            for sub in p.get_payload():
                texts(sub, acc)
errs = 0
for f in files:
    raw = open(os.path.join(OUT, f), "rb").read()
    msg = message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        assert msg[h] is not None, (f, h)
    acc = []
    texts(msg, acc)
    T = "\n".join(acc).replace("\xa0", " ")
    g = gold[f]
    for w in g["apogee_codes_as_written"]:
        if w not in T: print(f, "as_written missing", w); errs += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]: print(f, "code not in catalogue", c); errs += 1
    if len(g["apogee_codes"]) and not g["apogee_codes_as_written"]: print(f, "no as_written"); errs += 1
    for n in g["student_numbers"]:
        assert re.fullmatch(r"(19|2[0-6])\d{6}", n), n
        pat = r"(?<!\d)" + r"[ .]?".join(n) + r"(?!\d)"
        if not re.search(pat, T): print(f, "number missing", n); errs += 1
    for i in g["course_ids"]:
        if not re.search(r"ecampus\.unicaen\.fr/[^\s]*\?id=%d(?!\d)" % i, T): print(f, "course id missing", i); errs += 1
    # undeclared ecampus ids
    for m in re.finditer(r"ecampus\.unicaen\.fr/(course|user|enrol)[^\s]*\?id=(\d+)", T):
        if int(m.group(2)) not in g["course_ids"]: print(f, "undeclared course id", m.group(2)); errs += 1
    # undeclared 8-digit candidates (report only)
    for m in re.finditer(r"(?<![\d-])(19|2[0-6])\d{6}(?![\d])", T):
        if m.group(0) not in g["student_numbers"]:
            stats["near-miss"] += 1
            print("   note", f, "unlisted 8-digit:", m.group(0))
    ctes = {p.get("Content-Transfer-Encoding", "").lower() for p in msg.walk()}
    cts = {p.get_content_type() for p in msg.walk()}
    chs = {(p.get_content_charset() or "").lower() for p in msg.walk()}
    stats["qp"] += "quoted-printable" in ctes; stats["b64text"] += any(p.get_content_maintype()=="text" and p.get("Content-Transfer-Encoding","").lower()=="base64" for p in msg.walk())
    stats["html"] += "text/html" in cts; stats["rfc822"] += "message/rfc822" in cts; stats["png"] += "image/png" in cts
    stats["latin"] += bool(chs & {"iso-8859-1", "windows-1252"})
    stats["fwd/reply"] += bool(re.search(r"(a écrit :|Message d'origine|Message transféré|Forwarded message|^> |^De : )", T, re.M))
print("errors:", errs)
print(dict(stats))
print(collections.Counter(g["symptom"] for g in gold.values()))
print(collections.Counter(g["sender_role"] for g in gold.values()), collections.Counter(g["language"] for g in gold.values()), sum(g["auto_reply"] for g in gold.values()))
codes = sum(len(g["apogee_codes_as_written"]) for g in gold.values())
alt = sum(1 for g in gold.values() for w in g["apogee_codes_as_written"] if w not in g["apogee_codes"])
print("code citations", codes, "altered", alt)
