import json, os, re, email, html, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json")))
files = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
stats = collections.Counter(); bad = 0
def text_of(msg):
    out = []
    for part in msg.walk():
        for h in ("Subject", "From", "To"):
            if part[h]: out.append(str(part[h]))
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            t = part.get_content()
            if ct == "text/html": t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct == "message/delivery-status":
            out.append(str(part.get_payload()))
    return "\n".join(out)
for f in files:
    raw = open(os.path.join(D, f), "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if not msg[h]: print(f, "missing", h); bad += 1
    t = text_of(msg); g = gold[f]
    for w in g["apogee_codes_as_written"]:
        if w not in t: print(f, "code not found", w); bad += 1
    flat = re.sub(r"[\s.\-]", "", t)
    for n in g["student_numbers"]:
        if n not in flat: print(f, "num not found", n); bad += 1
    for i in g["course_ids"]:
        if "id=%d" % i not in t: print(f, "id not found", i); bad += 1
    for n in re.findall(r"(?<!\d)(?:19|2[0-6])\d{6}(?!\d)", t):
        if n not in g["student_numbers"]: stats["near-miss 8d"] += 1
    ctypes = [p.get_content_type() for p in msg.walk()]
    ctes = [str(p.get("Content-Transfer-Encoding", "")).lower() for p in msg.walk()]
    css = [str(p.get_content_charset() or "").lower() for p in msg.walk()]
    if "text/html" in ctypes: stats["html"] += 1
    if "quoted-printable" in ctes: stats["qp"] += 1
    if "base64" in [c for c, ct in zip(ctes, ctypes) if ct.startswith("text/")]: stats["b64 text"] += 1
    if any(c in ("iso-8859-1", "windows-1252") for c in css): stats["latin"] += 1
    if "message/rfc822" in ctypes: stats["rfc822"] += 1
    if "image/png" in ctypes: stats["png"] += 1
    if re.search(r"(a écrit|wrote:|Message transféré|Message d'origine|Envoyé :|Message initial|^> )", t, re.M): stats["quoted"] += 1
    stats["sym:" + g["symptom"]] += 1; stats["role:" + g["sender_role"]] += 1
    if g["auto_reply"]: stats["auto"] += 1
    if g["language"] == "en": stats["en"] += 1
print(len(files), "files, problems:", bad)
for k in sorted(stats): print(" ", k, stats[k])
sch = collections.Counter(s for g in gold.values() for s in g["schemes"]); print(len(sch), "schemes")
w = sum(len(g["apogee_codes_as_written"]) for g in gold.values()); alt = sum(1 for g in gold.values() for x in g["apogee_codes_as_written"] if x not in g["apogee_codes"])
print("written", w, "altered", alt)
