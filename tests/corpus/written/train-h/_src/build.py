import sys, os, glob, json, random, re
sys.path.insert(0, os.path.dirname(__file__))
import lib
for f in glob.glob(os.path.join(lib.OUT, "*.eml")): os.remove(f)
for f in ['mails1.py','mails2.py','mails3.py','mails4.py','mails5.py']:
    exec(open(os.path.join(os.path.dirname(__file__), f)).read(), {})
R = random.Random(12345)
el, et, gp = set(), set(), set()
L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def pick(n, f):
    s = set()
    while len(s) < n: s.add(f())
    return s
# siblings, scheme by scheme
el |= pick(120, lambda: "H" + R.choice(["PSY","HIS","SOC","GEO","LET","PHI","ANG","ESP","ARC","MUS"]) + str(R.randint(1,3)) + f"{R.randint(1,20):02d}")
el |= pick(60, lambda: f"M.{R.randint(1,2)}{R.choice(['ENV','DRI','DPR','DAF','NOT','SOC'])}{R.randint(1,9)}{R.choice('ABCD')}")
el |= pick(50, lambda: f"{R.randint(1,2)}{R.choice(['PE','SD','EE','CP'])}{R.randint(100,160)}")
el |= pick(80, lambda: f"D{R.randint(1,3)}.{R.choice(['CIV','PEN','CON','ADM','HIS','FIS','TRA','AFF','EUR','INT'])}{R.randint(1,4)}")
el |= pick(150, lambda: f"{R.choice(['INF','MAT','PHY','CHI','BIO','GEO','STU'])}{R.randint(1,3)}-{R.choice('ABC')}{R.randint(1,15):02d}")
el |= pick(90, lambda: f"{R.choice(['GEA','TC','GIM','INFO','MMI'])}{R.choice('RS')}{R.randint(1,6)}{R.randint(1,12):02d}")
el |= pick(70, lambda: f"{R.choice(['PH','MD','OD','MA'])}{R.randint(1,6)}-UE{R.randint(1,18):02d}")
el |= pick(50, lambda: f"I{R.choice(['MK','FI','RH','CG','SI','AE'])}.{R.randint(1,4)}{R.randint(0,1)}{R.randint(0,9)}")
el |= pick(50, lambda: f"YST{R.randint(1,3)}{R.randint(1,6)}{R.choice('ABCDEKM')}")
el |= pick(30, lambda: f"EX{R.randint(1,3)}-{R.choice(['MECA','ELEC','AUTO','ROBO','INFO','MATH','PHYS','ENER','MATX','ANGL','GEST','PROJ'])}")
et |= pick(40, lambda: f"{R.choice('LLLM')}{R.randint(1,3) if True else 1}{R.choice(['INF','BIO','MAT','PHY','CHI','MPC','PSY','SOC','HIS','GEO','LET'])}")
et = {e for e in et if not (e[0]=="M" and e[1]=="3")}
et |= pick(40, lambda: f"{R.randint(1,6)}{R.choice(['DRO','GEA','TCO','INF','MMI','GIM','STA','PHA','MED','ODO','IAE'])}{R.randint(1,3):02d}")
gp |= pick(60, lambda: f"{R.choice(['L1INF','L2BIO','L3MAT','L1MPC','L2SOC','L3PSY','L1PHY'])}-{R.choice(['TD','TD','TP'])}{R.randint(1,8)}")
gp |= pick(20, lambda: f"{R.randint(1,3)}DRO01-TD{R.randint(1,9)}")
gp |= pick(50, lambda: f"{R.choice(['GEA','TC','INFO','MMI','GIM'])}{R.randint(1,3)}-{R.choice(['TD','TP'])}{R.randint(1,4)}{R.choice(['','A','B'])}")
gp |= pick(30, lambda: f"{R.choice(['PH','MD','OD'])}{R.randint(1,6)}G{R.randint(1,12):02d}")
for c in lib.CITED:
    {"elements": el, "etapes": et, "groups": gp}[lib.kind_of(c)].add(c)
for u in lib.UNKNOWN:
    el.discard(u); et.discard(u); gp.discard(u)
cat = {"elements": sorted(el), "etapes": sorted(et), "groups": sorted(gp), "unknown": sorted(lib.UNKNOWN)}
json.dump(cat, open(os.path.join(lib.OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
json.dump(dict(sorted(lib.GOLD.items())), open(os.path.join(lib.OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
print(len(lib.GOLD), {k: len(v) for k, v in cat.items()})
