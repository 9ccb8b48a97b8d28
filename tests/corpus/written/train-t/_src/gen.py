"""Generate the train-t mails and gold.json. Run from the set folder: python3 _src/gen.py"""
import json, os, html, base64, random, zlib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from email.headerregistry import Address
import datetime as dt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAILS, GOLD = [], {}
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
SC = {"DR": "droit DRn-SUBJ / groups +Tn (invented)", "GA": "BUT GEA GAnRnnn / groups Tn PnX AL (invented)",
      "BI": "sciences de la vie LnBIOCnn / groups Dn Pn CM (invented)", "IN": "BUT info IN-Rn.nn / étape groups BInGnX (invented)",
      "PAS": "santé PAS-UEnX / groups Tn (invented)", "IAE": "IAE IAE.XXnn / groups A B AL FI (invented)",
      "LSD": "LANSAD LSD-XXXn / groups Gn (invented)", "AN": "LVE AN-10A (FAQ)", "M1": "HSS M.1.MS03 / M.1HRP9C (FAQ)",
      "CA": "INSPE 1CA153 (FAQ)", "RC": "FOAD RCAED334 / groups EA CM (FAQ)"}

def M(slug, frm, subj, body, sym, role="student", lang="fr", codes=(), nums=(), ids=(), etapes=(), sch=(),
      note="", fmt="plain", attach=(), auto=False, headers=None, name=None, day=None):
    n = len(MAILS) + 1
    fn = f"{n:03d}-{slug}.eml"
    MAILS.append(dict(fn=fn, frm=frm, name=name, subj=subj, body=body, fmt=fmt, attach=attach, headers=headers or {}, day=day or n))
    GOLD[fn] = {"apogee_codes": [c for c, w in codes], "apogee_codes_as_written": [w for c, w in codes],
                "student_numbers": list(nums), "course_ids": list(ids), "symptom": sym, "sender_role": role,
                "language": lang, "auto_reply": auto, "schemes": [SC[s] for s in sch], "etapes_said": list(etapes), "note": note}

def to_html(t):
    return "<html><body>" + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")) + "</body></html>"

def build(m, i):
    msg = EmailMessage()
    local, dom = m["frm"].split("@")
    msg["From"] = Address(m["name"] or "", local, dom) if m["name"] else m["frm"]
    msg["To"] = "cemu.assistance@unicaen.fr"
    msg["Subject"] = m["subj"]
    d = dt.datetime(2026, 9, 7, 8, 3) + dt.timedelta(days=m["day"] * 1.3, minutes=i * 37)
    msg["Date"] = formatdate(d.timestamp(), localtime=False)
    msg["Message-ID"] = f"<{i:03d}.{zlib.crc32(m['fn'].encode())}@{dom}>"
    for k, v in m["headers"].items(): msg[k] = v
    f, b = m["fmt"], m["body"]
    if f == "plain": msg.set_content(b, charset="utf-8", cte="8bit")
    elif f == "qp": msg.set_content(b, charset="utf-8", cte="quoted-printable")
    elif f == "b64": msg.set_content(b, charset="utf-8", cte="base64")
    elif f == "latin1": msg.set_content(b, charset="iso-8859-1", cte="quoted-printable")
    elif f == "cp1252": msg.set_content(b, charset="windows-1252", cte="8bit")
    elif f == "alt": msg.set_content(b, charset="utf-8", cte="quoted-printable"); msg.add_alternative(to_html(b), subtype="html", charset="utf-8", cte="quoted-printable")
    elif f == "html": msg.set_content(b, subtype="html", charset="utf-8", cte="quoted-printable")
    elif f == "htmlb64": msg.set_content(to_html(b), subtype="html", charset="windows-1252", cte="base64")
    for a in m["attach"]:
        if a.endswith(".png") or a.endswith(".jpg"): msg.add_attachment(PNG, maintype="image", subtype="png", filename=a)
        else: msg.add_attachment(b"%PDF-1.4\n%fake\n", maintype="application", subtype="pdf", filename=a)
    return msg

SIG_ETU = "\n\nEnvoyé de mon iPhone"
def sig(nom, fonc, tel, bureau):
    return f"\n\n--\n{nom}\n{fonc}\nUniversité de Caen Normandie\n{bureau}\nEsplanade de la Paix - CS 14032 - 14032 Caen Cedex 5\nTél. : {tel}\n\nAvant d'imprimer, pensez à l'environnement."

exec(open(os.path.join(os.path.dirname(__file__), "mails.py"), encoding="utf-8").read())

if __name__ == "__main__":
    for f in os.listdir(OUT):
        if f.endswith(".eml"): os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        with open(os.path.join(OUT, m["fn"]), "wb") as fh: fh.write(bytes(build(m, i)))
    json.dump(GOLD, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    print(len(MAILS), "mails")
