"""APOGÉE codes split by a stray space (« hlan 201 », « DL1 CST », « S1 MAT01 »), in three
(« IF3 UE 44 »), or a semester parted from its code by a spaced dash (« S1 - PHY02 »): the pair
is read as one code when the catalogue knows it or its shape and context say so, never a word
and a number, a level, a count, a time, a phone's pairs or a research unit's national number."""
from __future__ import annotations

import re
from itertools import accumulate

from triage.catalogue import Catalogue, tolerant_key
from triage.extractors import labels
from triage.extractors.code_context import (CLOCK, CUES, THRESHOLD, WORD, context_score,
                                            line_before, score_needed)
from triage.extractors.code_spelling import canonical
from triage.extractors.identifiers import Ranges
from triage.extractors.not_codes import COMMON_WORDS, NOT_CODE
from triage.model import Span

# Two fragments split by one space, one of them holding a digit (`hlan 201`, `DL1 CST`); the
# second is a look-ahead so that « de hlan 201 » still tries `hlan` + `201`. The second holds
# up to seven characters: a code of eight split after its first (« S 5.BIO12 »); it may be
# followed by a slash and an étape's version of three digits (« JDL 1A/101 »).
# Never a quantity: a decimal, a percentage, « 250+ » (« SLA 99,9 % », « we helped 250+ »).
_PAIR = re.compile(r"(?<![\w@\\=?&%+.\-])(?=[A-Za-z.\-]*\d|[A-Za-z0-9.\-]* [A-Za-z.\-]*\d)"
                   r"([A-Za-z0-9][A-Za-z0-9.\-]{0,7})"
                   r"(?= ([A-Za-z0-9](?:[A-Za-z0-9]|[.\-](?=\w)){0,6})"
                   r"(?![\w@]|[.\-]\w|/(?!\d{3}(?![\w.\-/]))\w|:\d|,\d|\+| ?%))")
# A code, then its variant's letter typed apart (« (FCDU14 B) », « GEO-12 B », « cours ST3.UE2 A
# introuvable »): module A and module B of one course; never the English « I ».
_VARIANT = re.compile(r"^[A-F]$")
# (letters and digits, dotted or dashed pieces)
_MIXED_CODE = r"^(?=[A-Za-z.\-]*\d)(?=[\d.\-]*[A-Za-z])[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*"
_ENDS_IN_DIGIT = re.compile(_MIXED_CODE + r"\d$")
# A code ending in a letter, then a number (« 1DRCON 1 », « P2UE 105 », « h2his 11a »).
_ENDS_IN_LETTER = re.compile(_MIXED_CODE + r"[A-Za-z]$")
_NUMBER_TAIL = re.compile(r"^\d{1,4}[A-Za-z]?$")
_ETAPE_VERSION = re.compile(r"^[1-9]01$")
# A shouted line (« LE COURS X3 AUTO05 A DISPARU »): its « A » is a verb, not a variant.
_SMALL_LETTER = re.compile(r"[a-zß-öø-ÿ]")
_LINE_AROUND = 80
# A timetable's string glues its fields with dashes or underscores (« 15/01/2026-HLAN305-Amphi »,
# ADE's « S5_PSY3A12_CM »): a date or an hour, or a semester and a session's type around one
# code. The code is read alone; the fields are none. (Two pieces are a code of their own:
# `S1-PHY02`, the group `HLAN201-TD2`.)
_GLUED = re.compile(r"(?<![\w@/.\-])[A-Za-z0-9/]+(?:[_\-][A-Za-z0-9/]+){2,4}(?![\w@]|[.\-/]\w)")
_GLUE = re.compile(r"[_\-]")
_DATED = re.compile(r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}[hH]\d{0,2})$")
_ADE_HEAD = re.compile(r"^(?:[Ss]\d{1,2}|ELP)$")
_SESSION = re.compile(r"^(?:CM|TD\d*|TP\d*)$", re.IGNORECASE)
# (three letters at least: a room glued beside it, `SA110`, `B12`, has fewer)
_GLUED_CODE = re.compile(r"^(?=(?:\d*[A-Za-z]){3})(?=[A-Za-z]*\d)[A-Za-z0-9]{4,10}$")
# A code split in three around its semester (« EG1 S1 M02 », « LEA S3 EN1 »): a head of
# capitals or mixing letters and digits (not a word: « cours S5 BIO12 » is the semester's).
_SEMESTER_MIDDLE = re.compile(r" ([Ss]\d) ([A-Za-z]{1,4}\d{1,3})(?![\w@]|[.\-]\w|[,/:]\d)")
_MIDDLE_HEAD = re.compile(r"^(?:[A-Z]{2,5}|(?=[A-Za-z]*\d)[A-Za-z]{2,4}\d)$")
# A code split in three: a head mixing letters and digits, letters, a number (`IF3 UE 44`).
_THREE_HEAD = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,5}$")
_THIRD = re.compile(r" (\d{1,3})(?![\w@]|[.\-/]\w|:\d| \d)")
_LETTER_END_HEAD = re.compile(r"^(?=[A-Za-z]*\d)[A-Za-z0-9]{3,6}[A-Za-z]$")
_TWO_DIGITS = re.compile(r"^\d\d$")
_COUNTED = re.compile(r" +(?:[ée]tudiant|inscrit|personne|place|student|participant|[ée]l[èe]ve"
                      r"|enseignant|formateur|intervenant|teacher|heure|hour|h\b|min)",
                      re.IGNORECASE)
# (digits, or a digit, a letter and two digits: « ARCH 5T08 », semester 5, block T, number 08)
_SPACED_TAIL = re.compile(r"^(?:\d{2,4}[A-Za-z]{0,2}|\d[A-Za-z]\d\d)$")
# (a semester's digit, a block's capital, two digits: no word stands before such a tail, « STP
# 1A04 » is a prefix that reads as a word, STAPS', and its element)
_BLOCK_NUMBER = re.compile(r"^\d[A-Z]\d\d$")
# (or, in capitals after capitals, a letter and three digits: « SOC L303 », « GEA R312 », a
# department's resource or a block's element)
_LETTERED_TAIL = re.compile(r"^[A-Z]\d{3}$")
_SEMESTER = re.compile(r"^[Ss]\d$")
_SEMESTER_CODE = re.compile(r"^[A-Za-z]{2,5}\d{2,3}[A-Za-z]?$")
# (the S first, the look-behind checked after it: the engine skips fast to an S; same matches)
_SEMESTER_DASHED = re.compile(r"([Ss](?<![\w@.\-][Ss])\d) [-\u2013] ([A-Za-z]{2,5}\d{2,3}[A-Za-z]?)"
                              r"(?![\w@]|[.\-]\w)")
_HEADED_TAIL = re.compile(r"^[A-Z]\d[.\-]\d\d$")
_NUMBERED_TAIL = re.compile(r"^\d[.\-]\d\d$")
_LETTERED_HEAD = re.compile(r"^[A-Za-z]{1,4}[.\-][A-Za-z]{2,5}$")
_LEVEL_PART = re.compile(r"^[A-Za-z]\d$")
_DOTTED_TAIL = re.compile(r"^[A-Za-z]?\d[.\-]\d{1,3}$")
# A tail starting with a digit then a dot or a dash and letters (`5.BIO12`, `7.PEN`): no code
# starts with a digit and a separator, so its head of letters was split off (« JUR 7.PEN »).
_DIGIT_DOTTED_TAIL = re.compile(r"^\d[.\-][A-Za-z]{2,5}\d{0,3}$")
# A level written with a dot (`M.1`, `M1.`), then a part of letters and digits (« M.1 SOC3C »,
# « M1. FIN3 »): a master's scheme, the level part of the code.
_DOTTED_LEVEL = re.compile(r"^(?:[LMDlmd]\.\d|[LMDlmd]\d\.)$")
_LEVEL_CODE_PART = re.compile(r"^[A-Za-z]{2,4}\d{1,2}[A-Za-z]?$")
# A department's prefix and a letter, then the number (« GEA-R 204 »: `GEA-R204`).
_PREFIXED_LETTER = re.compile(r"^[A-Z]{2,4}[.\-][A-Z]$")
# Where a mail names an étape by its code: a cohort (Moodle's cohort synchronisation enrols
# an étape), within the sentence's last hundred characters; a list's bullet.
_COHORT = re.compile(r"\bcohort", re.IGNORECASE)
_SENTENCE_BEFORE = 100
_BULLET = re.compile(r"(?:^|\n)[ \t>]*[-*•·▪◦–—][ \t]*$")
_DIGIT_HEAD = re.compile(r"^\d[A-Z]{2,3}$")
# A code starting with a number (a year, a level: `24ARC203`, `2PS4A19`) split after it.
_NUMBERED_PART = re.compile(r"^[A-Za-z]{2,5}\d[A-Za-z0-9]{1,4}$")
_CODE_PLACE_ENDS = ("-", "–", "(", ":", "\n")
# A head mixing letters and digits (`DL1`, `G05`, `ED558`, `1CA207`), then a part (`TD04`, `SIG`,
# `S02`, `G1`); or a head ending in a dotted part then its number (`PH2.UE 07`).
_SPACED_HEAD = re.compile(r"^(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{2,7}$")
# (or a dash: « X3-AGR 11 »; or letters and a dotted `UE`: « PAS.UE 04 », a teaching unit's number)
_DOTTED_HEAD = re.compile(r"^(?:(?=[A-Za-z]*\d)[A-Za-z0-9]{2,5}|[A-Za-z]{2,5}(?=[.\-]UE$))[.\-][A-Za-z]{1,3}$")
_NUMBER_PART = re.compile(r"^\d{2,3}$")
# A code ending in one digit after letters (`PSYL1`, `lda2`, `DHIS3`, `GE1R1`), then a number of
# two or three digits typed apart (« (PSYL1 01) », « lda2 10 », « st1 102 »): the number is the
# code's last part. Every such pair of the written sets (eleven, nine writers) is one code in
# its writer's gold, parted by a separator: a dash nine times, a dot twice (the head ends in
# its own digit: joined without one, the two numbers would run together), so without the
# catalogue the pair is read with a dash, which a sibling written with a dot still corrects.
_DIGIT_END_HEAD = re.compile(r"^(?=[A-Za-z0-9]*[A-Za-z]{2})[A-Za-z0-9]{0,6}[A-Za-z]\d$")
# A code complete on its own: five characters or more, two letters, two digits at its end.
_WHOLE = re.compile(r"^(?=(?:\d*[A-Za-z]){2})[A-Za-z0-9]{3,}\d\d$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SPACED_PART = re.compile(r"^(?:[A-Za-z]{2,4}\d{0,3}[A-Za-z]?|[A-Za-z]\d{1,2})$")
_LEVEL = re.compile(r"^[LMlm]\d$")
# An engineering school's year (« en 1A ESIX », « 2A GEA », « 5A MR »): a year of study before
# its school or department, like `L1` before a subject.
_STUDY_YEAR = re.compile(r"^\d[Aa]$")
# An étape's version after it (« JDL 1A/101 »): APOGÉE's way of writing an étape.
_VERSIONED = re.compile(r"/\d{3}(?!\w)")
# A teaching unit, a language or a block by its number (« UE3 », « LV2 », « EC4 »).
_NUMBERED_UNIT = re.compile(r"^[A-Za-z]{2}\d$")
# (a teaching unit, a language, an element by its number, then its name: « UE2 santé »)
_UNIT_BY_NUMBER = re.compile(r"^(?:UE|LV|EC)\d$", re.IGNORECASE)
# Doctoral schools and research units, numbered nationally (« ED 556 », « EA 4256 »).
_RESEARCH_UNITS = frozenset("ED EA UMR UR UPR FRE USR".split())
_ORDINAL = re.compile(r"^\d{1,2}(?:e|er|re|ere|eme|ème|è|nd|nde|rd|st|th)$", re.IGNORECASE)
# A number read aloud in groups goes on after the fragment (« martin 25 09 17 64 »: a phone or
# a student number, never a spaced code).
_MORE_DIGIT_GROUPS = re.compile(r"[ .\u00a0\u202f]\d")


def find_split(text: str, part: str, skips: Ranges, catalogue: Catalogue | None,
               spans: list[Span], near: list[Span] | None) -> list[tuple[int, int]]:
    """Codes split by a space or a spaced dash in `text`, outside `skips`, into `spans` (and
    those one point short into `near` when given); the places of the codes whose tail is no
    code of its own (« S5 STP22 »: `STP22`), for the caller to skip."""
    tails: list[tuple[int, int]] = []
    for m in _SEMESTER_DASHED.finditer(text):
        if not skips.covers(m.start()) and (found := _semester_dashed(m, catalogue)):
            spans.append(Span("apogee_code", found, m.group(), part, m.start(), m.end()))
            tails.append((m.start(), m.end()))
    if "-" in text or "_" in text:
        for m in _GLUED.finditer(text):
            if not skips.covers(m.start()) and (glued := _glued(m, part, catalogue)):
                spans.append(glued)
                tails.append((m.start(), m.end()))
    # A code split by a stray space first: its fragments are not codes on their own; so is one
    # split in three (« IF3 UE 44 »), known to the catalogue or one of a scheme of the mail.
    done = 0                   # (the end of a code read in three pieces: its pieces are done)
    for m in _PAIR.finditer(text):
        if catalogue is None and m.start() >= done and (three := _level_letters_number(
                text, m, part)) and not skips.covers(m.start()):
            spans.append(three)
            tails.append((three.start, three.end))
            done = three.end
            continue
        if catalogue is None and m.group(1).isdigit() and not _NUMBERED_PART.match(m.group(2)):
            continue           # a phone's pairs, a date (« 02 31 »): nothing below reads them
        if m.start() >= done and not skips.covers(m.start()):
            if catalogue and (spaced := _spaced_for_separators(text, m, part, catalogue)):
                spans.append(spaced)           # « bio 2 12 », « st s1 11 »: BIO.2.12, ST.S1.11
                tails.append((spaced.start, spaced.end))
                done = spaced.end
                continue
            if _split_in_three(text, m, part, catalogue, spans, near):
                continue
            if (three := _around_semester(text, m, part, catalogue)):
                spans.append(three)
                tails.append((three.start, three.end))
                done = three.end
                continue
            short: list[str] = []
            joined = _joined(text, m, part, catalogue, short)
            end = m.end(2)
            if joined:
                spans.append(Span("apogee_code", joined, text[m.start():end], part, m.start(), end))
                if _SEMESTER.match(m.group(1)) or _PREFIXED_LETTER.match(m.group(1)) \
                        or catalogue is None and _short_head(m.group(1), m.group(2)) \
                        and not _shouted(text, m.start(), end):
                    # « S5 STP22 », « GEA-R 204 », « SI MAT31 »: STP22, GEA-R, MAT31 are no
                    # codes of their own
                    tails.append((m.start(), end))
            elif short and near is not None:
                near.append(Span("apogee_code", short[0], text[m.start():end], part, m.start(), end))
    return tails


# A year's digit, two or three capitals, a number of three digits, each typed apart (« 1 CA 153 »,
# « 2 CA 214 »): a training's code (`1CA153`: year, block, number) spelled piece by piece, as
# people read one aloud. In the written sets every such triple is one code of the gold (twenty-
# four, twelve writers); never a research unit's (« 1 ED 556 ») nor a cue and a number (two
# capitals are no word: « CA » is no « ça »).
_LEVEL_DIGIT = re.compile(r"^\d$")
_BLOCK = re.compile(r"^[A-Z]{2,3}$")
_THREE_DIGITS = re.compile(r" (\d{3})(?![\w@]|[.\-/]\w|:\d|[ .,]\d)")


def _level_letters_number(text: str, m: re.Match, part: str) -> Span | None:
    """Without the catalogue, « 1 CA 153 » read as `1CA153` where its context says a code stands."""
    first, second = m.group(1), m.group(2)
    if not (_LEVEL_DIGIT.match(first) and _BLOCK.match(second)) \
            or len(second) == 3 and second.lower() in COMMON_WORDS \
            or second.lower() in CUES or second in _RESEARCH_UNITS:
        return None
    third = _THREE_DIGITS.match(text, m.end(2))
    if not third or _COUNTED.match(text, third.end(1)):
        return None
    written = first + second + third.group(1)
    end = third.end(1)
    score = context_score(text, m.start(), end, part, text[m.start():end], written) - 0.5
    if score < THRESHOLD or NOT_CODE.match(written):
        return None
    return Span("apogee_code", written, text[m.start():end], part, m.start(), end)


def _semester_dashed(m: re.Match, catalogue: Catalogue | None) -> str | None:
    """« S1 - PHY02 »: a semester and its code parted by a spaced dash, the code's own dash
    (`S1-PHY02`); with a catalogue, only as it knows it, never a code it knows alone."""
    joined = f"{m.group(1)}-{m.group(2)}".upper()
    if catalogue is None:
        return canonical(joined) if m.group(2).isupper() else None
    found = catalogue.match(joined)
    return found if found and tolerant_key(found) == tolerant_key(joined) \
        and not catalogue.match(m.group(2)) else None


def _glued(m: re.Match, part: str, catalogue: Catalogue | None) -> Span | None:
    """The one code a timetable's glued string holds, beside its date or hour, or between
    ADE's semester and session type; with a catalogue, only a code it knows as written."""
    pieces = _GLUE.split(m.group())
    dated = any(_DATED.match(p) for p in pieces)
    ade = "_" in m.group() and _ADE_HEAD.match(pieces[0]) and _SESSION.match(pieces[-1])
    codes = [p for p in pieces if _GLUED_CODE.match(p) and not NOT_CODE.match(p.upper())]
    if not (dated or ade) or len(codes) != 1:
        return None
    code = codes[0]
    value = canonical(code)
    if catalogue:
        known = catalogue.match(code)
        if not (known and tolerant_key(known) == tolerant_key(code)):
            return None
        value = known
    start = m.start() + sum(len(p) + 1 for p in pieces[:pieces.index(code)])
    return Span("apogee_code", value, code, part, start, start + len(code))


def _around_semester(text: str, m: re.Match, part: str, catalogue: Catalogue | None
                     ) -> Span | None:
    """« (EG1 S1 M02) », « - LEA S3 EN1 (English) »: a code split in three around its semester,
    in one case, where its context says a code stands; without the catalogue (with it, as it
    knows the joined code)."""
    head = m.group(1)
    rest = _SEMESTER_MIDDLE.match(text, m.end(1))
    if not (rest and _MIDDLE_HEAD.match(head)) or NOT_CODE.match(head.upper()) \
            or head.lower() in COMMON_WORDS or head.lower() in CUES:
        return None
    written = head + rest.group(1) + rest.group(2)
    if not (written.isupper() or written.islower()) or _SESSION.match(rest.group(2)):
        return None
    end = rest.end()
    if catalogue:
        known = catalogue.match(written)
        return Span("apogee_code", known, text[m.start():end], part, m.start(), end) \
            if known and tolerant_key(known) == tolerant_key(written) else None
    score = context_score(text, m.start(), end, part, text[m.start():end], written.upper()) - 1.0
    if score < THRESHOLD:
        return None
    return Span("apogee_code", canonical(written), text[m.start():end], part, m.start(), end)


# A code typed with a space for each of its separators (« bio 2 12 » for BIO.2.12, « st s1 11 »
# for ST.S1.11, « PSY 2 12 » in an SMS or a quick mail), or for only some of them (« m 2 drp 1a »
# for M.2DRP1A: four pieces, one separator): the parts after the pair, each a short run of
# letters or digits, up to five pieces in all. A code does not end before a piece of digits
# (« bio 2 12 3 »: no code of three pieces there).
_NEXT_PART = re.compile(r" ([A-Za-z0-9]{1,4})(?![\w@]|[.\-]\w|[:,/]\d)")
_DIGITS_NEXT = re.compile(r" \d")
_MOST_PIECES = 5


def _spaced_for_separators(text: str, m: re.Match, part: str, catalogue: Catalogue
                           ) -> Span | None:
    """A pair and the parts typed after it (or a head of letters before it) that the catalogue
    knows joined as one code whose separators all stand where spaces do (`BIO.2.12` for « bio 2
    12 »; `M.2DRP1A` for « m 2 drp 1a »; `AES-MIC4` for « AES MIC 4 » in a mail typed in
    capitals, its head of letters alone before the pair): its spelling alone says it is that
    code; a word, a date or a count typed in pieces has no such layout (« le 2 12 » would need
    a code `LE.2.12`: a common word never heads one here, nor stands inside one of four pieces or
    five). The most pieces first: a course's group typed on is the group."""
    first, second = m.group(1), m.group(2)
    if not first.isalnum() or not second.isalnum():
        return None
    if not _word(first):
        rest = _parts_after(text, m.end(2), _MOST_PIECES - 2)
        for taken in range(len(rest), 0, -1):
            end = rest[taken - 1].end(1)
            pieces = (first, second, *(p.group(1) for p in rest[:taken]))
            if not _DIGITS_NEXT.match(text, end) and (known := _known_in_pieces(catalogue, pieces)):
                return Span("apogee_code", known, text[m.start():end], part, m.start(), end)
    # (the pair holds the digit the pattern asks for: a head of letters before it is no pair's)
    head = _HEAD_PIECE.search(text, max(0, m.start() - _HEAD_BACK), m.start())
    if head and not _word(head.group(1)):
        rest = _parts_after(text, m.end(2), _MOST_PIECES - 3)
        for taken in range(len(rest), -1, -1):
            end = rest[taken - 1].end(1) if taken else m.end(2)
            pieces = (head.group(1), first, second, *(p.group(1) for p in rest[:taken]))
            if (not taken or not _DIGITS_NEXT.match(text, end)) \
                    and (known := _known_in_pieces(catalogue, pieces)):
                return Span("apogee_code", known, text[head.start(1):end], part, head.start(1),
                            end)
    return None


def _parts_after(text: str, at: int, most: int) -> list[re.Match]:
    """Up to `most` short parts typed one after the other from text[at], each after a space."""
    parts: list[re.Match] = []
    while len(parts) < most and (piece := _NEXT_PART.match(text, at)):
        parts.append(piece)
        at = piece.end(1)
    return parts


# A head of letters typed apart before a pair (« AES » of « AES MIC 4 »).
_HEAD_PIECE = re.compile(r"(?<![\w@.\-])([A-Za-z]{2,5}) $")
_HEAD_BACK = 7


def _word(piece: str) -> bool:
    return piece.lower() in COMMON_WORDS or piece.lower() in CUES


def _known_in_pieces(catalogue: Catalogue, pieces: tuple[str, ...]) -> str | None:
    """The code the catalogue knows pieces to spell with its separators at spaces, one at least
    (« AES MIC 4 » is AES-MIC4 as well as AES.MIC.4: a shouted mail spaces every part). Past
    three pieces, none after the first may be a common word or a cue (« m 2 de la » is a
    sentence's words)."""
    if len(pieces) > 3 and any(_word(p) for p in pieces[1:]):
        return None
    known = catalogue.match("".join(pieces))
    return known if known and _separators_at_spaces(known, pieces) else None


def _separators_at_spaces(known: str, pieces: tuple[str, ...]) -> bool:
    """Whether `known` is the pieces joined, the same characters, with a dot or a dash at some
    of the spaces between them (one at least, one at most per space) and nowhere else."""
    spaces = set(accumulate(len(piece) for piece in pieces[:-1]))
    plain: list[str] = []
    cuts: list[int] = []
    for char in known.upper():
        if char in ".-":
            cuts.append(len(plain))
        else:
            plain.append(char)
    return "".join(plain) == "".join(pieces).upper() and bool(cuts) \
        and len(set(cuts)) == len(cuts) and set(cuts) <= spaces


def _split_in_three(text: str, m: re.Match, part: str, catalogue: Catalogue | None,
                    spans: list[Span], near: list[Span] | None) -> bool:
    """A pair (`IF3 UE`) whose number follows (« IF3 UE 44 »): into `spans` when the catalogue
    knows the code (True: the pair is done), into `near` otherwise (see `same_scheme`)."""
    first, second = m.group(1), m.group(2)
    third = _THIRD.match(text, m.end(2))
    if not (third and _THREE_HEAD.match(first) and second.isalpha() and len(second) <= 3):
        return False
    joined = first + second + third.group(1)
    end = third.end(1)
    known = catalogue.match(joined) if catalogue else None
    if known and tolerant_key(known) == tolerant_key(joined):
        spans.append(Span("apogee_code", known, text[m.start():end], part, m.start(), end))
        return True
    if near is not None and (joined.isupper() or joined.islower()):
        near.append(Span("apogee_code", canonical(joined), text[m.start():end], part, m.start(),
                         end))
    return False


def _joined(text: str, m: re.Match, part: str, catalogue: Catalogue | None,
            short: list[str]) -> str | None:
    """The code two fragments split by a stray space stand for (`hlan 201`, `DL1 CST`)."""
    first, second = m.group(1), m.group(2)
    written = first + second
    if catalogue and (_LEVEL.match(first) and second.isalpha()
                      or _STUDY_YEAR.match(second) and first.isalpha()):
        # « la cohorte L2 HIS », « - L2 DRT » alone on a list's line, « (M1 PCLI) »: an étape
        # the catalogue knows, its level typed apart, where the mail names an étape; elsewhere
        # « je suis en L1 AES » names a year of study, not its code, as « ESIX 1A » after its
        # school does (« directeur des études ESIX 1A »: a big catalogue holds that étape)
        found = catalogue.match(written)
        return found if found and tolerant_key(found) == tolerant_key(written) \
            and not catalogue.match(second) and (_names_etape(text, m.start(), m.end(2)) or (
                _STUDY_YEAR.match(second) and _VERSIONED.match(text, m.end(2)))) else None
    if catalogue is None and _VARIANT.match(second) and _ENDS_IN_DIGIT.match(first) \
            and first.isupper():
        return _variant(text, m, part, written, short)
    if _SEMESTER.match(second) and _NUMBERED_UNIT.match(first):
        return None              # « l'UE3 S1 », « LV2 S3 »: a unit's number and its semester
    if _ORDINAL.match(second) or _LEVEL.match(second) or (
            _LEVEL.match(first) or _STUDY_YEAR.match(first)) and second.isalpha():
        return None              # « MEEF 2e année », « L1 AES », « 1LEAAE L1 », « 1A ESIX »: a level
    if CLOCK.match(second) and not (catalogue and catalogue.match(written)):
        return None              # « avt 12h », « vers 8h30 »: a word and a time
    if catalogue:
        found = catalogue.match(written)
        if found and tolerant_key(found) == tolerant_key(written) \
                and not catalogue.match(second):
            return found                       # a code and its group: « 1CA207 G1 », « IFSI1 G4 »
        if catalogue.match(first) or catalogue.match(second):
            return None                        # each fragment is a code of its own
        if found:
            return found
        titled = labels.completed_by_title(written, text, m.start(), m.end(2), catalogue)
        if titled:
            return titled                      # « (ifi 21) » after its title
    if _UNIT_BY_NUMBER.match(first) and second.isalpha():
        return None              # « UE2 santé », « UE7 PASS »: a unit by its number, then its name
    if catalogue is None and _short_head(first, second) and not (
            _ONE_LETTER_HEAD.match(first) and not _after_cue_word(text, m.start())) and not (
            _shouted(text, m.start(), m.end(2)) or _COUNTED.match(text, m.end(2))
            or _MORE_DIGIT_GROUPS.match(text, m.end(2))):
        # « (SI MAT31) », « module « FC MGT11 » », « G4 SIG02 »: a short head of capitals typed
        # apart from the rest of its code (the rest alone was the false code in every written
        # set); the separator the space stands for only the catalogue or a sibling knows. (A
        # shouted line's words look alike, « LES AUTRES ONT APS1ATH »: the rules below judge.)
        score = context_score(text, m.start(), m.end(2), part, first + " " + second,
                              written) - 0.5
        if score >= THRESHOLD:
            return canonical(written)
        if score >= THRESHOLD - 1:
            short.append(canonical(written))
        return None
    # « le cours 24 arc203 », « Cours absent - 2 ps4a19 »: a number heads a split code only
    # where a code stands, after a cue or a separator (« les 2 HIST201 » counts courses)
    numbered = bool(first.isdigit() and len(first) <= 2 and _NUMBERED_PART.match(second)
                    and (second.isupper() or second.islower())
                    and len(written) <= 8 and _at_code_place(text, m.start()))
    if first.isdigit() and not numbered:
        return None              # « 02 31 56 », a phone's pairs: a number alone heads no split code
    if _LEVEL.match(first):
        return None              # « M2 INFO31 » is a code only where the catalogue knows it
    # « S1 MAT01 », « S5 STP21 »: a semester split off its code (every one in the written
    # sets, two writers, six mails); a code the catalogue knows alone stays alone (above)
    semester = bool(_SEMESTER.match(first) and _SEMESTER_CODE.match(second))
    # By context: letters then digits (`HESP 201`), never a common word and a
    # number; or a prefix ending in digits then a part (`DL1 TD04`, `STL2 ATH3`, `dl2 civ`),
    # never a level, a group or a semester on its own (`L1 AES`, `TD2 lundi`).
    # A number split off a head ending in a letter (« esix3m 12 ») is only ever one of a scheme
    # of the mail (`same_scheme`): alone it may be a count (« ESIX3M 12 inscrits »).
    # So is a dotted number after a word (« HGEO 5.09 » in a list beside HGEO5.02, « GEA
    # R1.06 » beside GEAR1.05): alone it may be a version or a section (« Moodle 4.1 »,
    # « article 3.12 », « partie B2.1 »).
    dotted = bool(first.isalpha() and _DOTTED_TAIL.match(second))
    # (unless both are capitals and the number starts with its letter and ends in two digits,
    # « GEA R1.07 »: a department's prefix and its resource; a version has no such head)
    headed = bool(first.isupper() and len(first) <= 4 and _HEADED_TAIL.match(second))
    # (or a cue word just before, « le cours PS 1.07 »: a course, no version nor section)
    headed = headed or dotted and first.isupper() and _NUMBERED_TAIL.match(second) is not None \
        and _after_cue_word(text, m.start())
    # Without the catalogue, a number after a code ending in a letter is its tail (« 1DRCON 1. »,
    # « (11LM 2034) », « h2his 11a », « P2UE 105 (Biochimie) »: the head alone, a code by its
    # context, was the false one in every written set); never a count (below), nor an étape's
    # version (« L3PSY 101 »: APOGÉE numbers versions 101, 201…, the étape is read alone).
    tailed = bool(catalogue is None and _ENDS_IN_LETTER.match(first) and _NUMBER_TAIL.match(second)
                  and (written.isupper() or written.islower()) and len(written) <= 10
                  and not (_ETAPE_VERSION.match(second) and len(first) <= 6))
    # So is a level split off a code of letters (« CL-ANG C1 » beside CL-ANGB2): alone, the
    # letters may be a name and the level a paper size or a CEFR level of their own.
    scheme_only = dotted and not headed or bool(not tailed and _LETTER_END_HEAD.match(first)
                                                and _TWO_DIGITS.match(second) and len(written) <= 8) \
        or bool(_LETTERED_HEAD.match(first) and _LEVEL_PART.match(second))
    # « GEA-R 204 »: a department's prefix and letter; « 2PE 118 »: a level's digit and two or
    # three capitals (`1CA182`); then the number
    prefixed = bool((_PREFIXED_LETTER.match(first) or _DIGIT_HEAD.match(first))
                    and _NUMBER_PART.match(second))
    numbered_head = bool(catalogue is None and _DIGIT_END_HEAD.match(first)
                         and _NUMBER_PART.match(second) and not _ETAPE_VERSION.match(second)
                         and (written.isupper() or written.islower()))
    if (scheme_only or prefixed or tailed or numbered_head
            or second.isdigit() and first != first.upper()) \
            and _COUNTED.match(text, m.end(2)):
        return None              # « compte 26 enseignants », « je vois 23 formateurs »: a count
    if second.isalpha() and _WHOLE.match(first):
        return None              # « S3APS08 APSA collectives »: a whole code, then its title
    # (a one-letter head too: « S 5.BIO12 », the semester's letter typed apart; in one case)
    headless = bool(first.isalpha() and len(first) <= 5 and _DIGIT_DOTTED_TAIL.match(second)
                    and (written.isupper() or written.islower()))
    leveled = bool(_DOTTED_LEVEL.match(first) and _LEVEL_CODE_PART.match(second)
                   and (written.isupper() or written.islower()))
    if first.isalpha():
        if not (2 <= len(first) <= 6 and (dotted or _SPACED_TAIL.match(second)
                                          or first.isupper() and _LETTERED_TAIL.match(second))
                or headless) \
                or (_YEAR.match(second) and not first.isupper()):
            return None                        # « Literatur nach 1945 »: a word and a year
    elif not (scheme_only or semester or leveled or numbered or prefixed or tailed
              or numbered_head) and not (
            (_SPACED_HEAD.match(first) and _SPACED_PART.match(second)
             or _DOTTED_HEAD.match(first) and _NUMBER_PART.match(second))
            and not NOT_CODE.match(first.upper())
            and (first + second).isupper() == first.isupper()):
        return None
    if first.lower() in COMMON_WORDS and not (first.isupper() and _BLOCK_NUMBER.match(second)) \
            or second.lower() in COMMON_WORDS or NOT_CODE.match(written.upper()):
        return None              # (« STP 1A04 »: STAPS' prefix in capitals, no « s'il te plaît »)
    if first.lower() in CUES or _MORE_DIGIT_GROUPS.match(text, m.end(2)):
        return None              # « VET 101 », « UE 1 »: the cue and a number, not a code
    if first.upper() in _RESEARCH_UNITS and second.isdigit():
        return None              # « l'ED 556 », « (EA 4256) », « UMR 6266 »: national numbers
    # (a split costs half a point, unless a dotted level heads it: no word is written so)
    score = context_score(text, m.start(), m.end(2), part, first + " " + second,
                          written.upper()) - (0.0 if leveled else 0.5)
    needed = score_needed(written, catalogue)
    if score >= needed and not scheme_only:
        return canonical(first + "-" + second if numbered_head else written)
    if score >= needed - 1:
        short.append(canonical(written))
    return None


def _short_head(first: str, second: str) -> bool:
    """Whether `first` is a short head of capitals (`SI`, `LSD`, `EX3`, `G4`) and `second` in
    capitals a code on its own (`MAT31`, `SIG02`): never a word, a cue, a level, a semester, a
    session's type, a unit by its number, a research unit, nor a tail that is no code."""
    return bool(_HEAD_OF_CAPITALS.match(first) and _CODE_OF_CAPITALS.match(second)) \
        and first.lower() not in COMMON_WORDS and first.lower() not in CUES \
        and first not in _RESEARCH_UNITS and not _NOT_HEADS.match(first) \
        and not NOT_CODE.match(second) and len(first + second) <= 10


# (a letter and a digit may be typed in small letters before a code in capitals: « d2 PEN01 »)
_HEAD_OF_CAPITALS = re.compile(r"^(?:[A-Z]{2,4}|[A-Z]{1,3}\d|[a-z]\d)$")
# (such a head in small letters, or a law degree's `D1`–`D3`, only right after a cue word, « le
# cours d2 OBL03 »: elsewhere it is as often a warning's or a model's number, « warning w9
# LES3U04 », or a year the catalogue alone can join, « (D2 PEN1) » for D2.PEN1)
_ONE_LETTER_HEAD = re.compile(r"^(?:[a-z]\d|D\d)$")
_CODE_OF_CAPITALS = re.compile(r"^(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{4,7}$")
# (a level, a semester, a CEFR level, a session's type or a group, a unit by its number; not
# `D1`–`D3`: before a code it heads it, « cours D3 CIV1 », « (D2 ADMN1) », in every written set)
_NOT_HEADS = re.compile(r"^(?:[LMSABCV]\d|TD\d?|TP\d?|CM\d?|GRP?\d?|UE\d?|LV\d|EC\d)$",
                        re.IGNORECASE)


def _variant(text: str, m: re.Match, part: str, written: str, short: list[str]) -> str | None:
    """A code and its variant's letter typed apart (« (FCDU14 B) »), by context, on a line
    that is not shouted."""
    first = m.group(1)
    if NOT_CODE.match(first.upper()) or _shouted(text, m.start(), m.end(2)):
        return None
    score = context_score(text, m.start(), m.end(2), part, first + " " + m.group(2),
                          written) - 0.5
    needed = score_needed(written, None)
    if score >= needed:
        return canonical(written)
    if score >= needed - 1:
        short.append(canonical(written))
    return None


def _shouted(text: str, start: int, end: int) -> bool:
    """Whether the line around text[start:end] has no small letter (bounded look-around)."""
    left = text.rfind("\n", max(0, start - _LINE_AROUND), start) + 1 or max(0, start - _LINE_AROUND)
    right = text.find("\n", end, end + _LINE_AROUND)
    return _SMALL_LETTER.search(text[left:right if right >= 0 else end + _LINE_AROUND]) is None


def _after_cue_word(text: str, start: int) -> bool:
    """Whether a cue word (`cours`, `code`, `UE`…) is the last word before `start` on its line."""
    words = WORD.findall(line_before(text, start))
    return bool(words) and words[-1] in CUES


def _at_code_place(text: str, start: int) -> bool:
    """Whether a code may start at `start`: after a cue word, a dash, a bracket, a colon, or at
    a line's start."""
    before = line_before(text, start)
    words = WORD.findall(before)
    return bool(words and words[-1] in CUES) or before.rstrip(" \t").endswith(_CODE_PLACE_ENDS) \
        or not before.strip()


def _names_etape(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands where a mail names an étape: a cohort named before it in
    its sentence, alone in brackets, or alone on a list's line."""
    sentence = text[max(0, start - _SENTENCE_BEFORE):start]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1:]
    if _COHORT.search(sentence):
        return True
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if before.endswith("(") and after.startswith(")"):
        return True
    line_end = text.find("\n", end)
    return _BULLET.search(text[max(0, start - 8):start]) is not None \
        and not text[end:line_end if line_end >= 0 else len(text)].strip(" \t,;.")
