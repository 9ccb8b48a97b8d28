"""Groups of a kind of study named in passing: an étape's own.

An étape gathers its students in groups by how they study: on site, at a distance, as
apprentices, in continuing education (`DUGER-DIS` « DU Gérontologie à distance CEMU » beside
`DUGER-PRE` « … présentiel »; `IAM1CG-FI` « Formation initiale M1 CG »). A mail that cites the
étape itself (« les inscrits au DUGER ») and names « le groupe à distance » names that étape's
one distance group. A course's own distance group is not read so (writer W counts neither
« le groupe présentiel » nor « le groupe à distance » of its course: `group_names`), nor a kind
of an étape the mail does not cite.
"""
from __future__ import annotations

from triage.catalogue import Catalogue, tolerant_key
from triage.extractors import labels

# The tail a group adds to its étape's code (`-DIS`, `.EAD`, `ALT`): a few characters.
_MAX_TAIL = 4


def of_cited_etapes(kind: str, found: list[str], catalogue: Catalogue) -> set[str]:
    """The groups of a kind of study (`labels.study_kind`: « EAD », « ALT ») of the étapes the
    mail cites whole (`DUGER`: `DUGER-DIS`), by their tail or their own label; a cited course
    (no étape) gives none."""
    named = set()
    for code in found:
        if code not in catalogue.etapes:
            continue
        key = tolerant_key(code)
        for group in catalogue.completions(code, 100):
            tail = group[len(code):].lstrip(".-_") if group.startswith(code) else ""
            if 0 < len(tolerant_key(group)) - len(key) <= _MAX_TAIL and tail and (
                    labels.tail_kind(tail) == kind
                    or kind in labels.label_kinds(catalogue.label(group) or "")):
                named.add(group)
    return named

