import base64, quopri, json, os, re, sys, datetime, html as H
from email.utils import formataddr, format_datetime, make_msgid
from email.header import Header
from zoneinfo import ZoneInfo
sys.path.insert(0, os.path.dirname(__file__))
from catalogue import build as build_cat, UNKNOWN_SCHEME
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARIS = ZoneInfo("Europe/Paris")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
MAILS = []

def M(fn, frm, subj, date, body, codes=(), nums=(), ids=(), sym="other", role="student", lang="fr", auto=False,
      note="", form="plain", cs="utf-8", cte="8bit", html=None, att=(), to="cemu.assistance@unicaen.fr", hdrs=None):
    MAILS.append(dict(fn=fn, frm=frm, subj=subj, date=date, body=body, codes=list(codes), nums=list(nums), ids=list(ids),
                      sym=sym, role=role, lang=lang, auto=auto, note=note, form=form, cs=cs, cte=cte, html=html,
                      att=list(att), to=to, hdrs=hdrs or {}))

def enc_body(text, cs, cte):
    raw = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw

def text_part(text, sub, cs, cte):
    return (f'Content-Type: text/{sub}; charset="{cs}"\nContent-Transfer-Encoding: {cte}\n\n').encode() + enc_body(text, cs, cte)

def to_html(text):
    return "<html><body>" + "<br>\n".join(H.escape(l).replace("  ", "&nbsp; ") for l in text.split("\n")) + "</body></html>"

def hdr(s, cs):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, cs if cs != "cp1252" else "windows-1252").encode()

def addr(a, cs):
    if "<" in a:
        name, ad = a.split("<"); name = name.strip().strip('"'); ad = ad.strip(">").strip()
        return formataddr((name, ad), charset="utf-8")
    return a

def render(m, i):
    cs = m["cs"]; csn = "windows-1252" if cs == "cp1252" else cs
    d = datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    dom = re.search(r"@([\w.-]+)", m["frm"]).group(1) if "@" in m["frm"] else "unicaen.fr"
    h = [f"From: {addr(m['frm'], cs)}", f"To: {m['to']}", f"Subject: {hdr(m['subj'], cs)}",
         f"Date: {format_datetime(d)}", f"Message-ID: <{i:03d}.{d.strftime('%Y%m%d%H%M')}.h13@{dom}>", "MIME-Version: 1.0"]
    for k, v in m["hdrs"].items():
        h.append(f"{k}: {v}")
    body = m["body"]
    def csn_(x): return x
    form = m["form"]
    if form == "plain":
        main = text_part(body, "plain", csn, m["cte"])
    elif form == "html":
        main = text_part(m["html"] or to_html(body), "html", csn, m["cte"])
    else:  # alt
        b = f"alt{i:03d}=_h13"
        main = (f'Content-Type: multipart/alternative; boundary="{b}"\n\n--{b}\n').encode() + text_part(body, "plain", csn, m["cte"]) + \
               f"\n--{b}\n".encode() + text_part(m["html"] or to_html(body), "html", csn, m["cte"]) + f"\n--{b}--\n".encode()
    if m["att"]:
        b = f"mix{i:03d}=_h13"
        out = (f'Content-Type: multipart/mixed; boundary="{b}"\n\nThis is a multi-part message in MIME format.\n--{b}\n').encode() + main
        for fn, data, ct in m["att"]:
            out += (f'\n--{b}\nContent-Type: {ct}; name="{fn}"\nContent-Disposition: attachment; filename="{fn}"\n'
                    f'Content-Transfer-Encoding: base64\n\n').encode() + base64.encodebytes(data)
        out += f"\n--{b}--\n".encode()
        main = out
    # text encoding: body text must be encodable
    return ("\n".join(h) + "\n").encode() + main

def main():
    import build as B
    import mails1, mails2, mails3  # noqa: populate MAILS
    MAILS = B.MAILS
    cat, scheme_of = build_cat()
    scheme_of.update(UNKNOWN_SCHEME)
    gold = {}
    for f in os.listdir(OUT):
        if f.endswith(".eml"): os.remove(os.path.join(OUT, f))
    for i, m in enumerate(MAILS, 1):
        fn = f"{i:03d}-{m['fn']}.eml"
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(render(m, i))
        nums = list(m["nums"])
        mm = re.search(r"\b(\d{8})@etu\.unicaen\.fr", m["frm"])
        if mm and mm.group(1) not in nums: nums.insert(0, mm.group(1))
        canon, written = [], []
        for c, w in m["codes"]:
            if c not in canon: canon.append(c)
            if w not in written: written.append(w)
        schemes = []
        for c in canon:
            s = scheme_of[c]
            if s not in schemes: schemes.append(s)
        gold[fn] = {"apogee_codes": canon, "apogee_codes_as_written": written, "student_numbers": nums,
                    "course_ids": m["ids"], "symptom": m["sym"], "sender_role": m["role"], "language": m["lang"],
                    "auto_reply": m["auto"], "schemes": schemes, "note": m["note"]}
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(cat, open(os.path.join(OUT, "catalogue.json"), "w"), ensure_ascii=False, indent=1)
    print(len(MAILS), "mails")

if __name__ == "__main__":
    main()
