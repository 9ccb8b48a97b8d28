"""Codes found by their labels: an étape a mail names in words (« L1 droit », « première année
de droit », « BUT GEA 2e année », « M1 MEEF Saint-Lô »).

APOGÉE keeps a label beside every code (LIB_ETP « Licence Droit 1re année », « L1 DROIT »,
« 1ère année Licence Droit - Caen »: each composante's staff write their own style), and the
catalogue holds them when the sources gave them (`Catalogue.labels`). People name their year the
way they say it, never as its code: a year (a digit, an ordinal, « première ») and a programme's
words. Both sides are reduced to the same parts (the year, the kind of diploma when said, the
programme's words without accents) and compared; a mail word matches a label word whole, as its
start (« info » for « Informatique ») or as the initials of the label's words (« GEA » for
« Gestion des entreprises et des administrations »). A catalogue without labels finds nothing.
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TypeVar

from triage.catalogue import Catalogue, short_name_key, tolerant_key
from triage.extractors.normalize import unaccented_upper as _ascii

_Index = TypeVar("_Index")

# A year said with its diploma's letter or word: « L1 », « M 2 », « Licence 3 », « Master 1 »,
# « BUT1 », « LP 3 » (the letter glued or spaced; the word spaced).
_LEVEL_YEAR = re.compile(r"\b((?i:L|M|LP|licence|license|master|bachelor)|BUT|DUT)\s?([1-3])"
                         r"(?!\w)")
# A year said as an ordinal: « 1re année », « 2e année », « 2ème année », « première année »,
# « 1st year », « second year », « year 2 »; « année » typed short in a text message (« 1ere
# anne », « 2e anné »).
_ORDINAL_YEAR = re.compile(
    r"\b(?:([1-3])\s?(?:re|ère|ere|er|e|ème|eme|è|nd|st|rd|th)|(premi[eè]re|deuxi[eè]me|seconde?|"
    r"troisi[eè]me|first|third))[\s\-]+(?:ann[ée]e?|year)\b|\byear\s([1-3])\b", re.IGNORECASE)
# A year as schools write it, « 2A » (deuxième année), read beside a diploma only.
_YEAR_A = re.compile(r"\b([1-3])A\b")
# In a label, a programme glued to its year: « GEA2 TD1 », « INFO3 ».
_GLUED_YEAR = re.compile(r"\b([A-Za-z]{2,})([1-3])\b")
# A label that says its diploma may end with the year alone (« BUT Informatique 2 »).
_LAST_YEAR = re.compile(r"\s([1-3])\s*$")
WORD_YEARS = {"PREMIERE": "1", "FIRST": "1", "DEUXIEME": "2", "SECOND": "2", "SECONDE": "2",
               "TROISIEME": "3", "THIRD": "3"}
_LEVELS = {"L": "L", "LICENCE": "L", "LICENSE": "L", "BACHELOR": "L", "LP": "LP", "M": "M",
           "MASTER": "M", "BUT": "BUT", "DUT": "BUT"}
_WORD = re.compile(r"[^\W\d_]+")
# Words that name no programme: articles, the year's own words, what a student says around it.
_NOT_PROGRAMME = frozenset(
    "DE DU DES D LA LE LES L UN UNE ET EN A AU AUX ANNEE ANNEES YEAR OF THE IN AND FOR MA MON MES "
    "MY SUIS JE J SOMMES NOUS ETUDIANT ETUDIANTE ETUDIANTS STUDENT STUDENTS GROUPE GROUPES GROUP "
    "GRP TD TP CM PARCOURS OPTION DIPLOME SEMESTRE CLASSE PROMO PROMOTION COURS UE EC MAIS POUR "
    "AVEC SUR DANS PAR QUI QUE EST SONT ETE CE CET CETTE CES IL ELLE ON NE PAS PLUS TOUT TOUS "
    "LICENCE LICENSE MASTER BUT DUT LP BACHELOR PREMIERE DEUXIEME SECOND SECONDE TROISIEME FIRST "
    "THIRD RE ERE ER E EME ND ST RD TH BONJOUR MADAME MONSIEUR".split())
# How far a programme's words are looked for around the year: its clause, a few words each side.
_CLAUSE_END = re.compile(r"[.;!?()\[\]\n]|,\s")
WORDS_AROUND = 4
# A mail word and a label word agree whole, or one starts the other over this many letters
# (« géo » for « Géographie », « info » for « Informatique »).
MIN_PREFIX = 3


@dataclass(frozen=True)
class Named:
    """A year a text names: its number, its diploma (L, LP, M, BUT; "" when unsaid) and the
    programme's words around it (upper, without accents)."""
    year: str
    level: str
    words: tuple[str, ...]
    # where the year is said in its text (« L1 », « première année »): -1 in a label
    start: int = field(default=-1, compare=False)
    end: int = field(default=-1, compare=False)
    # the year as an étape's code writes it, its letters and digit in either order (« L1 droit »:
    # (L1DROIT, D), (DROITL1, D)), with the initials a head must hold one of: compared with
    # codes (group_names), where `words` are compared with labels
    keys: tuple[tuple[str, str], ...] = field(default=(), compare=False)


def years_said(text: str, with_words: bool = True) -> list[Named]:
    """Every year `text` says in words, read once for both its readers: with the programme's
    words around it (`years_named`, compared with labels; only `with_words`: a reader without
    labels has nothing to compare them with) and as keys an étape's code would write it
    (`year_keys`, compared with codes by group_names)."""
    return (_years_with_words(text) if with_words else []) + _years_as_keys(text)


def years_named(text: str) -> list[Named]:
    """Every year `text` names with the words of its programme (« L1 droit »: 1, L, DROIT)."""
    return [n for n in years_said(text) if n.words]


def year_keys(said: list[Named]) -> list[tuple[str, str]]:
    """The (key, initials) of the years said (`years_said`), each once, sorted."""
    return sorted({key for n in said for key in n.keys})


def _years_with_words(text: str) -> list[Named]:
    found = []
    for m in _LEVEL_YEAR.finditer(text):
        found.append(_named(text, m, m.group(2), _LEVELS[_ascii(m.group(1))]))
    for m in _ORDINAL_YEAR.finditer(text):
        year = m.group(1) or m.group(3) or WORD_YEARS[_ascii(m.group(2))]
        found.append(_named(text, m, year, _level_near(text, m)))
    for m in _YEAR_A.finditer(text):
        level = _level_near(text, m)
        if level:                              # « BUT GEA 2A », never « salle 2A » alone
            found.append(_named(text, m, m.group(1), level))
    return [n for n in found if n.words]


# As a code writes it: a year said as a level then the programme's word (« L1 droit », « L2
# STAPS », « M1 histoire »), or a programme's words then its year in words (« BUT TC 1re
# année », « BUT info 2e année », accents left out as in a text message: « BUT GEA 2e annee »):
# the étape's letters and year digit, whatever their order in its code (`DRL1`, `L1HIST`, `BTC1`).
_LEVEL_WORD = re.compile(r"\b([LM])\s?([1-3])\s+([^\W\d_]{3,12})\b")
_WORDS_YEAR = re.compile(r"\b([^\W\d_]{2,12}(?:[ \t]+[^\W\d_]{2,12})?)[ \t]+"
                         r"(?:([1-3])\s?(?:re|ère|ere|er|e|ème|eme|è)|(premi[èe]re|deuxi[èe]me|troisi[èe]me))"
                         r"\s+ann[ée]e\b", re.IGNORECASE)
# … or in English, the year then the programme (« the first year of the Master at IAE », « 2nd
# year of Economics »): a Master's year is an M's, a licence's or bachelor's an L's.
_ENGLISH_YEAR = re.compile(r"\b(first|second|third|1st|2nd|3rd)\s+year\s+of\s+(?:the\s+)?"
                           r"(?:(master|licence|bachelor)(?:'s)?\s+(?:(?:at|in|of)\s+(?:the\s+)?)?)?"
                           r"([^\W\d_]{2,12})\b", re.IGNORECASE)
# … or a BUT's programme in capitals then its year (« en BUT GEA 2 », « BUT MMI 1 »).
_BUT_YEAR = re.compile(r"\b(?:BUT|DUT)\s+([A-Z]{2,5})\s?([1-3])\b")
_ENGLISH_ORDINALS = {"first": "1", "second": "2", "third": "3", "1st": "1", "2nd": "2", "3rd": "3"}
# Words that are no programme's in a key (« L2 et L3 », « L1 groupe »).
_NOT_IN_KEYS = frozenset("TD TP CM ED GROUPE GROUPES GROUP GRP ET EN DE DU DES LES LA LE UN UNE "
                         "MAIS POUR AVEC SUR DANS PAR QUI QUE AND THE OF IN AU AUX EST SUIS "
                         "SON SA MON MA ETUDIANT ETUDIANTS ETUDIANTE DELEGUE DELEGUES "
                         "ANNEE SEMESTRE".split())


def _years_as_keys(text: str) -> list[Named]:
    """The years `text` says as an étape's code writes them (`Named.keys`, no words): « L1
    droit »: `L1DROIT` and `DROITL1`, « BUT TC 1re année »: `BUTTC1` and `1BUTTC`; a word that
    is no programme's (« L2 et L3 », « L1 groupe ») gives none."""
    found = []
    for m in _LEVEL_WORD.finditer(text):
        word = _ascii(m.group(3))
        if word not in _NOT_IN_KEYS:
            level = m.group(1).upper() + m.group(2)
            found.append(Named(m.group(2), m.group(1).upper(), (), m.start(), m.end(),
                               ((level + word, word[0]), (word + level, word[0]))))
    for m in _WORDS_YEAR.finditer(text):
        words = [_ascii(w) for w in m.group(1).split()]
        while words and words[0] in _NOT_IN_KEYS:
            words.pop(0)
        if words and not any(w in _NOT_IN_KEYS for w in words):
            year = m.group(2) or WORD_YEARS[_ascii(m.group(3))]
            initials = "".join(w[0] for w in words)
            found.append(Named(year, "", (), m.start(), m.end(),
                               (("".join(words) + year, initials),
                                (year + "".join(words), initials))))
    for m in _BUT_YEAR.finditer(text):
        found.append(Named(m.group(2), "BUT", (), m.start(), m.end(),
                           ((m.group(1) + m.group(2), m.group(1)[0]),
                            (m.group(2) + m.group(1), m.group(1)[0]))))
    for m in _ENGLISH_YEAR.finditer(text):
        word = _ascii(m.group(3))
        if word not in _NOT_IN_KEYS:
            year = _ENGLISH_ORDINALS[m.group(1).lower()]
            level = (m.group(2) or " ")[0].upper().replace("B", "L").strip() + year
            found.append(Named(year, level[:-1], (), m.start(), m.end(),
                               ((level + word, word[0]), (word + level, word[0]))))
    return found


def _named(text: str, m: re.Match[str], year: str, level: str) -> Named:
    start = max(0, m.start() - 80)
    left = max([start, *(e.end() for e in _CLAUSE_END.finditer(text, start, m.start()))])
    right_end = _CLAUSE_END.search(text, m.end(), m.end() + 80)
    right = right_end.start() if right_end else min(len(text), m.end() + 80)
    before = _programme_words(text[left:m.start()])[-WORDS_AROUND:]
    after = _programme_words(text[m.end():right])[:WORDS_AROUND]
    return Named(year, level, tuple(before + after), m.start(), m.end())


def _programme_words(text: str) -> list[str]:
    """The words of `text` that may name a programme (upper, without accents; not a lone
    letter, the L of « L1 »)."""
    return [w for w in map(_ascii, _WORD.findall(text)) if len(w) > 1 and w not in _NOT_PROGRAMME]


def _level_near(text: str, m: re.Match[str]) -> str:
    """The diploma said in the ordinal's clause (« BUT GEA 2e année », « 1ère année de
    licence »), "" when none."""
    start = max(0, m.start() - 40)
    for written in _WORD.findall(text[start:m.end() + 30]):
        word = _ascii(written)
        if word in _LEVELS and len(word) > 1 and written not in _NO_LEVEL:
            return _LEVELS[word]
    return ""


# The BUT is written in capitals; « but » in small letters is English (« I made my course
# visible, but my students … Third year computer science »), or French for « goal ».
_NO_LEVEL = frozenset(("but", "But", "dut"))


# A label's own abbreviations: a dotted acronym (« L3 S.T.A.P.S. », « B.U.T. »), « LIC » for
# a licence (« LIC CHIMIE - 1A »); and a year standing alone after its diploma and programme
# (« MASTER MEEF 1 HISTOIRE-GÉO », « BUT CJ 2 - LISIEUX », « LIC DROIT - 3A »).
_DOTTED = re.compile(r"\b(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b\.?)?")
_LABEL_LEVELS = {**_LEVELS, "LIC": "L"}
_ALONE_YEAR = re.compile(r"(?<![\d°])\b([1-3])A?\b(?![\d°])")


@functools.lru_cache(maxsize=16384)
def label_parts(label: str) -> tuple[Named, ...]:
    """The years a label names (« Licence Droit 1re année »: 1, L, DROIT): usually one."""
    return _label_parts(label)


def _label_parts(label: str) -> tuple[Named, ...]:
    label = _DOTTED.sub(lambda m: m.group().replace(".", ""), label)
    named = years_named(label) or [Named(m.group(2), "", ()) for m in _GLUED_YEAR.finditer(label)
                                   if _ascii(m.group(1)) not in _NOT_PROGRAMME][:1]
    # a label's programme is all its words, and its diploma any it says, wherever they stand
    words = tuple(w for w in _programme_words(label) if w not in _LABEL_LEVELS)
    level = next((_LABEL_LEVELS[w] for w in map(_ascii, _WORD.findall(label))
                  if w in _LABEL_LEVELS and len(w) > 1), "")
    last = _LAST_YEAR.search(label)
    if not named and level and last:           # « BUT Informatique 2 »: its diploma's year
        named = [Named(last.group(1), level, ())]
    alone = _ALONE_YEAR.search(label)
    if not named and level and alone:          # « LIC CHIMIE - 1A », « MASTER MEEF 1 HG »
        named = [Named(alone.group(1), level, ())]
    return tuple(Named(n.year, n.level or level, words) for n in named)


def agreement(said: Named, label: Named) -> int:
    """How many of the words `said` names the label's words hold (0: not this label): the
    years must be the same and the diplomas too when both say theirs."""
    return len(_agreeing(said, label))


def _agreeing(said: Named, label: Named) -> set[str]:
    if said.year != label.year or (said.level and label.level and said.level != label.level):
        return set()
    initials = _initials(label.words)
    return {word for word in said.words
            if any(_same(word, w) for w in label.words) or (len(word) >= 2 and word in initials)}


def _same(said: str, label: str) -> bool:
    if said == label:
        return True
    shorter, longer = sorted((said, label), key=len)
    return len(shorter) >= MIN_PREFIX and longer.startswith(shorter)


@functools.lru_cache(maxsize=16384)
def _initials(words: tuple[str, ...]) -> frozenset[str]:
    """The acronyms of a label's consecutive words (« Gestion Entreprises Administrations »:
    GEA, GE, EA); kept per label, read for every year a mail says."""
    out = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 6) + 1):
            out.add("".join(w[0] for w in words[i:j]))
    return frozenset(out)


def head_named(candidates: list[tuple[str, str]], said: list[Named],
               catalogue: Catalogue) -> str | None:
    """The code of the one (head, code) candidate whose labels (the group's own, « L1 DROIT TD
    7 », and its head's, the étape's) agree best with a year the mail names; None on a tie,
    without labels or without any agreement."""
    scored = heads_scored(candidates, said, catalogue)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def heads_scored(candidates: list[tuple[str, str]], said: list[Named],
                 catalogue: Catalogue) -> list[tuple[int, str]]:
    """(agreement, code) of the candidates whose labels agree with a year the mail names, best
    first (`head_named`'s scores)."""
    if not said or not catalogue.labels:
        return []
    agreeing = _agreement_index(catalogue).codes_agreeing(said)
    if not agreeing:
        return []
    scored = []
    years = {s.year for s in said}
    for head, code in candidates:
        if head not in agreeing and code not in agreeing:
            continue                           # (neither label agrees with a word said)
        # the group's own label (« M1 CG alternants ») and its étape's (« M1 CCA IAE Caen »)
        # describe it together: the words either holds
        parts = _parts_of(catalogue.label(head), catalogue.label(code))
        if not any(p.year in years for p in parts):
            continue                           # (no year said agrees: the usual case)
        score = max((len(set().union(*(_agreeing(s, p) for p in parts))) for s in said),
                    default=0) if parts else 0
        if score:
            scored.append((score, code))
    scored.sort(reverse=True)
    return scored


@functools.lru_cache(maxsize=65536)
def _parts_of(head_label: str | None, label: str | None) -> tuple[Named, ...]:
    """The years a group's label and its head's name (`label_parts` of both), kept."""
    return tuple(p for one in {head_label, label} if one for p in label_parts(one))


class _CodesByWord:
    """Codes by the words of their labels, and the codes a word said is `_same` as one of: the
    word itself, a longer word it starts, a shorter one starting it (both over MIN_PREFIX
    letters). A big catalogue gives a name thousands of candidates (« TD1 »), of which a few
    labels hold the words a mail says: looked up here, the rest is never read."""

    def __init__(self) -> None:
        self.by_word: dict[str, set[str]] = {}
        self._sorted: list[str] = []
        self._memo: dict[str, frozenset[str]] = {}

    def add(self, word: str, code: str) -> None:
        self.by_word.setdefault(word, set()).add(code)
        self._sorted = []

    def same_as(self, word: str) -> frozenset[str]:
        """The codes whose label holds a word `_same` as `word`."""
        found = self._memo.get(word)
        if found is None:
            if not self._sorted:
                self._sorted = sorted(self.by_word)
            if len(self._memo) > _MEMO_WORDS:
                self._memo.clear()
            words = [word]
            if len(word) >= MIN_PREFIX:
                words += _starting(self._sorted, word)
                words += [word[:n] for n in range(MIN_PREFIX, len(word))]
            found = self._memo[word] = frozenset().union(
                *(self.by_word.get(w, ()) for w in words))
        return found


# How many words said a `_CodesByWord` keeps its answer for (each a set of codes).
_MEMO_WORDS = 4096


def _starting(ordered: list[str], prefix: str) -> list[str]:
    """The items of the sorted list `ordered` that start with `prefix`, `prefix` aside."""
    start = end = bisect.bisect_right(ordered, prefix)
    while end < len(ordered) and ordered[end].startswith(prefix):
        end += 1
    return ordered[start:end]


class _AgreementIndex:
    """The labelled codes by the words their labels' years could agree with (`_agreeing`), for
    `heads_scored`. Exact: a code is kept for a word said when its label names that year with a
    word `_same` as it, or with it among its initials; the codes kept are weighed as before."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.by_year: dict[str, _CodesByWord] = {}
        self.by_initials: dict[tuple[str, str], set[str]] = {}
        parts_of: dict[str, tuple[Named, ...]] = {}
        for code, label in catalogue.labels.items():
            if label not in parts_of:          # (uncached: the label_parts cache stays the mail's)
                parts_of[label] = _label_parts(label)
            for part in parts_of[label]:
                words = self.by_year.setdefault(part.year, _CodesByWord())
                for word in part.words:
                    words.add(word, code)
                for initials in _initials(part.words):
                    self.by_initials.setdefault((part.year, initials), set()).add(code)

    def codes_agreeing(self, said: list[Named]) -> set[str]:
        """The codes whose label could agree with a word of a year `said`."""
        out: set[str] = set()
        for named in said:
            words = self.by_year.get(named.year)
            for word in named.words:
                if words is not None:
                    out |= words.same_as(word)
                if len(word) >= 2:
                    out |= self.by_initials.get((named.year, word), set())
        return out


def once_per_catalogue(build: Callable[[Catalogue], _Index]) -> Callable[[Catalogue], _Index]:
    """`build(catalogue)` computed once per catalogue object: an index of its labels, asked for
    by every mail read. (A catalogue is a mutable dataclass, not hashable: kept by its id, the
    object itself held beside the index so that a recycled id is never mistaken for it.)"""
    cache: dict[int, tuple[Catalogue, _Index]] = {}

    @functools.wraps(build)
    def built(catalogue: Catalogue) -> _Index:
        hit = cache.get(id(catalogue))
        if hit is not None and hit[0] is catalogue:
            return hit[1]
        if len(cache) > 8:
            cache.clear()
        index = build(catalogue)
        cache[id(catalogue)] = (catalogue, index)
        return index
    return built


_agreement_index = once_per_catalogue(_AgreementIndex)


def codes_with_word(word: str, catalogue: Catalogue) -> frozenset[str]:
    """The codes whose label holds `word` (a word said: `same_word` of `words_of` the label)."""
    return _codes_by_word(catalogue).same_as(word)


@once_per_catalogue
def _codes_by_word(catalogue: Catalogue) -> _CodesByWord:
    index = _CodesByWord()
    words: dict[str, set[str]] = {}
    for code, label in catalogue.labels.items():
        if label not in words:                 # (uncached: `_label_words` stays the mail's)
            words[label] = set(words_of(label))
        for word in words[label]:
            index.add(word, code)
    return index


# A title written beside a code is on its line, just after it (« IFI.21 Finance d'entreprise »)
# or just before it (« Finance d'entreprise (IFI.21) »).
TITLE_CHARS = 60
# The share of a label's words the title beside a code must hold; a stub keeps at least this
# share of the code it stands for (« HLAN2 » is a start, not a code with its last digits lost).
TITLE_SHARE = 0.5
STUB_SHARE = 0.75


def completed_by_title(written: str, text: str, start: int, end: int,
                       catalogue: Catalogue) -> str | None:
    """The known code a truncated `written` (text[start:end]) stands for when several complete
    it and exactly one's label is the title written beside it on its line (« IFI.21 Finance
    d'entreprise » for IFI.21A, not IFI.21B « Finance de marché »)."""
    if not catalogue.labels:
        return None
    stub = len(tolerant_key(written))
    # (the codes a stub of this share may be cut from: its course's groups, longer, do not
    # count against the limit)
    completions = [c for c in catalogue.completions(written, longest=int(stub / STUB_SHARE))
                   if catalogue.label(c) and stub >= STUB_SHARE * len(tolerant_key(c))]
    if _head_of_groups(written, completions):
        return None
    if len(completions) < 2:
        return None                # none, or one: the catalogue's own completion decides
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    beside = _programme_words(text[max(line_start, start - TITLE_CHARS):start] + " "
                              + text[end:min(line_end, end + TITLE_CHARS)])
    if not beside:
        return None
    # (a tie goes to the label more of whose words the title holds: « physiologie de
    # l'effort » is PHYSIOLOGIE DE L'EFFORT 2, not PHYSIOLOGIE 2)
    shares = sorted(((_title_share(catalogue.label(c) or "", beside), c) for c in completions),
                    reverse=True)
    (share, code), (second, _) = shares[0], shares[1]
    return code if share[0] >= TITLE_SHARE and share > second else None


def _head_of_groups(written: str, completions: list[str]) -> bool:
    """Whether `written` is whole, the course its completions are groups of: each adds a tail
    of two characters or more that starts with a letter (`M.1.MS03` beside M.1.MS03TD,
    M.1.MS03CM; `M.1SOC3A` beside M.1SOC3ATD). A group's label repeats its course's title
    (« TD Théories chang. social »), so the title beside the course's code would pick a group;
    the course itself is then unknown (archived, of another catalogue), not a truncation (a
    stub completed by a letter, `IFI.21` for IFI.21A, or by digits, stays one)."""
    stub = tolerant_key(written)
    tails = [tolerant_key(c)[len(stub):] for c in completions]
    return bool(tails) and all(len(t) >= 2 and t[0].isalpha() for t in tails)


def _title_share(label: str, beside: list[str]) -> tuple[float, int]:
    """The share of `label`'s words the title `beside` holds, and how many: a word of the title
    stands for a label's word it is, or starts (four letters at least: « fin » of « la fin est
    illisible » is no FINANCE)."""
    words = _programme_words(label)
    if not words:
        return 0.0, 0
    held = sum(any(_same(b, w) and (b == w or len(b) >= _TITLE_PREFIX) for b in beside)
               for w in words)
    return held / len(words), held


_TITLE_PREFIX = 4


_LABEL_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=16384)
def _label_words(label: str) -> tuple[str, ...]:
    """`words_of` a label, kept: a catalogue's labels are read again for every mail."""
    return tuple(words_of(label))


def words_of(label: str) -> list[str]:
    """A label's words and numbers, upper, without accents (« TD 3 Droit L2 »: TD, 3, DROIT, L2)."""
    return [_ascii(w) for w in _LABEL_WORD.findall(label)]


def distinct_words(label: str, others: list[str]) -> set[str]:
    """The words of `label` that none of `others` holds: what tells a group from its siblings
    (« Caen Arts plastiques » beside « Alencon Arts plastiques »: CAEN; « TD 3 Droit L2 »: 3)."""
    seen = {w for other in others for w in _label_words(other)}
    return {w for w in _label_words(label) if w not in seen and w not in _NOT_PROGRAMME}


def labels_holding(labels: list[str]) -> Counter[str]:
    """{word: how many of `labels` hold it}, for `distinct_among`."""
    return Counter(w for label in labels for w in set(_label_words(label)))


def distinct_among(label: str, holding: Counter[str]) -> set[str]:
    """`distinct_words(label, others)` where `holding` counts the words of `others` and
    `label` (`labels_holding`): a family's labels counted once for each of its groups."""
    return {w for w in _label_words(label) if holding[w] == 1 and w not in _NOT_PROGRAMME}


def same_word(said: str, words: Collection[str]) -> bool:
    """Whether a word of a mail is one of `words` (whole, or a start of three letters or more)."""
    return any(_same(said, w) for w in words)


def is_programme_word(word: str) -> bool:
    """Whether a word (upper, without accents) may name something (not an article, a verb…)."""
    return word not in _NOT_PROGRAMME


# A label's name, its first words joined (« DFGSM 2 MEDECINE »: `DFGSM2`), is what people
# write where a code stands; up to this many words, letters and digits mixed.
NAME_WORDS = 3
_MIXED_KEY = re.compile(r"^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{4,}$")


def codes_by_label_name(written: list[str], catalogue: Catalogue) -> dict[str, str]:
    """{code of the mail: the known code whose label it writes} for codes unknown to the
    catalogue that are the start of a label joined (« En DFGSM2 » of the étape MEDFG2 labelled
    « DFGSM 2 MEDECINE »; « DFGSM2 UE12 » of DFG2.U12 labelled « DFGSM2 UE12 Cardio »): the one
    étape so labelled, else the one code whose label's first two words or more it joins (one
    word starts many labels: « GEA2 TD1 », « GEA2 TD2 »)."""
    if not catalogue.labels:
        return {}
    by_name = _codes_by_label_name(catalogue)
    found = {}
    for code in written:
        if code in catalogue:
            continue
        key = tolerant_key(code)
        # (a code the written one starts, labelled by it, is one of its groups: `IRAN15PRES`
        # « IRAN-15 presentiel » of the course IRAN-15, archived or of another catalogue)
        named = [(c, n) for c, n in by_name.get(key, ()) if not tolerant_key(c).startswith(key)]
        etapes = [c for c, _ in named if c in catalogue.etapes]
        whole = [c for c, words in named if words > 1]
        if len(etapes) == 1:
            found[code] = etapes[0]
        elif not etapes and len(whole) == 1 == len(named):
            found[code] = whole[0]
    return found


@once_per_catalogue
def _codes_by_label_name(catalogue: Catalogue) -> dict[str, list[tuple[str, int]]]:
    """{key of a label's first words joined: [(code, how many words)]}."""
    index: dict[str, list[tuple[str, int]]] = {}
    for code, label in sorted(catalogue.labels.items()):
        words = _LABEL_WORD.findall(label)
        for n in range(1, min(NAME_WORDS, len(words)) + 1):
            key = tolerant_key("".join(words[:n]))
            if _MIXED_KEY.match(key):
                index.setdefault(key, []).append((code, n))
    return index


# A group's name in its label: a kind of group and its number (« TD 3 », « gr 4 », « Groupe 2 »).
_LABEL_GROUP = re.compile(r"\b(TD|TP|CM|GR|GRP|GPE|GROUPE|GROUP|G)\s?0*(\d{1,2})\b", re.IGNORECASE)
_GENERIC_KINDS = frozenset({"GR", "GRP", "GPE", "GROUPE", "GROUP", "G"})


def group_labelled(kind: str, number: str, said: list[Named], catalogue: Catalogue) -> str | None:
    """The one group whose own label holds a group of that `kind` (TD, TP, CM; "" for a bare
    number after a group word) and `number`, and agrees best with a year the mail names: « L3
    STAPS EM, groupe 4 » is the group labelled « STAPS L3 gr 4 »; None on a tie or none."""
    by_number = _groups_by_number(catalogue)
    # (with its head's label too: « L2STA groupe 3 » says its year by its étape's, « Licence 2
    # STAPS »)
    candidates = [(_group_head(code), code) for label_kind, code in by_number.get(number, ())
                  if not kind or label_kind in _GENERIC_KINDS or label_kind == kind
                  or kind in _GENERIC_KINDS]
    return head_named(candidates, said, catalogue) if candidates else None


def group_worded(word: str, said: list[Named], catalogue: Catalogue) -> str | None:
    """The one group whose own label holds `word` (« CHERBOURG »; a compound name's every part,
    « SAINT-LO ») and agrees best with a year the mail names, with its head's label too (« le
    groupe de Cherbourg en deuxième année de droit »: « Droit L2 site de Cherbourg »); None on a
    tie or none."""
    parts = [p for p in word.split("-") if p]
    by_word = _groups_by_word(catalogue)
    if not parts or len(parts[0]) < MIN_PREFIX:
        return None
    candidates = set(by_word.get(parts[0], ()))
    for part in parts[1:]:
        candidates &= set(by_word.get(part, ()))
    return head_named([(_group_head(c), c) for c in sorted(candidates)], said, catalogue) \
        if candidates else None


@once_per_catalogue
def _groups_by_word(catalogue: Catalogue) -> dict[str, list[str]]:
    """{word: the group codes whose label holds it} (groups: codes after a dash or a dot)."""
    index: dict[str, list[str]] = {}
    for code, label in sorted(catalogue.labels.items()):
        if _group_head(code) != code and code not in catalogue.etapes:
            for word in set(words_of(label)):
                if not word.isdigit():
                    index.setdefault(word, []).append(code)
    return index


def group_head(code: str) -> str:
    """A group code's head (see _group_head)."""
    return _group_head(code)


def _group_head(code: str) -> str:
    """A group code's head, its last part after a dot or a dash aside (`L2STA` of
    `L2STA-G03`); a code without one is its own head."""
    cut = max(code.rfind("-"), code.rfind("."))
    return code[:cut] if cut > 0 else code


@once_per_catalogue
def _groups_by_number(catalogue: Catalogue) -> dict[str, list[tuple[str, str]]]:
    """{number: [(kind, code)]} of the groups the catalogue's labels name."""
    index: dict[str, list[tuple[str, str]]] = {}
    for code, label in catalogue.labels.items():
        found = _LABEL_GROUP.findall(label)
        if len(found) == 1:                    # (one group named: a group's own label)
            kind, number = found[0]
            index.setdefault(str(int(number)), []).append((_ascii(kind), code))
    return index


def groups_by_number(number: str, catalogue: Catalogue) -> list[str]:
    """The groups whose own label names a group numbered `number` (« Groupe 3 CJ1 Lisieux »)."""
    return [code for _, code in _groups_by_number(catalogue).get(number, ())]


# A group's label written out in the mail is most of its words: the group's own name aside,
# the words that say whose group it is (« TP2B MMI1 Alencon »: MMI1, ALENCON), at least two.
MIN_WRITTEN_WORDS = 2


def label_written(candidates: list[str], written: frozenset[str], catalogue: Catalogue,
                  name: str) -> str | None:
    """The one code of `candidates` (groups named `name`: « TP2B », « 3 ») whose own label's
    other words the mail writes, every one (`written`: its words and a word glued to the number
    written after it, « CJ 1 » → CJ1): « pour le TP2B … Etudiants MMI1 … site d'Alençon » is
    the group labelled « TP2B MMI1 Alencon »; None when none or several."""
    found = set()
    for code in candidates:
        words = _words_beside_name(catalogue.label(code) or "", name)
        if len(words) >= MIN_WRITTEN_WORDS and words <= written:
            found.add(code)
    return found.pop() if len(found) == 1 else None


@functools.lru_cache(maxsize=65536)
def _words_beside_name(label: str, name: str) -> frozenset[str]:
    """The words of a group's `label` that say whose group it is, the group's `name`'s own
    pieces aside, spaced in the label or not (« TP 3A » of TP3A); kept: a big catalogue has
    thousands of groups of one name, read again for every mail."""
    return frozenset(w for w in _label_words(label)
                     if w not in _NOT_PROGRAMME and w not in _GROUP_WORDS
                     and short_name_key(w) != name and w.lstrip("0") != name
                     and not (w[0].isdigit() and name.endswith(short_name_key(w))))


_GROUP_WORDS = frozenset({"GR", "GRP", "GPE", "GROUPE", "GROUP", "G", "TD", "TP", "CM"})
_GLUED_NUMBER = re.compile(r"\b([^\W\d_]{2,})[ \t]([1-9])\b")


def words_written(text: str) -> frozenset[str]:
    """The words of a mail as `label_written` compares them: upper, without accents, and a word
    glued to the digit written after it (« BUT CJ 1 » → CJ1)."""
    return frozenset(words_of(text)) | {_ascii(m.group(1) + m.group(2))
                                        for m in _GLUED_NUMBER.finditer(text)}


# Kinds of study a group gathers, as its tail and its label say them and as people write them
# (« les alternants », « en alternance », « nos apprentis »; « formation initiale », « FI »;
# « à distance », « EAD », « distanciel »; « the English track », « groupe anglophone »): one
# kind, many words, and a group is found by any of them (« le groupe des apprentis » is
# `M1CG-ALT` labelled « M1CG Alternants »).
_STUDY_KINDS = {
    "ALT": "ALTERNANT ALTERNANTS ALTERNANTE ALTERNANTES ALTERNANCE APPRENTI APPRENTIS APPRENTIE "
           "APPRENTIES APPRENTISSAGE APPRENTICE APPRENTICES APPRENTICESHIP",
    "FI": "INITIALE",
    "FC": "CONTINUE",
    "EAD": "DISTANCE DISTANCIEL DISTANCIELLE FOAD",
    "PRES": "PRESENTIEL PRESENTIELS PRESENTIELLE",
    "EN": "ANGLOPHONE ANGLOPHONES ENGLISH",
    "FR": "FRANCOPHONE FRANCOPHONES FRENCH",
}
_KIND_OF_WORD = {word: kind for kind, words in _STUDY_KINDS.items() for word in words.split()}
# … and the tails (and capitals) that say them: `M1CGALT`, `MEF2PE-INI`, `M1MAEDIST`, `IAM1FI-EN`.
_KIND_OF_TAIL = {"ALT": "ALT", "FI": "FI", "INI": "FI", "INIT": "FI", "FC": "FC", "EAD": "EAD",
                 "DIST": "EAD", "FOAD": "EAD", "PRES": "PRES", "EN": "EN", "FR": "FR"}
KIND_TAILS = tuple(_KIND_OF_TAIL)


def study_kind(word: str) -> str:
    """The kind of study a mail's word says (upper, without accents: « ALTERNANCE », « FI »),
    "" for none."""
    return next((kind for part in word.split("-")
                 if (kind := _KIND_OF_WORD.get(part) or _KIND_OF_TAIL.get(part, ""))), "")


def tail_kind(tail: str) -> str:
    """The kind of study a group code's tail says (`ALT`, `INI`, `DIST`), "" for none."""
    return _KIND_OF_TAIL.get(tail.upper(), "")


@functools.lru_cache(maxsize=16384)
def label_kinds(label: str) -> frozenset[str]:
    """The kinds of study a label's words say (« M1CG EAD cemu »: EAD; « IAM1FI FR »: FR; a
    word of two letters only in capitals, and never « EN », a preposition as often)."""
    return frozenset(kind for w in _LABEL_WORD.findall(label)
                     if (kind := _KIND_OF_WORD.get(_ascii(w)) or (
                         _KIND_OF_TAIL.get(w, "") if len(w) > 2 or w in ("FI", "FC", "FR")
                         else "")))


def groups_of_kind(kind: str, catalogue: Catalogue) -> list[str]:
    """The groups (codes after a dash or a dot, with a label) of a kind of study, by their tail
    or their label (`IAM1FI-FR` labelled « IAM1FI FR »; `M1CG-ALT` « M1CG Alternants »)."""
    return _groups_by_kind(catalogue).get(kind, [])


@once_per_catalogue
def _groups_by_kind(catalogue: Catalogue) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for code, label in sorted(catalogue.labels.items()):
        head = _group_head(code)
        if head == code or code in catalogue.etapes:
            continue
        for kind in {tail_kind(code[len(head) + 1:])} | label_kinds(label) - {""}:
            index.setdefault(kind, []).append(code)
    return index
