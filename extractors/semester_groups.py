"""A BUT year's groups named beside the year and its semester, no course cited.

A BUT's TD and TP groups hang on each semester (`INFS1-TP3A` « TP3A S1 BUT INF », `GEAS3-TD3`):
a student writes their year and semester in words and their groups by their short label (« je
suis en 1ere annee de BUT info, au S1 je suis en TD3 / TP3A … ecampus me met en TP3B »). Writer
BC counts such a group only with its semester said: the year alone leaves two semesters' groups
of that name. The group is the one whose own label holds the name, the semester said (« S1 »)
and a word of the programme the mail says with its BUT year (« info »: INF).
"""
from __future__ import annotations

import re

from triage.catalogue import Catalogue, short_name_key
from triage.extractors import labels

# A semester said: « S1 », « au semestre 3 », « semester 2 » (« S1 » in capitals only: « s1 » is
# as often a typo or a unit's name).
_SEMESTER_SAID = re.compile(r"\b(?:S|(?i:semestres?|semesters?)\s*(?:n°\s*)?)([1-6])\b")
_LABEL_SEMESTER = re.compile(r"^S([1-6])$")


def semesters_said(text: str) -> set[str]:
    """The semesters a text says (their digits)."""
    return {m.group(1) for m in _SEMESTER_SAID.finditer(text)}


def named(key: str, semesters: set[str], years: list[labels.Named],
          catalogue: Catalogue) -> str | None:
    """The one group whose own label holds the short name `key` (« TP3A »), a semester of
    `semesters` of a BUT year the mail says (`years`, with the programme's words), and one of
    those words; None when no such year is said, or for none or several groups."""
    said = [n for n in years if n.level == "BUT" and n.words]
    if not said or not semesters or not catalogue.labels:
        return None
    wanted = short_name_key(key)
    found = set()
    for code, label in _labelled_semesters(catalogue).get(wanted, ()):
        words = set(labels.words_of(label))
        semester = next(m.group(1) for w in words if (m := _LABEL_SEMESTER.match(w)))
        year = str((int(semester) + 1) // 2)
        if semester in semesters and any(n.year == year and any(labels.same_word(w, words)
                                                                for w in n.words)
                                         for n in said):
            found.add(code)
    return found.pop() if len(found) == 1 else None


@labels.once_per_catalogue
def _labelled_semesters(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """{a group's short name (TP3A): [(code, label)]} of the groups whose label names their
    semester (« TP3A S1 BUT INF »)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for code, label in sorted(catalogue.labels.items()):
        words = labels.words_of(label)
        if sum(1 for w in words if _LABEL_SEMESTER.match(w)) == 1 and words:
            index.setdefault(short_name_key(words[0]), []).append((code, label))
    return index
