"""Writes the .eml files, gold.json and catalogue.json of train-af."""
import json, os
import catalogue_build
from mailkit import build
import mails_b  # noqa: F401  (registers 036-070)
from mails_a import MAILS

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def main():
    with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as f:
        json.dump(catalogue_build.out, f, ensure_ascii=False, indent=1)
    golds = {}
    for fname, kw, g in MAILS:
        msg = build(fname, **kw)
        with open(os.path.join(OUT, fname), "wb") as f:
            f.write(msg.as_bytes())
        golds[fname] = g
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(golds, f, ensure_ascii=False, indent=1)
    print(len(golds), "mails")


if __name__ == "__main__":
    main()
