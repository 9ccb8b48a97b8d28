import email, json, os, re, html, glob, collections
from email import policy
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
unk = set(cat["unknown"])
files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(D, "*.eml")))
assert set(files) == set(gold), (set(files) ^ set(gold))
stats = collections.Counter()
sym = collections.Counter(); role = collections.Counter(); lang = collections.Counter()
ncodes = ndam = 0
schemes = collections.Counter()
errors = []
def texts(msg):
    out = [str(msg["subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            out.append(t)
            if ct == "text/html":
                out.append(html.unescape(re.sub(r"<[^>]+>", " ", t)))
        elif ct == "message/rfc822":
            pass
    # headers too (e.g. X-Course-Name)
    for k, v in msg.items():
        out.append(str(v))
    return "\n".join(out)
for fn in files:
    raw = open(os.path.join(D, fn), "rb").read()
    m = email.message_from_bytes(raw, policy=policy.default)
    m2 = email.message_from_bytes(raw)  # compat32 too
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if m[h] is None and not (h == "Message-ID" and m["Message-Id"]):
            errors.append((fn, "missing header " + h))
    if m.defects:
        errors.append((fn, "defects %r" % m.defects))
    T = texts(m)
    g = gold[fn]
    for w in g["apogee_codes_as_written"]:
        if w not in T:
            errors.append((fn, "as_written not found: " + w))
    for s in g["student_numbers"]:
        if not re.fullmatch(r"(19|2[0-6])\d{6}", s) or s not in T:
            errors.append((fn, "student number issue: " + s))
    for i in g["course_ids"]:
        if str(i) not in T:
            errors.append((fn, "course id not found %s" % i))
    for c in g["apogee_codes"]:
        if c not in known and c not in unk:
            errors.append((fn, "code not in catalogue: " + c))
        if c in known and c in unk:
            errors.append((fn, "code both known and unknown: " + c))
    # every 8-digit 19-26 number in text not in gold?
    found = set(re.findall(r"(?<![\d.])((?:19|2[0-6])\d{6})(?![\d])", T))
    extra = found - set(g["student_numbers"])
    if extra:
        stats["files_with_extra_8digit_lookalikes"] += 1
        print("  note:", fn, "8-digit look-alikes not gold:", sorted(extra))
    sym[g["symptom"]] += 1; role[g["sender_role"]] += 1; lang[g["language"]] += 1
    for s_ in g["schemes"]:
        schemes[s_] += 1
    cts = [p.get_content_type() for p in m.walk()]
    ctes = [str(p.get("Content-Transfer-Encoding", "")).lower() for p in m.walk()]
    css = [str(p.get_content_charset() or "").lower() for p in m.walk()]
    if "text/html" in cts or m.get_content_type().startswith("multipart"):
        stats["html_or_multipart"] += 1
    if "text/html" in cts and "text/plain" not in cts:
        stats["html_only"] += 1
    if any(c in ("quoted-printable", "base64") for c, ct in zip(ctes, cts) if ct.startswith("text/")):
        stats["qp_or_b64"] += 1
    if any(c in ("iso-8859-1", "windows-1252") for c in css):
        stats["latin1_cp1252"] += 1
    if any(p.get_content_disposition() == "attachment" for p in m.walk()):
        stats["attachments"] += 1
    subj = str(m["subject"])
    if re.match(r"(?i)(re|tr|fwd|fw)\s*:", subj) or m["In-Reply-To"] or "a écrit" in T or "Message transféré" in T or "Forwarded message" in T or "\nDe : " in T:
        stats["threads"] += 1
    if g["auto_reply"]:
        stats["auto"] += 1
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        pass
# damaged ratio: count (canon, written) pairs from sources
import sys
sys.path.insert(0, os.path.dirname(__file__))
import mails1, mails2, mails3, mails4, mails5
pairs = [p for mm in (mails1, mails2, mails3, mails4, mails5) for m in mm.MAILS for p in m["g"]["codes"]]
els = set(cat["elements"]) | {u for u in unk}
dam = [p for p in pairs if p[0] != p[1] and not (p[0] in set(cat["groups"]) and p[1] != p[0] and len(p[1]) <= 6 and p[0].endswith(p[1].replace(" ", "")[-3:]) )]
print("errors:", len(errors))
for e in errors:
    print("  ", e)
print("files", len(files)); print("stats", dict(stats))
print("symptoms", dict(sym)); print("roles", dict(role)); print("lang", dict(lang))
print("code mentions", len(pairs), "written != canonical", sum(1 for p in pairs if p[0] != p[1]), "damaged(non-shortname)", len(dam))
print("distinct canonical codes", len({p[0] for p in pairs}), "unknown", sorted(unk))
print("schemes", len(schemes)); [print("   ", k, v) for k, v in schemes.most_common()]
