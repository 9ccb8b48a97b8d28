import json, os, sys, base64, random
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from email import policy
from datetime import datetime, timedelta, timezone
sys.path.insert(0, os.path.dirname(__file__))
import catalogue_def
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = dict(DR="droit DRyMATs (invented)", GEA="IUT GEA GEAsRnn (invented)", PSY="psycho PSY-ykn (invented)",
         HIS="histoire HyHISkn (invented)", MF="INSPE MEEF MFyDknn (invented)", LEA="LEA LE.yLNGn (invented)",
         INF="info INF-yHnn (invented)", DU="DU FOAD DUCG-Mn (invented)", RCA="RCAEDnnn (FAQ)",
         MHR="master M.1HRPnC (FAQ)", AN="anglais AN-ynS (FAQ)", CA="INSPE pCAnnn (FAQ)")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
import glob
for _f in glob.glob(os.path.join(OUT, "*.eml")): os.remove(_f)
MAILS = []
gold = {}
t0 = datetime(2026, 9, 7, 8, 12, tzinfo=timezone(timedelta(hours=2)))
def M(slug, frm, subj, body, sym, role, codes=(), nums=(), ids=(), lang="fr", etp=(), sch=(), note="",
      html=None, htmlonly=False, cs="utf-8", cte=None, att=None, auto=False, irt=None, to="cemu.assistance@unicaen.fr"):
    n = len(MAILS) + 1
    fn = f"{n:03d}-{slug}.eml"
    m = EmailMessage(policy=policy.default)
    m["From"] = frm; m["To"] = to; m["Subject"] = subj
    m["Date"] = format_datetime(t0 + timedelta(days=n, hours=(n * 7) % 9, minutes=(n * 13) % 60))
    m["Message-ID"] = f"<{n:03d}.{slug}.{1700+n}@{'etu.' if 'etu' in frm else ''}unicaen.fr>"
    if irt: m["In-Reply-To"] = irt; m["References"] = irt
    if auto: m["Auto-Submitted"] = "auto-replied"
    if htmlonly:
        m.set_content(html, subtype="html", charset=cs, cte=cte)
    else:
        m.set_content(body, charset=cs, cte=cte)
        if html: m.add_alternative(html, subtype="html", charset=cs)
    if att:
        m.add_attachment(PNG, maintype="image", subtype="png", filename=att)
    MAILS.append((fn, m))
    gold[fn] = {"apogee_codes": [c for c, w in codes], "apogee_codes_as_written": [w for c, w in codes],
                "student_numbers": list(nums), "course_ids": list(ids), "symptom": sym, "sender_role": role,
                "language": lang, "auto_reply": auto, "schemes": list(sch), "etapes_said": list(etp), "note": note}
exec(open(os.path.join(os.path.dirname(__file__), "mails.py"), encoding="utf-8").read())
for fn, m in MAILS:
    with open(os.path.join(OUT, fn), "wb") as f: f.write(m.as_bytes())
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(catalogue_def.build(), open(os.path.join(OUT, "catalogue.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(MAILS))
