"""Identifier shapes: student numbers, Ecampus course links, CAS URLs, error pages (codes: codes.py).

Regular expressions run over a part's whole text (not over tokens: the French tokenizer glues
`RCAED334/2HR5C` and keeps the full stop of `AN-10A.`), so every span has exact offsets.
Each finder returns `Span`s; the caller decides which lines (signature, contact) to trust.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from html import unescape as html_unescape
from urllib.parse import parse_qs, urlsplit

from triage.model import Span

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]\[{}|]+|\b[\w-]+(?:\.[\w-]+)*\.unicaen\.fr/[^\s<>\"'\]\[{}|]*",
                  re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_COURSE_PATHS = ("/course/view.php", "/course/edit.php", "/user/index.php", "/enrol/users.php",
                 "/enrol/instances.php", "/group/index.php", "/course/admin.php",
                 # Moodle's course reports take the course as `id` too (« required_param('id')
                 # // course id »): the gradebook's, the logs', the course reset
                 "/grade/edit/tree/index.php", "/report/log/index.php",
                 "/report/participation/index.php", "/report/outline/index.php",
                 "/course/reset.php")
# Every gradebook report (grader, user, overview, outcomes…): /grade/report/<name>/index.php
_GRADE_REPORT = re.compile(r"/grade/report/\w+/index\.php\Z")

# Never one part of a longer reference (« dépôt n° 20251014-032 », « 2025/22003136 »).
# (a digit first, the look-behinds checked after it, one character longer: the engine skips
# fast to a digit, where look-behinds first were tried at every character; same matches)
_NUMBER = re.compile(r"(\d(?<![\d#\w]\d)(?<!\d[-/]\d)\d{7})(?![\d\w]|[-/]\d)")
# A number read out in groups, whatever the grouping: pairs (22 00 31 36), halves (2200 3136),
# thousands (23 016 112, 21.909.384) and any other (« 25 1122 04 », « 22 0 77 831 »,
# « 24-05-88-12 »), with spaces, dots, dashes or French typography's non-breaking spaces: a run
# of digit groups joined by one kind of separator, found whole (a run inside a longer one, an
# IBAN's or a phone's, is never tried) and judged in _grouped.
_RUN = re.compile(r"\d+(?:[ .\-\u00a0\u202f]\d+)+")
_RUN_HINT = re.compile(r"\d[ .\-\u00a0\u202f]\d")
# The first two digits of our numbers (19–29: the years of first enrolment the writers give):
# what a grouping nobody cued must start with to be read as one.
_FIRST_DIGITS = range(19, 30)
# What a grouped number is when it is not a student's: an amount, an IPv4 address (a delivery
# report's « host smtp-in.orange.fr [80.12.26.31] », « IP 10.14.2.31 »).
_AMOUNT_AFTER = re.compile(r"[ \u00a0\u202f]?(?:€|eur\b|euros?\b|\$|k€)", re.IGNORECASE)
_DECIMALS = re.compile(r"[,.]\d")      # « 21 400 000,50 »
_IP_BEFORE = re.compile(r"(?:\[|\b(?:host|ip|smtp|mta|server|serveur)\b[^\n]{0,30})\Z", re.IGNORECASE)
_WRAPPED_NUMBER = re.compile(r"(?<![\d#])(\d{2,6})[ \t]*\r?\n[ \t>]*(\d{2,6})(?!\d)")
# (The cues of a number open on a look-ahead for the letters their alternatives start with:
# searched in the 40 characters before each number of a pasted table, a pattern opening on
# alternatives or « \b » was tried at every character, a set is scanned for. Same matches.)
_STUDENT_CUE = re.compile(r"(?=[éesa])(?:[ée]tudiants?|[ée]tu|student|apog[ée]e)\s*(?:id|number|no|n°)?\.?\s*[:=]?\s*"
                          r"(?:est|is|c'est)?\s*(?:le|the)?\s*\Z", re.IGNORECASE)
_NUMBER_CUE = re.compile(r"(?=[ni])(?:num[ée]ro|n°|no|num|identifiant)\.?\s*[:=]?\s*(?:est|is|c'est)?\s*"
                         r"(?:le)?\s*\Z", re.IGNORECASE)
_NOT_NUMBER_CUE = re.compile(r"(?=[tgdcibsfropavq])\b(?P<cue>ticket|glpi|dossier|commande|ine|bea|iban|siret|siren|tel|t[ée]l"
                             r"|fax|facture|ref|r[ée]f|r[ée]f[ée]rence|incident|demande|parcoursup"
                             r"|contrat|contract|invoice|order|pv|proc[eè]s[- ]verbal"
                             r"|d[ée]lib[ée]ration|arr[eê]t[ée]|devis|convention|paiement|payment"
                             r"|virement|transaction|quittance)\b"
                             r"(?P<tail>[^\n]{0,25})\Z", re.IGNORECASE)   # \Z: a header line above is not a cue
# Cues written as abbreviations: their own dot does not end a sentence (« réf. 20250311 »).
_ABBREVIATED_CUES = {"ref", "réf", "ine", "bea", "tel", "tél", "fax", "pv"}
# A sentence ends between a cue and the number (« … sur mon contrat. 23014401 »): the cue was
# about the sentence before. « n°. » and « no. » are not sentence ends.
_SENTENCE_END = re.compile(r"(?<!n°)(?<!\bno)[.!?](?:\s|\Z)", re.IGNORECASE)

# Another university's student number, same shape as ours, when the text says so: a number cue
# qualified by another place (« mon numéro étudiant à Rouen est le », « my student ID there
# is », « numéro étudiant de l'université de Rennes »), or named before it (« my UW-Madison
# student ID is »); numbers listed after it belong to it (« (21904512 et 21904588) »). Caen,
# its campuses and its platforms are ours.
_OURS = r"(?:Caen|CAEN|Unicaen|UNICAEN|Alen[çc]on|Cherbourg|Saint-L[ôo]|Lisieux|Vire|H[ée]rouville" \
        r"|Normandie|Ecampus|Moodle|Apog[ée]e|APOG[ÉE]E|ADE|CAS|ENT|Izly|L[ée]ocarte|Erasmus|ERASMUS)\b"
# Never a word of the cue itself, which all-caps mail capitalises like a place (« MA CARTE
# ETUDIANT NUMERO »: the writer's own card).
_CUE_WORDS = r"(?i:cartes?|card|[ée]tudiante?s?|student|num[ée]ro|number|id|no|n°)\b"
_PLACE = rf"(?!{_OURS}|{_CUE_WORDS})[A-ZÉ][\w.-]+(?:\s+\d{{1,2}}\b)?"      # « Rennes 2 », « Paris 1 »
_ID_CUE = r"(?i:student\s+(?:ids?|numbers?|no)|num[ée]ros?(?:\s+d['’]\s*|\s+)?[ée]tudiants?" \
          r"|n°\s*[ée]tudiants?|num[ée]ros?|numbers?|identifiants?|\bids?)\b"
_ELSEWHERE = (r"(?i:\b(?:there|là-bas|home\s+(?:university|institution)|at\s+home"
              r"|(?:universit[ée]|[ée]tablissement|fac)\s+d['’]origine)\b)|\b(?:à|at)\s+" + _PLACE
              + r"|\b(?i:de|of|from|at)\s+(?i:l['’]|the\s+)?(?i:universit[ée]|university)\s+"
                r"(?i:de\s+|d['’]|of\s+)?" + _PLACE
              + r"|\b(?i:at|from)\s+" + _PLACE + r"\s+(?i:university|universit[ée])")
# « chez nous », « our university »: the writer's own, another university's when they write
# from an address that is not ours (a partner's staff).
_THEIRS = r"(?i:\bchez\s+nous\b|\b(?:at|in)\s+our\s+(?:university|institution)\b" \
          r"|\bdans\s+notre\s+(?:universit[ée]|[ée]tablissement)\b)"
_LISTED = r"[^\n\d]{0,20}(?:\d{8}\s*(?:,|;|/|\bet\b|\band\b|&)\s*)*\Z"
_NAMED = r"\b(?i:my|mon|ma|his|her|their|son|sa|leur)\s+" + _PLACE + r"(?:\s+" + _PLACE \
         + r")?\s+(?i:student\s+)?(?i:id|number|no|num[ée]ro)\b" + _LISTED
_OTHER_UNIVERSITY = re.compile(rf"{_ID_CUE}[^\n\d]{{0,25}}?(?:{_ELSEWHERE}){_LISTED}|{_NAMED}")
_OTHER_UNIVERSITY_PARTNER = re.compile(
    rf"{_ID_CUE}[^\n\d]{{0,25}}?(?:{_ELSEWHERE}|{_THEIRS}){_LISTED}|{_NAMED}")

_ERRORS = [
    (re.compile(r"database\s+connection\s+failed", re.I), "Database connection failed"),
    (re.compile(r"error\s+reading\s+from\s+database", re.I), "Error reading from database"),
    (re.compile(r"erreur\s+de\s+lecture\s+de\s+la\s+base\s+de\s+donn[ée]es", re.I),
     "Erreur de lecture de la base de données"),
    (re.compile(r"CAS\s+ne\s+conna[iî]t\s+pas\s+votre\s+destination\s+finale", re.I),
     "CAS ne connaît pas votre destination finale"),
    (re.compile(r"(?:CAS\s+)?(?:does\s+not|doesn't)\s+know\s+(?:your|the)\s+(?:final\s+)?destination",
                re.I), "CAS does not know your final destination"),
]
_ERROR_LINE = re.compile(r"^[ \t>]*(?:error|erreur|exception)\s*:\s*([^\n]{5,120}?)\s*$",
                         re.IGNORECASE | re.MULTILINE)


# What every match of a pattern holds, found by a scan several times cheaper than the pattern's
# own (which starts with look-behinds: tried at every character): most texts hold none, and
# then the pattern is not run. Same matches either way.
_NUMBER_HINT = re.compile(r"\d{8}")
_WRAPPED_HINT = re.compile(r"\d[ \t]*\r?\n")
_URL_HINT = re.compile(r"://|www\.|unicaen\.fr/", re.IGNORECASE)
_EMAIL_HINT = re.compile("@")
_COURSE_HINT = re.compile(r"id\s*[=:]?\s*\d", re.IGNORECASE)
_ERROR_HINT = re.compile(r"database|destination|error|erreur|exception", re.IGNORECASE)


def _scan(pattern: re.Pattern, hint: re.Pattern, text: str) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, skipped when `hint` finds nothing in `text`."""
    return pattern.finditer(text) if hint.search(text) else iter(())


# A hint that is a few words in any case (`_ERROR_HINT`, `_URL_HINT`) opens on letters common in
# French: the engine tries it at most characters. The words are looked for in the part lowered
# once instead (`str.lower` and `in`: several times cheaper). The same texts pass: a letter the
# pattern matches in any case lowers to that letter, but for the three characters the engine
# also equates with `s` or `i` (« ſ », « ı », « İ », which lowers to two characters); a text
# holding one of them is searched with the pattern.
_CASE_EQUIVALENTS = ("\u017f", "\u0131", "\u0130")
_ERROR_WORDS = ("database", "destination", "error", "erreur", "exception")
_URL_WORDS = ("://", "www.", "unicaen.fr/")


def _holds(text: str, words: tuple[str, ...], hint: re.Pattern) -> bool:
    """Whether `hint` (the alternation of `words`, ignoring case) finds one in `text`."""
    if any(c in text for c in _CASE_EQUIVALENTS):
        return bool(hint.search(text))
    lowered = _lowered(text)
    return any(w in lowered for w in words)


@lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    return text.lower()


def find_student_numbers(text: str, part: str, skip: list[tuple[int, int]],
                         writer_elsewhere: bool = False) -> list[Span]:
    """8-digit student numbers, plain, read out in groups, or split by a line wrap; never
    another university's (`writer_elsewhere`: the sender's address is not ours, so « chez
    nous » is their university)."""
    spans = []
    skipped = Ranges(skip)
    for m in _scan(_NUMBER, _NUMBER_HINT, text):
        if not skipped.covers(m.start()) and _plausible(text, m.start(), m.group(1)):
            spans.append(Span("student_number", m.group(1), m.group(), part, m.start(), m.end()))
    for m in _scan(_RUN, _RUN_HINT, text):
        value = _grouped(text, m)
        if value and not skipped.covers(m.start()):
            spans.append(Span("student_number", value, m.group(), part, m.start(), m.end()))
    for m in _scan(_WRAPPED_NUMBER, _WRAPPED_HINT, text):
        value = m.group(1) + m.group(2)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if len(value) == 8 and m.end(1) - line_start >= 50 and _plausible(text, m.start(), value):
            spans.append(Span("student_number", value, m.group(), part, m.start(), m.end()))
    for m in _scan(_LETTER_O_LINE, _LETTER_O_HINT, text):
        value = _letter_o_number(m.group(1))
        if value and not skipped.covers(m.start(1)):
            spans.append(Span("student_number", value, m.group(1), part, m.start(1), m.end(1)))
    other = _OTHER_UNIVERSITY_PARTNER if writer_elsewhere else _OTHER_UNIVERSITY
    return [s for s in unique(spans) if not _of_another_university(text, s.start, other)]


# A number typed with the letter O for a zero, alone on its line under a name (« Lucie Hamon /
# 25 2O9 947 »): a student's signature, nothing else there for it to be.
_LETTER_O_LINE = re.compile(r"^[ \t]*(\d[\dOo]*(?:[ .][\dOo]+){0,3})[ \t]*$", re.MULTILINE)
_LETTER_O_HINT = re.compile(r"\d[ .]?[Oo]|[Oo][ .]?\d")


def _letter_o_number(written: str) -> str:
    """The 8 digits of `written` with its O read as 0, when it has one, six real digits at
    least and starts like our numbers; else ""."""
    groups = _NON_DIGIT_NOR_O.split(written)
    value = "".join(groups).replace("O", "0").replace("o", "0")
    if len(value) != 8 or not value.isdigit() or value == "".join(groups):
        return ""
    if sum(c.isdigit() for c in written) < 6 or int(value[:2]) not in _FIRST_DIGITS:
        return ""
    return value


_NON_DIGIT_NOR_O = re.compile(r"[^\dOo]")


def _of_another_university(text: str, start: int, other: re.Pattern[str]) -> bool:
    """The line before the number says it is another university's."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - 90):start]
    return bool(line) and bool(other.search(line))


def _grouped(text: str, m: re.Match[str]) -> str:
    """The 8 digits of a run of groups read as a student number, else "": one kind of separator,
    two to four groups, nothing glued on either side (`FR76 3000…`, `1 250 000,50`), no amount
    or IP address. After a student-number cue, any such grouping; else it starts like our
    numbers (not a phone's 0, not « 12 345 678 habitants »), is three or four groups or two
    halves split by a space (two other groups are a range or a reference: « 2024-2025 »,
    « 2025-0457 »), and is plausible (no date, no reference cue: `_plausible`)."""
    run = m.group()
    groups = _NON_DIGIT.split(run)
    value = "".join(groups)
    if len(value) != 8 or len(groups) > 4 or len({c for c in run if not c.isdigit()}) != 1 \
            or run[0] == "0" or _glued(text, m.start(), m.end()) or _grouped_other(text, m):
        return ""
    if has_student_cue(text, m.start()):
        return value
    halves = len(groups) == 2 and len(groups[0]) == 4 and run[4] not in ".-"
    if (len(groups) < 3 and not halves) or int(value[:2]) not in _FIRST_DIGITS:
        return ""
    return value if _plausible(text, m.start(), value, spaced=True) else ""


# (compiled once: a pasted list of phones gives thousands of runs to look at)
_NON_DIGIT = re.compile(r"\D")
_RUN_GLUED_BEFORE = re.compile(r"[\w#/]")
_RUN_GLUED_AFTER = re.compile(r"[\w/]|[,.]\d")


def _glued(text: str, start: int, end: int) -> bool:
    """Letters or more digits against a run: part of a code, an IBAN, a decimal amount."""
    before, after = text[start - 1:start], text[end:end + 2]
    return bool(_RUN_GLUED_BEFORE.match(before) or _RUN_GLUED_AFTER.match(after))


def _grouped_other(text: str, m: re.Match[str]) -> bool:
    """A grouped number that is an amount (« 12 500 000 € », « 21 400 000,50 ») or a dotted
    IPv4 address."""
    if _AMOUNT_AFTER.match(text, m.end()) or _DECIMALS.match(text, m.end()):
        return True
    dotted = "." in m.group()
    return dotted and (text[m.end():m.end() + 1] == "]"
                       or bool(_IP_BEFORE.search(text[max(0, m.start() - 40):m.start()])))


def has_student_cue(text: str, start: int) -> bool:
    """« numéro étudiant : » (or the like) just before `start`."""
    return bool(_STUDENT_CUE.search(text[max(0, start - 40):start]))


def is_own_cell(text: str, start: int, end: int) -> bool:
    """A number standing as a cell of its own in a signature line split by `|` or `•`
    (« Lucas M. | 25110291 | BUT GEA 1A | 06 12 … »): a student's signature, not a phone."""
    before = text[max(0, start - 3):start].rstrip(" \t")
    after = text[end:end + 3].lstrip(" \t")
    return before.endswith(_CELL_MARKS) and (after[:1] in _CELL_MARKS or after[:1] in ("\n", ""))


_CELL_MARKS = ("|", "•", "·")


def starts_a_row(text: str, start: int, end: int) -> bool:
    """A number opening its line, a name after it: a row of a pasted list of students whose
    phone makes the line a contact line (« 25031177 HAMON Lucie TD1 06 45 12 78 90 »)."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t>-*•") and bool(_NAME_AFTER.match(text, end))


_NAME_AFTER = re.compile(r"[ \t]+(?:[A-ZÀ-Ý][\w'’-]*)(?:[ \t,]+[A-ZÀ-Ýa-zà-ÿ][\w'’-]*)?")


def _plausible(text: str, start: int, value: str, spaced: bool = False) -> bool:
    """Reject ticket numbers, dates and year pairs unless a student-number cue precedes."""
    before = text[max(0, start - 40):start]
    if _STUDENT_CUE.search(before):
        return True
    if _not_number_cue(before):
        return False
    if _NUMBER_CUE.search(before):
        return True
    if spaced and 1950 <= int(value[:4]) <= 2099 and 1950 <= int(value[4:]) <= 2099:
        return False
    return not _is_date(value, before)


def _not_number_cue(before: str) -> bool:
    """A cue of another kind of number (ticket, order, INE…) in the same sentence as the number."""
    m = _NOT_NUMBER_CUE.search(before)
    if not m:
        return False
    tail = m.group("tail")
    if m.group("cue").lower() == "dossier" and _FILE_NUMBER.search(before[:m.start()]) \
            and _FILE_NUMBER_TAIL.match(tail):
        return False
    if m.group("cue").lower() in _ABBREVIATED_CUES and tail.startswith("."):
        tail = tail[1:]
    return not _SENTENCE_END.search(tail) and not _CLAUSE_ENDED.search(tail)


# « N° dossier : 23007745 », « numéro de dossier étudiant » in a scolarité's signature: the
# student's file in APOGÉE is numbered by the student number. Another system's file says so
# (« numéro de dossier Parcoursup : 24107735 »: the tail is not empty).
_FILE_NUMBER = re.compile(r"(?:n°|no\.?|num[ée]ro)\s*(?:de\s+|du\s+)?\Z", re.IGNORECASE)
_FILE_NUMBER_TAIL = re.compile(r"\s*(?:[ée]tudiante?)?\s*[:=]?\s*\Z", re.IGNORECASE)

# The cue's own clause closed before the number (« code … sur mon contrat pédagogique), numéro
# 25006641 », « Pour le dossier 2025-TD-118, il reste 24007745 en TD 6 »): the number is
# another clause's, not the contract's or the file's.
_CLAUSE_ENDED = re.compile(r"[,)]\s+\S")


def _is_date(value: str, before: str) -> bool:
    """YYYYMMDD of a plausible recent year, or DDMMYYYY right after a date's cue (« né le
    22011987 »): our numbers start with the year of first enrolment (19–26), so « 22011987 »
    alone at the end of a student's mail is her number, not the 22nd of January 1987."""
    candidates = [(value[:4], value[4:6], value[6:])]
    if _DATE_CUE.search(before):
        candidates.append((value[4:], value[2:4], value[:2]))
    for y, m, d in candidates:
        if 1950 <= int(y) <= 2030:      # birth dates and this decade, not 25/09/2036
            try:
                date(int(y), int(m), int(d))
                return True
            except ValueError:
                pass
    return False


_DATE_CUE = re.compile(r"(?=[ndlajbos])\b(?:n[ée]e?|naissance|date|le|du|au|depuis|jusqu'au|born|birth|dob|on|since)"
                       r"\s*[:=]?\s*\Z", re.IGNORECASE)


# An HTML table, read cell by cell: the text version joins a row's cells with spaces (« ADAM
# Louis 22 004 518 97231 M1INFO23G1 »: which digits are the number?) and puts a row's phone on
# the same line as its number; the header row says what a column holds (« N° étudiant
# d'origine »: another university's).
_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|</table>|\Z)", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t([dh])\b[^>]*>(.*?)(?=<t[dh]\b|</tr>|\Z)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_CELL_NUMBER = re.compile(r"\d{8}|[1-9]\d*(?:(?P<sep>[ .\-\u00a0\u202f])\d+)(?:(?P=sep)\d+){0,2}")
_FOREIGN_COLUMN = re.compile(r"d['’]\s*origine|\borigin|\bhome\b|\bpr[ée]c[ée]dent|\bprevious"
                             r"|\bancien|\bformer|\bautre\s+universit|\bother\s+universit",
                             re.IGNORECASE)


@lru_cache(maxsize=2)
def table_cells(html: str) -> tuple[tuple[str, str, int, list[str]], ...]:
    """(its column's header, its text, its offset, the whole header row) for each data cell of
    the HTML tables (kept for the mail's next reader: numbers, course ids and codes read the
    same cells)."""
    return tuple(_cells(html))


def _cells(html: str) -> Iterator[tuple[str, str, int, list[str]]]:
    for row, header in table_rows(html):
        for i, (text, start) in enumerate(row):
            yield (header[i] if i < len(header) else ""), text, start, header


@lru_cache(maxsize=2)
def table_rows(html: str) -> tuple[tuple[tuple[tuple[str, int], ...], list[str]], ...]:
    """Each data row of the HTML tables, as its cells' (text, offset), and the header row above
    it (a row's cells are read together: a course's code beside its group's short name)."""
    if "<t" not in html and "<T" not in html:
        return ()
    rows = []
    header: list[str] = []
    for row in _ROW.finditer(html):
        cells = [(m.group(1).lower(), _cell_text(m.group(2)), m.start(2) + row.start(1))
                 for m in _CELL.finditer(row.group(1))]
        if cells and all(kind == "h" for kind, _, _ in cells) or (
                not header and cells and not any(any(c.isdigit() for c in t) for _, t, _ in cells)):
            header = [text for _, text, _ in cells]
            continue
        rows.append((tuple((text, start) for _, text, start in cells), header))
    return tuple(rows)


def table_numbers(html: str) -> tuple[list[Span], set[str]]:
    """Student numbers standing alone in a cell of an HTML table (part `html`), and the values
    of columns the header gives to another university (to be dropped wherever the text version
    shows them)."""
    spans: list[Span] = []
    foreign: set[str] = set()
    for title, text, start, _ in table_cells(html):
        value, ours = cell_student_number(title, text)
        if ours:
            spans.append(_cell_span(html, value, text, start, "student_number"))
        elif value:
            foreign.add(value)
    return spans, foreign


def cell_student_number(title: str, text: str) -> tuple[str, bool]:
    """The 8 digits of a table cell holding a number alone under the column `title`, and
    whether it is one of our students' (a column given to another university is not; nor a
    ticket's, a date's); ("", False) for a cell holding no such number."""
    value = _cell_number(text)
    if not value or _FOREIGN_COLUMN.search(title) or _OTHER_UNIVERSITY.search(title + " "):
        return value, False
    return value, has_student_cue(title + " ", len(title) + 1) or (
        (len(text) == 8 or int(value[:2]) in _FIRST_DIGITS)
        and _plausible(title + " " + text, len(title) + 1, value, spaced=len(text) > 8))


# A column of course ids: its header names an id and a course (« ID cours », « course id »), or
# the platform in a table of courses (« Id Ecampus » beside « Code », « Intitulé »): in a table
# of people, « id Moodle » is each person's account.
_ID_WORD = re.compile(r"\bid\b|\bidentifiant\b|\bn°|\bnum[ée]ro\b", re.IGNORECASE)
_COURSE_WORD = re.compile(r"\bcours\b|\bcourse\b|\bespace\b", re.IGNORECASE)
_PLATFORM_WORD = re.compile(r"\becampus\b|\bmoodle\b", re.IGNORECASE)
_PERSON_WORD = re.compile(r"[ée]tudiant|\bstudent|\buser|utilisateur|\bINE\b|\bnoms?\b|\bnames?\b"
                          r"|\bpr[ée]noms?\b|\bapog[ée]e\b", re.IGNORECASE)
_COURSE_CELL = re.compile(r"\d{2,6}")


def table_course_ids(html: str) -> list[Span]:
    """Course ids alone in the cells of an HTML table column headed as such (« Id Ecampus »)."""
    return [_cell_span(html, text, text, start, "course_id")
            for title, text, start, header in table_cells(html)
            if _COURSE_CELL.fullmatch(text) and _ID_WORD.search(title)
            and not _PERSON_WORD.search(title)
            and (_COURSE_WORD.search(title) or _PLATFORM_WORD.search(title)
                 and not any(_PERSON_WORD.search(h) for h in header))]


def _cell_span(html: str, value: str, text: str, start: int, kind: str) -> Span:
    """The span of a cell's number in the HTML source (the cell as written when markup or an
    entity splits it)."""
    at = html.find(text, start)
    if at < 0 or html.find("<", start) < at:
        end = html.find("<", start)
        at, text = start, html[start:end if end >= 0 else len(html)]
    return Span(kind, value, text, "html", at, at + len(text))


def _cell_text(cell: str) -> str:
    return " ".join(html_unescape(_TAG.sub(" ", cell)).split())


def _cell_number(text: str) -> str:
    """The 8 digits of a cell holding a number alone, plain or grouped, else ""."""
    if not _CELL_NUMBER.fullmatch(text):
        return ""
    value = _NON_DIGIT.sub("", text)
    return value if len(value) == 8 else ""


def find_urls(text: str) -> list[tuple[str, int, int]]:
    """URLs with their offsets, trailing punctuation (`>.`, `),`) removed."""
    out = []
    for m in (_URL.finditer(text) if _holds(text, _URL_WORDS, _URL_HINT) else ()):
        url = m.group().rstrip(".,;:!?>)]'\"")
        out.append((url, m.start(), m.start() + len(url)))
    return out


@lru_cache(maxsize=4)
def _addresses(text: str) -> tuple[tuple[str, int, int], ...]:
    """The e-mail addresses of `text` and their offsets, found once for the part's two readers
    below."""
    return tuple((m.group(), m.start(), m.end()) for m in _scan(_EMAIL, _EMAIL_HINT, text))


def email_ranges(text: str) -> list[tuple[int, int]]:
    """Offsets of e-mail addresses (their digits are not codes)."""
    return [(start, end) for _, start, end in _addresses(text)]


def etu_numbers(text: str, part: str, student_domains: tuple[str, ...]) -> list[Span]:
    """Student numbers given as the local part of a student address (22004512@etu.unicaen.fr)
    written in the mail: a quoted « De : » line, a bounce's returned address."""
    return [Span("student_number", address[:8], address, part, start, start + 8)
            for address, start, _ in _addresses(text) if _etu_number(address, student_domains)]


def sender_number(address: str, student_domains: tuple[str, ...]) -> list[Span]:
    """The student number of a student writing from their numbered address: they have given it
    (the facts stage looks it up in APOGÉE like any number the mail cites)."""
    if not _etu_number(address, student_domains):
        return []
    return [Span("student_number", address[:8], address[:8], "from_addr", 0, 8)]


def _etu_number(address: str, student_domains: tuple[str, ...]) -> bool:
    local, _, domain = address.partition("@")
    return len(local) == 8 and local.isascii() and local.isdigit() and domain.lower() in student_domains


# A course id written without its link: « (id=50112) », « (id 56602) », « course/view.php?id=58014 »;
# never the first group of a number read out (« Student ID: 25 101 778 »).
_COURSE_MENTION = re.compile(
    r"(?<![\w&?/.=-])(?:(?:course/view|user/index|enrol/users|course/edit)\.php\?id=|(?:course\s*)?id\s*[=:]?\s*)"
    r"(\d{2,6})(?![\d\w]|[ .\-\u00a0\u202f]\d)", re.IGNORECASE)
# A student's or a user's id is no course's (« Student ID: 21345 », « user id 4512 »).
_PERSON_ID = re.compile(r"(?:student|[ée]tudiant|user|utilisateur)\s*\Z", re.IGNORECASE)


# A course's number in words (« SMAT306 (cours numéro 47791) », « course no. 51230 »): four
# digits at least, a lecture's rank (« le cours n° 3 ») has one or two.
_COURSE_NUMBERED = re.compile(
    r"\b(?:cours|course|espace)\s+(?:n°|no\.?|num[ée]ro|number)\s*:?\s*(\d{4,6})"
    r"(?![\d\w]|[ .\-\u00a0\u202f]\d)", re.IGNORECASE)
_NUMBERED_HINT = re.compile(r"n°|\bno\b|num[ée]ro|number", re.IGNORECASE)
# (every such match holds four digits in a row: a scan for them, several times cheaper than
# the words' search, spares it most texts)
_FOUR_DIGITS = re.compile(r"\d{4}")


def find_course_mentions(text: str, part: str, skip: list[tuple[int, int]]) -> list[Span]:
    """Course ids cited without a full link (the links themselves are read from URLs)."""
    skipped = Ranges(skip)
    spans = [Span("course_id", m.group(1), m.group(), part, m.start(), m.end())
             for m in _scan(_COURSE_MENTION, _COURSE_HINT, text) if not skipped.covers(m.start())
             and not _PERSON_ID.search(text, max(0, m.start() - 20), m.start())]
    return spans + [Span("course_id", m.group(1), m.group(), part, m.start(), m.end())
                    for m in (_scan(_COURSE_NUMBERED, _NUMBERED_HINT, text)
                              if _FOUR_DIGITS.search(text) else ())
                    if not skipped.covers(m.start())]


def course_id(url: str, platform_hosts: tuple[str, ...]) -> int | None:
    """Course id of an Ecampus course link, else None."""
    full = url if "://" in url else "https://" + url
    parts = urlsplit(full.replace("&amp;", "&"))
    host = (parts.hostname or "").lower()
    if host not in platform_hosts or not (parts.path.endswith(_COURSE_PATHS)
                                          or _GRADE_REPORT.search(parts.path)):
        return None
    ids = parse_qs(parts.query).get("id", [])
    return int(ids[0]) if ids and ids[0].isdigit() else None


def url_host(url: str) -> str:
    """Lowercased host of a URL written with or without scheme."""
    return (urlsplit(url if "://" in url else "https://" + url).hostname or "").lower()


def find_errors(text: str, part: str) -> list[Span]:
    """Known error pages pasted into the mail, then any 'Error: ...' line."""
    spans: list[Span] = []
    if not _holds(text, _ERROR_WORDS, _ERROR_HINT):
        return spans
    for rx, canonical in _ERRORS:
        for m in rx.finditer(text):
            spans.append(Span("error", canonical, m.group(), part, m.start(), m.end()))
    for m in _ERROR_LINE.finditer(text):
        if not any(s.start <= m.start(1) < s.end for s in spans):
            spans.append(Span("error", m.group(1), m.group(1), part, m.start(1), m.end(1)))
    return spans


class Ranges:
    """Sorted, merged offset ranges with O(log n) membership (URLs, addresses, groups)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in sorted(ranges):
            if self.ends and a <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], b)
            else:
                self.starts.append(a)
                self.ends.append(b)

    def covers(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def occurrences(text: str, written: str, limit: int) -> list[int]:
    """Where `written` stands in `text`, at most `limit` places (a name found again by its
    written form, the mail read as one text)."""
    out: list[int] = []
    at = text.find(written)
    while at >= 0 and len(out) < limit:
        out.append(at)
        at = text.find(written, at + 1)
    return out


def unique(spans: list[Span]) -> list[Span]:
    """Drop spans overlapping one listed before them; text order. O(n log n), not O(n²)."""
    starts: list[int] = []      # kept spans, sorted by start (they never overlap each other)
    kept: list[Span] = []
    for s in spans:
        i = bisect_right(starts, s.start)
        if (i and kept[i - 1].end > s.start) or (i < len(kept) and kept[i].start < s.end):
            continue
        starts.insert(i, s.start)
        kept.insert(i, s)
    return kept
