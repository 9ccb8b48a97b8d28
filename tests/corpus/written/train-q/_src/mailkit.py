import re, random, base64, html
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.base import MIMEBase
from email.header import Header
from email.utils import formataddr, format_datetime, make_msgid
from email import encoders
from email.charset import Charset, QP, BASE64
import datetime

MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]|<<(\d{8})>>")

def process(text):
    codes, written, nums = [], [], []
    def rep(m):
        if m.group(3):
            n = m.group(3)
            if n not in nums: nums.append(n)
            return n
        canon, w = m.group(1), m.group(2) or m.group(1)
        if canon not in codes:
            codes.append(canon); written.append(w)
        return w
    return MARK.sub(rep, text), codes, written, nums

def to_html(text):
    out, rows = [], []
    def flush():
        if rows:
            t = '<table border="1" cellpadding="3" style="border-collapse:collapse">'
            for i, r in enumerate(rows):
                tag = "th" if i == 0 else "td"
                t += "<tr>" + "".join(f"<{tag}>{html.escape(c.strip())}</{tag}>" for c in r) + "</tr>"
            out.append(t + "</table>"); rows.clear()
    for line in text.split("\n"):
        if line.startswith("|"):
            rows.append(line.strip("|").split("|")); continue
        flush()
        if line.startswith(">"):
            out.append(f'<blockquote style="border-left:2px solid #ccc">{html.escape(line.lstrip("> "))}</blockquote>')
        else:
            out.append(html.escape(line) + "<br>")
    flush()
    return '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">' + "\n".join(out) + "</body></html>"

def textpart(s, subtype, charset, cte):
    import quopri
    from email.mime.nonmultipart import MIMENonMultipart
    try: raw = s.encode(charset)
    except UnicodeEncodeError: charset = "utf-8"; raw = s.encode(charset)
    p = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "b64":
        p.set_payload(base64.encodebytes(raw).decode("ascii")); p["Content-Transfer-Encoding"] = "base64"
    else:
        p.set_payload(quopri.encodestring(raw.replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")); p["Content-Transfer-Encoding"] = "quoted-printable"
    return p

def hdr(name, addr, enc):
    if enc and any(ord(c) > 127 for c in name):
        return formataddr((str(Header(name, "utf-8")), addr))
    if not name: return addr
    return formataddr((name, addr))

def build(m, idx):
    text = m["body"]
    if m.get("kind") == "html" or m.get("kind") == "alt":
        pass
    charset = m.get("charset", "utf-8"); cte = m.get("cte", "qp")
    kind = m.get("kind", "plain")
    if kind == "plain": body = textpart(text, "plain", charset, cte)
    elif kind == "html": body = textpart(to_html(text), "html", charset, cte)
    else:
        body = MIMEMultipart("alternative")
        plain = "\n".join(("  ".join(c.strip() for c in l.strip("|").split("|")) if l.startswith("|") else l) for l in text.split("\n"))
        body.attach(textpart(plain, "plain", charset, cte))
        body.attach(textpart(to_html(text), "html", charset, cte))
    if m.get("attach"):
        msg = MIMEMultipart("mixed"); msg.attach(body)
        for fn, ctype in m["attach"]:
            mt, st = ctype.split("/")
            a = MIMEBase(mt, st); a.set_payload(bytes(random.Random(fn).randbytes(180)))
            encoders.encode_base64(a)
            a.add_header("Content-Disposition", "attachment", filename=fn)
            msg.attach(a)
    else:
        msg = body
    msg["From"] = hdr(m.get("name", ""), m["from"], True)
    msg["To"] = m.get("to", "cemu.assistance@unicaen.fr")
    if m.get("cc"): msg["Cc"] = m["cc"]
    subj = m["subject"]
    msg["Subject"] = str(Header(subj, "utf-8")) if (any(ord(c) > 127 for c in subj) and idx % 2) else subj
    d = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=2))) + datetime.timedelta(hours=11 * idx + 3, minutes=(idx * 17) % 60)
    if d.month >= 11: d = d.astimezone(datetime.timezone(datetime.timedelta(hours=1)))
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = f"<{idx:03d}.{random.Random(idx).randint(10**8, 10**9)}@{m['from'].split('@')[1]}>"
    if m.get("reply"):
        msg["In-Reply-To"] = f"<cemu.{idx}.ticket@unicaen.fr>"; msg["References"] = msg["In-Reply-To"]
    for k, v in m.get("headers", {}).items(): msg[k] = v
    if "MIME-Version" not in msg: msg["MIME-Version"] = "1.0"
    return msg
