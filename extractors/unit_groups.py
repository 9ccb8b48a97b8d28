"""A group named by its number and its teaching unit's (« le groupe 7 de l'UE 3 »).

A first year of health (PASS, LAS) and many licences split each UE into numbered groups, and
people name one as they hear it: « je suis dans le groupe 4 de l'UE 5 », « TD 2 de l'UE 11 »,
« group 3 of UE 1 ». The UE's number pins the unit as a code would: the group is the one known
code whose head numbers that UE (`PASUE5`, `PS1-UE05`) and whose tail is a group of that number
(`PASUE5G04`, `PS1-UE05-TD4`). Read only when exactly one code fits (the catalogue of many
programmes may number the UEs of several years alike: then the mail says too little).
"""
from __future__ import annotations

import re

from triage.catalogue import Catalogue

# « groupe 7 de l'UE 3 », « GROUPE 4 DE L'UE 5 », « gr 2 UE 11 », « TD 3 de l'UE 6 », « group 3
# of UE 1 »: the group's number, then the UE's.
UNIT_GROUP = re.compile(
    r"\b(?i:groupe|group|gr|grp|gpe|td|tp)\s?(?:(?i:n°|num[ée]ro)\s?)?(?P<group>\d{1,2})\s+"
    r"(?:(?i:de\s+l['’]\s?|of\s+(?:the\s+)?|en\s+|dans\s+l['’]\s?)|\s*)"
    r"(?i:UE)\s?(?P<unit>\d{1,2})(?!\d|[.,]\d)")
# The kinds of group a tail may say before the number (`G07`, `TD4`, `GR2`).
_GROUP_TAILS = ("G", "GR", "TD", "TP", "")
# The UE's number in a head, padded or not, no digit after it (`PASUE3` for UE 3, not `PASUE31`).
_UNIT_IN_HEAD = "(?:^|[^0-9])UE[.\\-_]?0*{unit}(?![0-9])"


def named(group: str, unit: str, catalogue: Catalogue) -> str | None:
    """The one known group numbered `group` of the UE numbered `unit`, None when none or many."""
    in_head = re.compile(_UNIT_IN_HEAD.format(unit=int(unit)))
    found = {code for tail in _GROUP_TAILS
             for head, code in catalogue.heads(f"{tail}{int(group)}")
             if in_head.search(head.upper())}
    return found.pop() if len(found) == 1 else None
