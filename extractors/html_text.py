"""An HTML part's text, converted once for the readers that read it.

Two readers read a short mail's HTML beside its plain part: the étapes it says
(`extractors._said_in_html_only`) and the codes its prose writes (`html_prose`); each converted
the same HTML (`html_to_text`, an HTML parser's pass) again. The last few conversions are kept:
a mail's readers ask for its HTML's text in turn.
"""
from __future__ import annotations

import functools

from triage.mail.html import html_to_text

# (the readers of one mail ask in turn; two for a caller that reads two mails in alternation)
_KEPT = 2


@functools.lru_cache(maxsize=_KEPT)
def text_of_html(html: str) -> str:
    """`html_to_text(html)`, converted once for the readers of one mail."""
    return html_to_text(html)
