"""Option groups named in passing: « l'option », « le groupe option » of a course just cited.

A course whose students choose an option gathers those who chose it in a group (`STAPS33OPT`
« Option Sports collectifs », `ST3-206OPT` « Option badminton (UE libre) »). A mail that cites
the course and speaks of « l'option » or « le groupe option » without naming it (« Dans
STAPS33, le groupe option ne contient personne », « ST3-206 + l'option : » over a list of
students) names that group when the course has exactly one: the writers who count a group said
in words count it only then (one course cited, one such group). A course with several options
(« Option natation », « Option escalade ») leaves the bare word naming none; an option named by
its word (« l'option théâtre ») is `group_names`' `_MENTION_OPTION`.
"""
from __future__ import annotations

import re

from triage.catalogue import Catalogue, tolerant_key
from triage.extractors import labels
from triage.extractors.normalize import unaccented_upper as _fold

# « l'option », « le groupe option », « groupe d'option », not followed by what names one
# (« l'option théâtre ») nor by what makes it a setting (« l'option de durée »).
BARE_OPTION = re.compile(
    r"(?:\b(?i:groupes?|grp|gpe)\s+(?:(?i:d)['’]\s*)?|(?<![\w])(?i:l)['’]\s?)(?i:option)\b"
    r"(?!\s*(?:[\-/]|(?i:de|du|des|d['’])\b))")
# (the word after it, when it names the option: a word a label may hold)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]{3,15})\b")
# A group's tail that says an option (`OPT`, `OPT1`, `-OPTA`), or a label that opens with it.
_OPTION_TAIL = re.compile(r"^OPT[A-Z0-9]?$")
_MAX_TAIL = 5


def bare_mentions(text: str) -> list[re.Match[str]]:
    """Where `text` speaks of an option without naming it."""
    out = []
    for m in BARE_OPTION.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt and labels.is_programme_word(_fold(nxt.group(1))):
            continue                       # (« l'option théâtre »: a named option)
        out.append(m)
    return out


def option_groups(code: str, catalogue: Catalogue) -> set[str]:
    """The option groups of the course `code`: its own groups (its code and a short tail)
    whose tail says an option or whose label opens with « Option »."""
    key = tolerant_key(code)
    found = set()
    for group in catalogue.completions(code, 100):
        tail = tolerant_key(group)[len(key):]
        if not 0 < len(tail) <= _MAX_TAIL:
            continue
        label = (catalogue.label(group) or "").split()
        if _OPTION_TAIL.match(tail) or (label and _fold(label[0]) == "OPTION"):
            found.add(group)
    return found


def named(found: list[str], catalogue: Catalogue) -> str | None:
    """The one option group of the courses the mail cites (`found`), None when none or several
    (an étape's options are named by their words, never by the bare one)."""
    groups = set()
    for code in found:
        if code in catalogue.etapes or code not in catalogue:
            continue
        groups |= option_groups(code, catalogue)
    if len(groups) != 1:
        return None
    group = groups.pop()
    return None if group in found else group
