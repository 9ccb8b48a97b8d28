"""Scratch generator for heldout-6: writes ../NNN-*.eml and ../gold.json."""
import base64, quopri, json, os, random, re, sys, hashlib
from datetime import datetime
from zoneinfo import ZoneInfo
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARIS = ZoneInfo("Europe/Paris")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

def hdr(s, charset="utf-8", q=False):
    if s is None:
        return None
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        h = Header(s, charset, header_name="Subject")
        return h.encode()

def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), a)

def encode_body(text, charset, cte, html=False):
    raw = text.replace("\r\n", "\n").encode(charset, "xmlcharrefreplace" if html else "strict")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    # 7bit / 8bit: keep bytes as is
    return raw.decode(charset)

def leaf(ctype, text, charset, cte):
    body = encode_body(text, charset, cte, html=(ctype == "text/html"))
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (ctype, charset, cte)
    return h + "\n" + body.rstrip("\n") + "\n"

def html_from_text(text):
    import html as H
    out = []
    for line in text.split("\n"):
        out.append(H.escape(line) if line.strip() else "")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body>\n<div>' + "<br>\n".join(out) + "</div>\n</body></html>")

def mid(m, domain):
    h = hashlib.md5((m["fn"] + m["subj"]).encode()).hexdigest()
    styles = [
        "<%s.%s@%s>" % (h[:8].upper(), h[8:16], domain),
        "<CAF%s+%s@mail.gmail.com>" % (h[:20], h[20:28]),
        "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], domain),
    ]
    if "gmail" in m["frm"][1]:
        return styles[1]
    return styles[int(h[0], 16) % 3 if int(h[0], 16) % 3 != 1 else 0]

def render(m):
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "8bit")
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    hcs = m.get("hcharset", charset)
    lines = []
    for k, v in m.get("pre", []):
        lines.append("%s: %s" % (k, v))
    name, a = m["frm"]
    lines.append("From: " + addr(name, a, hcs))
    to = m.get("to", "cemu.assistance@unicaen.fr")
    if to:
        lines.append("To: " + to)
    if m.get("cc"):
        lines.append("Cc: " + m["cc"])
    lines.append("Subject: " + hdr(m["subj"], hcs))
    lines.append("Date: " + format_datetime(dt))
    domain = a.split("@")[-1]
    lines.append("Message-ID: " + m.get("msgid", mid(m, domain)))
    for k, v in m.get("hdrs", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    kind = m.get("kind", "plain")
    bnd = "----=_Part_%s" % hashlib.md5(m["fn"].encode()).hexdigest()[:16]
    bnd2 = "----=_Alt_%s" % hashlib.md5(m["fn"].encode()).hexdigest()[16:28]
    png = m.get("png")
    if kind == "raw":
        # m["raw_ct"] = content-type header value, m["raw"] = body as is
        lines.append("Content-Type: " + m["raw_ct"])
        if m.get("raw_cte"):
            lines.append("Content-Transfer-Encoding: " + m["raw_cte"])
        body = m["raw"]
        s = "\n".join(lines) + "\n\n" + body
    else:
        if kind == "plain":
            part = leaf("text/plain", m["text"], charset, cte)
        elif kind == "html":
            part = leaf("text/html", m["html"], charset, cte)
        elif kind == "alt":
            html = m.get("html") or html_from_text(m["text"])
            part = ('Content-Type: multipart/alternative; boundary="%s"\n\n' % bnd2 +
                    "--%s\n" % bnd2 + leaf("text/plain", m["text"], charset, m.get("cte_text", cte)) +
                    "\n--%s\n" % bnd2 + leaf("text/html", html, charset, cte) + "\n--%s--\n" % bnd2)
        if png:
            att = ('Content-Type: image/png; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                   'Content-Transfer-Encoding: base64\n\n' % (png, png) + base64.encodebytes(PNG).decode())
            if "\u2019" in png or any(ord(c) > 127 for c in png):
                from urllib.parse import quote
                att = ("Content-Type: image/png; name*=utf-8''%s\nContent-Disposition: attachment; filename*=utf-8''%s\n"
                       "Content-Transfer-Encoding: base64\n\n" % (quote(png), quote(png)) + base64.encodebytes(PNG).decode())
            lines.append('Content-Type: multipart/mixed; boundary="%s"' % bnd)
            s = ("\n".join(lines) + "\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % bnd +
                 part + "\n--%s\n" % bnd + att + "\n--%s--\n" % bnd)
        else:
            ph, pb = part.split("\n\n", 1) if not part.startswith("Content-Type: multipart") else (part.split("\n\n", 1))
            hl = ph.split("\n")
            lines.extend([x for x in hl if x])
            s = "\n".join(lines) + "\n\n" + pb
    return s

def main():
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    mails = []
    for mod in sorted(f[:-3] for f in os.listdir(os.path.dirname(os.path.abspath(__file__))) if f.startswith("mails") and f.endswith(".py")):
        mails.extend(__import__(mod).MAILS)
    gold = {}
    seen = set()
    for m in mails:
        assert m["fn"] not in seen, m["fn"]
        seen.add(m["fn"])
        s = render(m)
        enc = "utf-8"
        data = s.encode("utf-8") if all(ord(c) < 128 for c in s) else None
        if data is None:
            # 8bit bodies: encode in the part's charset
            data = s.encode(m.get("charset", "utf-8"))
        with open(os.path.join(OUT, m["fn"]), "wb") as f:
            f.write(data)
        from common import classify
        sch = []
        for c in m["gold"]["apogee_codes"]:
            h = classify(c)
            assert len(h) == 1, (m["fn"], c, h)
            if h[0] not in sch:
                sch.append(h[0])
        if sch != m["gold"]["schemes"] and set(sch) != set(m["gold"]["schemes"]):
            print("schemes fixed", m["fn"], m["gold"]["schemes"], "->", sch)
        m["gold"]["schemes"] = sch
        gold[m["fn"]] = m["gold"]
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(gold.items())), f, ensure_ascii=False, indent=1)
    print(len(mails), "mails")

if __name__ == "__main__":
    main()
