"""The étape a writer says they are in, in words (« je suis en L1 droit » → the étape labelled
« Licence Droit 1re année »): `entities.etapes_said`, a fact of its own, never a cited code.

Read with a catalogue that has labels and knows which codes are étapes: each year a part names
(`labels.years_named`) is compared with the labels of the étapes of that year by the reader
that picks a group's head (`labels.head_named`). See docs/extraction.md « Étapes said in words ».
"""
from __future__ import annotations

from triage.catalogue import Catalogue
from triage.extractors.labels import head_named, label_parts, once_per_catalogue, years_named
from triage.model import Span

# A writer says their year where they write, not in a pasted table: the first pages suffice.
SAID_CHARS = 20_000


def etapes_said(text: str, part: str, catalogue: Catalogue) -> list[Span]:
    """The étape each year `text` names in words stands for (« je suis en L1 droit »: L1DRT,
    labelled « Licence Droit 1re année »): the one étape whose label agrees best with it, none
    on a tie, none without labels or without knowing which codes are étapes. A fact of its own,
    the year the writer says they are in, never a cited code: writers split on counting it."""
    by_year = _etapes_by_year(catalogue)
    if not by_year:
        return []
    found = []
    for said in years_named(text[:SAID_CHARS]):
        code = head_named(by_year.get(said.year, []), [said], catalogue)
        if code:
            found.append(Span("etape_said", code, text[said.start:said.end], part, said.start,
                              said.end))
    return found


@once_per_catalogue
def _etapes_by_year(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """{year: [(code, code)]} of the étapes whose label names that year (only they can agree
    with a year said)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for code in sorted(catalogue.etapes):
        for year in sorted({p.year for p in label_parts(catalogue.label(code) or "")}):
            index.setdefault(year, []).append((code, code))
    return index
