"""Generate train-ae: catalogue.json, the .eml files and gold.json."""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
subprocess.run([sys.executable, os.path.join(HERE, "catalogue.py")], check=True)
import mailkit  # noqa: E402
import mails_a, mails_b, mails_c  # noqa: E402,F401

for f in os.listdir(OUT):
    if f.endswith(".eml"):
        os.remove(os.path.join(OUT, f))
gold = {}
for fn, msg, g in mailkit.MAILS:
    assert fn not in gold, fn
    with open(os.path.join(OUT, fn), "wb") as fh:
        fh.write(msg.as_bytes())
    gold[fn] = g
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(dict(sorted(gold.items())), fh, ensure_ascii=False, indent=1)
print(len(gold), "mails")
