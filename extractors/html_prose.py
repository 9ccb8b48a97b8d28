"""Codes an HTML part writes in its prose while the plain part sent beside it does not.

A mail's plain and HTML parts are meant to say the same thing, and the reader reads the plain
one. Some mailers and some writers send a plain part that only sums the HTML up (« see the
table below »), the course's code left in the HTML's sentence (« my seminar M.1.SO02 (Enquête
2) »): eight of writer AY's twelve HTML mails. The HTML's text is read for the codes the plain
part never writes; everything else the plain part has said already. A mail sent in HTML alone
(its text is the HTML's: `ParsedMail.text_from_html`) is not read twice.
"""
from __future__ import annotations

import re

from triage.catalogue import Catalogue
from triage.extractors import identifiers as ids
from triage.extractors import parts
from triage.extractors.codes import find_codes
from triage.extractors.html_text import text_of_html
from triage.model import ParsedMail, Span

_READ_KINDS = (parts.BODY, parts.QUOTED)
# A plain part that sums its HTML up goes with a short mail; a pasted table's HTML (1 MB) had its
# plain part read, or is the plain part.
MAX_HTML = 100_000
_DIGIT = re.compile(r"\d")


def codes_only_in_html(mail: ParsedMail, written: str, catalogue: Catalogue | None) -> list[Span]:
    """The codes of `mail`'s HTML text (its body and quoted lines, as for the plain part) whose
    written form `written` (the subject and the plain text) never holds; spans of part `html`,
    offsets in the HTML (-1 where an entity hides the form)."""
    html = mail.html
    if not html or mail.text_from_html or len(html) > MAX_HTML:
        return []                              # (no plain part: its text was read already)
    prose = text_of_html(html)
    if prose.strip() == mail.text.strip():
        return []                              # (the plain part is the HTML's text)
    # (a code has a digit, or a piece of one has: words the plain part lacks without any are
    # wording only, and the HTML is not read again)
    if not any(_DIGIT.search(w) for w in set(prose.split()) - set(written.split())):
        return []
    regs = parts.regions(prose, parts.BODY)
    seen = written.lower()
    out: list[Span] = []
    # (links and addresses are no codes' places: the HTML's text writes each link's target)
    skip = [(a, b) for _, a, b in ids.find_urls(prose)] + ids.email_ranges(prose)
    for span in find_codes(prose, "html", skip, catalogue):
        if span.text.lower() in seen or parts.kind_at(regs, span.start) not in _READ_KINDS:
            continue
        at = html.find(span.text)
        out.append(Span("apogee_code", span.value, span.text, "html", at,
                        at + len(span.text) if at >= 0 else -1))
    return out
