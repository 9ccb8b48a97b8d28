import html as _H

def g(sym, role, codes=(), nums=(), ids=(), lang="fr", auto=False, schemes=(), note=""):
    codes = [c if isinstance(c, tuple) else (c, c) for c in codes]
    return {
        "apogee_codes": [c for c, w in codes],
        "apogee_codes_as_written": [w for c, w in codes],
        "student_numbers": list(nums),
        "course_ids": list(ids),
        "symptom": sym,
        "sender_role": role,
        "language": lang,
        "auto_reply": auto,
        "schemes": list(schemes),
        "note": note,
    }

OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

def esc(s):
    return _H.escape(s, quote=False)

def P(s, raw=False):
    t = s if raw else esc(s)
    if not s.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    t = t.replace("  ", "&nbsp; ")
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % t

def TABLE(rows, header=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n']
    for i, r in enumerate(rows):
        out.append("<tr>\n")
        for c in r:
            b = "<b>%s</b>" % esc(c) if (header and i == 0) else esc(c)
            out.append('<td width="150" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       '<p class="MsoNormal">%s<o:p></o:p></p></td>\n' % b)
        out.append("</tr>\n")
    out.append("</table>\n")
    return "".join(out)

def outlook(blocks, charset="utf-8"):
    """blocks: str (paragraph, may contain \\n), ('raw', html), ('table', rows)"""
    out = [OUTLOOK_HEAD % charset]
    for b in blocks:
        if isinstance(b, tuple):
            if b[0] == "raw":
                out.append(b[1])
            elif b[0] == "table":
                out.append(TABLE(b[1]))
        else:
            for line in b.split("\n"):
                out.append(P(line))
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)

def tbird(text, charset="UTF-8"):
    lines = [esc(l) if l.strip() else "" for l in text.split("\n")]
    return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; charset=%s\">\n  </head>\n  <body>\n    <p>" % charset
            + "<br>\n      ".join(lines) + "</p>\n  </body>\n</html>\n")

import re as _re
SCHEME_RULES = [
    ("droit-elp", r"[DA](L[123]|M[12])[A-Z]{3}\d"),
    ("droit-etape", r"(DR|AE)(L\d|M\d[A-Z]{0,2}|CAPA|DUVI)"),
    ("droit-groupe", r"[DA]L\d-(TD\d\d|AMP[AB])"),
    ("sante-elp", r"MED\dUE\d\d"),
    ("sante-etape", r"PASS1|DF[GA]S[MOP][A-Z0-9]|LASS[VH]1"),
    ("sante-groupe", r"(DFG\d|DFA\d)-ED\d\d|PASS-TD\d\d"),
    ("iut-elp", r"[A-Z]{2}\d[RS]\d\.\d\d"),
    ("iut-etape", r"BUT[A-Z]{2}\d"),
    ("iut-groupe", r"[A-Z]{2}\d-(TD[A-C1-9]|TP\d[AB]|TP[A-C]\d)"),
    ("sciences-elp", r"S\d[A-Z]{3}\d\d"),
    ("sciences-etape", r"[LM]\d[A-Z]{4}"),
    ("sciences-groupe", r"L\d[A-Z]{3}-T[DP]\d"),
    ("faq-letters+digits", r"S[A-Z]{3}\d{3}|HLAN\d{3}"),
    ("lansad-groupe", r"HLAN\d{3}G\d"),
    ("lve-elp", r"(ANG|ESP|ALL|ITA|RUS|POR|LEA)\dU\d\d"),
    ("lve-etape", r"LC[A-Z]{3}\d|LEA[A-Z]{2}\d"),
    ("lve-groupe", r"(ANG|ESP|ALL|ITA|RUS|POR)\d-TD\d|LEA\d-GR\d"),
    ("faq-lve-dash", r"AN-\d\d[A-D]"),
    ("staps-elp", r"STP\d-U\d\d"),
    ("staps-etape", r"[LM]STAP[1-3P]"),
    ("staps-groupe", r"STL\dTD\d\d|STL3-[A-Z]+"),
    ("iae-elp", r"I(L3|M[12])[A-Z]{3}\d\d"),
    ("iae-etape", r"IAE(L3[GC]|M[A-Z]\d)"),
    ("iae-groupe", r"I(M[A-Z]\d-(ALT|FI|FC)|L3[GC]-TD\d)"),
    ("inspe-elp", r"(PE|SD|EE)\d-UE\d\d"),
    ("inspe-etape", r"M(PE|SD|EE)\d(CA|AL|SL)"),
    ("inspe-groupe", r"(PE|SD|EE)\d-(CAEN|ALEN|SLO)-[A-C1-3]"),
    ("faq-inspe-digit-first", r"\dCA\d{3}"),
    ("geo-elp", r"HGEO\d\.\d\d"),
    ("geo-etape", r"H[LM]GEO\d"),
    ("geo-groupe", r"HGEO\d-(TD\d|EAD)"),
    ("musico-elp", r"MUS\d[A-Z]{3}"),
    ("musico-etape", r"[LM]MUSI\d"),
    ("musico-groupe", r"MUS(\d-TD\d|-[A-Z]+)"),
    ("psy-elp", r"PSY\d-C\d\d"),
    ("psy-etape", r"[LM]PSY[A-Z]?\d"),
    ("psy-groupe", r"PSY\d-(TD\d\d|EAD)"),
    ("faq-hss-dotted", r"M\.\d\.[A-Z]{2}\d\d"),
]
def classify(code):
    hits = [n for n, rx in SCHEME_RULES if _re.fullmatch(rx, code)]
    return hits
