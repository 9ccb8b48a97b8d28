"""Identifier shapes: APOGÉE codes, student numbers, Ecampus course links, CAS URLs, error pages.

Regular expressions run over a part's whole text (not over tokens: the French tokenizer glues
`RCAED334/2HR5C` and keeps the full stop of `AN-10A.`), so every span has exact offsets.
Each finder returns `Span`s; the caller decides which lines (signature, contact) to trust.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

from triage.model import Span

# Code shapes seen in APOGÉE (ELP and étape), tested on the canonical form (upper, no spaces).
_CODE_SHAPES = re.compile(
    r"^(?:[A-Z]{2,6}\d{2,4}[A-Z0-9]{0,4}"        # RCAED334, HLAN201, MDRO110
    r"|\d[A-Z]{2,6}\d{1,4}[A-Z]{0,3}"             # 1CA153, 2HR5C, 1LANGL701
    r"|[A-Z]\.\d\.?[A-Z]{1,5}[A-Z0-9]{1,6}"       # M.1HRP9C, M.1.MS03, M.2DRP1ATD
    r"|[A-Z]{2,5}-\d{2,3}[A-Z]?"                   # AN-10A, IRAN-15
    r"|[A-Z]{2,5}-[A-Z]{1,4}\d{1,3})$")            # FOAD-DU1
# Letter-digit words that are not course codes (products, norms, rooms, diseases).
_NOT_CODES = re.compile(
    r"^(?:WINDOWS|WIN|COVID|ISO|UTF|IOS|ANDROID|MOODLE|IPHONE|GALAXY|OFFICE|EXCEL|PHP|HTML|RFC|MP"
    r"|SHA|MD|AES|RSA|IPV|USB|HDMI|WIFI|PIXEL|REDMI|MACOS|OSX|UBUNTU|FIREFOX|CHROME|EDGE|SAFARI"
    r"|SALLE|AMPHI|PAGE|GLPI|TICKET|ARTICLE|NOTE)[-.]?\d+$")
_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*(?![A-Za-z0-9])")
# A code written with a stray space: "rcaed 334", "HLAN 201".
_SPACED_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{4,6}) (\d{3})(?![A-Za-z0-9])")
_SPACED_STOP = {"salle", "page", "cours", "bureau", "groupe", "annee", "promo", "etape", "porte",
                "numero", "ligne", "poste", "article", "section", "semaine", "seance", "version",
                "lettre", "piece", "niveau", "module", "unite", "total", "pour", "avec", "dans",
                "depuis", "entre", "environ", "plus", "moins", "sont", "avoir", "ticket", "chambre",
                "code", "room", "about", "than", "over", "with", "from", "dossier", "amphi", "euros"}
_ELP_GROUP = re.compile(r"\bELP_([A-Za-z0-9.\-]+?)_[A-Za-z0-9]{1,6}\b")

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]\[{}|]+|\b[\w-]+(?:\.[\w-]+)*\.unicaen\.fr/[^\s<>\"'\]\[{}|]*",
                  re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_COURSE_PATHS = ("/course/view.php", "/course/edit.php", "/user/index.php", "/enrol/users.php",
                 "/enrol/instances.php", "/group/index.php", "/course/admin.php")

_NUMBER = re.compile(r"(?<![\d#\w])(\d{8})(?![\d\w])")
_SPACED_NUMBER = re.compile(
    r"(?<![\d#])(?<!\d[ .])([1-9]\d)([ .])(\d\d)\2(\d\d)\2(\d\d)(?![ .]?\d)"
    r"|(?<![\d#])(?<!\d[ .])([1-9]\d{3}) (\d{4})(?![ .]?\d)")
_WRAPPED_NUMBER = re.compile(r"(?<![\d#])(\d{2,6})[ \t]*\r?\n[ \t>]*(\d{2,6})(?!\d)")
_STUDENT_CUE = re.compile(r"(?:[ée]tudiants?|[ée]tu|student|apog[ée]e)\s*(?:id|number|no|n°)?\.?\s*[:=]?\s*"
                          r"(?:est|is|c'est)?\s*(?:le|the)?\s*$", re.IGNORECASE)
_NUMBER_CUE = re.compile(r"(?:num[ée]ro|n°|no|num|identifiant)\.?\s*[:=]?\s*(?:est|is|c'est)?\s*"
                         r"(?:le)?\s*$", re.IGNORECASE)
_NOT_NUMBER_CUE = re.compile(r"(?:ticket|glpi|dossier|commande|ine|bea|iban|siret|siren|tel|t[ée]l"
                             r"|fax|facture|ref|r[ée]f[ée]rence|incident|demande)\b[^\n]{0,12}$",
                             re.IGNORECASE)

_ERRORS = [
    (re.compile(r"database\s+connection\s+failed", re.I), "Database connection failed"),
    (re.compile(r"error\s+reading\s+from\s+database", re.I), "Error reading from database"),
    (re.compile(r"CAS\s+ne\s+conna[iî]t\s+pas\s+votre\s+destination\s+finale", re.I),
     "CAS ne connaît pas votre destination finale"),
    (re.compile(r"(?:CAS\s+)?(?:does\s+not|doesn't)\s+know\s+(?:your|the)\s+(?:final\s+)?destination",
                re.I), "CAS does not know your final destination"),
]
_ERROR_LINE = re.compile(r"^[ \t>]*(?:error|erreur|exception)\s*:\s*([^\n]{5,120}?)\s*$",
                         re.IGNORECASE | re.MULTILINE)


def canonical_code(written: str) -> str:
    """Canonical APOGÉE code: uppercase, no spaces."""
    return re.sub(r"\s+", "", written).upper()


def is_code(value: str) -> bool:
    """True when a canonical string has the shape of an APOGÉE ELP or étape code."""
    if not (_CODE_SHAPES.match(value) and not _NOT_CODES.match(value)):
        return False
    return sum(c.isalpha() for c in value) >= 2


def find_codes(text: str, part: str, skip: list[tuple[int, int]]) -> list[Span]:
    """APOGÉE codes in `text`, except inside the `skip` ranges (URLs, e-mail addresses)."""
    spans = []
    for m in _ELP_GROUP.finditer(text):
        value = canonical_code(m.group(1))
        if is_code(value):
            spans.append(Span("apogee_code", value, m.group(1), part, m.start(1), m.end(1)))
    for m in _CANDIDATE.finditer(text):
        value = canonical_code(m.group())
        if is_code(value) and not _inside(m.start(), skip):
            spans.append(Span("apogee_code", value, m.group(), part, m.start(), m.end()))
    for m in _SPACED_CODE.finditer(text):
        letters = m.group(1)
        if letters.lower() in _SPACED_STOP or _inside(m.start(), skip):
            continue
        value = canonical_code(m.group())
        if is_code(value):
            spans.append(Span("apogee_code", value, m.group(), part, m.start(), m.end()))
    return _unique(spans)


def find_student_numbers(text: str, part: str, skip: list[tuple[int, int]]) -> list[Span]:
    """8-digit student numbers, plain, spaced in pairs, or split by a line wrap."""
    spans = []
    for m in _NUMBER.finditer(text):
        if not _inside(m.start(), skip) and _plausible(text, m.start(), m.group(1)):
            spans.append(Span("student_number", m.group(1), m.group(), part, m.start(), m.end()))
    for m in _SPACED_NUMBER.finditer(text):
        value = re.sub(r"\D", "", m.group())
        if not _inside(m.start(), skip) and _plausible(text, m.start(), value, spaced=True):
            spans.append(Span("student_number", value, m.group(), part, m.start(), m.end()))
    for m in _WRAPPED_NUMBER.finditer(text):
        value = m.group(1) + m.group(2)
        line_start = text.rfind("\n", 0, m.start()) + 1
        if len(value) == 8 and m.end(1) - line_start >= 50 and _plausible(text, m.start(), value):
            spans.append(Span("student_number", value, m.group(), part, m.start(), m.end()))
    return _unique(spans)


def _plausible(text: str, start: int, value: str, spaced: bool = False) -> bool:
    """Reject ticket numbers, dates and year pairs unless a student-number cue precedes."""
    before = text[max(0, start - 40):start]
    if _STUDENT_CUE.search(before):
        return True
    if _NOT_NUMBER_CUE.search(before):
        return False
    if _NUMBER_CUE.search(before):
        return True
    if spaced and 1950 <= int(value[:4]) <= 2099 and 1950 <= int(value[4:]) <= 2099:
        return False
    return not _is_date(value)


def _is_date(value: str) -> bool:
    """YYYYMMDD or DDMMYYYY of a plausible recent year."""
    for y, m, d in ((value[:4], value[4:6], value[6:]), (value[4:], value[2:4], value[:2])):
        if 1990 <= int(y) <= 2039:
            try:
                date(int(y), int(m), int(d))
                return True
            except ValueError:
                pass
    return False


def find_urls(text: str) -> list[tuple[str, int, int]]:
    """URLs with their offsets, trailing punctuation (`>.`, `),`) removed."""
    out = []
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,;:!?>)]'\"")
        out.append((url, m.start(), m.start() + len(url)))
    return out


def email_ranges(text: str) -> list[tuple[int, int]]:
    """Offsets of e-mail addresses (their digits are not codes)."""
    return [(m.start(), m.end()) for m in _EMAIL.finditer(text)]


def etu_numbers(text: str, part: str, student_domains: tuple[str, ...]) -> list[Span]:
    """Student numbers given as the local part of a student address (22004512@etu.unicaen.fr)."""
    spans = []
    for m in _EMAIL.finditer(text):
        local, _, domain = m.group().partition("@")
        if re.fullmatch(r"\d{8}", local) and domain.lower() in student_domains:
            spans.append(Span("student_number", local, m.group(), part, m.start(), m.start() + 8))
    return spans


def course_id(url: str, platform_hosts: tuple[str, ...]) -> int | None:
    """Course id of an Ecampus course link, else None."""
    full = url if "://" in url else "https://" + url
    parts = urlsplit(full.replace("&amp;", "&"))
    host = (parts.hostname or "").lower()
    if host not in platform_hosts or not parts.path.endswith(_COURSE_PATHS):
        return None
    ids = parse_qs(parts.query).get("id", [])
    return int(ids[0]) if ids and ids[0].isdigit() else None


def url_host(url: str) -> str:
    """Lowercased host of a URL written with or without scheme."""
    return (urlsplit(url if "://" in url else "https://" + url).hostname or "").lower()


def find_errors(text: str, part: str) -> list[Span]:
    """Known error pages pasted into the mail, then any 'Error: ...' line."""
    spans = []
    for rx, canonical in _ERRORS:
        for m in rx.finditer(text):
            spans.append(Span("error", canonical, m.group(), part, m.start(), m.end()))
    for m in _ERROR_LINE.finditer(text):
        if not any(s.start <= m.start(1) < s.end for s in spans):
            spans.append(Span("error", m.group(1), m.group(1), part, m.start(1), m.end(1)))
    return spans


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in ranges)


def _unique(spans: list[Span]) -> list[Span]:
    """Drop spans overlapping an earlier one (the ELP_ group, then the plain token)."""
    kept: list[Span] = []
    for s in spans:
        if not any(k.start < s.end and s.start < k.end for k in kept):
            kept.append(s)
    return sorted(kept, key=lambda s: s.start)
