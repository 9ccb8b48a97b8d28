# Generator for writer BJ (train-aj): writes the .eml files, gold.json, catalogue.json
import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import MAILS
import mails1, mails2, mails3
from catalogue_def import catalogue
OUT = os.path.dirname(HERE)
for f in os.listdir(OUT):
    if f.endswith(".eml"):
        os.remove(os.path.join(OUT, f))
gold = {}
for fname, raw, g in MAILS:
    with open(os.path.join(OUT, fname), "wb") as fh:
        fh.write(raw)
    gold[fname] = g
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(gold, fh, ensure_ascii=False, indent=1)
with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as fh:
    json.dump(catalogue(), fh, ensure_ascii=False, indent=1)
print(len(MAILS), "mails written")
