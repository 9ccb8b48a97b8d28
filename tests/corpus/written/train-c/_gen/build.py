import json, random, os, sys, re
sys.path.insert(0, os.path.dirname(__file__))
from lib import MAILS
import m_students1, m_students2, m_staff1, m_staff2, m_other, m_auto
from schemes import classify, catalogue
from email.generator import BytesGenerator
from io import BytesIO

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UNKNOWN = {"M.1PSY3B", "AP2ATL2", "SPHY311", "AN-21C", "AEL3CPT1", "AEL3STR1", "AEL3ECO2", "X5.AGR01"}

def main():
    assert len(MAILS) == len({m.key for m in MAILS}), "dup keys"
    order = list(MAILS)
    random.Random(7).shuffle(order)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    gold, cited = {}, []
    for i, m in enumerate(order, 1):
        fn = f"{i:03d}-{m.slug}.eml"
        msg = m.build()
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False).flatten(msg)
        open(os.path.join(OUT, fn), "wb").write(buf.getvalue())
        g = m.gold
        canon, written = [], []
        for c, w in g["codes"]:
            if c not in canon: canon.append(c)
            if w not in written: written.append(w)
        schemes = []
        for c in canon:
            h = classify(c)
            assert len(h) == 1, (m.key, c, h)
            if h[0][0] not in schemes: schemes.append(h[0][0])
        cited += canon
        gold[fn] = {"apogee_codes": canon, "apogee_codes_as_written": written,
                    "student_numbers": g["nums"], "course_ids": g["ids"], "symptom": g["sym"],
                    "sender_role": g["role"], "language": g["lang"], "auto_reply": g["auto"],
                    "schemes": schemes, "note": g["note"]}
        m.filename = fn
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    cat = catalogue(set(cited), UNKNOWN)
    json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
    meta = {m.filename: {"key": m.key, "flags": list(m.flags)} for m in order}
    json.dump(meta, open(os.path.join(os.path.dirname(__file__), "meta.json"), "w"), indent=1)
    print(len(order), "mails;", {k: len(v) for k, v in cat.items()})

main()
