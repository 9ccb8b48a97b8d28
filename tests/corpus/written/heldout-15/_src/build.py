import sys, os, json, re
sys.path.insert(0, os.path.dirname(__file__))
from email.header import Header
import email, email.policy
import lib, cat
import mails_students, mails_staff, mails_other
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in os.listdir(OUT):
    if f.endswith(".eml"): os.remove(os.path.join(OUT, f))
gold = {}
from email.utils import parseaddr, formataddr
for fn, msg, g in lib.MAILS:
    for h in ("Subject", "From", "To"):
        v = msg[h]
        if any(ord(c) > 127 for c in v):
            del msg[h]
            if h == "Subject": msg[h] = Header(v, "utf-8")
            else:
                n, a = parseaddr(v); msg[h] = formataddr((str(Header(n, "utf-8").encode()), a)) if False else Header(n, "utf-8").encode() + " <" + a + ">"
    # student numbers from address
    a = parseaddr(str(msg["From"]))[1]
    if re.fullmatch(r"\d{8}@etu\.unicaen\.fr", a) and a[:8] not in g["student_numbers"]:
        g["student_numbers"].append(a[:8])
    open(os.path.join(OUT, fn), "wb").write(msg.as_bytes())
    assert fn not in gold; gold[fn] = g
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
c = cat.catalogue()
json.dump(c, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(gold), "mails;", {k: len(v) for k, v in c.items()})
