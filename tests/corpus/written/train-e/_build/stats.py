import json, re, os, email
from email import policy
from collections import Counter
D="/work/blind/train-e"
g=json.load(open(f"{D}/gold.json"))
tot=dam=ver=0; dmg=[]
schemes=Counter(); lang=Counter(); roles=Counter(); auto=0
for f,x in g.items():
    for c,w in zip(x["apogee_codes"],x["apogee_codes_as_written"]):
        tot+=1
        if w==c: continue
        if w==c+"-101" or w==c+"-102": ver+=1; continue
        dam+=1; dmg.append((f[:3],c,w))
    for s in x["schemes"]: schemes[s]+=1
    lang[x["language"]]+=1; roles[x["sender_role"]]+=1; auto+=x["auto_reply"]
print("codes",tot,"damaged",dam,f"{dam/tot:.0%}","version-written",ver)
print(dmg)
print(lang, roles, "auto", auto)
print(len(schemes), sorted(schemes.items()))
fm=Counter(); cs=Counter(); cte=Counter()
for f in sorted(x for x in os.listdir(D) if x.endswith(".eml")):
    m=email.message_from_bytes(open(f"{D}/{f}","rb").read(),policy=policy.default)
    fm[m.get_content_type()]+=1
    for p in m.walk():
        if p.get_content_maintype()=="text":
            cs[p.get_content_charset()]+=1; cte[p.get("Content-Transfer-Encoding")]+=1
print(fm); print(cs); print(cte)
sn=sum(len(x["student_numbers"]) for x in g.values()); print("student numbers",sn, "mails with sn", sum(1 for x in g.values() if x["student_numbers"]))
print("course ids", sum(len(x["course_ids"]) for x in g.values()))
print("no code", sum(1 for x in g.values() if not x["apogee_codes"]))
