import json, glob, os, email, html, re
from email import policy
from email.header import decode_header, make_header
OUT = "/work/blind/train-h"
gold = json.load(open(f"{OUT}/gold.json")); cat = json.load(open(f"{OUT}/catalogue.json"))
files = sorted(os.path.basename(f) for f in glob.glob(f"{OUT}/*.eml"))
assert set(files) == set(gold), set(files) ^ set(gold)
known = set(cat["elements"]) | set(cat["etapes"]) | set(cat["groups"])
bad = 0
for fn in files:
    m = email.message_from_bytes(open(f"{OUT}/{fn}", "rb").read(), policy=policy.default)
    parts = [str(m["Subject"]), str(m["From"]), str(m["To"])]
    for p in m.walk():
        fnm = p.get_filename()
        if fnm: parts.append(fnm)
        if p.get_content_maintype() == "text" and not fnm:
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = t + "\n" + html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    text = "\n".join(parts)
    g = gold[fn]
    for w in g["apogee_codes_as_written"]:
        if w not in text: print(fn, "as_written missing:", w); bad += 1
    for n in g["student_numbers"]:
        if n not in text: print(fn, "number missing:", n); bad += 1
    for i in g["course_ids"]:
        if str(i) not in text: print(fn, "id missing", i); bad += 1
    for c in g["apogee_codes"]:
        if c not in known and c not in cat["unknown"]: print(fn, "code not in catalogue:", c); bad += 1
    if len(g["apogee_codes"]) > len(g["apogee_codes_as_written"]) : pass
print("files", len(files), "problems", bad)
