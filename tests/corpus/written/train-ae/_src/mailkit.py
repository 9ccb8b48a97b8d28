"""Small helpers to write one .eml and its gold entry (train-ae)."""
import datetime
import email.utils
from email.message import EmailMessage
from email.headerregistry import Address

TZ = datetime.timezone(datetime.timedelta(hours=1))
CEMU = "cemu.assistance@unicaen.fr"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082")

S_BIO = "sciences BIO.n.nn, groups BIOnnnTDk (invented)"
S_BUT = "IUT BUT GEA-Rsnn, groups per semester GEAS3-TD3 (invented)"
S_IAE = "IAE IMnXXXnn, groups FI/AL/FC (invented)"
S_ESX = "ESIX Xn.XXX.n, groups -Gk (invented)"
S_MEF = "INSPE MEEF MnPE-unn, groups EDk (invented)"
S_DRT = "droit DLnXXXn, groups -Gk (invented)"
S_GEO = "geographie GGn-Enn, groups Pk (invented)"
S_STP = "STAPS STPn-0nn, groups TDk (invented)"
S_HSS = "HSS M.1xxxx porteur/porte (FAQ)"
S_LVE = "LVE AN-nnX (FAQ)"
S_CA = "INSPE 1CAnnn (FAQ)"
S_FAQ = "FAQ codes RCAED334 / IRAN-15 (FAQ)"

MAILS = []


def gold(codes=(), nums=(), ids=(), sym="other", role="student", lang="fr", auto=False,
         schemes=(), etapes=(), note=""):
    return {"apogee_codes": [c for c, _ in codes], "apogee_codes_as_written": [w for _, w in codes],
            "student_numbers": list(nums), "course_ids": list(ids), "symptom": sym,
            "sender_role": role, "language": lang, "auto_reply": auto, "schemes": list(schemes),
            "etapes_said": list(etapes), "note": note}


def mail(fn, frm, subject, when, text=None, html=None, g=None, charset="utf-8", cte=None,
         attach=(), headers=None, to=CEMU, html_charset=None, html_cte=None):
    """Register one mail. frm = (display name, address); when = (day, hour, minute)."""
    m = EmailMessage()
    name, addr = frm
    user, dom = addr.split("@")
    m["From"] = Address(name, user, dom) if name else addr
    m["To"] = to
    m["Subject"] = subject
    d, h, mi = when
    m["Date"] = email.utils.format_datetime(datetime.datetime(2026, 11, d, h, mi, tzinfo=TZ))
    m["Message-ID"] = f"<{fn[:3]}.{d}{h}{mi}.ae@{dom}>"
    for k, v in (headers or {}).items():
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte) if cte else m.set_content(text, charset=charset)
        if html is not None:
            kw = {"subtype": "html", "charset": html_charset or charset}
            if html_cte:
                kw["cte"] = html_cte
            m.add_alternative(html, **kw)
    else:
        kw = {"subtype": "html", "charset": html_charset or charset}
        if html_cte:
            kw["cte"] = html_cte
        m.set_content(html, **kw)
    for fname, data, mt in attach:
        maint, sub = mt.split("/")
        m.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    MAILS.append((fn, m, g))
