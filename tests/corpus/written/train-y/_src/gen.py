#!/usr/bin/env python3
"""Generate train-y: .eml files, gold.json, catalogue.json from mails*.py specs and catalogue.py."""
import json, os, re, random, base64
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timedelta, timezone
import catalogue as C
import mails1, mails2, mails3  # noqa: registers all mails
MAILS = mails1.MAILS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MK = re.compile(r"⟦([^|⟧]+)(?:\|([^⟧]+))?⟧")
NUM = re.compile(r"⟪(\d{8})⟫")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
ATT = {"etu-gea-lisieux-vire": "capture_ecampus_groupe.png", "dir-droit-td-vides": "Capture d'écran 2026-10-12.png",
       "ens-sv-tp-vide": "planning_ADE_GEN2.png", "etu-meef-alencon": "screenshot.png", "sec-rt-alternants": "liste_alternants.png"}
tz = timezone(timedelta(hours=2))
rnd = random.Random(19)
allcodes = set(C.E) | set(C.ETP) | set(C.G)

# mails whose code-like damaged forms are written canonically (to keep damaged mails near a quarter)
UNDAMAGE = {"etu-erasmus-obligations", "etu-en-gen-tp", "etu-en-dashboard", "etu-psy-ead", "etu-dashboard-qualite",
            "etu-las-contrat", "etu-iae-tutorat", "ens-binf-ade-teacher", "ens-pass-cache", "ens-meef-cohorte",
            "ens-gea-manquant", "ens-sv-tp-vide", "sec-rt-alternants", "sec-iran-ead", "dir-droit-renomme",
            "ens-meef-cache", "vac-cas", "dsi-sync-groupes", "ens-lea-renomme", "ens-quiz-dates"}

def render(body, undamage=False):
    codes, written = [], []
    def sub(m):
        canon, w = m.group(1), m.group(2) or m.group(1)
        if undamage and re.search(r"\d", w) and len(w) >= 4:
            w = canon
        assert canon in allcodes or canon in C.UNKNOWN, canon
        if canon not in codes:
            codes.append(canon); written.append(w)
        return w
    text = MK.sub(sub, body)
    nums = []
    for n in NUM.findall(text):
        if n not in nums: nums.append(n)
    text = NUM.sub(lambda m: m.group(1), text)
    return text, codes, written, nums

def to_html(text):
    import html
    return "<html><body>" + "".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n") for p in text.split("\n\n")) + "</body></html>"

gold = {}
base = datetime(2026, 9, 14, 8, 0, tzinfo=tz)
prev_ids = {}
for i, m in enumerate(MAILS, 1):
    fn = "%03d-%s.eml" % (i, m["slug"])
    text, codes, written, nums = render(m["body"], m["slug"] in UNDAMAGE)
    frm = m["frm"]
    addr = frm.split("<")[-1].rstrip(">")
    local = addr.split("@")[0]
    if re.fullmatch(r"\d{8}", local) and local not in nums:
        nums.insert(0, local)
    cids = []
    for c in re.findall(r"course/view\.php\?id=(\d+)", text):
        if int(c) not in cids: cids.append(int(c))
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = "cemu.assistance@unicaen.fr" if not m.get("auto") else "cemu.assistance@unicaen.fr"
    msg["Subject"] = m["subj"]
    d = base + timedelta(days=int(i * 1.1), hours=rnd.randint(0, 10), minutes=rnd.randint(0, 59))
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = make_msgid(idstring="ty%03d" % i, domain=addr.split("@")[-1])
    if m.get("inreply"):
        ref = "<cemu-%d-%s@unicaen.fr>" % (1000 + i, m["slug"][:8])
        msg["In-Reply-To"] = ref; msg["References"] = ref
    if m.get("auto"):
        msg["Auto-Submitted"] = "auto-replied"
    enc = m["enc"]
    if enc == "u8":
        msg.set_content(text, charset="utf-8", cte="8bit")
    elif enc in ("qp1", "cp"):
        cs = "iso-8859-1" if enc == "qp1" else "windows-1252"
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        msg.set_content(text, charset=cs, cte="quoted-printable")
    elif enc == "b64":
        msg.set_content(text, charset="utf-8", cte="base64")
    elif enc == "html":
        msg.set_content(text, subtype="html", charset="utf-8", cte="quoted-printable")
    elif enc == "alt":
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(to_html(text), subtype="html", charset="utf-8", cte="quoted-printable")
    if m["slug"] in ATT:
        msg.add_attachment(PNG, maintype="image", subtype="png", filename=ATT[m["slug"]])
    with open(os.path.join(OUT, fn), "wb") as f:
        f.write(msg.as_bytes())
    gold[fn] = {"apogee_codes": codes, "apogee_codes_as_written": written, "student_numbers": nums,
                "course_ids": cids, "symptom": m["sym"], "sender_role": m["role"], "language": m["lang"],
                "auto_reply": bool(m.get("auto")), "schemes": [C.SCHEMES[s] for s in m["schemes"]],
                "etapes_said": m["etapes"], "note": m["note"]}
json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
cat = {"elements": sorted(set(C.E)), "etapes": sorted(set(C.ETP)), "groups": sorted(set(C.G)),
       "unknown": C.UNKNOWN, "labels": C.LAB}
json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
print(len(gold), "mails;", sum(len(v) for k, v in cat.items() if k != "labels"), "catalogue codes")
