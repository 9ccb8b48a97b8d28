"""A group's code typed as two words, beside a sibling the mail cites (« je suis dans le groupe
de Saint-Lô (PASS-SLO) au lieu de pass ale »: `PASS-ALE`).

People copy a group's code as they read it on a certificate or in ADE, in lower case and with a
space for its dash. Letters only on both sides look like any two words (« pass », « ale »), so
the pair is read only when the catalogue knows the code it joins AND that code is a group of a
head the mail already cites a code of (`PASS-SLO`, `PASS-U05` under `PASS`): the mail then
names the head's other group. (Codes with a digit split by a space are `split_codes`' work.)
"""
from __future__ import annotations

import re

from triage.catalogue import Catalogue
from triage.extractors import labels
from triage.model import Span

# Two words of letters, one case each (« pass ale », « PASS ALE »), the second a group's short
# tail; a look-ahead so that « de pass ale » still tries « pass » + « ale ».
_PAIR = re.compile(r"(?<![\w@.\-/])(?=([a-z]{2,8} [a-z]{2,4}|[A-Z]{2,8} [A-Z]{2,4})"
                   r"(?![\w@]|[.\-/]\w))")
_SEPARATORS = ("-", ".", "_")


def read(text: str, found: list[str], catalogue: Catalogue) -> list[Span]:
    """The groups `text` types as two words whose head a code of `found` has (see above)."""
    heads = {head for code in found if (head := labels.group_head(code)) != code}
    if not heads:
        return []
    spans = []
    for m in _PAIR.finditer(text):
        first, second = m.group(1).upper().split(" ")
        if first not in heads:
            continue
        # (a group under that head: never an étape the words join, « du cge » beside `DU.CGE04`)
        known = {code for sep in _SEPARATORS if (code := f"{first}{sep}{second}") in catalogue
                 and labels.group_head(code) == first and code not in catalogue.etapes}
        if len(known) == 1 and (code := known.pop()) not in found:
            spans.append(Span("apogee_code", code, m.group(1), "text", m.start(1), m.end(1)))
    return spans
