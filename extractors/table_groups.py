"""Groups named by their short label in an HTML table's cell (« TP2A », « ED1 », « -G2 », « FI »).

A secretary's or a teacher's table (Outlook, a spreadsheet pasted) lists students or teachers
row by row: the course's code in one column, the group by its short label in another (« Code
ELP | Groupe »: `bio.1.11 | TD1`), or the course in the sentence above the table and only the
label in the rows (« Les groupes de TP de 24GS1C01 … »: `TP2`). Writers AY, BC, Q, AJ count such a
group as its code when the course leaves exactly one group of the catalogue possible: the
label is looked for among the cited course's own groups, its year's (a BUT year's `TD3`,
`TP2A`) and its étape's, as a name said in passing is (`group_names.named_among_cited`). A text
version often leaves the table out (« voir le tableau ci-dessous »): the cells are read from the
HTML part.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

from triage.catalogue import Catalogue
from triage.extractors import codes as code_finder
from triage.extractors import group_names
from triage.extractors.identifiers import table_rows
from triage.model import Span

# One short label: a kind and a number (« TD1 », « TP 2A », « ED3 », « G2 », « -G2 », « P1 »),
# a lettered subgroup (« TP B »), or a kind of study (« FI », « AL », « FC », « ALT », « EAD »).
_SHAPED = r"-?(?:TD|TP|ED|CM|GR|G|P|T) ?\d{1,2}[A-H]?|(?:TD|TP) ?[A-H]\d?"
_KIND = r"FI|FA|FC|AL|ALT|EAD|CM"
_LABEL = re.compile(rf"(?i:{_SHAPED})|{_KIND}")
# A cell of labels alone: one or several (« TP2, TP3 », « CM + TP1 »), a remark in brackets
# after one (« TP3 (Ecampus) »).
_CELL = re.compile(rf"(?:(?i:{_SHAPED})|{_KIND})(?:\s*\([^()]{{1,30}}\))?"
                   rf"(?:\s*(?:,|\+|/|&|\b(?i:et|and)\b)\s*"
                   rf"(?:(?i:{_SHAPED})|{_KIND})(?:\s*\([^()]{{1,30}}\))?)*")
# A column of groups says so in its header (« Groupe », « Group », « TD », « ED », « Mes
# séances ADE »): a label that writes no kind and number (« FI », « P1 ») is read only there.
_GROUP_HEADER = re.compile(r"\b(?:groupes?|groups?|grp|gpe|td|tp|ed|s[ée]ances?|sessions?)\b",
                           re.IGNORECASE)
_EXPLICIT = re.compile(r"-?(?:TD|TP|ED|G) ?\d{1,2}[A-H]?|(?:TD|TP) ?[A-H]\d?", re.IGNORECASE)
# A column of what the platform shows (« Groupe Ecampus ») beside the group APOGÉE holds: the
# wrong group a student sees, which writer B does not count (`train-b` 107, `train-b-dev` 220;
# writer Q does, `heldout-10` 028: the project keeps B's reading, as `group_names` does).
_PLATFORM_HEADER = re.compile(r"\b(?:ecampus|moodle|plateforme|platform)\b", re.IGNORECASE)
# (longer than this, a cell is a sentence, not labels)
_MAX_CELL = 40


def read(html: str, found: list[str], catalogue: Catalogue) -> list[Span]:
    """The group codes the HTML tables of a mail name by short label (spans of part `html`):
    for each label cell, among the groups of the codes its row holds, else of the codes the
    mail cites (`found`), the one group the label names."""
    spans: list[Span] = []
    taken = set(found)
    above: list[Span] | None = None
    # (a long table repeats its courses and labels: each is looked up once per scope)
    lookups: dict[tuple[str, ...], Callable[[str], set[str]]] = {}
    for row, header in table_rows(html):
        labelled = [(i, text, start) for i, (text, start) in enumerate(row)
                    if _labels_cell(text, header[i] if i < len(header) else "")]
        if not labelled:
            continue
        courses = [s.value for j, (text, _) in enumerate(row)
                   if j not in {i for i, _, _ in labelled}
                   for s in code_finder.find_codes(text, "html", [], catalogue)]
        from_above: list[Span] = []
        if not courses and not found:
            # the course in the sentence above the table, which a text version reduced to
            # « see the table below » left out (« my seminar M.1.SO02 … : » over « Group | TD1 »)
            above = _codes_above(html, catalogue) if above is None else above
            from_above = above
            courses = [s.value for s in above]
        scope = tuple(courses or found)
        if scope not in lookups:
            lookups[scope] = group_names.looked_up_once(
                group_names.cited_scope(list(scope), catalogue), catalogue, shaped=True)
        for _, text, start in labelled:
            for m in _LABEL.finditer(_REMARKS.sub(" ", text)):
                named = lookups[scope](m.group().lstrip("-").replace(" ", ""))
                if len(named) == 1 and (code := named.pop()) not in taken:
                    taken.add(code)
                    for course in from_above:          # (the course too, once)
                        if course.value not in taken:
                            taken.add(course.value)
                            spans.append(course)
                    at = html.find(m.group(), start)
                    at = at if at >= 0 else start
                    spans.append(Span("apogee_code", code, m.group(), "html", at,
                                      at + len(m.group())))
    return spans


_REMARKS = re.compile(r"\([^()]*\)")
_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_HEAD = re.compile(r"<(?:head|style|script)\b.*?</(?:head|style|script)>", re.IGNORECASE | re.DOTALL)


def _codes_above(html: str, catalogue: Catalogue) -> list[Span]:
    """The codes the HTML part writes before its first table (spans of part `html`, at the
    table: their words' offsets in the markup are not kept)."""
    table = _TABLE.search(html)
    if not table:
        return []
    prose = " ".join(unescape(_TAG.sub(" ", _HEAD.sub(" ", html[:table.start()]))).split())
    return [Span("apogee_code", s.value, s.text, "html", table.start(), table.start())
            for s in code_finder.find_codes(prose, "html", [], catalogue)]


def _labels_cell(text: str, title: str) -> bool:
    """Whether a cell holds group labels alone: shaped ones anywhere, kinds of study or bare
    letters and numbers only in a column headed as groups."""
    if not text or len(text) > _MAX_CELL or not _CELL.fullmatch(text) \
            or _PLATFORM_HEADER.search(title):
        return False
    if _GROUP_HEADER.search(title):
        return True
    return all(_EXPLICIT.fullmatch(m.group()) for m in _LABEL.finditer(_REMARKS.sub(" ", text)))
