# framework for train-h writer
import random, re, json, os, base64, datetime, html
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage
from email import encoders, charset as cs
from email.utils import format_datetime, make_msgid
from email.header import Header
from zoneinfo import ZoneInfo
PARIS = ZoneInfo("Europe/Paris")
OUT = "/work/blind/train-h"
GOLD = {}
UNKNOWN = set()
CITED = set()
_cur = None

SCHEMES = [
 ("HSS letters+digits (H+3L+3D)", r"H[A-Z]{3}\d{3}"),
 ("master dotted M.#XXX#X", r"M\.\d[A-Z]{3}\d[A-Z]"),
 ("INSPE digit-led #XX###", r"\d[A-Z]{2}\d{3}"),
 ("Droit D#.XXX#", r"D\d\.[A-Z]{3}\d"),
 ("Sciences XXX#-A##", r"[A-Z]{3}\d-[A-Z]\d{2}"),
 ("IUT BUT dept+R/S+###", r"(GEA|TC|GIM|INFO|MMI)[RS]\d{3}"),
 ("Santé XX#-UE##", r"(PH|MD|OD|MA)\d-UE\d{2}"),
 ("IAE IXX.###", r"I[A-Z]{2}\.\d{3}"),
 ("STAPS YST##X", r"YST\d{2}[A-Z]"),
 ("ESIX EX#-XXXX", r"EX\d-[A-Z]{4}"),
 ("étape degree+year+3L (L1INF)", r"[LM]\d[A-Z]{3}"),
 ("étape digit+3L+2D (1DRO01)", r"\d[A-Z]{3}\d{2}"),
 ("group étape-TDn (L1INF-TD2)", r"[LM]\d[A-Z]{3}-(TD|TP|CM)\d"),
 ("group étape-numeric-TDn (1DRO01-TD3)", r"\d[A-Z]{3}\d{2}-(TD|TP)\d"),
 ("group IUT dept#-TP#X (GEA1-TP1B)", r"(GEA|TC|GIM|INFO|MMI)\d-(TD|TP)\d[A-Z]?"),
 ("group santé XX#G## (PH4G07)", r"(PH|MD|OD|MA)\dG\d{2}"),
]
def scheme_of(code):
    for n, rx in SCHEMES:
        if re.fullmatch(rx, code): return n
    return "other/unknown shape"
def kind_of(code):
    n = scheme_of(code)
    if n.startswith("étape"): return "etapes"
    if n.startswith("group"): return "groups"
    return "elements"

def begin(name):
    global _cur
    _cur = {"name": name, "codes": [], "written": [], "nums": [], "ids": []}
def _add(lst, v):
    if v not in lst: lst.append(v)
def C(code, written=None, unknown=False):
    """cite a code; written = damaged form as it appears"""
    w = written if written is not None else code
    _add(_cur["codes"], code); _add(_cur["written"], w)
    if unknown: UNKNOWN.add(code)
    else: CITED.add(code)
    return w
def G(code, short):
    return C(code, short)
def N(num):
    _add(_cur["nums"], num); return num
def I(cid):
    _add(_cur["ids"], int(cid)); return str(cid)

def rdate(rng, months=None):
    months = months or [(2025,9),(2025,9),(2025,10),(2025,10),(2025,11),(2025,11),(2026,1),(2026,1),(2026,2),(2026,2),(2025,12),(2026,3)]
    y, m = rng.choice(months)
    d = rng.randint(1, 28); h = rng.choice([7,8,8,9,9,10,11,13,14,14,15,16,17,18,21,23,0]); mi = rng.randint(0,59)
    return datetime.datetime(y, m, d, h, mi, rng.randint(0,59), tzinfo=PARIS)

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

def _textpart(text, charset, cte, subtype="plain"):
    if charset == "iso-8859-1":
        text = text.replace("’", "'").replace("œ", "oe").replace("…", "...").replace("€", "EUR").replace("–","-").replace("«","«")
    p = MIMEText("", subtype, charset)
    del p["Content-Transfer-Encoding"]
    raw = text.encode(charset)
    if cte == "base64":
        p.set_payload(base64.encodebytes(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "base64"
    elif cte == "8bit":
        p.set_payload(raw.decode("ascii", "surrogateescape")); p["Content-Transfer-Encoding"] = "8bit"
    else:
        import quopri
        p.set_payload(quopri.encodestring(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "quoted-printable"
    return p

def text2html(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("|"):
            out.append(line); continue
        out.append(html.escape(line).replace("  ", "&nbsp; ") + "<br>")
    h = "\n".join(out)
    # tables: lines starting with | -> html table
    def tab(m):
        rows = [r.strip().strip("|").split("|") for r in m.group(0).strip().split("\n")]
        s = '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">'
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            s += "<tr>" + "".join(f"<{tag}>{html.escape(c.strip())}</{tag}>" for c in r) + "</tr>\n"
        return s + "</table>\n"
    h = re.sub(r"(?:^\|.*\n?)+", tab, h, flags=re.M)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>'
            '<body lang="FR" link="#0563C1"><div class="WordSection1"><p class="MsoNormal">' + h + '</p></div></body></html>')

from email.utils import parseaddr, formataddr
def _addr(a):
    if a.isascii(): return a
    n, e = parseaddr(a)
    return formataddr((n, e), "utf-8")

def mail(frm, to, subj, body, *, date, form="plain", charset="utf-8", cte="qp", attach=(), html_body=None,
         symptom, role, lang="fr", auto=False, note="", extra_headers=None, schemes=None, rng=None):
    name = _cur["name"]
    if form == "plain" and not attach:
        msg = _textpart(body, charset, cte)
    elif form == "html":
        hb = html_body or text2html(body)
        if charset != "utf-8": hb = hb.replace("charset=utf-8", "charset="+charset)
        msg = _textpart(hb, charset, cte, "html")
    else:
        if form == "alt":
            alt = MIMEMultipart("alternative")
            alt.attach(_textpart(body, charset, cte))
            hb = html_body or text2html(body)
            if charset != "utf-8": hb = hb.replace("charset=utf-8", "charset="+charset)
            alt.attach(_textpart(hb, charset, cte, "html"))
            inner = alt
        elif form == "html+att":
            inner = _textpart(html_body or text2html(body), charset, cte, "html")
        else:
            inner = _textpart(body, charset, cte)
        if attach:
            msg = MIMEMultipart("mixed"); msg.attach(inner)
            for fn, kind in attach:
                if kind == "png":
                    a = MIMEImage(PNG, "png")
                else:
                    mt = {"pdf": ("application","pdf"), "xlsx": ("application","vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                          "csv": ("text","csv"), "docx": ("application","vnd.openxmlformats-officedocument.wordprocessingml.document")}[kind]
                    a = MIMEBase(*mt); a.set_payload(b"%PDF-1.4 fake\n" if kind=="pdf" else b"PK\x03\x04fake"); encoders.encode_base64(a)
                a.add_header("Content-Disposition", "attachment", filename=fn)
                msg.attach(a)
        else:
            msg = inner
    msg["From"] = _addr(frm)
    msg["To"] = _addr(to)
    msg["Subject"] = Header(subj, "utf-8") if not subj.isascii() else subj
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "unicaen.fr"
    msg["Message-ID"] = make_msgid(domain=dom)
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    for k, v in (extra_headers or {}).items(): msg[k] = v
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(msg.as_bytes())
    GOLD[name] = {"apogee_codes": _cur["codes"], "apogee_codes_as_written": _cur["written"],
                  "student_numbers": _cur["nums"], "course_ids": _cur["ids"], "symptom": symptom,
                  "sender_role": role, "language": lang, "auto_reply": auto,
                  "schemes": schemes if schemes is not None else sorted({scheme_of(c) for c in _cur["codes"]}),
                  "note": note}
