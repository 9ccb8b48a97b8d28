"""APOGÉE codes without a list of shapes: the catalogue first, then a scheme-free recogniser.

Each composante picks its own code scheme, so no list of shapes can be complete. A candidate is
any token mixing letters and digits (with `.`, `-`) of plausible length, or two such fragments
split by a stray space. With a catalogue (the codes REFER and Moodle know), a candidate it knows
is a code whatever its context: the catalogue outranks context. Any other candidate is scored
by its context (cue words before it, brackets, Moodle's « (CODE) Titre », list items, the
subject, upper case) and against what it is not (INE, rooms, times, products, versions, ticket
numbers, ordinals, levels); a plausible code unknown to REFER is still reported (a typo or an
archived code is a finding). Work is linear in the text: one regex pass, bounded look-behind.

Here: the candidates of a text and the verdict on each. Codes split by a space are
`split_codes`', the score by context `code_context`'s, what a token is when it is no code
`not_codes`', the canonical spelling `code_spelling`'s.
"""
from __future__ import annotations

import functools
import re

from triage.catalogue import Catalogue, tolerant_key
from triage.extractors import dropped_digits, labels
from triage.extractors.code_context import (CUES, FOLD, LETTERS_ONLY_PENALTY, THRESHOLD, WORD,
                                            context_score, line_before, score_needed)
from triage.extractors.code_spelling import TYPED_DASH, canonical
from triage.extractors.identifiers import Ranges, table_cells, unique
from triage.extractors.not_codes import COMMON_WORDS, NOT_CODE, PLACEHOLDER, is_trade_document
from triage.extractors.sibling_codes import SUCCESSION
from triage.extractors.split_codes import find_split
from triage.model import Span

__all__ = ["attachment_codes", "canonical", "completed_beside_whole", "find_codes", "same_scheme",
           "table_codes"]

# A code-like token: alphanumeric runs joined by `.` or `-`, with at least a letter and a digit.
_MIXED = re.compile(r"(?<![\w@\\=?&%+])(?=[A-Za-z.\-]*\d)(?=[0-9.\-]*[A-Za-z])"
                    r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*(?![\w@]|[.\-]\w)")
# An étape written with its version (`3HISTO-701`): the code is the étape's.
# (an étape has 4 to 6 characters, a letter and a digit among them: `SA-110` is a room)
_VERSION = re.compile(r"^((?=[A-Z.]*\d)(?=[0-9.]*[A-Z])[A-Z0-9][A-Z0-9.]{3,5})-\d{3}$")
# A head of four is as often a course's family and the number its course's (« le cours
# GEO1-101 », « Contrôle budgétaire (M2MA-302) »): an étape only where its line speaks of one
# (« la cohorte DL2G-102 », « BUT Génie civil 1ère année (BGC1-101) »).
_SHORT_ETAPE = 4
_ETAPE_WORDS = frozenset("""cohorte cohortes cohort cohorts etape etapes vet vets version versions
    annee year promo promotion""".split())
_LETTERS_JOINED = re.compile(r"(?<![\w@\\=?&%+.\-])[A-Za-z]{2,8}(?:[.\-][A-Za-z]{1,8})+(?![\w@]|[.\-]\w)")
# (a capital first, the boundary checked after it: the engine skips fast to capitals)
_CAPITALS = re.compile(r"[A-Z](?<![\w@\\=?&%+.\-][A-Z])[A-Z]{3,7}(?![\w@]|[.\-]\w)")
_CAPITALS_JOINED = re.compile(r"[A-Z](?<![\w@\\=?&%+.\-][A-Z])[A-Z]{1,7}(?:[.\-][A-Z]{1,8})+"
                              r"(?![\w@]|[.\-]\w)")
_UNDERSCORED = re.compile(r"(?<![\w@\\=?&%+.\-])(?=[A-Za-z_]*\d)[A-Za-z0-9]+(?:_[A-Za-z0-9]+){1,2}"
                          r"(?![\w@]|[.\-]\w)")
_ELP_GROUP = re.compile(r"\bELP_([A-Za-z0-9.\-]+?)_[A-Za-z0-9]{1,6}\b", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[.\-]")
_SEMESTER_PREFIX = re.compile(r"^[Ss]\d[.\-](?=[A-Za-z])")
# What every match of a pattern that opens on a look-behind or on « \b » holds, found by a scan
# for one character (most texts hold none): a word processor's dash (TYPED_DASH), the underscore
# of ADE's « ELP_… » pseudo-groups. Same matches.
_TYPED_DASH_HINT = re.compile(r"[\u2010-\u2013\u2212]")


def find_codes(text: str, part: str, skip: list[tuple[int, int]],
               catalogue: Catalogue | None = None, near: list[Span] | None = None) -> list[Span]:
    """APOGÉE codes in `text` (a mail part named `part`), except inside `skip` ranges. Candidates
    one point short of the threshold go to `near` when given (see `same_scheme`); groups named
    by their short name alone are `group_names`' work."""
    spans: list[Span] = []
    groups: list[Span] = []
    taken: list[tuple[int, int]] = []
    # a word processor's dash inside a code is the code's own dash (« S3–APS07 »): one
    # character for one, offsets unchanged
    if _TYPED_DASH_HINT.search(text):
        text = TYPED_DASH.sub("-", text)
    for m in (_ELP_GROUP.finditer(text) if "_" in text else ()):
        # ADE's pseudo-group of a whole element (an ADE group, not an APOGÉE one): its element,
        # and the group itself when the catalogue knows it (a known code outranks the rule).
        value = (catalogue.match(m.group(1)) if catalogue else None) or canonical(m.group(1))
        spans.append(Span("apogee_code", value, m.group(1), part, m.start(1), m.end(1)))
        if catalogue and m.group().upper() in catalogue:
            groups.append(Span("apogee_code", m.group().upper(), m.group(), part, m.start(),
                               m.end()))
        taken.append((m.start(), m.end()))
    lettered: list[re.Match] = []
    if catalogue:
        # Codes without a digit exist (`UCGE-CEMU`, the étape `DUMGT`): only the catalogue can
        # tell them from words, and one without a separator only as it stores it, in capitals.
        for m in _LETTERS_JOINED.finditer(text):
            if m.group().upper() in catalogue:
                spans.append(Span("apogee_code", m.group().upper(), m.group(), part, m.start(),
                                  m.end()))
                taken.append((m.start(), m.end()))
            elif (typed := _digit_typed_as_letter(m.group(), catalogue)):
                spans.append(Span("apogee_code", typed, m.group(), part, m.start(), m.end()))
                taken.append((m.start(), m.end()))
            else:
                lettered.append(m)
        for m in _CAPITALS.finditer(text):
            if m.group() in catalogue and m.group().lower() not in COMMON_WORDS:
                end, code = _spaced_known(text, m, catalogue) or (m.end(), m.group())
                spans.append(Span("apogee_code", code, text[m.start():end], part, m.start(), end))
                taken.append((m.start(), end))
        # Codes joined by underscores (`ST2_APS4`, a Moodle short name's `PH4_UE13`): an
        # underscore joins words too (file names, logins), so only as the catalogue knows them.
        if "_" in text:
            for m in _UNDERSCORED.finditer(text):
                found = catalogue.match(m.group())
                if found and tolerant_key(found) == tolerant_key(m.group()) \
                        and not any(a <= m.start() < b for a, b in taken):
                    spans.append(Span("apogee_code", found, m.group(), part, m.start(), m.end()))
                    taken.append((m.start(), m.end()))
    else:
        lettered = list(_CAPITALS_JOINED.finditer(text))
        if "_" in text:
            spans += _underscored_after_cue(text, part, skip + taken, taken)
    skips = Ranges(skip + taken)
    # A code split by a stray space first: its fragments are not codes on their own.
    tails = find_split(text, part, skips, catalogue, spans, near)
    if tails:
        skips = Ranges(skip + taken + tails)
    for m in lettered:
        if not skips.covers(m.start()):
            short: list[str] = []
            found = _lettered(text, m, part, catalogue, short)
            if found:
                spans.append(Span("apogee_code", found, m.group(), part, m.start(), m.end()))
            elif short and near is not None:
                near.append(Span("apogee_code", short[0], m.group(), part, m.start(), m.end()))
    trade: list[bool] = []                     # (whether `text` is a quote or an invoice, once asked)
    for token in _MIXED.finditer(text):
        if not skips.covers(token.start()):
            short = []
            at: re.Match | _Piece = _word_glued_after(text, token) or token
            judged = _judge(text, at, part, catalogue, short)
            if not judged and (piece := _unglued(text, token, catalogue)):
                at = piece                     # « 22058431HLAN201 », « LE3ESP2civilisation »
                judged = _judge(text, at, part, catalogue, short)
            if judged and _is_trade(text, trade) and not _after_cue(text, at.start()):
                judged = None                  # a product's reference in a quote or an invoice
            if judged:
                spans.append(Span("apogee_code", judged, at.group(), part, at.start(), at.end()))
            elif short and near is not None:
                near.append(Span("apogee_code", short[0], at.group(), part, at.start(), at.end()))
    return sorted(unique(spans) + groups, key=lambda s: s.start)


# (two pieces, each with a letter: `ST2_APS4`, `PH4_UE13`; not a file's or a login's name)
_TWO_PIECES = re.compile(r"^(?=[A-Za-z_]*\d)[A-Za-z]*\d*[A-Za-z][A-Za-z0-9]*_[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$")


def _underscored_after_cue(text: str, part: str, skip: list[tuple[int, int]],
                           taken: list[tuple[int, int]]) -> list[Span]:
    """Without the catalogue, a code joined by an underscore (« le cours st2_aps4 », Moodle's
    short name « l'élément ST2_APS4 ») where a cue word stands just before it: elsewhere an
    underscore joins a file's or a login's name."""
    found = []
    skips = Ranges(skip)
    for m in _UNDERSCORED.finditer(text):
        written = m.group()
        if skips.covers(m.start()) or not _TWO_PIECES.match(written) \
                or not 4 <= len(written) - 1 <= 10 or not (written.isupper() or written.islower()):
            continue
        words = WORD.findall(line_before(text, m.start()))
        if words and words[-1] in CUES:
            found.append(Span("apogee_code", canonical(written), written, part, m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return found


def table_codes(html: str, catalogue: Catalogue | None) -> list[Span]:
    """Codes alone in the cells of an HTML table column headed as codes (« Code », « Code
    Apogée », « ELP »): a text version may glue a row's cells together (« PH1.EPISÉpistémologie
    53301PH1.MORA… »), the cells still part them; a cell may hold a code split by a space
    (« psy3-td 04 »). Spans of part `html`."""
    spans: list[Span] = []
    for title, text, start, _ in table_cells(html):
        words = WORD.findall(title.translate(FOLD).lower())
        if not (words and words[0] in CUES) or len(text) > 14 or text.strip().count(" ") > 1:
            continue
        at = html.find(text, start)
        for span in find_codes(f"{words[0]} {text}", "html", [], catalogue):
            offset = (at if at >= 0 else start) - len(words[0]) - 1
            spans.append(Span("apogee_code", span.value, span.text, "html",
                              span.start + offset, span.end + offset))
    return spans


def attachment_codes(names: list[str], catalogue: Catalogue | None) -> list[Span]:
    """Codes in attachments' names (« capture_MAT3-B12_participants.png »,
    « manquants_HPSY201.csv »): the name's words, parted by underscores, spaces and brackets,
    each read alone like a list item; a camera's or a scanner's numbering (`DSC01234`,
    `IMG4471`) is none. Spans of part `attachment`, offsets in that attachment's name."""
    spans: list[Span] = []
    for name in names:
        for m in _FILE_WORD.finditer(_EXTENSION.sub("", name)):
            if _DEVICE_NUMBERING.match(m.group()):
                continue
            for span in find_codes(m.group(), "attachment", [], catalogue):
                spans.append(Span("apogee_code", span.value, span.text, "attachment",
                                  m.start() + span.start, m.start() + span.end))
    return spans


_FILE_WORD = re.compile(r"[^\s_()\[\]{},;#]+")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
_DEVICE_NUMBERING = re.compile(r"^(?:IMG|DSCN?|DSCF|PXL|VID|MVI|GOPR|DJI|SAM|WP|PANO|SCAN|SCN"
                               r"|PHOTO|IMAGE|SCREENSHOT|CAPTURE)-?\d", re.IGNORECASE)


def _judge(text: str, m: re.Match | _Piece, part: str, catalogue: Catalogue | None,
           short: list[str]) -> str | None:
    """The canonical code a token stands for, or None (and into `short` when one point short)."""
    written = m.group()
    if catalogue:
        known = catalogue.match(written)
        if known and _unknown_of_its_family(written, known, text, catalogue):
            known = None                       # `HGEO110`, archived, beside HGEO101: not HGEO1.10
        known = known or labels.completed_by_title(written, text, m.start(), m.end(), catalogue)
        if known:
            return known
        semester = _SEMESTER_PREFIX.match(written)
        if semester:
            # « S1-HHIS103 », « s3-sphy3a06 »: a semester written before a code the catalogue
            # knows without it (it is the code's semester, not part of its scheme)
            rest = written[semester.end():]
            known = catalogue.match(rest)
            if known and tolerant_key(known) == tolerant_key(rest):
                return known
        known = catalogue.numbered(written)
        if known and not _unknown_of_its_family(written, known, text, catalogue):
            return known                       # « MGT305 » for 24MGT305: its year left out
    upper = written.upper()
    core = _SEPARATORS.sub("", upper)
    if not (4 <= len(core) <= 10 and len(upper) <= 12) or not _DIGIT.search(core) \
            or not _LETTER.search(core):
        return None
    if NOT_CODE.match(upper) or NOT_CODE.match(core) or PLACEHOLDER.search(upper):
        return None
    score = context_score(text, m.start(), m.end(), part, written, core)
    needed = score_needed(written, catalogue)
    if score == needed - 1 and catalogue and catalogue.dropped_digit(written):
        needed -= 1                            # a known code with a digit left out: « SC-BIO2 »
    elif score < needed and catalogue and _successor_cited(written, text, catalogue):
        needed = min(needed, THRESHOLD)        # « c'était 20GS3C07 … ni sous 24GS3C07 »
    elif needed - 1 <= score < needed and catalogue \
            and _year_told(dropped_digits.year_dropped(written, catalogue), text):
        needed = score                         # … its year's digit: « EC-MAC1 » of EC1-MAC1
    if score < needed:
        if score >= needed - 1 and not _VERSION.match(upper):
            short.append(canonical(written))
        return None
    version = _VERSION.match(upper)
    if version and len(version.group(1)) == _SHORT_ETAPE and _ETAPE_WORDS.isdisjoint(
            WORD.findall(line_before(text, m.start()).translate(FOLD).lower())):
        version = None                         # « le cours GEO1-101 »: a course's number
    if version and (catalogue is None or catalogue.match(version.group(1))):
        return version.group(1)                # an étape and its version: the étape
    return canonical(written)


def _successor_cited(written: str, text: str, catalogue: Catalogue) -> bool:
    """Whether `written`, unknown, is a known code with another heading number (its year:
    `Catalogue.renumbered`) that the mail cites as the catalogue writes it: an archived code
    beside its successor, a finding for the agent, judged as a code of a known family."""
    successor = catalogue.renumbered(written)
    return successor is not None and successor in text


def _year_told(meant: list[str], text: str) -> bool:
    """Whether the known codes a token is with its year's digit left out (`meant`) are one, or
    one of them heads a code the text writes too (« EC-MAC1 … EC1MAC1TD1 »): a token kept for
    them that no step then reads as one would stay a damaged code the writer meant otherwise."""
    if len(meant) == 1:
        return True
    keyed = tolerant_key(text)
    return any(tolerant_key(code) in keyed for code in meant)


def _unknown_of_its_family(written: str, found: str, text: str, catalogue: Catalogue) -> bool:
    """Whether `written`, which the catalogue reads tolerantly as `found` of another family, is
    rather an unknown code of its own family (`Catalogue.another_family`) in a mail that says a
    code is archived, not found, renamed: a catalogue of many schemes holds a code for many
    tolerant readings of an archived one, and the mail says it is no known code."""
    # (the mail's words first: cached per text, they spare most tokens the catalogue's scan)
    return _says_unknown(text) and catalogue.another_family(written, found)


@functools.lru_cache(maxsize=4)
def _says_unknown(text: str) -> bool:
    return bool(_UNKNOWN_SAID.search(text))


# (not « ancien »: an old code beside its successor is `completed_beside_whole`'s)
_UNKNOWN_SAID = re.compile(r"archiv|introuvable|inexistant|n['’]existe (?:plus|pas)|not found"
                           r"|no longer|does(?:n['’]t| not) exist|renomm|renamed|\bmoved\b"
                           r"|d[ée]plac[ée]", re.IGNORECASE)


# A code glued to what comes before or after it, a token too long to be one: a student's
# number before it (« 22058431HLAN201 »), a cue word in capitals (« (CODE24ECO210) »), a word in
# small letters after it (« LE3ESP2civilisation »).
_GLUED_BEFORE = re.compile(r"^(?:\d{8}|CODE|COURS)(?=[A-Z0-9]*[A-Z])(?=[A-Z]*\d)[A-Z0-9.\-]{4,10}$")
_GLUED_AFTER = re.compile(r"^(?=[A-Z.\-]*\d)[A-Z0-9][A-Z0-9.\-]{3,9}(?<=\d)[a-zà-ÿ]{4,}$")
# A cue word glued before a code, its space dropped: one reading of where the cue ends.
# Where the case changes (« coursDR3.PEN1 », « CoursHGEO204 », « groupe3BIOB31 »): any cue word
# of CUES, in small letters (a capital first), then a code in capitals; in capitals itself only
# `UE`, `EC`, `ELP` and only before a code the catalogue knows (« UERCAED335 »: « UEFA2024 » is
# no unit). In a token all in small letters (« ds le courspsy.3c36 »), only after a long cue
# word and before a rest that shows a code's shape by itself, a separator or a letter after a
# digit (« courses2024 » is a word and a year, « economie2.0 » no « ec » glued to a code).
_GLUED_CUE = re.compile(r"^(?P<cue>[A-Za-z][a-z]+|UE|EC|ELP)(?=[A-Z0-9.\-]*[A-Z])"
                        r"[A-Z0-9]+(?:[.\-][A-Z0-9]+)*$")
_GLUED_SMALL = re.compile(r"^(?P<cue>course|cours|groupe|group|code|module)"
                          r"(?=(?=[a-z0-9]*[.\-]|[a-z.\-]*\d+[a-z])[a-z0-9.\-]{4,12}$)"
                          r"(?=(?:[^a-z]*[a-z]){2})")
# A word in small letters glued before a code in capitals with a separator, in a mail typed
# fast (« le cours de topologieS5MAT.04 »): the case changes where the code starts; the code is
# judged by its context as if typed apart (a product's camel case, « macOS11 », has no separator).
_GLUED_TO_WORD = re.compile(r"^(?P<word>[a-z]{3,})(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[.\-])"
                            r"[A-Z0-9]+(?:[.\-][A-Z0-9]+)+$")
# A short word in small letters glued after a code typed in capitals, its space dropped in a
# mail typed fast (« le cours de droit penal JU2PEN1sur ecampus »): where the case changes the
# code ends, when the rest is a common word (`sur`, `pour`, `dans`, `svp`…); the code is judged
# by its context as if typed apart (« ECO2024en » is no code either way: a year, no scheme).
_WORD_GLUED_AFTER = re.compile(r"^(?=[A-Z0-9.\-]*[A-Z])[A-Z0-9][A-Z0-9.\-]{3,11}(?<=\d)"
                               r"(?P<word>[a-zàâçéèêëîïôûù]{2,})$")
_CORE_MAX = 10


def _cue_glued(written: str, catalogue: Catalogue | None) -> int | None:
    """Where the code starts in a token that is a cue word glued before it (above), or None."""
    glued = _GLUED_CUE.match(written)
    if glued:
        cue = glued.group("cue")
        if cue.lower() in CUES and (not cue.isupper() or (
                catalogue and catalogue.match(written[glued.end("cue"):]))):
            return glued.end("cue")
        return None
    small = _GLUED_SMALL.match(written)
    return small.end("cue") if small else None


class _Piece:
    """The place of a code inside a longer token (what `_judge` reads of a match)."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self) -> str:
        return self._text[self._start:self._end]

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _unglued(text: str, m: re.Match, catalogue: Catalogue | None) -> _Piece | None:
    """The code inside a token too long to be one, glued to a number or a word (above); where
    a word glued after it ends is the catalogue's to say (« LE3ESP2civ » may be LE3ESP2CIV)."""
    written = m.group()
    start = _cue_glued(written, catalogue)
    if start:
        return _Piece(text, m.start() + start, m.end())      # « coursDR3.PEN1 », « UERCAED335 »
    word = _GLUED_TO_WORD.match(written)
    if word:
        return _Piece(text, m.start() + word.end("word"), m.end())   # « topologieS5MAT.04 »
    if len(_SEPARATORS.sub("", written)) <= _CORE_MAX:
        return None
    if _GLUED_BEFORE.match(written):
        head = 8 if written[0].isdigit() else (4 if written.startswith("CODE") else 5)
        return _Piece(text, m.start() + head, m.end())
    if catalogue and _GLUED_AFTER.match(written):
        cut = len(written.rstrip("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿ"))
        return _Piece(text, m.start(), m.start() + cut) \
            if catalogue.match(written[:cut]) else None
    return None


def _word_glued_after(text: str, m: re.Match) -> _Piece | None:
    """The code before a common word glued after it (above: « JU2PEN1sur »), or None."""
    after = _WORD_GLUED_AFTER.match(m.group())
    if after and after.group("word") in COMMON_WORDS:
        return _Piece(text, m.start(), m.start() + after.start("word"))
    return None


def _after_cue(text: str, start: int) -> bool:
    """Whether a cue word (`cours`, `EC`, `groupe`…) stands before `start` in its sentence on
    its line (« pour l'EC AGM2-AGE »; not « établissements d'enseignement. Références : »)."""
    sentence = _SENTENCE_END.split(line_before(text, start))[-1]
    return any(w in CUES for w in WORD.findall(sentence))


_SENTENCE_END = re.compile(r"[.!?]\s")


def _is_trade(text: str, known: list[bool]) -> bool:
    if not known:
        known.append(is_trade_document(text))
    return known[0]


# The DAEU (diplôme d'accès aux études universitaires), a national diploma: its courses and
# groups are coded by its acronym and a subject's or a group's letters, no digit (« le cours
# DAEUA-HG », « groupe DAEUFR-S »); no name, title or shouted word starts so, so they need the
# score of a code with digits.
_ACCESS_DIPLOMA = "DAEU"


def _lettered(text: str, m: re.Match, part: str, catalogue: Catalogue | None,
              short: list[str]) -> str | None:
    """A code of capitals and separators without a digit (`DAEU-SOIR`, `DUCGE-FOAD`: a group
    of a diploma) where its context says so with more weight than for a code with digits:
    names (`SAINT-MARTIN`), titles (`PU-PH`) and shouted words look the same."""
    written = m.group()
    if written != written.upper() or _SEPARATORS.split(written)[0].lower() in COMMON_WORDS:
        return None
    core = _SEPARATORS.sub("", written)
    score = context_score(text, m.start(), m.end(), part, written, core)
    if not written.startswith(_ACCESS_DIPLOMA):
        score -= LETTERS_ONLY_PENALTY
    needed = score_needed(written, catalogue)
    if score < needed and score >= needed - 1:
        short.append(written)
    return written if score >= needed else None


# The piece typed after a known code of capitals and a space (« DUCGE M1 », « DUCGE 01 »): a
# digit in it, as a course's number has (a word after an étape's name is no piece of it).
_SPACED_PIECE = re.compile(r" (?=[A-Za-z]*\d)([A-Za-z0-9]{1,4})(?![\w@]|[.\-]\w)")


def _spaced_known(text: str, m: re.Match, catalogue: Catalogue) -> tuple[int, str] | None:
    """Where a known code typed with a space for its separator ends, and that code, when the
    capitals at `m` (a known code themselves: a DU's étape, `DUCGE`) head it (« le module DUCGE
    M1 » is DUCGE.M1, « DUCGE 01 » DUCGE.01: the étape heads its courses' codes); None when the
    catalogue knows no such code."""
    piece = _SPACED_PIECE.match(text, m.end())
    if not piece:
        return None
    for separator in (".", "-", ""):
        code = m.group() + separator + piece.group(1).upper()
        if code in catalogue:
            return piece.end(), code
    return None


def _digit_typed_as_letter(written: str, catalogue: Catalogue) -> str | None:
    """The known code a word of capitals and separators stands for with an I typed for a 1 or an
    O for a 0 (`JURI.HIS` for `JUR1.HIS`): the same key, digits in the catalogue's spelling."""
    if not written.isupper() or not _SEPARATORS.search(written):
        return None
    found = catalogue.match(written)
    return found if found and _DIGIT.search(found) \
        and tolerant_key(found) == tolerant_key(written) else None


def completed_beside_whole(spans: list[Span], text: str = "") -> list[Span]:
    """Codes the catalogue completed (`JO7DOC` read as `JO7DOCU`) while the mail writes the whole
    code too (« JO7DOC … remplacé par JO7DOCU »): the short one is a code of its own, an old
    one most often, and is reported as written. In a mail that `text` shows speaking of an old
    code and its successor, so is any code the catalogue completed (`IRAN-14`, archived, is not
    the known `IRAN-14A`) or read tolerantly beside the known code written as such (« ancien code
    INFR204 », « INFR2.04 »)."""
    written = {tolerant_key(s.text) for s in spans if s.kind == "apogee_code"}
    exact = {s.text.upper() for s in spans if s.kind == "apogee_code"}
    succession = None
    out = []
    for span in spans:
        if span.kind != "apogee_code" or span.text.upper() == span.value:
            continue
        stub, whole = tolerant_key(span.text), tolerant_key(span.value)
        completed = whole != stub and whole.startswith(stub)
        if (completed and whole in written) or (
                (completed or span.value in exact)
                and (succession if succession is not None
                     else (succession := bool(SUCCESSION.search(text))))):
            out.append(Span("apogee_code", canonical(span.text), span.text, span.part, span.start,
                            span.end))
    return out


_SCHEME_PREFIX = 4


def same_scheme(found: list[str], near: list[Span]) -> list[Span]:
    """Candidates one point short that share their first four characters (a letter among
    them) with a code found in the same mail: a list of one composante's codes (« natation
    STL2NAT1 ni athlétisme STL2 ATH3 », « : eco-r201 et ECO-R204 », « esix3m 12 … ESIX3M11 »),
    or the very code written elsewhere in the mail (« S3MAT05 … (S3 MAT05) »: its fragment
    `MAT05` is then dropped). One per place, the longest."""
    prefixes = {v[:_SCHEME_PREFIX] for v in found if len(v) > _SCHEME_PREFIX
                and _LETTER.search(v[:_SCHEME_PREFIX])}
    kept: list[Span] = []
    for span in sorted(near, key=lambda s: (s.part, s.start, -(s.end - s.start))):
        if len(span.value) > _SCHEME_PREFIX and span.value[:_SCHEME_PREFIX] in prefixes \
                and not any(k.part == span.part and k.start <= span.start < k.end for k in kept):
            kept.append(span)
    return kept


