"""The groups a composante hangs on a course code's tail (`INF202-TP1` of `S2INF.02`).

Many schemes build a group's code not from its course's whole code but from the course's
subject and number, the prefix that says the semester, the year or the programme dropped:
`ANG15-G2` of the phonetics course `LE1ANG15` (languages, year 1), `ALA1-G01` of `LSD-ALA1`,
`CAED334TD1` of `RCAED334`; or the semester's or year's digit moved after the subject,
`INF202-TP1` of `S2INF.02` (computing, semester 2, course 02), `MAT303-TD1` of `S3MAT.03`,
`ALL5-G1` of `LEA5ALL`. Nothing the course's code starts with leads to them, so a group
named in passing (« mon TP1 de S2INF.02 », « le groupe 2 » beside LE1ANG15) was missed, or
another year's group of that name read instead.

The catalogue alone says which groups are whose, the way the schemes build them: a head of
groups (`INF202`) that is a known course code's last letters and number, maybe with the single
digit of its prefix moved in front of the number (`tail_heads`), is that course's when
* the head is nothing but those groups' head: no other code starts with it (`ANG2` heads the
  elements `ANG2U01`…, a year's head, not a course's tail);
* exactly one known code gives the head so, or, of several, exactly one whose label the groups'
  labels name (« TD1 ALGORITHMIQUE S2 » of « ALGORITHMIQUE 2 », « G1 LEA5ALL » of `LEA5ALL`);
* and, where both carry labels, the groups' labels name the course (its code or a word of its
  title): a head shared by chance with a course of another subject is no tail of it.
An étape's tail (`GEA2-ALT` of `BGEA2`, `PSY3-EAD` of `LPSY3`) is left to `year_groups`, whose
guards say when a year's group is meant (writer I counts no `PSY3-EAD` beside `PSY5-C11`).
"""
from __future__ import annotations

import re

from triage.catalogue import Catalogue, tolerant_key
from triage.extractors import labels

# A course's key (no separators): a prefix ending with no letter (`S2`, `LE1`, `DR1`; maybe
# none), its subject's letters, its number (maybe none: `DR1ECO`).
_COURSE = re.compile(r"^(?P<prefix>.*?[^A-Z]|)(?P<letters>[A-Z]{2,})(?P<number>\d*)$")
_SEPARATORS = re.compile(r"[\s.\-_/]+")
# A head keeps this many letters of the subject and this many characters in all: shorter ones
# (`AN1`, `ECO`) are too common to say whose they are.
_MIN_LETTERS = 2
_MIN_HEAD = 4
# At most this many codes under a head: a course's groups (a head over more is a programme's).
_MAX_GROUPS = 60
# Words of a label that say no subject: kinds of groups, levels, numbers.
_NOT_TITLE = frozenset("TD TP CM ED GR GRP GPE GROUPE GROUPES GROUP G CEMU EAD FOAD PSEUDO "
                       "SEMESTRE ANNEE ELEMENT MODULE COURS UE EC".split())


def tail_heads(code: str) -> set[str]:
    """The heads a scheme may build `code`'s groups on (`S2INF.02`: INF02, INF202, NF02…):
    a suffix of its subject's letters then its number, the one digit of its prefix (a
    semester, a year) maybe moved in front of the number."""
    key = _SEPARATORS.sub("", code.upper())
    m = _COURSE.match(key)
    if not m:
        return set()
    prefix, letters, number = m.group("prefix"), m.group("letters"), m.group("number")
    digits = re.sub(r"\D", "", prefix)
    moved = (number, digits + number) if len(digits) == 1 else (number,)
    return {head for i in range(len(letters) - _MIN_LETTERS + 1) for tail in moved
            if len(head := letters[i:] + tail) >= _MIN_HEAD and head != key
            and any(c.isdigit() for c in head)}


@labels.once_per_catalogue
def _courses_by_head(catalogue: Catalogue) -> dict[str, list[str]]:
    """{head of groups: the known codes (no group under it) whose tail it is}."""
    index: dict[str, list[str]] = {}
    for code in sorted(catalogue.codes):
        for head in tail_heads(code):
            if catalogue.groups_of(head) and not code.startswith(head):
                index.setdefault(head, []).append(code)
    return index


def groups_of_course(code: str, catalogue: Catalogue) -> dict[str, str]:
    """{group: its tail} of the groups hung on `code`'s tail (`INF202-TP1`: TP1 for
    `S2INF.02`), empty when none or when the catalogue does not say so clearly."""
    if code in catalogue.etapes:
        return {}            # (an étape's groups are its year's: `year_groups`, with its guards)
    index = _courses_by_head(catalogue)
    out: dict[str, str] = {}
    for head in tail_heads(code):
        courses = index.get(head, [])
        if code not in courses or head in catalogue or not _heads_only(head, catalogue):
            continue
        groups = catalogue.groups_of(head)
        if len(courses) > 1:
            named = [c for c in courses if _labels_name(c, groups, catalogue)]
            if named != [code]:
                continue
        elif _labels_disagree(code, groups, catalogue):
            continue
        out.update({g: g[len(head):].lstrip(".-_") for g in groups})
    return out


def _heads_only(head: str, catalogue: Catalogue) -> bool:
    """Whether `head` starts no known code but its groups (`ANG2` starting the elements
    `ANG2U01`… is a year's head; `INF202` starting only `INF202-TD1`… a course's tail)."""
    groups = set(catalogue.groups_of(head))
    if len(groups) > _MAX_GROUPS:
        return False
    starting = catalogue.completions(head, _MAX_GROUPS + 1)
    return bool(starting) and all(c in groups for c in starting)


def _title_words(code: str, catalogue: Catalogue) -> set[str]:
    """The words of `code`'s label that say its subject, and its code's key."""
    words = {w for w in labels.words_of(catalogue.label(code) or "")
             if len(w) >= 3 and not any(c.isdigit() for c in w) and w not in _NOT_TITLE
             and labels.is_programme_word(w)}
    return words | {tolerant_key(code)}


def _labels_name(code: str, groups: list[str], catalogue: Catalogue) -> bool:
    """Whether one of the `groups`' labels names `code`: its code, or a word of its title."""
    title = _title_words(code, catalogue)
    return any(tolerant_key(w) in title or w in title
               for g in groups for w in labels.words_of(catalogue.label(g) or ""))


def _labels_disagree(code: str, groups: list[str], catalogue: Catalogue) -> bool:
    """Whether the course and its groups both carry labels and none of the groups' names it."""
    return bool(catalogue.label(code)) and any(catalogue.label(g) for g in groups) \
        and not _labels_name(code, groups, catalogue)
