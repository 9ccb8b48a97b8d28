"""Validate gold.json / catalogue.json / .eml files of set train-w."""
import json, os, re, sys, glob, html
from email import policy
from email.parser import BytesParser

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYM = {"not_enrolled", "teacher_not_enrolled", "wrong_group", "course_not_on_dashboard",
       "students_cannot_see_course", "course_missing", "course_moved_renamed", "wrong_name",
       "cannot_login", "cas_unknown_destination", "database_error", "too_many_teachers",
       "participants_block_missing", "cohort_question", "other"}


def text_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_filename():
            continue
        t = part.get_content()
        if part.get_content_subtype() == "html":
            t = html.unescape(re.sub(r"<[^>]+>", " ", t))
        out.append(t)
    return "\n".join(out) + "\n" + str(msg.get("Subject", ""))


def main():
    gold = json.load(open(os.path.join(D, "gold.json")))
    cat = json.load(open(os.path.join(D, "catalogue.json")))
    known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
    allc = known | set(cat["unknown"])
    assert not (known & set(cat["unknown"])), "unknown overlaps known"
    for c in known:
        assert c in cat["labels"], c
    errs, warns = [], []
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(D, "*.eml")))
    if files != sorted(gold):
        errs.append("file names != gold keys")
    ncodes = ndam = nunk = 0
    unk_cited = set()
    for fn, g in gold.items():
        msg = BytesParser(policy=policy.default).parse(open(os.path.join(D, fn), "rb"))
        txt = text_of(msg)
        a, w = g["apogee_codes"], g["apogee_codes_as_written"]
        if len(a) != len(w):
            errs.append(f"{fn}: lengths differ")
            continue
        if len(set(a)) != len(a):
            errs.append(f"{fn}: duplicate codes")
        pos = []
        for c, s in zip(a, w):
            ncodes += 1
            if c not in allc:
                errs.append(f"{fn}: {c} not in catalogue")
            if c in cat["unknown"]:
                nunk += 1; unk_cited.add(c)
            if s not in txt:
                errs.append(f"{fn}: as-written {s!r} not in text")
            pos.append(txt.find(s))
            if s != c and re.fullmatch(r"[A-Za-z0-9.\- ]+", s) and any(ch.isdigit() for ch in s):
                ndam += 1
        if pos != sorted(pos):
            warns.append(f"{fn}: order? {list(zip(w, pos))}")
        for e in g["etapes_said"]:
            if e not in cat["etapes"]:
                errs.append(f"{fn}: etape {e} unknown")
            if e in a:
                errs.append(f"{fn}: etape {e} both said and cited")
        for n in g["student_numbers"]:
            if not re.fullmatch(r"\d{8}", n) or n not in txt + str(msg["From"]):
                errs.append(f"{fn}: student number {n}")
        for i in g["course_ids"]:
            if f"id={i}" not in txt and str(i) not in txt:
                errs.append(f"{fn}: course id {i}")
        if g["symptom"] not in SYM:
            errs.append(f"{fn}: symptom")
        if g["sender_role"] not in ("student", "staff", "unknown"):
            errs.append(f"{fn}: role")
    print("\n".join(warns))
    print("\n".join(errs) or "OK")
    print(f"mails={len(gold)} codes={ncodes} damaged~={ndam} unknown_cites={nunk} unknown_distinct={len(unk_cited)}"
          f" etapes_said_mails={sum(1 for g in gold.values() if g['etapes_said'])}"
          f" catalogue={len(allc)} roles={ {r: sum(1 for g in gold.values() if g['sender_role']==r) for r in ('staff','student','unknown')} }")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
