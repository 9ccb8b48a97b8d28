"""The étape a writer says they are in, in words (« je suis en L1 droit » → the étape labelled
« Licence Droit 1re année »): `entities.etapes_said`, a fact of its own, never a cited code.

Read with a catalogue that has labels and knows which codes are étapes: each year a part names
(`labels.years_named`) is compared with the labels of the étapes of that year by the reader
that picks a group's head (`labels.head_named`). See docs/extraction.md « Étapes said in words ».
"""
from __future__ import annotations

import re

from triage.catalogue import Catalogue
from triage.extractors.labels import (Named, heads_scored, label_parts, once_per_catalogue,
                                     years_named)
from triage.model import Span

# A writer says their year where they write, not in a pasted table: the first pages suffice.
SAID_CHARS = 20_000

# A programme named in English (exchange students, staff writing in English: « first-year law »,
# « 2nd-year psychology ») or cut short (« L3 maths »): the labels' French words are read beside it.
_ALSO = {"LAW": "DROIT", "PSYCHOLOGY": "PSYCHOLOGIE", "HISTORY": "HISTOIRE", "ENGLISH": "ANGLAIS",
         "GERMAN": "ALLEMAND", "SPANISH": "ESPAGNOL", "ITALIAN": "ITALIEN", "BIOLOGY": "BIOLOGIE",
         "GEOGRAPHY": "GEOGRAPHIE", "SOCIOLOGY": "SOCIOLOGIE", "ECONOMICS": "ECONOMIE",
         "MATHEMATICS": "MATHEMATIQUES", "MATHS": "MATHEMATIQUES", "MATH": "MATHEMATIQUES",
         "PHYSICS": "PHYSIQUE", "CHEMISTRY": "CHIMIE", "COMPUTER": "INFORMATIQUE",
         "LITERATURE": "LETTRES", "PHILOSOPHY": "PHILOSOPHIE", "MEDICINE": "MEDECINE",
         "PHARMACY": "PHARMACIE", "SPORT": "STAPS", "SPORTS": "STAPS"}

# What a year is said of is in its sentence before it (a clause may run over a comma).
_SENTENCE_END = re.compile(r"[.;!?\n]")
BEFORE_CHARS = 80
# A course's year, not the writer's étape: a course named before the year and its code in
# brackets after it (« le cours de droit civil de L2 (JL2S3CIV) », « l'UE de biochimie en 2e
# année de pharmacie (PH2UE03) »). Without the code (« mon cours de 2e année QLIO », « le cours
# que je donnais en L2 lettres modernes ») writers count the year as the cohort the mail is about.
_COURSE_WORD = re.compile(r"\b(?:cours|UE|EC|module|mati[eè]re|enseignement|espace|ressource|"
                          r"course)\b", re.IGNORECASE)
_CODE_IN_BRACKETS = re.compile(r"[^.;!?()\n]{0,40}?\(\s*(?=[\w.\-]*\d)(?=[\w.\-]*[^\W\d_])"
                               r"[\w.\-]{3,12}\s*\)")
# A staff member's function (« responsable L2 maths », « scolarité L2 droit », « Responsable
# pédagogique M1 CCA »): their job, not a cohort their mail is about.
_FUNCTION = re.compile(r"\b(?:responsable|directeur|directrice|secr[ée]tariat|secr[ée]taire|"
                       r"scolarit[ée]|gestionnaire|coordinat(?:eur|rice)|r[ée]f[ée]rente?)\b"
                       r"[^.;!?\n,]{0,20}$", re.IGNORECASE)


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
        if not _the_writers(text, said.start, said.end):
            continue
        said = Named(said.year, said.level,
                     said.words + tuple(_ALSO[w] for w in said.words if w in _ALSO),
                     said.start, said.end)
        candidates = by_year.get(said.year, [])
        plain = not _SUB_PROGRAMME.search(text, max(0, said.start - BEFORE_CHARS),
                                          said.end + BEFORE_CHARS)
        code = _named(candidates, said, catalogue, plain)
        if not code and not said.level:
            code = _licence_on_a_tie(candidates, said, catalogue, plain)
        if code:
            found.append(Span("etape_said", code, text[said.start:said.end], part, said.start,
                              said.end))
    return found


def _named(candidates: list[tuple[str, str]], said: Named, catalogue: Catalogue,
           plain: bool) -> str | None:
    """The one étape whose label agrees best with `said`; on a tie, when the mail says no
    parcours or option (`plain`), the one étape of the best whose label names none: « L1 droit »
    is the étape « L1 DROIT CAEN », not « Licence 1 Droit parcours E » nor « … parcours P »."""
    scored = heads_scored(candidates, [said], catalogue)
    best = [code for score, code in scored if score == scored[0][0]] if scored else []
    if len(best) > 1 and plain:
        best = [code for code in best
                if not _SUB_PROGRAMME.search(catalogue.label(code) or "", 1)]
    return best[0] if len(best) == 1 else None


# A parcours or an option named after a programme (« Licence 1 Droit parcours E », « L3 STAPS
# option APA »; a label starting with « Parcours » is a programme's own name, PASS's).
_SUB_PROGRAMME = re.compile(r"\b(?:parcours|option)\b", re.IGNORECASE)


def _licence_on_a_tie(candidates: list[tuple[str, str]], said: Named,
                      catalogue: Catalogue, plain: bool) -> str | None:
    """A year said without its diploma (« 2e année de droit », « first-year law ») agrees with a
    licence's and a master's label alike: people say « M2 » for a master's year, so the licence
    is meant; unless a BUT's label agrees as well (« MMI 1re année »)."""
    def as_level(level: str) -> str | None:
        return _named(candidates, Named(said.year, level, said.words), catalogue, plain)
    return None if as_level("BUT") else as_level("L")


def _the_writers(text: str, start: int, end: int) -> bool:
    """Whether the year text[start:end] may be the writer's étape or their mail's cohort: not a
    course's year (its code in brackets after it), not a staff member's function."""
    before = text[max(0, start - BEFORE_CHARS):start]
    stops = [m.end() for m in _SENTENCE_END.finditer(before)]
    sentence = before[stops[-1]:] if stops else before
    if _COURSE_WORD.search(sentence) and _CODE_IN_BRACKETS.match(text, end):
        return False
    if _in_a_path(text, start, end):
        return False
    return not _FUNCTION.search(sentence[-40:])


# A category's path on Ecampus (« sous "L1 DROIT > S2" », « Sciences > Informatique > L3 »): a
# place where courses are filed, nobody's étape. A path's steps are joined by « > » between
# words, on one line (a quoted line's « > » starts it).
_PATH_STEP = re.compile(r"[^\W_][\"'»]?[ \t]?>[ \t]?[\"'«]?[^\W_]")
PATH_CHARS = 25


def _in_a_path(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_PATH_STEP.search(text, max(line_start, start - PATH_CHARS),
                                  min(line_end, end + PATH_CHARS)))


def not_cited(said: list[Span], codes: list[str], spans: list[Span]) -> list[Span]:
    """The étapes said that the mail's codes do not already say: an étape cited by its code,
    or one of its groups written as its code (« je suis en L2 STAPS … dans le groupe LSTA2-APA »,
    « le groupe 11 de L1 MIA (SL1MIA-G11) »: the group's code begins with its étape's). A group
    the mail names in words (« en L2 staps groupe 3 ») leaves the étape said: writers count
    both; an étape written with its version (« STL1EM-1 ») is the étape, no group."""
    written = {_SEPARATORS.sub("", s.text).upper() for s in spans if s.kind == "apogee_code"}
    return [s for s in said if s.value not in codes
            and not any(w.startswith(s.value) and _GROUP_OF_IT.match(w, len(s.value))
                        for w in written)]


_SEPARATORS = re.compile(r"[\s.\-_/]+")
# what follows an étape's code in one of its groups' codes: a letter somewhere, not a version
_GROUP_OF_IT = re.compile(r"(?!V?\d{1,3}$)(?=\w*[A-Z])\w+$")


@once_per_catalogue
def _etapes_by_year(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """{year: [(code, code)]} of the étapes whose label names that year (only they can agree
    with a year said)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for code in sorted(catalogue.etapes):
        for year in sorted({p.year for p in label_parts(catalogue.label(code) or "")}):
            index.setdefault(year, []).append((code, code))
    return index
