# Generator of the 70 mails of /work/blind/train-ac + gold.json (writer train-ac)
import json, os, datetime, base64
from email.message import EmailMessage
from email import policy
OUT = "/work/blind/train-ac"
PASS = "santé PASS PS1UEnn, groupes PS1UEnn-<site C/A/H/S><n>, étapes PASxxx par site (invented)"
LAS = "santé LAS mineure LASMINSn, groupes LASMINSn-<n>, étapes LAS<année><mention> (invented)"
GEA = "IUT BUT GEA BGEA<sem>R<nn>/S<nn>, groupes <code>A-D / T<n> / FI / FA, étapes BUGEAn (invented)"
PSY = "psychologie U3PSY<année><n>, groupes <code>G<n>/CM, étapes LPSYn (invented)"
DAEU = "DAEU DAEU<A|B>-XX, groupes -P/-D, étapes DAEUA/DAEUB (invented)"
FLE = "DU FLE FLE.<niveau><XX>, groupes FLE.<niveau>-G<n>, étape DUFLE (invented)"
CAP = "capacité en droit CAP<n>XXX, groupes -S/-D, étapes CAPDRn (invented)"
IAE = "IAE MAE<n>-C<nn> + groupes MAE<n>C<nn>FI/FC/AL, DU CGE CGE-XXXn, étapes MAEn/DUCGE (invented)"
PCA = "prépa concours IPAG PCA-/PCB-XXnn, groupes -n, étapes PRPCA/PRPCB (invented)"
INSPE = "INSPE MEEF <degré><site><sem><nn> (1CA153 style), groupes -Gn, étapes MEEFn<site> (FAQ)"
RCAE = "master droit RCAEDnnn (FAQ style) + pseudo-groupes ELP_<code>_CM/TD, étapes MDRPRn (FAQ)"
GOLD = {}
_n = [0]
def M(slug, frm, subj, body, codes=(), sn=(), cids=(), sym="other", role="student", lang="fr", auto=False,
      schemes=(), et=(), note="", html=None, html_only=False, charset="utf-8", cte=None, extra=None, attach=None, date=None):
    _n[0] += 1
    fn = "%03d-%s.eml" % (_n[0], slug)
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = "cemu.assistance@unicaen.fr"
    m["Subject"] = subj
    d = date or (datetime.datetime(2026, 9, 7, 8, 12) + datetime.timedelta(hours=_n[0] * 19 + (_n[0] * 37) % 11, minutes=(_n[0] * 13) % 60))
    m["Date"] = d.strftime("%a, %d %b %Y %H:%M:%S +0200" if d.month < 11 and not (d.month == 10 and d.day > 24) else "%a, %d %b %Y %H:%M:%S +0100")
    m["Message-ID"] = "<%s.%d@%s>" % (d.strftime("%Y%m%d%H%M"), 4000 + _n[0] * 7, frm.split("@")[-1].strip(">"))
    for k, v in (extra or {}).items():
        m[k] = v
    kw = {"charset": charset}
    if cte: kw["cte"] = cte
    if html_only:
        m.set_content(html, subtype="html", **kw)
    else:
        m.set_content(body, **kw)
        if html:
            m.add_alternative(html, subtype="html", **kw)
    if attach:
        for name, mt, st in attach:
            m.add_attachment(base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==") if mt == "image" else b"%PDF-1.4\n% liste\n", maintype=mt, subtype=st, filename=name)
    open(os.path.join(OUT, fn), "wb").write(m.as_bytes())
    codes = [(c, w if w is not None else c) for c, w in codes]
    GOLD[fn] = {"apogee_codes": [c for c, _ in codes], "apogee_codes_as_written": [w for _, w in codes],
                "student_numbers": list(sn), "course_ids": list(cids), "symptom": sym, "sender_role": role,
                "language": lang, "auto_reply": auto, "schemes": list(schemes), "etapes_said": list(et), "note": note}
def C(c, w=None): return (c, w)
SIG_SANTE = """--
Service de scolarité PASS/LAS
UFR Santé - Université de Caen Normandie
2 rue des Rochambelles, 14032 Caen Cedex
Tél. 02 31 56 82 14 - bureau 1.208"""
SIG_IUT = """Secrétariat pédagogique GEA
IUT Grand Ouest Normandie - site d'Ifs
Boulevard Maréchal Juin, 14000 Caen
02 31 56 70 22"""
exec(open(os.path.join(os.path.dirname(__file__), "mails_body.py"), encoding="utf-8").read())
json.dump(GOLD, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
print(len(GOLD), "mails")
