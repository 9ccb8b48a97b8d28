"""The étape a writer says they are in, in words (« je suis en L1 droit » → the étape labelled
« Licence Droit 1re année »): `entities.etapes_said`, a fact of its own, never a cited code.

Read with a catalogue that has labels and knows which codes are étapes: each year a part names
(`labels.years_named`) is compared with the labels of the étapes of that year by the reader
that picks a group's head (`labels.head_named`). See docs/extraction.md « Étapes said in words ».
"""
from __future__ import annotations

import functools
import re

from triage.catalogue import Catalogue
from triage.extractors.labels import (MIN_PREFIX, Named, heads_scored, is_programme_word,
                                     label_parts, once_per_catalogue, same_word, words_of,
                                     years_named)
from triage.extractors.normalize import unaccented_upper
from triage.model import Span

# A subject names what a mail is about (« groupes TD psycho L2 », a thread's « RE: … - L1
# Droit »), a course's or a list's year: the writer's own étape is said in the body (no writer
# counts one said in the subject alone).
NOT_SAID_IN = ("subject",)
# A writer says their year where they write, not in a pasted table: the first pages suffice.
SAID_CHARS = 20_000

# Who says they prepare a doctorate.
_DOCTORAL_STUDENT = ("DOCTORANT", "DOCTORANTE", "DOCTORANTS", "DOCTORANTES", "PHD")
# A programme named in English (exchange students, staff writing in English: « first-year law »,
# « 2nd-year psychology ») or cut short (« L3 maths »): the labels' French words are read beside it.
_ALSO = {"LAW": "DROIT", "PSYCHOLOGY": "PSYCHOLOGIE", "HISTORY": "HISTOIRE", "ENGLISH": "ANGLAIS",
         "GERMAN": "ALLEMAND", "SPANISH": "ESPAGNOL", "ITALIAN": "ITALIEN", "BIOLOGY": "BIOLOGIE",
         "GEOGRAPHY": "GEOGRAPHIE", "SOCIOLOGY": "SOCIOLOGIE", "ECONOMICS": "ECONOMIE",
         "MATHEMATICS": "MATHEMATIQUES", "MATHS": "MATHEMATIQUES", "MATH": "MATHEMATIQUES",
         "PHYSICS": "PHYSIQUE", "CHEMISTRY": "CHIMIE", "COMPUTER": "INFORMATIQUE",
         "LITERATURE": "LETTRES", "PHILOSOPHY": "PHILOSOPHIE", "MEDICINE": "MEDECINE",
         "PHARMACY": "PHARMACIE", "SPORT": "STAPS", "SPORTS": "STAPS",
         # (« the French studies DU for international students »: « DU Études françaises »)
         "FRENCH": "FRANCAIS", "STUDIES": "ETUDES",
         # who studies for the capacité en droit is a « capacitaire »
         "CAPACITAIRE": "CAPACITE", "CAPACITAIRES": "CAPACITE",
         # who studies in alternance says what they are (« les alternants », « apprentie »,
         # « apprentice »); the labels say « alternance »
         **{w: "ALTERNANCE" for w in ("ALTERNANT", "ALTERNANTE", "ALTERNANTS", "ALTERNANTES",
                                      "APPRENTI", "APPRENTIE", "APPRENTIS", "APPRENTIES",
                                      "APPRENTICE", "APPRENTICES", "APPRENTICESHIP")},
         # languages for students of other disciplines (LANSAD): the labels say « non
         # spécialistes »
         "LANSAD": "SPECIALISTES",
         # a doctoral student says their doctorate (« doctorante », « PhD student »): the labels
         # say « Doctorat » (a school's or a training's « doctoral(e) » says no one's)
         **{w: "DOCTORAT" for w in _DOCTORAL_STUDENT}}

# What a year is said of is in its sentence before it (a clause may run over a comma). A dot
# between letters or digits ends no sentence: it is inside a code, a number or an address
# (« J'assure la ressource R1.05 (Droit) en BUT GEA 1re année »: the teacher's sentence).
_SENTENCE_END = re.compile(r"[;!?\n]|\.(?![^\W_])")
BEFORE_CHARS = 80
# A course's year, not the writer's étape: a course named before the year and its code in
# brackets after it (« le cours de droit civil de L2 (JL2S3CIV) », « l'UE de biochimie en 2e
# année de pharmacie (PH2UE03) »). Without the code (« mon cours de 2e année QLIO », « le cours
# que je donnais en L2 lettres modernes ») writers count the year as the cohort the mail is about.
_COURSE_WORD = re.compile(r"\b(?:cours|UE|EC|module|mati[eè]re|enseignements?|espace|ressource|"
                          r"[ée]l[ée]ment|course|s[ée]minaire|seminar)\b", re.IGNORECASE)
# (the code may be introduced, « (code XIN5M03) », and typed in two pieces, « (RCAED 334) »)
# (or after a colon, « les enseignements … en M1 : PSM1-14 et PSM1-15 », or named as its code
# after a comma, « l'espace du séminaire des M2 histoire, code m2hrp1a »)
_CODE_IN_BRACKETS = re.compile(r"[^.;!?()\n]{0,40}?(?:\(\s*(?:[Cc]ode\s*:?\s*)?"
                               r"(?=[\w.\-]*\d|[A-Z]{3,}\s\d)(?=[\w.\-]*[^\W\d_])"
                               r"[\w.\-]{3,12}(?:\s\d{2,4})?\s*\)|(?:\s:|,\s*[Cc]ode\s*:?)\s*"
                               r"(?=[\w.\-]*\d)(?=[\w.\-]*[^\W\d_])[\w.\-]{3,12}\b)")
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
    if (not by_year and not _by_name(catalogue)) or part in NOT_SAID_IN:
        return []
    text = _unwrapped(text)
    found = _named_programmes(text, part, catalogue) + _higher_years(text, part, catalogue) \
        + _diplomas_named(text, part, catalogue)
    distance = _how_taught(text[:SAID_CHARS])
    for said in years_named(text[:SAID_CHARS]) + _years_apart(text[:SAID_CHARS]):
        if not _the_writers(text, said.start, said.end) \
                or _a_courses_year(text, said.end, catalogue):
            continue
        if _moved_from(text, said.end):
            continue                   # « de la L2 LEA vers la L2 LLCER »: no longer theirs
        clause = _clause(text, said.start, said.end)
        left_out = {w for m in _LEFT_OUT.finditer(clause) for w in words_of(m.group(1))}
        left_out |= _moved_to(text, said.start) | _inside_codes(text, said.start, said.end, catalogue)
        words = tuple(w for w in said.words + _glossed(text, said.end) if w not in left_out)
        said = Named(said.year, said.level, words + tuple(_ALSO[w] for w in words if w in _ALSO),
                     said.start, said.end)
        candidates = by_year.get(said.year, [])
        plain = not _SUB_PROGRAMME.search(text, max(0, said.start - BEFORE_CHARS),
                                          said.end + BEFORE_CHARS)
        degree = _degree(clause)
        code = _named(candidates, said, catalogue, plain, distance, degree)
        if not code and not said.level:
            code = _licence_on_a_tie(candidates, said, catalogue, plain, distance, degree)
        if code:
            found.append(Span("etape_said", code, text[said.start:said.end], part, said.start,
                              said.end))
    return found


# A code's letters are no programme's words (« the first year law students to my course
# D1HISTO1 »: HISTO is the course's code, not a history programme), unless they are a label's
# word whole, a programme's name (« Mes alternants de 2e année ne voient pas le cours GEA4R11 »:
# the GEA of « BUT GEA 2e année »).
_MIXED_TOKEN = re.compile(r"(?<![\w.\-])(?=[\w.\-]*\d)(?=[\w.\-]*[^\W\d_])[\w.\-]{3,}")
_PLAIN_WORD = re.compile(r"(?<![\w.\-])[^\W\d_]+(?![\w.\-]*\d)")


def _inside_codes(text: str, start: int, end: int, catalogue: Catalogue) -> set[str]:
    """The words around a year that are written only inside a code, and name no programme."""
    window = text[max(0, start - BEFORE_CHARS):end + BEFORE_CHARS]
    inside = {unaccented_upper(w) for m in _MIXED_TOKEN.finditer(window)
              for w in _LETTERS.findall(m.group())}
    plain = {unaccented_upper(m.group()) for m in _PLAIN_WORD.finditer(window)}
    return inside - plain - _label_words(catalogue)


@once_per_catalogue
def _label_words(catalogue: Catalogue) -> frozenset[str]:
    """Every word of the étapes' labels."""
    return frozenset(w for code in catalogue.etapes for w in words_of(catalogue.label(code) or ""))


_LETTERS = re.compile(r"[^\W\d_]+")


# Plain text wrapped by the writer's mail client (« étudiant en première année de licence de
# ⏎ droit à Caen »): a line cut in mid-sentence is no clause's end. A line long enough to have
# been wrapped, ending on no punctuation, then a line going on in small letters, is one line
# (the newline read as a space: offsets stay those of the text).
WRAPPED_CHARS = 60
_WRAPPED = re.compile(r"(?m)^[^\n>]{%d,}[^\W\d_]\n(?=[a-zà-ÿ])" % (WRAPPED_CHARS - 1))


def _unwrapped(text: str) -> str:
    if "\n" not in text:
        return text
    return _WRAPPED.sub(lambda m: m.group()[:-1] + " ", text)


# A student who moved from one programme to another names both (« J'ai changé de parcours (de
# la L2 LEA vers la L2 LLCER anglais) », « passage de L2 info à L2 maths »): the one they left
# is no longer theirs, and its words are not those of the one they are in.
_MOVE_TO = re.compile(r"[^.;!?()\n]{0,40}?\b(?:vers|à|to|into)\s+(?:la\s+|le\s+|l['’]\s*|the\s+)?"
                      r"(?:L|M|LP|BUT|licence|master)\s?[1-3]\b", re.IGNORECASE)
_MOVE_FROM = re.compile(r"\b(?:de|from)\s+(?:la\s+|le\s+|l['’]\s*|the\s+)?\Z", re.IGNORECASE)
_MOVE_FROM_THEN_TO = re.compile(r"\b(?:de|from)\s+(?:la\s+|le\s+|l['’]\s*|the\s+)?"
                                r"(?:L|M|LP|BUT|licence|master)\s?[1-3]\b([^.;!?()\n]{0,40}?)"
                                r"\b(?:vers|à|to|into)\s+(?:la\s+|le\s+|l['’]\s*|the\s+)?\Z",
                                re.IGNORECASE)


def _moved_from(text: str, end: int) -> bool:
    """Whether the year ending at `end` is the one a move left (« de la L2 LEA vers … »)."""
    year = re.search(r"(?:L|M|LP|BUT|licence|master)\s?[1-3]\Z", text[max(0, end - 10):end],
                     re.IGNORECASE)
    if not year:
        return False
    start = end - len(year.group())
    to = _MOVE_TO.match(text, end)
    if not to or not _MOVE_FROM.search(text, max(0, start - 20), start):
        return False
    # (« de L1 à L3 » is a range as often: « à » says a move beside a word that says one)
    return bool(re.search(r"\b(?:vers|into)\b", to.group(), re.IGNORECASE)) \
        or bool(_MOVE_WORD.search(text, max(0, start - BEFORE_CHARS), start))


_MOVE_WORD = re.compile(r"\b(?:chang\w*|passage|pass[ée]e?|r[ée]orient\w*|transf[ée]r\w*|"
                        r"mov(?:e|ed|ing)|switch\w*|transfer\w*)\b", re.IGNORECASE)


def _moved_to(text: str, start: int) -> set[str]:
    """The words of the programme a move left, said before the year it went to."""
    m = _MOVE_FROM_THEN_TO.search(text, max(0, start - 70), start)
    return set(words_of(m.group(1))) if m else set()


# A year as pharmacy, medicine or an engineering school counts it past the licence's three
# (« je suis en 4e année de pharmacie », « 5th year »), compared with the labels that say it so
# (« DFASP1 Pharmacie (4e année) »): the one whose programme's words the clause says, alone.
_HIGHER_YEAR = re.compile(r"\b(?:([4-6])\s?(?:e|ème|eme|è|th)|(quatri[eè]me|cinqui[eè]me|"
                          r"sixi[eè]me|fourth|fifth|sixth))[\s\-]+(?:ann[ée]e?|year)\b",
                          re.IGNORECASE)
_HIGHER_WORDS = {"QUATRIEME": "4", "FOURTH": "4", "CINQUIEME": "5", "FIFTH": "5", "SIXIEME": "6",
                 "SIXTH": "6"}


@once_per_catalogue
def _etapes_by_higher_year(catalogue: Catalogue) -> dict[str, list[tuple[str, set[str]]]]:
    """{year: [(code, the label's programme words)]} of the étapes whose label says a year past
    the third as a school counts it."""
    index: dict[str, list[tuple[str, set[str]]]] = {}
    for code in sorted(catalogue.etapes):
        label = catalogue.label(code) or ""
        year, start, end = _year_of(label)
        if year and year > "3":
            words = {w for w in words_of(label[:start] + " " + label[end:])
                     if len(w) >= MIN_PREFIX and is_programme_word(w) and w.isalpha()}
            index.setdefault(year, []).append((code, words))
    return index


def _higher_years(text: str, part: str, catalogue: Catalogue) -> list[Span]:
    by_year = _etapes_by_higher_year(catalogue)
    if not by_year:
        return []
    found = []
    for m in _HIGHER_YEAR.finditer(text[:SAID_CHARS]):
        year = m.group(1) or _HIGHER_WORDS[unaccented_upper(m.group(2))]
        candidates = by_year.get(year, [])
        if not candidates or not _the_writers(text, m.start(), m.end()) \
                or _a_courses_year(text, m.end(), catalogue):
            continue
        clause = _clause(text, m.start(), m.end())
        before = text[max(0, m.start() - BEFORE_CHARS):m.start()]
        stops = [s.end() for s in _CLAUSE_BEFORE.finditer(before)]
        said = [_ALSO.get(w, w) for w in words_of((before[stops[-1]:] if stops else before)
                                                   + " " + clause)
                if len(w) >= MIN_PREFIX and is_programme_word(w)]
        scored = sorted(((sum(same_word(w, words) for w in said), code)
                         for code, words in candidates), reverse=True)
        if scored[0][0] and (len(scored) == 1 or scored[1][0] < scored[0][0]):
            found.append(Span("etape_said", scored[0][1], m.group(), part, m.start(), m.end()))
    return found


# Health studies name their years by their national diploma (« DFGSP3 », « DFASM1 »: diplôme de
# formation générale / approfondie en sciences pharmaceutiques / médicales), and REFER's label
# starts with it where the étape's code is the faculty's own (PHAR3 « DFGSP3 Pharmacie 3e
# année »). Written in capitals where someone is said to be in it (« Plusieurs étudiants de
# DFGSP3 manquent », « En DFGSM2 je suis … »): that étape. (Where the code is the name itself,
# the name written is the code cited.)
_DIPLOMA_NAME = re.compile(r"^([A-Z]{3,6})\s?([1-6])\b")


@once_per_catalogue
def _etapes_by_diploma_name(catalogue: Catalogue) -> dict[str, str | None]:
    """{name: code} of the étapes whose label starts with a diploma's name and its year other
    than their code (None for a name several labels start with)."""
    index: dict[str, str | None] = {}
    for code in sorted(catalogue.etapes):
        m = _DIPLOMA_NAME.match(catalogue.label(code) or "")
        if m and m.group(1) + m.group(2) != code:
            name = m.group(1) + m.group(2)
            index[name] = None if name in index else code
    return index


def _diplomas_named(text: str, part: str, catalogue: Catalogue) -> list[Span]:
    names = _etapes_by_diploma_name(catalogue)
    if not names:
        return []
    found = []
    for m in _WRITTEN_NAME.finditer(text[:SAID_CHARS]):
        code = names.get(m.group(1) + m.group(2))
        if not code:
            continue
        sentence, at = _sentence(text, m.start(), m.end())
        if _theirs(text, m.start(), sentence[:at], m.group(1)) \
                and _the_writers(text, m.start(), m.end()):
            found.append(Span("etape_said", code, m.group(), part, m.start(), m.end()))
    return found


_WRITTEN_NAME = re.compile(r"(?<![\w.\-])([A-Z]{3,6}) ?([1-6])(?![\w.\-])")


# A year followed by a course's code in brackets (« L'anglais de L3 (ST3TC.01) est mutualisé »):
# the course's year. (An étape's code there is the étape cited: `not_cited`.)
_CODE_RIGHT_AFTER = re.compile(r"\s*\(\s*([\w.\-]{3,12})\s*\)")


def _a_courses_year(text: str, end: int, catalogue: Catalogue) -> bool:
    m = _CODE_RIGHT_AFTER.match(text, end)
    code = catalogue.match(m.group(1)) if m else None
    return bool(code) and code not in catalogue.etapes


# A year said apart from its programme, just after it: in brackets (« les étudiants de la double
# licence droit-histoire (L2) ») or after a comma (« je suis en double licence droit-histoire, en
# 2e année »), when that clause names its diploma. `years_named` reads a year's words in its own
# clause, which has none here.
# (or its ordinal in brackets, « I'm an exchange student in BUT Informatique (2nd year) »)
_YEAR_APART = re.compile(r"\(\s*(L|M|LP|BUT)\s?([1-3])\s*\)|,\s*(?:en\s+)?([1-3])\s?(?:re|ère|ere|e|"
                         r"ème|eme|è)\s+ann[ée]e?\b|\(\s*([1-3])\s?(?:re|ère|ere|e|ème|eme|è|st|nd|rd|"
                         r"th)\s+(?:ann[ée]e?|year)\s*\)", re.IGNORECASE)
_DIPLOMA_WORDS = {"LICENCE": "L", "LICENSE": "L", "MASTER": "M", "BUT": "BUT"}
WORDS_BEFORE = 4


def _years_apart(text: str) -> list[Named]:
    found = []
    for m in _YEAR_APART.finditer(text):
        before = text[max(0, m.start() - BEFORE_CHARS):m.start()]
        stops = [s.end() for s in _CLAUSE_BEFORE.finditer(before)]
        clause = before[stops[-1]:] if stops else before
        if _COURSE_WORD.search(clause):
            continue                   # « le cours de droit civil (L2) »: the course's year
        said = words_of(clause)
        words = tuple(w for w in said if len(w) > 1 and is_programme_word(w)
                      and not w.isdigit())[-WORDS_BEFORE:]
        diploma = next((_DIPLOMA_WORDS[w] for w in said if w in _DIPLOMA_WORDS), "")
        level = (m.group(1) or "").upper() or diploma
        # (the programme names its diploma: a subject's year is no one's, « vacataire en droit
        # des obligations (L2) », « I teach English for psychology (L1) »)
        if words and diploma:
            start, end = (m.start(1), m.end(2)) if m.group(1) else \
                (m.start(3), m.end()) if m.group(3) else \
                (m.start(4), m.start() + len(m.group().rstrip(") \t")))
            found.append(Named(m.group(2) or m.group(3) or m.group(4), level, words, start, end))
    for m in _INITIALS_YEAR.finditer(text):
        if is_programme_word(m.group(1)):
            found.append(Named(m.group(2), "", (m.group(1),), m.start(1), m.end()))
    for m in _BUT_YEAR.finditer(text):
        found.append(Named(m.group(2), "BUT", (unaccented_upper(m.group(1)),), m.start(), m.end()))
    return found


# … or a BUT's department and its year as a digit after it (« Je suis en BUT GEA 1. »,
# « Océane, BUT GEA 1 », « délégué de la promo BUT GEA 2 »): the year a BUT's students say.
_BUT_YEAR = re.compile(r"\b(?:BUT|DUT)\s+([A-Z]{2,5}|[A-Za-zé][a-zé]{2,12})\s?([1-3])\b(?![\d°.,]\d|"
                       r"\s*(?:[eè]|re|ère|nd|st|rd|th)\b|\s+(?:ann|year))")


# … or a programme's initials in capitals and its year as a digit, where someone is said to be
# in it (« je suis en GEA 2 » for « BUT GEA 2e année »): three letters at least (« en TD 2 »,
# « en S3 » are no programmes), not a year in words after it (`years_named` reads those).
_INITIALS_YEAR = re.compile(r"\b(?:en|in)\s+([A-Z]{3,6})\s?([1-3])\b(?![\d°]|\s*(?:[eè]|re|ère|"
                            r"nd|st|rd|th)\b|\s+(?:ann|year))")


_CLAUSE_BEFORE = re.compile(r"[.;!?()\[\]\n,]")


# A programme's words glossed in brackets just after it (« 1re année TC (Lisieux) », « the
# engineering school (ESIX, mechatronics) »): its clause's words too.
# (Words only: a code in brackets is a course's, « le cours de programmation (S6.INF21) ».)
_GLOSS = re.compile(r"([^.;!?()\[\]\n,]{0,25}?)\(([^()\n\d]{1,40})\)")


def _glossed(text: str, end: int) -> tuple[str, ...]:
    m = _GLOSS.match(text, end)
    if not m or _COURSE_WORD.search(m.group(1)):
        return ()
    return tuple(w for w in words_of(m.group(2)) if len(w) > 1 and is_programme_word(w))


# A programme's words a writer sets apart (« la cohorte de Licence Psychologie 1re année hors
# LAS », « L2 droit sauf les apprentis »): not the étape they mean.
_LEFT_OUT = re.compile(r"\b(?:hors|sauf|except[ée]?|excluding)\s+(?:les\s+|the\s+)?"
                       r"([^\W\d_][\w\-]*)", re.IGNORECASE)
# The clause of a year said: up to its sentence's end, at most this far.
CLAUSE_CHARS = 60


def _clause(text: str, start: int, end: int) -> str:
    stop = _SENTENCE_END.search(text, end, end + CLAUSE_CHARS)
    return text[start:stop.start() if stop else end + CLAUSE_CHARS]


# The MEEF masters train teachers of the first degree (schools) or the second (collèges,
# lycées): « M1 MEEF 1er degré », « premier degré », « 2nd degré », « second degré ». The
# ordinal is no word the labels compare (« 1er », « 2nd »), so it is read apart; in English,
# « primary » or « secondary teaching ».
_DEGREE = re.compile(r"\b(?:(?:(1er|1\s?er|premier|first|1st)|(2nd|2\s?nd|2d|second|seconde?|2e|"
                     r"2[èe]me|deuxi[èe]me))[\s\-]+degr(?:[ée]s?|ees?)|(primary)|(secondary))\b",
                     re.IGNORECASE)


def _degree(text: str) -> str:
    """« 1 » or « 2 », the degree a MEEF's text says, or ""."""
    m = _DEGREE.search(text)
    return "" if not m else "1" if m.group(1) or m.group(3) else "2"


def _named(candidates: list[tuple[str, str]], said: Named, catalogue: Catalogue,
           plain: bool, distance: str = "", degree: str = "") -> str | None:
    """The one étape whose label agrees best with `said`; on a tie, when the mail says no
    parcours or option (`plain`), the one étape of the best whose label names none: « L1 droit »
    is the étape « L1 DROIT CAEN », not « Licence 1 Droit parcours E » nor « … parcours P »."""
    scored = heads_scored(candidates, [said], catalogue)
    best = [code for score, code in scored if score == scored[0][0]] if scored else []
    if len(best) > 1 and plain:
        best = [code for code in best
                if not _SUB_PROGRAMME.search(catalogue.label(code) or "", 1)]
    for prefer in (_by_diploma_said, _by_whole_words):
        if len(best) > 1:
            best = prefer(best, said, catalogue)
    if len(best) > 1 and degree:
        best = [c for c in best if _degree(catalogue.label(c) or "") == degree] or best
    if len(best) > 1:
        best = _by_all_said(best, said, catalogue)
    if len(best) > 1:
        best = _by_first_word(best, said, catalogue)
    if len(best) > 1:
        best = _by_distance(best, said, distance, catalogue)
    return best[0] if len(best) == 1 else None


def _by_first_word(best: list[str], said: Named, catalogue: Catalogue) -> list[str]:
    """Of étapes agreeing alike, those whose programme the words said begin: a programme is
    named by its first word (« je suis en M1 histoire » is « Master 1 Histoire, civilisations,
    patrimoine », not « Master 1 MEEF 2nd degré Histoire-géographie », whose students say
    « M1 MEEF histoire-géo »). None begun, or several, leave the tie."""
    def first_said(code: str) -> bool:
        words = [w for part in label_parts(catalogue.label(code) or "") for w in part.words]
        return bool(words) and any(same_word(s, {words[0]}) for s in said.words
                                   if len(s) >= MIN_PREFIX)
    begun = [code for code in best if first_said(code)]
    return begun if len(begun) == 1 else best


def _by_diploma_said(best: list[str], said: Named, catalogue: Catalogue) -> list[str]:
    """Of étapes agreeing alike, those whose label names the diploma said: « L1 droit » is a
    licence's year (« L1 DROIT »), not that of a label naming no diploma (« Droit CAPAD1 »)."""
    if not said.level:
        return best
    named = [code for code in best
             if any(p.level == said.level for p in label_parts(catalogue.label(code) or ""))]
    return named or best


# A programme taught at a distance says so in its label (« Licence Psychologie 1re année à
# distance », « … EAD », « DU … FOAD ») and its students in their mail (« à distance », « EAD »);
# those on campus say « en présentiel ».
_DISTANCE = re.compile(r"\b(?:distance|EAD|FOAD|distanciel|t[ée]l[ée]-?enseignement|online|"
                       r"remote)\b", re.IGNORECASE)
_ON_CAMPUS = re.compile(r"\b(?:pr[ée]sentiel|on[\s-]campus|face[\s-]to[\s-]face|in[\s-]person)\b",
                        re.IGNORECASE)


def _how_taught(text: str) -> str:
    """« distance » or « campus » when the mail says one of them only, else ""."""
    distance, campus = bool(_DISTANCE.search(text)), bool(_ON_CAMPUS.search(text))
    return "distance" if distance and not campus else "campus" if campus and not distance else ""


def _by_distance(best: list[str], said: Named, distance: str,
                 catalogue: Catalogue) -> list[str]:
    """Of étapes agreeing alike, the one taught at a distance when the year's clause or the
    mail says « à distance », « EAD », the one that is not when it says « en présentiel »
    (« L2 histoire à distance »: « Licence Histoire 2e année EAD », not « Double licence
    Histoire-Anglais 2e année »). A label agreeing by its distance only is no candidate
    (« les étudiants à distance de L2 géographie » are not in « Langues orientales à
    distance »). A mail that says neither leaves the tie (« je suis en L1 droit »: either)."""
    if any(_DISTANCE.fullmatch(w) for w in said.words):
        distance = "distance"
    elif any(_ON_CAMPUS.fullmatch(w) for w in said.words):
        distance = "campus"
    if not distance:
        return best
    words = [w for w in set(said.words) if len(w) >= MIN_PREFIX and not _DISTANCE.fullmatch(w)]

    def agrees(code: str) -> bool:
        label = {w for part in label_parts(catalogue.label(code) or "") for w in part.words}
        return any(same_word(w, label) for w in words)
    best = [code for code in best if agrees(code)] or best
    kept = [code for code in best
            if bool(_DISTANCE.search(catalogue.label(code) or "")) == (distance == "distance")]
    return kept or best


def _by_whole_words(best: list[str], said: Named, catalogue: Catalogue) -> list[str]:
    """Of étapes agreeing alike, those whose label holds most of the words said as words: a
    programme is named by its words (« la liste des étudiants de L1 psycho » is « Licence
    Psychologie 1re année »), and two letters agreeing with a label's initials by chance (the
    « ci » of « ci-joint » and a « cycle ingénieur ») say less."""
    def whole(code: str) -> int:
        words = {w for part in label_parts(catalogue.label(code) or "") for w in part.words}
        return sum(len(w) >= MIN_PREFIX and same_word(w, words) for w in set(said.words))
    most = max(whole(code) for code in best)
    return [code for code in best if whole(code) == most]


# A label's place after a dash (« L1 HISTOIRE - VIRE », « 1e année Licence Droit - Caen »): a
# site is no programme's word left unsaid, and a mail that names none leaves the sites tied.
_PLACE_AFTER_DASH = re.compile(r"\s[-–]\s[^-–]*$")


def _by_all_said(best: list[str], said: Named, catalogue: Catalogue) -> list[str]:
    """Of étapes agreeing alike, the one whose label's every word the mail says, when each
    other names a programme or a way of studying the mail does not say: « je suis en L1 droit »
    is « Licence Droit 1re année », not « L1 Droit accès santé (LAS) »; « L1 histoire » is
    « Licence Histoire 1re année », not « Licence Histoire de l'art et archéologie 1re année »;
    « BUT Info 2e année » is not its year « … alternance ». A label one word longer, a place
    (« L1 DROIT » and « L1 DROIT VIRE »), leaves the tie: a student of either says « L1 droit »;
    so do words of teaching at a distance (`_by_distance` decides, or nothing does)."""
    def unsaid(code: str) -> list[str]:
        label = _PLACE_AFTER_DASH.sub("", catalogue.label(code) or "")
        words = [w for part in label_parts(label) for w in part.words
                 if not _DISTANCE.fullmatch(w)]
        initials = _initial_runs(words)
        covered = {w for s in said.words for w in initials.get(s, ())}
        return [w for w in words
                if w not in covered and not any(same_word(s, {w}) for s in said.words)]

    def says_more(words: list[str]) -> bool:
        return bool(_WAY_OF_STUDYING & set(words)) or sum(len(w) >= MIN_PREFIX
                                                          for w in words) >= 2
    left = {code: unsaid(code) for code in best}
    whole = [code for code in best if not left[code]]
    if len(whole) == 1 and all(says_more(left[c]) for c in best if c not in whole):
        return whole
    return best


# Ways of studying a label names beside its programme; who studies so says it (« en
# alternance », « en LAS »).
_WAY_OF_STUDYING = {"ALTERNANCE", "APPRENTISSAGE", "LAS", "ACCES", "SANTE", "CONTINUE", "FC"}


def _initial_runs(words: list[str]) -> dict[str, tuple[str, ...]]:
    """{initials: words} of each run of three words or more (« Français Langue Etrangère »: FLE;
    « Management Administration Entreprises »: MAE). Two letters agree too often by chance
    (« PE » for « Psychologie de l'enfant »)."""
    runs: dict[str, tuple[str, ...]] = {}
    for i in range(len(words)):
        for j in range(i + 3, len(words) + 1):
            runs.setdefault("".join(w[0] for w in words[i:j]), tuple(words[i:j]))
    return runs


# A parcours or an option named after a programme (« Licence 1 Droit parcours E », « L3 STAPS
# option APA »; a label starting with « Parcours » is a programme's own name, PASS's).
# (in English, « English pathway », « Genetics track »)
_SUB_PROGRAMME = re.compile(r"\b(?:parcours|option|pathway|track)\b", re.IGNORECASE)


def _licence_on_a_tie(candidates: list[tuple[str, str]], said: Named, catalogue: Catalogue,
                      plain: bool, distance: str, degree: str = "") -> str | None:
    """A year said without its diploma (« 2e année de droit », « first-year law ») agrees with a
    licence's and a master's label alike: people say « M2 » for a master's year, so the licence
    is meant; unless a BUT's label agrees as well (« MMI 1re année »)."""
    def as_level(level: str) -> str | None:
        return _named(candidates, Named(said.year, level, said.words), catalogue, plain,
                      distance, degree)
    return None if as_level("BUT") else as_level("L")


# A year in brackets just after a course's code glosses the course (« teaching KM2-MK03
# (Master 2 Marketing) », « le cours LEAAN21 (L2 LEA) », after the course's title and a comma:
# « ma2inf04 (Cloud, M2 informatique) », « STA2E05 (entraînement, L2 STAPS) »): the course's
# year, no one's étape.
_GLOSSES_A_CODE = re.compile(r"(?<![\w.\-])(?=[\w.\-]*\d)(?=[\w.\-]*[^\W\d_])[\w.\-]{5,12}"
                             r"\s*\(\s*(?:(?:[^\W\d_][\w'’\-]*\s+){0,3}|"
                             r"(?:[^\W_][\w'’\-]*\s+){0,3}?[^\W_][\w'’\-]*\s*,\s*)\Z")


# A year a course's code (and its title in brackets) is said to be of (« le cours IM1MKT04
# (Marketing digital) du M1 Marketing », « the course HIS2M03 of the L2 »): the course's year.
_OF_A_CODED_COURSE = re.compile(r"\b(?:cours|UE|EC|module|[ée]l[ée]ment|course)\s+(?=[\w.\-]*\d)"
                                r"(?=[\w.\-]*[^\W\d_])[\w.\-]{4,12}\s*(?:\([^()\n]{0,40}\)\s*)?"
                                r"(?:du|de\s+la|de|d['’]|of\s+the|of)\s*\Z", re.IGNORECASE)


# A line of a list of courses, its code first and its title, then its year (« - LEAAN21
# grammaire anglaise L2 : LEAAN21-1 et LEAAN21-2 »): the course's year.
_LISTED_COURSE = re.compile(r"[ \t\-*•·]*(?=[\w.\-]*\d)(?=[\w.\-]*[^\W\d_])[\w.\-]{4,12}[ \t]*[:\-–]?"
                            r"[ \t]+(?:[^\W\d_][\w'’\-]*[ \t]+){0,4}\Z")


def _the_writers(text: str, start: int, end: int) -> bool:
    """Whether the year text[start:end] may be the writer's étape or their mail's cohort: not a
    course's year (its code in brackets after it, or the year in brackets after the code), not
    a staff member's function."""
    before = text[max(0, start - BEFORE_CHARS):start]
    stops = [m.end() for m in _SENTENCE_END.finditer(before)]
    sentence = before[stops[-1]:] if stops else before
    if _teaches(text, start) or _STUDIED.search(sentence):
        return False
    if _COURSE_WORD.search(sentence) and _CODE_IN_BRACKETS.match(text, end):
        return False
    if _GLOSSES_A_CODE.search(sentence) or _OF_A_CODED_COURSE.search(sentence) \
            or _LISTED_COURSE.match(text, text.rfind("\n", 0, start) + 1,
                                                                 start):
        return False
    if _in_a_path(text, start, end) or _TEACHES.search(sentence) \
            or _TEACHING_IN.search(sentence):
        return False
    if _NAMED_PLACE.search(sentence) or _IN_A_QUOTED_NAME.search(sentence):
        return False
    return not _FUNCTION.search(sentence[-40:])


# A teacher naming the year of their teaching (« Intervenant extérieur (vacataire) à l'IAE en
# M1 Finance », « J'assure le CM de droit pénal en L3 », « Je suis responsable du module … en
# 2e année ESIX »): the year of a course, no étape of theirs nor a cohort their mail is about.
# (« j'interviens en Master 2 droit des affaires » is counted by the writers as the cohort.)
# So are « Je dois assurer la ressource R2.09 pour les BUT info 2e année », « Je fais cours aux
# L2 lettres modernes », « I teach cognitive psychology in the distance L2 », « I am teaching a
# short module in the M2 in finance », « I'm teaching the … seminar for the Master 2 » (the year
# the teaching is in or for: « I teach … to the first-year
# English students » is the cohort, as writer Z counts it).
# A tutor names the cohort they help, as a teacher does (« je suis tuteur pour les L1 STAPS »).
# (what the tutoring is may be said in brackets: « tuteur (contrat étudiant) pour les L1 »)
_TUTOR = r"tut(?:eur|rice)s?\s+(?:\([^()\n]{0,40}\)\s+)?(?:pour|aupr[eè]s)"
# Who teaches a course names their charge (« Doctorant chargé de TD en L1 info », « chargée
# d'enseignement en M1 »); a student's « ma chargée de TD » is someone else.
_IN_CHARGE = (r"(?<!\bma\s)(?<!\bmon\s)(?<!\bla\s)(?<!\ble\s)(?<!\bdu\s)(?<!\bun\s)"
              r"(?<!\bune\s)(?<!\bdes\s)(?<!\bles\s)(?<!\bnos\s)(?<!\bmes\s)(?<!\bnotre\s)"
              r"charg[ée]e?s?\s+d(?:e\s+|['’]\s?)(?:TD|TP|CM|cours|enseignements?)")
_TEACHES = re.compile(r"\b(?:intervenante?s?|j['’]\s?assure|" + _TUTOR + "|" + _IN_CHARGE + "|"
                      r"assurer\s+(?:un|une|le|la|les|des|mon|mes)|"
                      r"je\s+fais\s+(?:cours|(?:un|le|des|les|mon|mes)\s+(?:cours|CM|TD|TP))|"
                      r"je\s+donne\s+(?:un|le|des|les|mon|mes)\s+(?:cours|CM|TD|TP)|"
                      r"responsable\s+d(?:u|es?|e\s+l['’])\s*(?:module|cours|UE|EC|TD|TP|CM|"
                      r"enseignements?))\b", re.IGNORECASE)


# A teacher's sentence may name their courses at length before the year (« J'assure cette
# année les TD de pétrologie (24GS3C03) et de tectonique (24GS4C07) en L2 Sciences de la
# Terre »): their verb is looked for this far back in the sentence.
TEACHER_CHARS = 200


def _teaches(text: str, start: int) -> bool:
    before = text[max(0, start - TEACHER_CHARS):start]
    stops = [m.end() for m in _SENTENCE_END.finditer(before)]
    sentence = before[stops[-1]:] if stops else before
    return bool(_TEACHES.search(sentence) or _TEACHES_IN.search(sentence))


# A teacher's verb, the year it is taught in after it (« J'enseigne l'analyse de pratiques en
# M1 et M2 MEEF », « j'encadre cette année les TP de compilation en L3 info », « j'anime le
# séminaire de M1 »): the course's year. The students it is for are a cohort the mail is
# about (« l'espace de suivi des stages que j'anime pour la première année du master MEEF »).
_TEACHES_IN = re.compile(r"\bj['’]\s?(?:enseigne|encadre|anime)\b(?:(?!\b(?:pour|aux?|for|to)\b)"
                         r"[^.;!?\n])*\Z", re.IGNORECASE)


# Who studied here once names the year they were in (« I studied at Caen in 2023-2024 (L3
# informatique, exchange year) », « ancienne étudiante de L3 »): an alumnus's, in no étape now.
_STUDIED = re.compile(r"\b(?:I\s+studied|j['’]\s?ai\s+[ée]tudi[ée]|ancien(?:ne)?s?\s+[ée]tudiante?s?|"
                      r"former\s+student|alumn(?:us|a|i))\b", re.IGNORECASE)


# (in English, the year the teaching is in, just before the year: « … teaching … in the M2 »)
_TEACHING_IN = re.compile(r"\b(?:I\s+teach|I\s*['’]?\s*(?:am|m)\s+teaching)\b[^.;!?\n]*\b(?:in|for)\s+"
                          r"(?:the\s+)?(?:[^\W\d_]+\s+)?\Z", re.IGNORECASE)


# A category or a cohort named as such (« la catégorie STAPS L1 », « la catégorie « LEA / L1 »
# », « ajouter la cohorte « Licence Géographie 2e année » »): a place on Ecampus or the thing a
# teacher wants, its name written, nobody said to be in it.
# (a cohort named right after its word is its name too: « synchroniser la cohorte BUT GEA 2
# dans GEA-R301 »; « la cohorte des L1 » are the students)
_NAMED_PLACE = re.compile(r"\bcat[ée]gories?\s*(?:[«\"“]\s*)?[^\s«»\"“”.;!?]*\s*(?:/\s*)?$|"
                          r"\bcohortes?\s*(?:[«\"“]\s*)?$", re.IGNORECASE)
_IN_A_QUOTED_NAME = re.compile(r"\b(?:cat[ée]gories?|cohortes?)\b[^.;!?\n]{0,60}"
                               r"[«\"“][^«»\"“”\n]{0,40}$", re.IGNORECASE)


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
    cited = [s for s in spans if s.kind == "apogee_code"]
    written = {_SEPARATORS.sub("", s.text).upper() for s in cited}
    return [s for s in said if s.value not in codes
            and not any(w.startswith(s.value) and _GROUP_OF_IT.match(w, len(s.value))
                        for w in written)
            and not any(_part_of_a_code(s, c) for c in cited)]


def _part_of_a_code(said: Span, code: Span) -> bool:
    """Whether the words said are part of a cited code (« je suis en PASS TD12 », « le groupe
    PASS-EAD »: the group's code, which says more than its programme's name)."""
    return said.part == code.part and code.start < said.end and said.start < code.end


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


# Étapes whose label names no year `label_parts` reads (« DU Management des organisations »,
# « Doctorat ED 556 », « PASS Caen », « ESIX 4A I »: a diploma of no year or a school's own
# way of counting them) are said by their programme's name, as people say it without a year
# (« je suis en DU management », « doctorante à l'ED 556 », « en PASS à Caen », « en 4A méca à
# l'ESIX »): the label's first word, its first word in capitals, or its initials (« Parcours
# d'accès spécifique santé »: PASS). In a mail the name is written in capitals (« DU », « PASS »,
# « ESIX »: a word in small letters is a word, « du », « pass ») unless it translates a label's
# word (« doctorant », « PhD » for « Doctorat »); the label's other words written in the same
# sentence (« management », « 556 », « Caen », « méca ») pick one étape among those of that name,
# and a year said beside it (« 4A », « 4th year ») one of those that name theirs.
_NAME_WORD = re.compile(r"[^\W_]+")
_CAPITALS = re.compile(r"^[^\W\d_a-zà-ÿ]{2,}$")
# a year as a school counts it: « 4A », « 4e année », « 4th year », « quatrième année »
_ANY_YEAR = re.compile(
    r"\b(?:([1-6])A\b|([1-6])\s?(?:re|ère|ere|er|e|ème|eme|è|nd|st|rd|th)[\s\-]+"
    r"(?:ann[ée]e?|year)\b|(premi[eè]re|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|"
    r"first|second|third|fourth|fifth)[\s\-]+(?:ann[ée]e?|year)\b)", re.IGNORECASE)
# a label's year may be a digit alone (« LAS 1 SVT », « MEEF 1 EN »; not « n°3 » nor « ED 98 »)
_LONE_DIGIT = re.compile(r"(?<![°\d])\b([1-6])\b(?![°\d])")
_DIGIT_AFTER = re.compile(r"[^\W_]+\s?([1-6])\b(?![°\d])")
_YEAR_WORDS = {"PREMIERE": "1", "FIRST": "1", "DEUXIEME": "2", "SECOND": "2", "TROISIEME": "3",
               "THIRD": "3", "QUATRIEME": "4", "FOURTH": "4", "CINQUIEME": "5", "FIFTH": "5"}
_SENTENCE = re.compile(r"[.;!?\n]")
SENTENCE_CHARS = 120


def _year_of(text: str) -> tuple[str, int, int]:
    """The first year `text` says as a school counts it, and where; ("", -1, -1) when none."""
    m = _ANY_YEAR.search(text)
    if not m:
        return "", -1, -1
    year = m.group(1) or m.group(2) or _YEAR_WORDS[unaccented_upper(m.group(3))]
    return year, m.start(), m.end()


def _label_year(label: str) -> tuple[str, int, int]:
    """The year a label names as a school counts it, or as a digit alone."""
    year = _year_of(label)
    if year[0]:
        return year
    m = _LONE_DIGIT.search(label)
    return (m.group(1), m.start(), m.end()) if m else ("", -1, -1)


# A diploma's word may head a label of no year (« DU Médiation », « Licence professionnelle
# Intervention sociale - formation continue »): people say it so (« en DU médiation », « en
# licence pro intervention sociale »).
_DIPLOMA_NAMES = ("DU", "LICENCE", "MASTER")


@once_per_catalogue
def _by_name(catalogue: Catalogue) -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """{name: [(code, year or "", the label's words but its year)]} of the étapes whose label
    names no year `label_parts` reads."""
    index: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for code in sorted(catalogue.etapes):
        label = catalogue.label(code) or ""
        if not label or label_parts(label):
            continue
        year, start, end = _label_year(label)
        words = [w for w in words_of(label[:start] + " " + label[end:] if year else label)
                 if len(w) > 1 or w.isdigit() or _LETTER.fullmatch(w)]
        letters = [w for w in words if not w.isdigit() and len(w) > 1]
        names = {letters[0]} if letters else set()
        names |= {w for w in letters[:1] + [next((w for w in _NAME_WORD.findall(label)
                                                  if _CAPITALS.match(w)), "")] if w}
        names = {unaccented_upper(n) for n in names}
        initials = "".join(w[0] for w in letters)
        if len(initials) >= 3:
            names.add(initials)
        for name in names:
            if is_programme_word(name) or name in _DIPLOMA_NAMES:
                index.setdefault(name, []).append((code, year, tuple(words)))
    return index


def _named_programmes(text: str, part: str, catalogue: Catalogue) -> list[Span]:
    """The étapes of no year `label_parts` reads that `text` names by their name."""
    by_name = _by_name(catalogue)
    if not by_name:
        return []
    found = []
    text = text[:SAID_CHARS]
    tokens = list(_NAME_WORD.finditer(text))
    for i, m in enumerate(tokens):
        word = unaccented_upper(m.group())
        name = _ALSO.get(word, word) if word in _ALSO else word
        if name not in by_name:
            continue
        small = name == word and not _CAPITALS.match(m.group())
        sentence, at = _sentence(text, m.start(), m.end())
        if small and not _in_it_in_small_letters(sentence, at, m.end() - m.start(), name):
            continue
        if name == word and not small and not _theirs(text, m.start(), sentence[:at], name):
            continue
        if not _the_writers(text, m.start(), m.end()):
            continue
        code = _one_of(by_name[name], sentence, name, at)
        if code and small and not _named_beside(code, name, sentence, catalogue):
            continue
        if code:
            found.append(Span("etape_said", code, m.group(), part, m.start(), m.end()))
    return found


# A name in small letters is a word as often (« pass », « capacité », « licence »): it names
# the writer's programme only right after « en » / « in » in a sentence that says who they are
# (« jsuis en pass », « je suis inscrite en capacité en droit », « je suis en licence pro
# intervention sociale »), not before « de » (« je suis en capacité de répondre »), and « du »
# never (an article).
_EN_BEFORE = re.compile(r"\b(?:en|in)\s+$", re.IGNORECASE)
_DE_AFTER = re.compile(r"\s+(?:de|d['’]|du|des)\b", re.IGNORECASE)


def _in_it_in_small_letters(sentence: str, at: int, length: int, name: str) -> bool:
    before = sentence[:at]
    return name != "DU" and bool(_EN_BEFORE.search(before)) and bool(_SELF.search(before)) \
        and not _DE_AFTER.match(sentence, at + length)


def _named_beside(code: str, name: str, sentence: str, catalogue: Catalogue) -> bool:
    """Whether the programme a name in small letters picked is the one meant: its label writes
    the name in capitals (an acronym typed small, « pass » for « PASS - Parcours d'accès … »), or
    the sentence says another word of its label (« capacité en droit »: DROIT)."""
    label = catalogue.label(code) or ""
    if any(unaccented_upper(w) == name for w in _NAME_WORD.findall(label) if _CAPITALS.match(w)):
        return True
    own = {w for w in words_of(label) if w != name and len(w) >= MIN_PREFIX
           and is_programme_word(w)}
    said = {w for w in words_of(sentence) if len(w) >= MIN_PREFIX and w != name}
    return any(same_word(w, own) for w in said)


# A name is the writer's programme where they say they are in it: right after « en », « in »,
# « à l' » (« en PASS », « à l'ESIX »), after « promo de » (a cohort), or after what says who
# they are earlier in the sentence (« je suis … », « on est … », « I'm … », « stagiaire … »,
# « inscrite en … », « inscrit au … »); a staff member's cohort, « les étudiants de PASS
# Cherbourg », « nos étudiants de Capacité en droit ». A course's programme (« l'UE d'anatomie du PASS », « les cours du PASS »)
# is not theirs.
_IN_IT = re.compile(r"(?:\b(?:en|in|at)\s+(?:the\s+)?|\b(?:à|a)\s+l['’]\s*|"
                    r"\bpromo(?:tion)?\s+(?:de|du|d['’])\s*|"
                    r"\b[ée]tudiante?s?\s+(?:de|du|d['’]|en)\s*(?:l['’]\s*)?)$", re.IGNORECASE)
# (« 1 450 étudiants en PASS »: a headcount, no cohort the mail is about)
_HEADCOUNT = re.compile(r"\d\s*[ée]tudiants?\s+\S+\s*$", re.IGNORECASE)
_SELF = re.compile(r"\b(?:je\s+suis|j['’]?\s?suis|jsuis|jsui|on\s+est|nous\s+sommes|"
                   r"I\s*['’]?\s*m|I\s+am|we\s+are|stagiaire|inscrite?\s+(?:en|au)|"
                   r"[ée]tudiante?\s+en)\b", re.IGNORECASE)


def _theirs(text: str, at: int, before: str, name: str) -> bool:
    """Whether the name written at text[at] in capitals is a programme someone is said to be
    in (`before`: its sentence before it). In a line written in capitals every word is, so
    the name must follow « EN » there (« JE SUIS EN PASS »), and « DU » is a word."""
    if _HEADCOUNT.search(before):
        return False
    if _shouted(text, at):
        return name != "DU" and bool(_IN_IT.search(before))
    return bool(_IN_IT.search(before) or _SELF.search(before)
                or (name != "DU" and _COHORT.search(before)))


# Staff name a cohort by its programme with an article (« Les LAS 1 SV ne sont plus inscrits »,
# « nos PASS »): the students the mail is about (« les DU » are programmes as often: not read).
_COHORT = re.compile(r"(?:^|[^\w'’])(?:les|nos|mes)\s+$", re.IGNORECASE)


def _shouted(text: str, at: int) -> bool:
    """Whether the line around text[at] is written in capitals (« JE SUIS EN 2EME ANNEE ESIX »):
    a word in capitals there is no name."""
    line = text[text.rfind("\n", 0, at) + 1:text.find("\n", at) % (len(text) + 1)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 20 and sum(c.islower() for c in letters) < 0.1 * len(letters)


def _sentence(text: str, start: int, end: int) -> tuple[str, int]:
    """The sentence around text[start:end] and where in it the word starts."""
    left = max([max(0, start - SENTENCE_CHARS),
                *(s.end() for s in _SENTENCE.finditer(text, max(0, start - SENTENCE_CHARS),
                                                      start))])
    right = _SENTENCE.search(text, end, end + SENTENCE_CHARS)
    return text[left:right.start() if right else min(len(text), end + SENTENCE_CHARS)], \
        start - left


# A programme's variant written as a letter after its name (« DAEU A (littéraire) », « DAEU
# option B »; in a mail « en DAEU B », « DAEU option A »).
_LETTER = re.compile(r"[A-Z]")
_LETTER_AFTER = re.compile(r"[^\W_]+\s+(?:option\s+)?([A-Z])\b(?!['’])")


def _initials(words: tuple[str, ...], name: str) -> list[str]:
    """The initials of a label's words after its name, in order, its small words aside (« DU
    Français Langue Etrangère »: FLE; « DU Ressources humaines et management »: RH, RHM; « LAS 2
    Sciences de la vie »: SV): what people write."""
    letters = [w for w in words if len(w) > 1 and not w.isdigit() and w != name
               and is_programme_word(w)]
    return ["".join(w[0] for w in letters[i:j]) for i in range(len(letters))
            for j in range(i + 2, len(letters) + 1)]


def _one_of(candidates: list[tuple[str, str, tuple[str, ...]]], sentence: str,
            name: str, at: int) -> str | None:
    """The one candidate the sentence says: of its year when it says one (« 4A », or a digit
    right after the name, « LAS 2 »), and the one whose label's own words (none of the
    others') it writes most; a name of one étape is that étape. Étapes that name their year
    when the sentence says none are not guessed (« je suis en LAS » beside « LAS 1 »)."""
    after = _DIGIT_AFTER.match(sentence, at)
    year = after.group(1) if after else _year_of(sentence)[0]
    if year:
        candidates = [c for c in candidates if not c[1] or c[1] == year]
    else:
        candidates = [c for c in candidates if not c[1]]
    if len(candidates) == 1:
        return candidates[0][0]
    said = [_ALSO.get(w, w) for w in words_of(sentence) if len(w) > 1 or w.isdigit()]
    said = [w for w in said if w != name and (w.isdigit() or is_programme_word(w))]
    letter = _LETTER_AFTER.match(sentence, at)
    said += [letter.group(1)] if letter else []
    scored = [(sum(same_word(w, own) for w in said), code)
              for code, own in _own_words(tuple(candidates), name)]
    scored.sort(reverse=True)
    if not scored or not scored[0][0] or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


@functools.lru_cache(maxsize=256)
def _own_words(candidates: tuple[tuple[str, str, tuple[str, ...]], ...],
               name: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(code, the words and initials of its label none of the other candidates' holds) of each
    candidate of a name: the same for every mail that says it (« DU », « PASS »: a big
    catalogue has dozens of étapes of one name, each compared with all the others)."""
    out = []
    for code, _, words in candidates:
        own = {w for w in words if not any(w in other for c, _, other in candidates if c != code)}
        own |= set(_initials(words, name)) - {w for c, _, other in candidates if c != code
                                               for w in _initials(other, name)}
        out.append((code, frozenset(own)))
    return tuple(out)


# The address in the line that opens a quoted message (« Le 3 nov. 2026 à 18:42, Léa Marchand
# <lea.marchand@etu.unicaen.fr> a écrit : », « De : Inès Haddad <ines.haddad@…> »).
_ADDRESS = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
ATTRIBUTION_LINES = 3


def quotes_own_mail(quoted: str, from_addr: str) -> bool:
    """Whether the quoted history opens on the writer's own earlier mail (its attribution or
    « De : » line gives the sender's address): a closing that quotes the request it closes
    restates it, its étape with it; one that quotes an agent's answer does not."""
    head = "\n".join(line for line in quoted.lstrip().splitlines()[:2 * ATTRIBUTION_LINES]
                     if line.strip(" >"))
    head = "\n".join(head.splitlines()[:ATTRIBUTION_LINES])
    m = _ADDRESS.search(head)
    return m is not None and bool(from_addr) \
        and m.group().lower() == from_addr.strip().lower()
