"""Build heldout-25: python3 _src/build.py (from anywhere)."""
import json
import os
import sys
from email.generator import BytesGenerator
import io

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import catalogue as cat  # noqa: E402
import mk  # noqa: E402
import importlib  # noqa: E402

for modname in ("mails_a", "mails_b", "mails_c", "mails_d"):
    if os.path.exists(os.path.join(HERE, modname + ".py")):
        importlib.import_module(modname)

UNK_SCHEME = {"HIS": cat.S_HIS, "GEA": cat.S_GEA, "INF": cat.S_INF, "PSY": cat.S_PSY, "2CA": cat.S_INSPE,
              "DR2": cat.S_DRT, "ST4": cat.S_STA, "BIO": cat.S_BIO}


def scheme_of(code):
    if code in cat.SCHEMES:
        return cat.SCHEMES[code]
    return UNK_SCHEME[code[:3]]


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    gold = {}
    seen = set()
    for m in sorted(mk.MAILS, key=lambda x: x["n"]):
        assert m["n"] not in seen, m["n"]
        seen.add(m["n"])
        msg = mk.build(m)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False).flatten(msg)
        fn = mk.fname(m)
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(buf.getvalue())
        schemes = []
        for c, _ in m["codes"]:
            s = scheme_of(c)
            if s not in schemes:
                schemes.append(s)
        gold[fn] = {
            "apogee_codes": [c for c, _ in m["codes"]],
            "apogee_codes_as_written": [w for _, w in m["codes"]],
            "student_numbers": m["nums"],
            "course_ids": m["ids"],
            "symptom": m["sym"],
            "sender_role": m["role"],
            "language": m["lang"],
            "auto_reply": m["auto"],
            "schemes": schemes,
            "etapes_said": m["said"],
            "note": m["note"],
        }
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as fh:
        json.dump(cat.catalogue(), fh, ensure_ascii=False, indent=1)
    print("wrote", len(gold), "mails")


if __name__ == "__main__":
    main()
