# Builder for train-e: turns mail specs (m*.py) into .eml files + gold.json
import base64, quopri, json, random, hashlib, html, sys, os, importlib
from datetime import datetime
from zoneinfo import ZoneInfo
from email.header import Header
from email.utils import formataddr, format_datetime

OUT = "/work/blind/train-e"
PARIS = ZoneInfo("Europe/Paris")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000100000000c0806000000"
                    "1a8d5b3a0000001549444154789c63fcffff3f0325800951c1a8066a0600"
                    "b2d40c0f84d0bb6b0000000049454e44ae426082")

def rnd(fn):
    return random.Random(hashlib.md5(fn.encode()).hexdigest())

def msgid(fn, client, dt, domain):
    r = rnd(fn + "mid")
    ts = int(dt.timestamp())
    if client == "gmail":
        s = "CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(52))
        return f"<{s}@mail.gmail.com>"
    if client == "outlook":
        s = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))
        return f"<PAXP{r.randint(190,260)}MB{r.randint(1000,9999)}{s}@PAXP{r.randint(190,260)}MB{r.randint(1000,9999)}.EURP{r.randint(190,260)}.PROD.OUTLOOK.COM>"
    if client == "zimbra":
        return f"<{r.randint(10**8,10**9)}.{r.randint(10**6,10**7)}.{ts}{r.randint(100,999)}.JavaMail.zimbra@unicaen.fr>"
    if client == "thunderbird":
        u = hashlib.md5((fn + "tb").encode()).hexdigest()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if client == "apple":
        u = hashlib.md5((fn + "ap").encode()).hexdigest().upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if client == "orange":
        return f"<{r.randint(10**8,10**9)}.{r.randint(1000,99999)}.{ts}{r.randint(100,999)}.JavaMail.open-xchange@opme11oxm{r.randint(10,30)}nd1>"
    return f"<{ts}.{r.randint(10000,99999)}@{domain}>"

MAILERS = {
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_ZEXTRAS_20240927 (ZimbraWebClient - FF131 (Win)/9.0.0_ZEXTRAS_20240927)"),
    "outlook": ("X-MS-Has-Attach", ""),
    "apple": ("X-Mailer", "iPhone Mail (21G93)"),
    "orange": ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
}

def enc_body(text, cs, cte):
    if cte == "7bit":
        b = text.encode("ascii")
    else:
        b = text.encode(cs)
    if cte in ("7bit", "8bit"):
        return b if b.endswith(b"\n") else b + b"\n"
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    raise ValueError(cte)

def leaf(ctype, text, cs, cte, extra=()):
    h = [("Content-Type", f'{ctype}; charset="{cs}"' if ctype.startswith("text/") else ctype),
         ("Content-Transfer-Encoding", cte)] + list(extra)
    return h, enc_body(text, cs, cte)

def serial(h, body):
    return "".join(f"{k}: {v}\n" for k, v in h).encode("ascii") + b"\n" + body

def multipart(sub, parts, fn, n):
    bnd = "----=_Part_" + hashlib.md5(f"{fn}{n}".encode()).hexdigest()[:20] if sub != "alternative" else \
          "=_alt_" + hashlib.md5(f"{fn}{n}".encode()).hexdigest()[:24]
    out = b"This is a multi-part message in MIME format.\n\n" if sub == "mixed" else b""
    for h, b in parts:
        out += b"--" + bnd.encode() + b"\n" + serial(h, b)
        if not out.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += b"--" + bnd.encode() + b"--\n"
    return [("Content-Type", f'multipart/{sub};\n boundary="{bnd}"')], out

def text2html(t, cs="utf-8"):
    paras = html.escape(t, quote=False).split("\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + cs + '"></head>'
            '<body><div style="font-family: Arial, sans-serif; font-size: 11pt;">'
            + "<br>\n".join(paras) + "</div></body></html>")

def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(cs)
            c = cs
        except (UnicodeEncodeError, LookupError):
            c = "utf-8"
        return Header(s, c).encode(maxlinelen=76)

def addr(a, cs):
    if isinstance(a, str):
        return a
    name, ad = a
    if not name:
        return ad
    try:
        name.encode("ascii")
        return formataddr((name, ad))
    except UnicodeEncodeError:
        try:
            name.encode(cs); c = cs
        except (UnicodeEncodeError, LookupError):
            c = "utf-8"
        return formataddr((name, ad), charset=c)

def addrs(v, cs):
    if isinstance(v, list):
        return ",\n ".join(addr(a, cs) for a in v)
    return addr(v, cs)

def build(spec):
    fn = spec["fn"]
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "8bit")
    fmt = spec.get("fmt", "plain")
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    dt = dt.replace(second=rnd(fn).randint(0, 59))
    frm = spec["frm"]
    domain = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].strip(">")
    client = spec.get("client", "other")
    hcs = spec.get("hcs", cs)
    H = []
    for k, v in spec.get("pre", []):
        H.append((k, v))
    H += [("Date", format_datetime(dt)), ("From", addrs(frm, hcs))]
    if spec.get("to", "DEFAULT") is not None:
        H.append(("To", addrs(spec.get("to", "cemu.assistance@unicaen.fr"), hcs)))
    if spec.get("cc"):
        H.append(("Cc", addrs(spec["cc"], hcs)))
    H.append(("Subject", hdr(spec["subj"], hcs)))
    H.append(("Message-ID", spec.get("mid") or msgid(fn, client, dt, domain)))
    for k, v in spec.get("hdrs", []):
        H.append((k, v))
    if client in MAILERS and not any(k == MAILERS[client][0] for k, _ in H):
        k, v = MAILERS[client]
        if v:
            H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    hcte = spec.get("hcte", cte)
    if fmt == "plain":
        bh, body = leaf("text/plain" + ("; format=flowed" if spec.get("flowed") else ""), spec["body"], cs, cte)
    elif fmt == "html":
        bh, body = leaf("text/html", spec["html"], cs, hcte)
    elif fmt == "alt":
        p1 = leaf("text/plain", spec["body"], cs, cte)
        p2 = leaf("text/html", spec.get("html") or text2html(spec["body"], spec.get("html_cs", cs)), spec.get("html_cs", cs), hcte)
        bh, body = multipart("alternative", [p1, p2], fn, 1)
    elif fmt == "report":
        p1 = leaf("text/plain", spec["body"], cs, cte)
        p2 = ([("Content-Type", "message/delivery-status")], spec["dsn"].encode())
        p3 = ([("Content-Type", "message/rfc822")], spec["orig"].encode(spec.get("orig_cs", "utf-8")))
        bh, body = multipart("report", [p1, p2, p3], fn, 2)
        bh[0] = ("Content-Type", bh[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    elif fmt == "raw":
        bh, body = spec["raw"]
    else:
        raise ValueError(fmt)
    if spec.get("attach"):
        parts = [(bh, body)]
        for name, ctype, data in spec["attach"]:
            try:
                name.encode("ascii"); nm = f'name="{name}"'; fnm = f'filename="{name}"'
            except UnicodeEncodeError:
                from urllib.parse import quote
                nm = 'name="' + Header(name, "utf-8").encode() + '"'
                fnm = "filename*=utf-8''" + quote(name)
            parts.append(([("Content-Type", f'{ctype}; {nm}'),
                           ("Content-Disposition", f'attachment; {fnm}'),
                           ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data)))
        bh, body = multipart("mixed", parts, fn, 3)
    return serial(H + bh, body)

def G(sym, role, codes=(), sn=(), cids=(), lang="fr", auto=False, schemes=(), note="", unknown=()):
    return {"apogee_codes": [c for c, w in codes], "apogee_codes_as_written": [w for c, w in codes],
            "student_numbers": list(sn), "course_ids": list(cids), "symptom": sym,
            "sender_role": role, "language": lang, "auto_reply": auto, "schemes": list(schemes),
            "note": note, "_unknown": list(unknown)}

def main():
    sys.path.insert(0, os.path.dirname(__file__))
    specs = []
    for m in sorted(f[:-3] for f in os.listdir(os.path.dirname(__file__)) if f.startswith("m") and f.endswith(".py")):
        specs += importlib.import_module(m).MAILS
    gold = {}
    unknown = set()
    for s in specs:
        data = build(s)
        with open(os.path.join(OUT, s["fn"]), "wb") as f:
            f.write(data)
        g = dict(s["gold"])
        unknown |= set(g.pop("_unknown"))
        gold[s["fn"]] = g
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "_src", "unknown.json"), "w") as f:
        json.dump(sorted(unknown), f)
    print(len(specs), "mails")

if __name__ == "__main__":
    main()
