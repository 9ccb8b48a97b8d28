"""Generate heldout-23: .eml files, gold.json, catalogue.json."""
import json, os, glob
import frame, mails_a, mails_b, mails_c, mails_d  # noqa: registering mails
from catalogue import CATALOGUE
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in glob.glob(os.path.join(OUT, "*.eml")):
    os.remove(f)
for name, msg in frame.MAILS:
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(msg.as_bytes())
json.dump(frame.GOLD, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
json.dump(CATALOGUE, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(frame.MAILS), "mails")
