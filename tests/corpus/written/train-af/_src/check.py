"""Validates train-af: gold vs catalogue vs the .eml files."""
import json, os, re, sys
from email import policy
from email.parser import BytesParser

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SYMS = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard", "students_cannot_see_course",
        "course_missing", "course_moved_renamed", "wrong_name", "cannot_login", "cas_unknown_destination",
        "database_error", "too_many_teachers", "participants_block_missing", "cohort_question", "other"}
KEYS = {"apogee_codes", "apogee_codes_as_written", "student_numbers", "course_ids", "symptom", "sender_role",
        "language", "auto_reply", "schemes", "etapes_said", "note"}


def text_of(msg):
    parts = [str(msg.get("Subject", ""))]
    for p in msg.walk():
        if p.get_content_maintype() == "text" and not p.get_filename():
            parts.append(p.get_content())
    return "\n".join(parts)


def main():
    cat = json.load(open(os.path.join(D, "catalogue.json"), encoding="utf-8"))
    gold = json.load(open(os.path.join(D, "gold.json"), encoding="utf-8"))
    known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]) | set(cat["unknown"])
    errs = []
    emls = sorted(f for f in os.listdir(D) if f.endswith(".eml"))
    if emls != sorted(gold):
        errs.append("file names differ from gold keys: %s" % set(emls) ^ set(gold))
    for c in set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"]):
        if c not in cat["labels"]:
            errs.append("no label for " + c)
    schemes = set()
    for f, g in gold.items():
        if set(g) != KEYS:
            errs.append("%s: keys %s" % (f, set(g) ^ KEYS))
        if len(g["apogee_codes"]) != len(g["apogee_codes_as_written"]):
            errs.append(f + ": code lists differ in length")
        for c in g["apogee_codes"]:
            if c not in known:
                errs.append("%s: %s not in catalogue" % (f, c))
        for e in g["etapes_said"]:
            if e not in cat["etapes"]:
                errs.append("%s: etape %s unknown" % (f, e))
            if e in g["apogee_codes"]:
                errs.append("%s: etape %s both said and cited" % (f, e))
        if g["symptom"] not in SYMS or g["sender_role"] not in ("student", "staff", "unknown") \
                or g["language"] not in ("fr", "en") or not isinstance(g["auto_reply"], bool):
            errs.append(f + ": bad enum")
        if not all(re.fullmatch(r"\d{8}", n) for n in g["student_numbers"]):
            errs.append(f + ": bad student number")
        if not all(isinstance(i, int) for i in g["course_ids"]):
            errs.append(f + ": course ids must be ints")
        schemes.update(g["schemes"])
        msg = BytesParser(policy=policy.default).parsebytes(open(os.path.join(D, f), "rb").read())
        txt = text_of(msg)
        for w in g["apogee_codes_as_written"]:
            if w not in txt:
                errs.append("%s: as-written %r not in text" % (f, w))
        for n in g["student_numbers"]:
            if n not in txt and n not in str(msg["From"]):
                errs.append("%s: number %s not in mail" % (f, n))
        for i in g["course_ids"]:
            if "id=%d" % i not in txt:
                errs.append("%s: course id %d not in text" % (f, i))
        for m in re.findall(r"id=(\d+)", txt):
            if int(m) not in g["course_ids"]:
                errs.append("%s: link id %s not in gold" % (f, m))
    for e in errs:
        print("ERR", e)
    inv = [s for s in schemes if "(invented)" in s]
    print("%d mails, %d schemes (%d invented), %d with etapes_said, %d en, %d with html, %d errors" % (
        len(gold), len(schemes), len(inv), sum(1 for g in gold.values() if g["etapes_said"]),
        sum(1 for g in gold.values() if g["language"] == "en"),
        sum(1 for f in emls if b"text/html" in open(os.path.join(D, f), "rb").read()), len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
