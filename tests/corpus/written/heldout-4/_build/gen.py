import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
random.seed(4)
from common import MAILS
import mails_a, mails_b, mails_c
from lib import build

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for f in os.listdir(OUT):
    if f.endswith(".eml"):
        os.remove(os.path.join(OUT, f))
gold = {}
for i, m in enumerate(MAILS, 1):
    num, rest = m["slug"].split("-", 1)
    assert int(num) == i, (num, i)
    fn = m["slug"] + ".eml"
    msg = build(m["spec"])
    data = msg.as_string()
    # single-part latin-1 8bit: encode whole file in that charset
    cs = m["spec"].get("charset", "utf-8")
    if m["spec"].get("cte", "8bit") == "8bit" and cs != "utf-8":
        raw = data.encode(cs)
    else:
        raw = data.encode("utf-8")
    open(os.path.join(OUT, fn), "wb").write(raw)
    gold[fn] = m["gold"]
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
print(len(gold), "mails")
