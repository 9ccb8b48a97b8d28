"""Tiny helper: build one .eml from hand-written text, and its gold entry."""
import datetime, hashlib
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy, utils

TO = "cemu.assistance@unicaen.fr"
TZ = datetime.timezone(datetime.timedelta(hours=1))
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def date(day, hh, mm):
    return utils.format_datetime(datetime.datetime(2026, 11, day, hh, mm, 17 % (mm + 1), tzinfo=TZ))


def build(fname, frm, subject, when, text=None, html=None, cs="utf-8", cte=None, atts=(),
          irt=None, hdr=None, to=TO):
    m = EmailMessage(policy=policy.default)
    name, addr = frm
    m["From"] = Address(name, addr_spec=addr) if name else addr
    m["To"] = to
    if subject is not None:
        m["Subject"] = subject
    m["Date"] = date(*when)
    dom = addr.split("@")[-1] if "@" in addr else "localhost"
    m["Message-ID"] = "<%s@%s>" % (hashlib.md5(fname.encode()).hexdigest()[:20], dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in (hdr or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, charset=cs, cte=cte) if cte else m.set_content(text, charset=cs)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=cs)
    else:
        m.set_content(html, subtype="html", charset=cs, cte=cte) if cte else m.set_content(html, subtype="html", charset=cs)
    for fn, data, mt in atts:
        mt1, mt2 = mt.split("/")
        m.add_attachment(data, maintype=mt1, subtype=mt2, filename=fn)
    return m


def gold(codes, nums, ids, sym, role, schemes, etapes, note, lang="fr", auto=False):
    return {"apogee_codes": [c for c, _ in codes],
            "apogee_codes_as_written": [w for _, w in codes],
            "student_numbers": nums, "course_ids": ids, "symptom": sym,
            "sender_role": role, "language": lang, "auto_reply": auto,
            "schemes": schemes, "etapes_said": etapes, "note": note}
