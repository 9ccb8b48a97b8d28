#!/usr/bin/env python3
"""Build the .eml files and gold.json of training set A from the spec files mails_*.txt."""
import base64, glob, hashlib, html, json, os, quopri, random, re, sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PARIS = ZoneInfo("Europe/Paris")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100802000000909168"
                    "360000001f49444154789c63fcffff3f0311300116a0264c1d1d0331a0a8a8a8"
                    "a8a8a8a80000b8c7a2ed6d1a0a3c0000000049454e44ae426082")

def parse(path):
    specs = []
    text = open(path, encoding="utf-8").read()
    for chunk in re.split(r"^=== ", text, flags=re.M)[1:]:
        head, _, rest = chunk.partition("\n")
        spec = {"slug": head.strip(), "hdr": [], "file": os.path.basename(path)}
        meta, sep, body = rest.partition("\n---\n")
        if not sep:
            sys.exit(f"no body separator in {spec['slug']}")
        for line in meta.splitlines():
            if not line.strip():
                continue
            k, _, v = line.partition(":")
            k, v = k.strip(), v.strip()
            if k == "hdr":
                spec["hdr"].append(v)
            else:
                spec[k] = v
        html_part = None
        if "\n--- html\n" in body:
            body, html_part = body.split("\n--- html\n", 1)
        spec["body"] = body.rstrip("\n") + "\n"
        spec["html"] = html_part
        specs.append(spec)
    return specs

def rng_for(slug):
    return random.Random(int(hashlib.sha1(slug.encode()).hexdigest()[:12], 16))

MONTHS = [(2025, 9, 30), (2025, 10, 20), (2025, 11, 12), (2025, 12, 4), (2026, 1, 18), (2026, 2, 11), (2026, 3, 5)]
def pick_date(spec, r):
    if spec.get("date"):
        d = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    else:
        tot = sum(w for *_, w in MONTHS)
        x = r.uniform(0, tot)
        for y, m, w in MONTHS:
            if x < w:
                break
            x -= w
        day = r.randint(1, 28)
        hour = r.choice([8, 8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 16, 17, 18, 21, 22, 23, 0, 7])
        d = datetime(y, m, day, hour, r.randint(0, 59))
    return d.replace(second=random.Random(spec["slug"]).randint(0, 59), tzinfo=PARIS)

def enc_header(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        for cs in (charset, "utf-8"):
            try:
                return Header(value, cs).encode()
            except UnicodeEncodeError:
                continue

def enc_addr(value, charset):
    out = []
    for part in split_addrs(value):
        name, addr = parseaddr(part)
        if name:
            try:
                name.encode("ascii")
                out.append(formataddr((name, addr)))
            except UnicodeEncodeError:
                out.append(f"{enc_header(name, charset)} <{addr}>")
        else:
            out.append(addr)
    return ", ".join(out)

def split_addrs(value):
    return [p.strip() for p in re.split(r",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", value) if p.strip()]

def encode_body(text, charset, cte):
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset).replace("\r\n", "\n")  # 8bit / 7bit: kept as text, encoded at the end

def leaf(ctype, text, charset, cte, extra=""):
    body = encode_body(text, charset, cte)
    return (f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\n"
            f"Content-Transfer-Encoding: {cte}\n\n{body}"), charset

# ---------- text -> HTML in three clients' styles
def to_html(text, style, charset="utf-8"):
    lines = text.rstrip("\n").split("\n")
    out, i = [], 0
    def para(s):
        s = html.escape(s)
        s = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', s)
        s = re.sub(r"  ", " &nbsp;", s)
        return s
    while i < len(lines):
        ln = lines[i]
        if "\t" in ln:
            rows = []
            while i < len(lines) and "\t" in lines[i]:
                rows.append(lines[i].split("\t")); i += 1
            t = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
            for j, row in enumerate(rows):
                tag = "th" if j == 0 else "td"
                t.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            t.append("</table>")
            out.append("\n".join(t)); continue
        if ln.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i][1:].lstrip(" ")); i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>\n".join(para(x) for x in q) + "</blockquote>")
            continue
        if style == "outlook":
            out.append(f'<p class="MsoNormal">{para(ln) if ln else "&nbsp;"}<o:p></o:p></p>')
        elif style == "gmail":
            out.append(f"<div>{para(ln) if ln else '<br>'}</div>")
        else:
            out.append(f"{para(ln)}<br>")
        i += 1
    inner = "\n".join(out)
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">\n'
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
                f'<body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{inner}\n</div></body></html>\n')
    if style == "gmail":
        return f'<div dir="ltr">\n{inner}\n</div>\n'
    return (f'<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" content="text/html; charset={charset.upper()}">\n'
            f'  </head>\n  <body>\n    <p>\n{inner}\n    </p>\n  </body>\n</html>\n')

def strip_html(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)

def boundary(r, style):
    if style == "outlook":
        return "_000_" + "".join(r.choice("ABCDEF0123456789") for _ in range(40)) + "_"
    if style == "gmail":
        return "000000000000" + "".join(r.choice("0123456789abcdef") for _ in range(16))
    return "------------" + "".join(r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24))

def client_defaults(spec):
    """Pick format/encoding from the sender's mail client when the spec leaves them open."""
    r = rng_for(spec["slug"] + "#client")
    dom = parseaddr(spec["from"])[1].split("@")[-1].lower()
    body = spec["body"]
    def latin1_ok():
        try:
            body.encode("iso-8859-1"); spec["subject"].encode("iso-8859-1"); return True
        except UnicodeEncodeError:
            return False
    if "fmt" in spec or spec.get("auto") == "yes":
        return
    if dom in ("gmail.com",) and "Envoyé de mon iPhone" not in body:
        spec["fmt"], spec["style"] = "alt", "gmail"
        spec.setdefault("enc", r.choice(["utf-8/qp", "utf-8/qp", "utf-8/b64"]))
    elif dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "live.fr"):
        spec["fmt"], spec["style"] = "alt", "outlook"
        spec.setdefault("enc", r.choice(["utf-8/b64", "windows-1252/qp"]))
    elif dom in ("orange.fr", "wanadoo.fr", "yahoo.fr", "laposte.net"):
        spec.setdefault("style", "thunderbird")
        spec.setdefault("enc", "iso-8859-1/qp" if latin1_ok() and r.random() < .6 else "utf-8/8bit")
    elif dom.endswith("unicaen.fr"):
        x = r.random()
        if x < .18:
            spec["fmt"], spec["style"] = "alt", "thunderbird"
            spec.setdefault("enc", "utf-8/qp")
        elif x < .26:
            spec.setdefault("enc", "utf-8/b64")
        elif x < .40:
            spec.setdefault("enc", "utf-8/qp")
        elif x < .46 and latin1_ok():
            spec.setdefault("enc", "iso-8859-1/8bit")

def build(spec):
    client_defaults(spec)
    r = rng_for(spec["slug"])
    enc = spec.get("enc", "utf-8/8bit")
    charset, cte = enc.split("/")
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}[cte]
    fmt = spec.get("fmt", "plain")
    style = spec.get("style") or r.choice(["outlook", "gmail", "thunderbird"])
    d = pick_date(spec, r)
    frm = spec["from"]
    dom = parseaddr(frm)[1].split("@")[-1] or "unicaen.fr"
    hexd = lambda n: "".join(r.choice("0123456789abcdef") for _ in n * [0])
    if dom == "gmail.com":
        mid = f"<CA{''.join(r.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+_-') for _ in range(44))}@mail.gmail.com>"
    elif dom in ("hotmail.com", "hotmail.fr", "outlook.fr", "live.fr"):
        box = r.choice(["AM0PR", "PAXP193MB", "DB9PR", "VI1PR"]) + str(r.randint(1000, 9999))
        mid = f"<{box}{''.join(r.choice('ABCDEF0123456789') for _ in range(24))}@{box}.eurprd0{r.randint(1,9)}.prod.outlook.com>"
    elif style == "outlook" and dom.endswith("unicaen.fr"):
        mid = f"<000001dc{hexd(4)}${hexd(8)}${hexd(8)}$@unicaen.fr>"
    elif style == "thunderbird" and r.random() < .5:
        mid = f"<{hexd(8)}-{hexd(4)}-{hexd(4)}-{hexd(4)}-{hexd(12)}@{dom}>"
    elif dom.endswith("unicaen.fr"):
        mid = f"<{r.randint(10**8,10**9)}.{r.randint(10**5,10**6)}.{int(d.timestamp())}{r.randint(100,999)}.JavaMail.zimbra@unicaen.fr>"
    else:
        mid = f"<{hexd(16)}.{hexd(8)}@{r.choice(['smtp', 'mail', 'mx', 'webmail'])}.{dom}>"
    if fmt == "dsn":
        mid = f"<{d.strftime('%Y%m%d%H%M%S')}.{''.join(r.choice('0123456789ABCDEF') for _ in range(10))}@{spec.get('dsn_mta', 'smtp.unicaen.fr').replace('dns; ', '')}>"
    if spec.get("msgid"):
        mid = spec["msgid"]
    heads = [f"From: {enc_addr(frm, charset)}",
             f"To: {enc_addr(spec.get('to', 'cemu.assistance@unicaen.fr'), charset)}"]
    if spec.get("cc"):
        heads.append(f"Cc: {enc_addr(spec['cc'], charset)}")
    heads += [f"Subject: {enc_header(spec.get('subject', ''), charset)}" if spec.get("subject") is not None else "",
              f"Date: {format_datetime(d)}", f"Message-ID: {mid}"]
    heads = [h for h in heads if h]
    if style == "outlook" and fmt != "dsn":
        heads.append("X-Mailer: Microsoft Outlook 16.0" if r.random() < .3 else "Thread-Topic: " + enc_header(re.sub(r"^(?i:(re|tr|fwd?)\s*:\s*)+", "", spec.get("subject", "")), charset))
    elif style == "thunderbird" and r.random() < .5:
        heads.append(r.choice(["User-Agent: Mozilla Thunderbird", "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)",
                               "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"]))
    heads += spec["hdr"]
    heads.append("MIME-Version: 1.0")
    body = spec["body"]
    h = spec["html"] or to_html(body, style, charset if charset != "windows-1252" else "Windows-1252")
    if fmt == "plain":
        part, _ = leaf("text/plain", body, charset, cte, "; format=flowed" if style == "thunderbird" and cte != "base64" and r.random() < .4 else "")
        msg = "\n".join(heads) + "\n" + part
    elif fmt == "html":
        part, _ = leaf("text/html", h, charset, cte)
        msg = "\n".join(heads) + "\n" + part
    elif fmt in ("alt", "mixed", "related"):
        b = boundary(r, style)
        pt, _ = leaf("text/plain", body, charset, cte)
        if fmt == "related":
            img = '<p class="MsoNormal"><img width="602" height="214" style="width:6.27in;height:2.22in" id="Image_x0020_1" src="cid:image001.png@01DC2A3B.5E1F0C20"><o:p></o:p></p>'
            k = h.find("</p>", max(h.find("obtiens"), h.find("Bonjour")))
            h = h[:k + 4] + "\n" + img + h[k + 4:]
        ph, _ = leaf("text/html", h, charset, cte)
        alt = f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n--{b}\n{pt}\n--{b}\n{ph}\n--{b}--\n"
        if fmt == "alt":
            msg = "\n".join(heads) + "\n" + alt
        else:
            b2 = boundary(r, style) + "m"
            name = spec.get("attach", "capture.png")
            b64 = base64.encodebytes(PNG).decode()
            try:
                name.encode("ascii"); fname = f'filename="{name}"'
            except UnicodeEncodeError:
                from urllib.parse import quote
                fname = f"filename*=utf-8''{quote(name)}"
            if fmt == "mixed":
                att = (f"Content-Type: image/png; name=\"{name if 'filename*' not in fname else 'image.png'}\"\n"
                       f"Content-Disposition: attachment; {fname}\nContent-Transfer-Encoding: base64\n\n{b64}")
                msg = "\n".join(heads) + f"\nContent-Type: multipart/mixed; boundary=\"{b2}\"\n\nThis is a multi-part message in MIME format.\n--{b2}\n{alt}\n--{b2}\n{att}\n--{b2}--\n"
            else:
                att = (f"Content-Type: image/png; name=\"image001.png\"\nContent-Description: image001.png\n"
                       f"Content-Disposition: inline; filename=\"image001.png\"\nContent-ID: <image001.png@01DC2A3B.5E1F0C20>\n"
                       f"Content-Transfer-Encoding: base64\n\n{b64}")
                msg = "\n".join(heads) + f"\nContent-Type: multipart/related; boundary=\"{b2}\"; type=\"multipart/alternative\"\n\n--{b2}\n{alt}\n--{b2}\n{att}\n--{b2}--\n"
    elif fmt == "plainpng":
        b2 = boundary(r, style)
        pt, _ = leaf("text/plain", body, charset, cte)
        name = spec.get("attach", "capture.png")
        b64 = base64.encodebytes(PNG).decode()
        att = f"Content-Type: image/png; name=\"{name}\"\nContent-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n{b64}"
        msg = "\n".join(heads) + f"\nContent-Type: multipart/mixed; boundary=\"{b2}\"\n\n--{b2}\n{pt}\n--{b2}\n{att}\n--{b2}--\n"
    elif fmt == "dsn":
        b = "=_" + "".join(r.choice("0123456789abcdef") for _ in range(20))
        expl, orig = body.split("\n--- original\n")
        status = spec.get("dsn_status", "5.1.1")
        rcpt = spec.get("dsn_rcpt", "unknown@unicaen.fr")
        ds = (f"Reporting-MTA: dns; {spec.get('dsn_mta','smtp.unicaen.fr')}\nArrival-Date: {format_datetime(d - timedelta(seconds=4))}\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\n"
              f"Diagnostic-Code: smtp; {spec.get('dsn_diag', '550 5.1.1 <' + rcpt + '>: Recipient address rejected: User unknown in virtual mailbox table')}\n")
        msg = ("\n".join(heads) + f"\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"{b}\"\n\n"
               f"This is a MIME-encapsulated message.\n\n--{b}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{expl}\n"
               f"--{b}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n{ds}\n"
               f"--{b}\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\n\n{orig}\n--{b}--\n")
    else:
        sys.exit(f"bad fmt {fmt}")
    return msg.encode(charset if cte in ("8bit", "7bit") else "ascii", errors="strict"), d

def gold_of(spec):
    def lst(k):
        v = spec.get(k, "")
        return [x.strip() for x in v.split("|") if x.strip()]
    canon, written = [], []
    for c in lst("codes"):
        a, _, b = c.partition("=")
        canon.append(a.strip()); written.append((b or a).strip())
    return {"apogee_codes": canon, "apogee_codes_as_written": written,
            "student_numbers": lst("nums"), "course_ids": [int(x) for x in lst("ids")],
            "symptom": spec["sym"], "sender_role": spec["role"], "language": spec.get("lang", "fr"),
            "auto_reply": spec.get("auto", "no") == "yes",
            "schemes": [x.strip() for x in spec.get("schemes", "").split(";") if x.strip()],
            "note": spec["note"]}

def main():
    specs = []
    for p in sorted(glob.glob(os.path.join(HERE, "mails_*.txt"))):
        specs += parse(p)
    slugs = [s["slug"] for s in specs]
    dup = {s for s in slugs if slugs.count(s) > 1}
    if dup:
        sys.exit(f"duplicate slugs {dup}")
    order = list(range(len(specs)))
    random.Random(20251).shuffle(order)
    for f in glob.glob(os.path.join(OUT, "*.eml")):
        os.remove(f)
    gold = {}
    for n, idx in enumerate(order, 1):
        s = specs[idx]
        name = f"{n:03d}-{s['slug']}.eml"
        try:
            data, _ = build(s)
        except UnicodeEncodeError as e:
            sys.exit(f"{s['slug']}: {e}")
        open(os.path.join(OUT, name), "wb").write(data)
        gold[name] = gold_of(s)
    json.dump(gold, open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(gold), "mails")

if __name__ == "__main__":
    main()
