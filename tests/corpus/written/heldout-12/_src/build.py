import json, os, sys, re, html as H
sys.path.insert(0, os.path.dirname(__file__))
import lib
from mails3 import MAILS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cat = lib.catalogue()
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
cited_unknown = set()
missing = []
for m in MAILS:
    for c in m["gold"]["apogee_codes"]:
        if c in lib.UNKNOWN:
            cited_unknown.add(c)
        elif c not in known:
            missing.append((m["fn"], c))
if missing:
    print("MISSING", missing); sys.exit(1)
cat["unknown"] = sorted(cited_unknown)
gold = {}
for i, m in enumerate(MAILS):
    msg = lib.build(m["frm"], m["subj"], lib.rdate(i), m["body"], m["form"], m["html"], m["atts"], m["extra"])
    with open(os.path.join(OUT, m["fn"]), "wb") as f:
        f.write(msg.as_bytes())
    gold[m["fn"]] = m["gold"]
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(gold), "mails", len(cat["elements"]), len(cat["etapes"]), len(cat["groups"]), "unknown", cat["unknown"])
