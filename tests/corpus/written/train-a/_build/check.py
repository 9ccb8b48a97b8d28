#!/usr/bin/env python3
"""Check training set A: parsing, gold presence, catalogue coverage, stray numbers/codes."""
import collections, email, glob, html, json, os, re, sys
from email import policy
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
SYMPTOMS = {"wrong_name", "cannot_login", "course_moved_renamed", "course_missing", "course_not_on_dashboard",
            "students_cannot_see_course", "not_enrolled", "teacher_not_enrolled", "wrong_group",
            "participants_block_missing", "cas_unknown_destination", "database_error", "too_many_teachers",
            "cohort_question", "other"}

def strip_html(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))

def texts(msg):
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        if part.get_content_maintype() == "text" or ct in ("message/delivery-status",):
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("latin-1")
            if not isinstance(t, str):
                t = str(t)
            out.append(strip_html(t) + "\n" + " ".join(re.findall(r'href="([^"]+)"', t)) if ct == "text/html" else t)
    return "\n".join(out).replace("\xa0", " ")

gold = json.load(open(os.path.join(OUT, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(OUT, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
unknown = set(cat["unknown"])
files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(OUT, "*.eml")))
errs = []
assert set(files) == set(gold), (set(files) ^ set(gold))
sym = collections.Counter(); auto = 0; langs = collections.Counter(); roles = collections.Counter()
n_written = n_altered = 0; schemes = collections.Counter(); with_png = 0; ctypes = collections.Counter()
charsets = collections.Counter()
for f in files:
    raw = open(os.path.join(OUT, f), "rb").read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    for k in ("From", "To", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        if msg[k] is None and not (k == "Subject"):
            errs.append(f"{f}: missing {k}")
    if msg.defects:
        errs.append(f"{f}: defects {msg.defects}")
    for p in msg.walk():
        if p.defects:
            errs.append(f"{f}: part defects {p.defects}")
        ctypes[p.get_content_type()] += 1
        if p.get_content_charset():
            charsets[p.get_content_charset()] += 1
    txt = texts(msg)
    g = gold[f]
    if g["symptom"] not in SYMPTOMS: errs.append(f"{f}: bad symptom")
    if g["sender_role"] not in ("student", "staff", "unknown"): errs.append(f"{f}: bad role")
    if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]): errs.append(f"{f}: code lists differ")
    if len(set(g["apogee_codes"])) != len(g["apogee_codes"]): errs.append(f"{f}: dup codes")
    for c, w in zip(g["apogee_codes"], g["apogee_codes_as_written"]):
        n_written += 1
        if w not in txt: errs.append(f"{f}: written code {w!r} not in mail")
        core = re.sub(r"^\(([^)]*)\).*", r"\1", w)
        if core != c:
            n_altered += 1
        if c not in known and c not in unknown: errs.append(f"{f}: code {c} not in catalogue")
    for n in g["student_numbers"]:
        if not re.fullmatch(r"(19|2[0-6])\d{6}", n): errs.append(f"{f}: bad number {n}")
        if not re.search(r"(?<!\d)" + r"\s?".join(n) + r"(?!\d)", txt): errs.append(f"{f}: number {n} not in mail")
    for i in g["course_ids"]:
        if not re.search(rf"id=\s?{i}\b|\bid {i}\b|\b{i}\b", txt): errs.append(f"{f}: id {i} not in mail")
    # stray 8-digit candidates not in gold
    for m in re.findall(r"(?<![\d@.])(?:19|2[0-6])\d{6}(?![\d@])", txt):
        if m not in g["student_numbers"]:
            print(f"  note {f}: 8-digit {m} not in gold")
    # catalogue codes present in text but not in gold
    for tok in set(re.findall(r"[A-Za-z0-9][A-Za-z0-9._-]{3,14}", txt)):
        if tok in known and tok not in g["apogee_codes"] and tok not in g["apogee_codes_as_written"]:
            print(f"  note {f}: catalogue code {tok} in text, not in gold")
    sym[g["symptom"]] += 1; auto += g["auto_reply"]; langs[g["language"]] += 1; roles[g["sender_role"]] += 1
    for s in g["schemes"]: schemes[s] += 1
    if "image/png" in raw.decode("latin-1"): with_png += 1
print("errors:", len(errs)); print("\n".join(errs))
print("files", len(files), "auto", auto, dict(langs), dict(roles))
print("symptoms", dict(sorted(sym.items(), key=lambda x: -x[1])))
print(f"codes cited {n_written}, altered {n_altered} ({100*n_altered/n_written:.0f}%)")
print("schemes", dict(schemes)); print("png", with_png); print(dict(ctypes)); print(dict(charsets))
