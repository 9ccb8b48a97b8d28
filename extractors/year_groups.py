"""The groups of the year (or semester) a cited course belongs to.

APOGÉE often hangs a student's TD and TP groups on their étape's year, not on each course: a
BUT GEA student of `GEA1R106` (resource 1.06 of year 1) is in `GEA1TD2`, the TD 2 of every
course of year 1; a law student of `JL1.C02` is in `JL1TD04`. A course's code starts with that
year's head: the programme's letters and the year's digit (`GEA1`, `JL1`). Where the digit
counts semesters (a BUT resource `BGE-R301`, semester 3; `PSL5.E06`, semester 5 of a
licence: no licence or BUT has a fifth year) the year is (semester + 1) // 2 (`BGE2`, `PSL3`).

A group named in passing (« je suis dans le TD2 ») is looked for there after the cited course's
own groups and before the rest of the catalogue, whose other programmes hold a TD2 of every
year: it is that year's group only when exactly one group of that name hangs on those heads.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from triage.catalogue import Catalogue
from triage.extractors import labels

# A course's code: the programme's letters, maybe a separator, then a digit (its year, or its
# semester) and more (`GEA1R106`, `JL1.C02`, `IN5A02`); an étape of one digit (`BGEA2`) too.
_YEAR_DIGIT = re.compile(r"^([A-Z]{2,6})[.\-_]?([1-6])(?=[A-Z0-9.\-_]|$)")
# … or a BUT's resource or SAÉ with no year before it: letters, R or S, the semester, its number
# (`BGE-R301`, `GEA-S301`), or its number apart as in « R3.05 » (`GEAR3-05`, writer AD). (With
# a separator on both sides, `GC-R1.05`, the TDs a teacher names beside it are not counted by
# writer K (`train-e` 007), which conflicts with AD's 038: left as before.)
_BUT_ITEM = re.compile(r"^([A-Z]{2,6})(?:[.\-_]?[RS]([1-6])|[RS]([1-6])[.\-_])\d{2}$")
# A BUT's resource after a digit (`CGEA3R05`): the digit may be its semester, read so when the
# digit as a year finds no group (see group_names._semesters).
_SEMESTER_BEFORE_ITEM = re.compile(r"^[A-Z]{2,6}[.\-_]?[1-6][RS]\d{2}$")
# A digit past a licence's or BUT's third year counts semesters (a fourth to sixth year's
# courses, a doctor's, are rare in a mail beside their groups).
_FIRST_SEMESTER_ONLY = 4
# A course of a site or a variant, a letter after its number (`GEA1R03I`, Ifs): its year's
# groups are the site's (`GEA1ITP2A`), not the year's head's.
_VARIANT = re.compile(r"\d[A-Z]$")
_SEPARATORS = ".-_"


class Head(NamedTuple):
    """A year's head as the cited code writes it (`GEA1` of `GEA1R106`, `PSY.2` of `PSY.2A24`:
    a university writes a year's head alike in its courses' and its groups' codes) and the
    separator the code writes after it ("" for `GEA1R106`, "." for `JL1.C02`; None when the
    code writes no year of its own, `BGE-R301`)."""
    written: str
    sep: str | None
    # read from a semester's digit (`PSL3` of `PSL5.E06`): a guess a shaped name may confirm
    # (`PSL3TD5`), a kind of study not (« le groupe EAD » beside `PSY5-C11`: writer I counts
    # no `PSY3-EAD`)
    from_semester: bool = False
    # the semester the mail's year said in words reads in the digit (« S2 » of `GEA2` beside
    # « 1re année »): only the groups whose label says that semester are that year's
    semester: str = ""


def year_heads(codes: list[str], said: list[labels.Named] | None = None,
               catalogue: Catalogue | None = None) -> tuple[tuple[Head, ...], ...]:
    """The heads whose groups are the year's of `codes`, by preference: the heads as the codes
    write them (`GEA1` of `GEA1R106`), then the heads read from a semester (`PSL3` of
    `PSL5.E06`, when `PSL5` has no such group). When the mail says years in words (`said`),
    only a head of such a year, holding one of its initials (« BUT chimie 2e année …
    BCH-R204 »: the writer's year outranks the one read from a code; « BUT MMI 1re année … »:
    no `AL1` of `AL1MMI05`, the site's letters, not the programme's)."""
    written: list[Head] = []
    from_semester: list[Head] = []
    for code in codes:
        key = code.upper()
        if _VARIANT.search(key):
            continue
        if m := _BUT_ITEM.match(key):
            semester = m.group(2) or m.group(3)
            written.append(Head(f"{m.group(1)}{_year(semester)}", None))
            # (… or the semester's, where groups hang on it: `INFS1-TP1A` of `INF-R104`,
            # `GEAS3-ALT` of `GEA-S301`, writer BC)
            written.append(Head(f"{m.group(1)}S{semester}", None))
        elif m := _YEAR_DIGIT.match(key):
            after = key[m.end():m.end() + 1]
            # (a code that ends at its year's digit, the year itself, `GEA1`, writes no
            # separator after its head: it says nothing of its groups' scheme)
            sep = (after if after in _SEPARATORS else "") if after else None
            written.append(Head(m.group(), sep))
            if int(m.group(2)) >= _FIRST_SEMESTER_ONLY or _SEMESTER_BEFORE_ITEM.match(key):
                from_semester.append(Head(m.group()[:-1] + _year(m.group(2)), sep, True))
    tiers = [written, from_semester]
    if said:
        tiers = [[agreed for h in tier if (agreed := _agreeing(h, said, catalogue))]
                 for tier in tiers]
    if catalogue is not None and catalogue.etapes:
        tiers.append(list(etape_heads(codes, catalogue)))
    return tuple(_one_per_head(tier) for tier in tiers if tier)


def _one_per_head(tier: list[Head]) -> tuple[Head, ...]:
    """One head per year (sorted): two codes of one year (`GEA1R106` and `GEA1-R107`, or a BUT
    resource's year beside the year written whole) merge into the head that says the separator
    they agree on, None when they say none or disagree. (Two heads of one year made `named`
    keep whichever a set put last: a reading that changed with the hash seed.)"""
    seps: dict[str, set[str | None]] = {}
    from_semester: dict[str, bool] = {}
    semester: dict[str, str] = {}        # (a function of the head's letters and digit)
    for head in tier:
        seps.setdefault(head.written, set()).add(head.sep)
        from_semester[head.written] = from_semester.get(head.written, True) and head.from_semester
        semester[head.written] = head.semester
    out = []
    for written in sorted(seps):
        said = seps[written] - {None}
        out.append(Head(written, said.pop() if len(said) == 1 else None, from_semester[written],
                        semester[written]))
    return tuple(out)


# A course's code that abbreviates its étape: a few letters, its year's digit, then the
# course's part (`P1.UE08`, `PS1UE03`: a health first year's UEs, the étape `PASS1` or `SPASS1`).
_ABBREVIATED = re.compile(r"^([A-Z]{1,4})[.\-_]?([1-6])(?=[A-Z.\-_])")
# An étape: letters, its year's digit, maybe a parcours's letters (`SPASS1`, `SLAS1B`).
_ETAPE = re.compile(r"^([A-Z]{2,8})([1-6])[A-Z]{0,3}$")
_MIN_PROGRAMME = 3


def etape_heads(codes: list[str], catalogue: Catalogue) -> tuple[Head, ...]:
    """The heads of the groups of the étape a cited course's code abbreviates, where the year's
    groups hang on the programme's name rather than on a head the course writes: `P1.UE08` is
    a course of `PASS1` (the one étape of year 1 whose letters hold P), labelled « PASS Parcours
    Accès Spécifique Santé », whose TDs are `PASS-TD03` (head PASS, a word of that label). None
    when several étapes with such groups fit (a catalogue of many programmes)."""
    heads: set[Head] = set()
    for code in codes:
        key = code.upper()
        m = _ABBREVIATED.match(key)
        if not m or _VARIANT.search(key) or key in catalogue.etapes:
            continue
        fitting = _fitting(catalogue).get(m.groups())
        if fitting is None:
            letters, digit = m.groups()
            fitting = _fitting(catalogue)[(letters, digit)] = [
                found for programme, etape in _etapes_of_year(catalogue).get(digit, ())
                if _subsequence(letters, programme)
                and (found := _programme_heads(programme, etape, catalogue))]
        if len(fitting) == 1:
            heads |= {Head(h, None) for h in fitting[0]}
    return tuple(heads)


@labels.once_per_catalogue
def _fitting(catalogue: Catalogue) -> dict[tuple[str, ...], list[set[str]]]:
    """{(letters, year's digit): the étapes' group heads they fit}, filled as codes are read: a
    big catalogue's étapes of a year are thousands, and a mail's codes abbreviate a few
    programmes. (At most 26⁴ × 6 keys: `_ABBREVIATED`'s letters and digit.)"""
    return {}


def _subsequence(letters: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in letters)


def _programme_heads(letters: str, etape: str, catalogue: Catalogue) -> set[str]:
    """The heads of groups the étape's label names (`PASS` in `SPASS1` « PASS Parcours… »)."""
    named = set(labels.words_of(catalogue.label(etape) or ""))
    return {head for i in range(len(letters)) for j in range(i + _MIN_PROGRAMME, len(letters) + 1)
            if (head := letters[i:j]) in named and catalogue.groups_of(head)}


@labels.once_per_catalogue
def _etapes_of_year(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """{year's digit: [(letters, étape)]} of the étapes written letters then their year."""
    index: dict[str, list[tuple[str, str]]] = {}
    for etape in sorted(catalogue.etapes):
        if m := _ETAPE.match(etape):
            index.setdefault(m.group(2), []).append((m.group(1), etape))
    return index


def _year(semester: str) -> str:
    return str((int(semester) + 1) // 2)


_DIPLOMAS = frozenset({"BUT", "DUT", "LP"})


def _agreeing(head: Head, said: list[labels.Named], catalogue: Catalogue | None) -> Head | None:
    """`head` if its year is one the mail says, the head restricted to the groups of a semester
    when its digit is that year's semester (`_semester_of`), else None."""
    if _agrees(head.written, head.written[-1], said):
        return head
    semester = _semester_of(head.written, catalogue)
    if semester and _agrees(head.written, _year(semester[1:]), said):
        return head._replace(semester=semester)
    return None


def _agrees(head: str, year: str, said: list[labels.Named]) -> bool:
    """Whether `year`, `head`'s, is one the mail says, and the head's letters hold one of the
    initials of that year's programme as said (when said with one)."""
    # (a diploma read as the programme, « the second year of the BUT TC »: `BUT2`, no initials)
    initials = [i for n in said if n.year == year for k, i in n.keys
                if k.strip("0123456789") not in _DIPLOMAS]
    return any(n.year == year for n in said) and (
        not initials or any(c in head[:-1] for i in initials for c in i))


def _semester_of(head: str, catalogue: Catalogue | None) -> str:
    """« S2 » when `head`'s digit may count semesters: a group hanging on it is labelled with
    that semester (`GEA2TD1` « TD1 BUT GEA S2 » of `GEA2-R03`: a BUT whose codes count
    semesters, the first year's groups; writer BB's « nos BUT GEA 1re année » beside that
    course); "" otherwise."""
    word = f"S{head[-1]}"
    if catalogue is not None and catalogue.labels and any(
            _says(code, word, catalogue) for code in catalogue.groups_of(head)):
        return word
    return ""


def _says(code: str, word: str, catalogue: Catalogue) -> bool:
    return word in labels.words_of(catalogue.label(code) or "")


def named(key: str, kind: str, number: str, word: str, heads: tuple[tuple[Head, ...], ...],
          catalogue: Catalogue) -> set[str]:
    """The one group hanging on `heads` (`year_heads`) that a mention names: a shaped name by
    its tail (« TD 2 », `key` TD2: `GEA1TD2`, `JL1TD02`), a kind of study by the kind its tail
    says (« le groupe des alternants »: `GEA2ALT`). None for a bare number (« groupe 4 »:
    writers do not agree it names a group of the course) or for several groups, unless one
    only writes its head as the cited code does (`GEA1TD2` beside `GEA1R106`, not `GEA1-TD2`:
    a university writes its codes in one scheme)."""
    for tier in heads:
        by_head = {h.written: h for h in tier}
        if kind:
            found = {code: (by_head[head], code[len(head):len(head) + 1])
                     for head, code in catalogue.heads(key) if head in by_head
                     and (not by_head[head].semester
                          or _says(code, by_head[head].semester, catalogue))}
        elif word and (study := labels.study_kind(word)):
            found = {code: (h, sep) for h in tier if not h.from_semester
                     for sep in ("", *_SEPARATORS)
                     for tail in labels.KIND_TAILS if labels.tail_kind(tail) == study
                     if (code := f"{h.written}{sep}{tail}") in catalogue
                     and code not in catalogue.etapes    # (`RT2ALT`: an étape, no group)
                     and (not h.semester or _says(code, h.semester, catalogue))}
        else:
            return set()
        if len(found) > 1:
            found = {code: (h, sep) for code, (h, sep) in found.items()
                     if h.sep is not None and h.sep == (sep if sep in _SEPARATORS else "")}
        if found:
            return set(found) if len(found) == 1 else set()
    return set()
