"""Check heldout-25 gold against its mails and catalogue: python3 _src/check.py"""
import collections
import email
import html
import json
import os
import re
import sys
from email import policy

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYMPTOMS = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard",
            "students_cannot_see_course", "course_missing", "course_moved_renamed", "wrong_name",
            "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
            "participants_block_missing", "cohort_question", "other"}
KEYS = ["apogee_codes", "apogee_codes_as_written", "student_numbers", "course_ids", "symptom",
        "sender_role", "language", "auto_reply", "schemes", "etapes_said", "note"]

errors, warns = [], []
gold = json.load(open(os.path.join(OUT, "gold.json"), encoding="utf-8"))
cat = json.load(open(os.path.join(OUT, "catalogue.json"), encoding="utf-8"))
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
for c in cat["elements"] + cat["etapes"] + cat["groups"]:
    if c not in cat["labels"]:
        errors.append("no label for " + c)
if len(known) < 300:
    errors.append("catalogue too small")

emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
if sorted(gold) != emls:
    errors.append("gold keys != eml files: %s" % set(gold).symmetric_difference(emls))


def mail_text(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    parts = [str(msg["subject"] or "")]
    has_html = False
    for p in msg.walk():
        if p.get_content_maintype() == "text" and not p.get_filename():
            t = p.get_content()
            if p.get_content_subtype() == "html":
                has_html = True
                t = t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return msg, "\n".join(parts), has_html


stats = collections.Counter()
sym = collections.Counter()
schemes = collections.Counter()
for fn in emls:
    g = gold.get(fn)
    if g is None:
        continue
    if list(g) != KEYS:
        errors.append("%s: keys %s" % (fn, list(g)))
    try:
        msg, text, has_html = mail_text(os.path.join(OUT, fn))
    except Exception as e:  # noqa
        errors.append("%s: parse error %s" % (fn, e))
        continue
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errors.append("%s: missing %s" % (fn, h))
    if "2027" not in str(msg["date"]) or " Feb " not in str(msg["date"]):
        errors.append("%s: date %s" % (fn, msg["date"]))
    codes, written = g["apogee_codes"], g["apogee_codes_as_written"]
    if len(codes) != len(written):
        errors.append("%s: code lists differ in length" % fn)
    if len(set(codes)) != len(codes):
        errors.append("%s: duplicate code" % fn)
    last = -1
    for c, w in zip(codes, written):
        if c not in known:
            errors.append("%s: %s not in catalogue" % (fn, c))
        pos = text.find(w)
        if pos < 0:
            errors.append("%s: as-written %r not in text" % (fn, w))
        elif pos < last:
            warns.append("%s: %r (%s) first found before the previous code" % (fn, w, c))
        last = max(last, pos)
        if c in cat["unknown"] and w.upper() != c:
            errors.append("%s: unknown %s must be as written upper-cased (%r)" % (fn, c, w))
    for e in g["etapes_said"]:
        if e not in cat["etapes"]:
            errors.append("%s: etape said %s not an etape" % (fn, e))
        if e in codes:
            errors.append("%s: etape %s both said and cited" % (fn, e))
    for n in g["student_numbers"]:
        if not re.fullmatch(r"\d{8}", n) or n not in text and n not in str(msg["from"]):
            errors.append("%s: student number %s" % (fn, n))
    for i in g["course_ids"]:
        if not isinstance(i, int) or ("id=%d" % i) not in text:
            errors.append("%s: course id %s" % (fn, i))
    if g["symptom"] not in SYMPTOMS:
        errors.append("%s: symptom %s" % (fn, g["symptom"]))
    if g["sender_role"] not in ("student", "staff", "unknown"):
        errors.append("%s: role" % fn)
    if g["language"] not in ("fr", "en"):
        errors.append("%s: language" % fn)
    m = re.match(r"(\d+)@etu\.unicaen\.fr", str(msg["from"]).split("<")[-1])
    if m and m.group(1) not in g["student_numbers"]:
        errors.append("%s: sender's number missing" % fn)
    sym[g["symptom"]] += 1
    stats["codes"] += len(codes)
    stats["damaged_or_words"] += sum(1 for c, w in zip(codes, written) if c != w)
    stats["said"] += bool(g["etapes_said"])
    stats["en"] += g["language"] == "en"
    stats["html"] += has_html
    stats["auto"] += g["auto_reply"]
    stats[g["sender_role"]] += 1
    stats["unknown_codes"] += sum(1 for c in codes if c in cat["unknown"])
    for s in g["schemes"]:
        schemes[s] += 1

print("mails", len(emls), dict(stats))
print("symptoms", dict(sym))
print("schemes", len(schemes), "invented", sum(1 for s in schemes if "invented" in s))
for s, n in schemes.most_common():
    print("   %3d %s" % (n, s))
for s in SYMPTOMS:
    if sym[s] < 3:
        errors.append("symptom %s only %d" % (s, sym[s]))
need = dict(codes=150, said=30, en=12, html=12)
for k, v in need.items():
    if stats[k] < v:
        errors.append("%s: %d < %d" % (k, stats[k], v))
if len(schemes) < 15 or sum(1 for s in schemes if "invented" in s) < 10:
    errors.append("not enough schemes")
for w in warns:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
