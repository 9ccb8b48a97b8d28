"""Generate the train-ah folder: .eml files, gold.json, catalogue.json."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
import mails_a, mails_b  # noqa: F401  (each registers its mails)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in os.listdir(OUT):
    if f.endswith(".eml"):
        os.remove(os.path.join(OUT, f))
for name, data in lib.FILES.items():
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data)
with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as fh:
    json.dump(lib.GOLD, fh, ensure_ascii=False, indent=1, sort_keys=True)
with open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8") as fh:
    json.dump(lib.build_catalogue(), fh, ensure_ascii=False, indent=1)
print(len(lib.FILES), "mails written")
