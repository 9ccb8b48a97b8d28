"""Generate the 70 train-ad mails, gold.json and catalogue.json."""
import zlib, json, os, re, sys, html as H, base64
from email.message import EmailMessage
from email.utils import formataddr
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import catalogue, SCHEMES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TO = "cemu.assistance@unicaen.fr"
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
MAILS = []
SIG_T = "\n--\n{n}\n{r}\nUniversité de Caen Normandie\nEsplanade de la Paix - CS 14032 - 14032 CAEN Cedex 5\nTél. : 02 31 56 {p}\n"


def M(slug, frm, name, subj, body, codes=(), nums=(), ids=(), sym="other", role="staff", lang="fr", et=(),
      sch=(), note="", fmt="plain", cs="utf-8", cte=None, auto=False, att=None, date="", html=None, hdr=None):
    MAILS.append(dict(slug=slug, frm=frm, name=name, subj=subj, body=body, codes=list(codes), nums=list(nums),
                      ids=list(ids), sym=sym, role=role, lang=lang, et=list(et), sch=list(sch), note=note, fmt=fmt,
                      cs=cs, cte=cte, auto=auto, att=att, date=date, html=html, hdr=hdr or {}))


def sig(n, r, p="45 12 34"):
    return SIG_T.format(n=n, r=r, p=p)


def tohtml(text):
    paras = H.escape(text).split("\n\n")
    return "<html><body style=\"font-family:Calibri\">" + "".join(
        "<p>" + p.replace("\n", "<br>\n") + "</p>\n" for p in paras) + "</body></html>"


def table(rows, head):
    h = "<tr>" + "".join(f"<th>{H.escape(c)}</th>" for c in head) + "</tr>"
    return "<table border=\"1\" cellspacing=\"0\">" + h + "".join(
        "<tr>" + "".join(f"<td>{H.escape(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</table>"


exec(open(os.path.join(os.path.dirname(__file__), "mails.py"), encoding="utf-8").read())


def build(i, m):
    msg = EmailMessage()
    msg["From"] = formataddr((m["name"], m["frm"])) if m["name"] else m["frm"]
    msg["To"] = TO
    msg["Subject"] = m["subj"]
    msg["Date"] = m["date"] or f"Mon, {5 + i % 20:02d} Oct 2026 {8 + i % 10:02d}:{(i * 7) % 60:02d}:00 +0200"
    msg["Message-ID"] = f"<ad{i:03d}.{zlib.crc32(m['slug'].encode()) % 99999}@{m['frm'].split('@')[1]}>"
    for k, v in m["hdr"].items():
        msg[k] = v
    kw = {"charset": m["cs"]}
    if m["cte"]:
        kw["cte"] = m["cte"]
    if m["fmt"] == "plain":
        msg.set_content(m["body"], **kw)
    elif m["fmt"] == "alt":
        msg.set_content(m["body"], **kw)
        msg.add_alternative(m["html"] or tohtml(m["body"]), subtype="html", charset="utf-8")
    elif m["fmt"] == "htmlonly":
        msg.set_content(m["html"], subtype="html", **kw)
    if m["att"]:
        fn, kind = m["att"]
        if kind == "png":
            msg.add_attachment(PNG, maintype="image", subtype="png", filename=fn)
        else:
            msg.add_attachment(b"num;nom\n", maintype="text", subtype="csv", filename=fn)
    return msg


def main():
    gold = {}
    names = set()
    for i, m in enumerate(MAILS, 1):
        fn = f"{i:03d}-{m['slug']}.eml"
        msg = build(i, m)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(bytes(msg))
        text = m["body"] + (m["html"] or "")
        # order codes by first mention of their written form
        seen, pairs = set(), []
        for c, w in m["codes"]:
            if c in seen:
                continue
            seen.add(c)
            pos = text.find(w)
            pairs.append((pos if pos >= 0 else 10**9, c, w))
        pairs.sort(key=lambda p: p[0])
        gold[fn] = {"apogee_codes": [p[1] for p in pairs], "apogee_codes_as_written": [p[2] for p in pairs],
                    "student_numbers": m["nums"], "course_ids": m["ids"], "symptom": m["sym"],
                    "sender_role": m["role"], "language": m["lang"], "auto_reply": m["auto"],
                    "schemes": [SCHEMES[s] for s in m["sch"]], "etapes_said": m["et"], "note": m["note"]}
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(catalogue(), open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
    print(len(gold), "mails")


main()
