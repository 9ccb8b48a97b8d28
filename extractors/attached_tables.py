"""Student numbers in a table sent as an attached file (« liste_PSY-305_G3.csv »).

A secretary attaches the list of the students a mail is about, one row each: their numbers
count like those of a table pasted in the mail (writer BF; the other writers' CSV attachments
repeat their numbers in the text). Each cell is judged as an HTML table's cell is, under its
column's header (identifiers.cell_student_number). Spans of part `attachment`, offsets in the
attachment's decoded text.
"""
from __future__ import annotations

import csv
import io

from triage.extractors.identifiers import cell_student_number
from triage.model import Attachment, Span

# What a spreadsheet exports; a table of students is a few hundred rows, not megabytes.
_TABLE_SUFFIXES = (".csv", ".tsv")
_TABLE_TYPES = ("text/csv", "text/tab-separated-values")
MAX_TABLE_CHARS = 200_000


def student_numbers(attachments: list[Attachment]) -> list[Span]:
    """Student numbers alone in the cells of attached CSV / TSV tables."""
    spans: list[Span] = []
    for attached in attachments:
        if attached.content and _is_table(attached):
            spans += _table_numbers(_decoded(attached.content)[:MAX_TABLE_CHARS])
    return spans


def _is_table(attached: Attachment) -> bool:
    return attached.content_type.lower() in _TABLE_TYPES \
        or attached.filename.lower().endswith(_TABLE_SUFFIXES)


def _decoded(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    """The separator of the header line: a French spreadsheet's « ; », else a tab or « , »."""
    header = text.split("\n", 1)[0]
    return max((";", "\t", ","), key=header.count)


def _table_numbers(text: str) -> list[Span]:
    spans: list[Span] = []
    rows = list(csv.reader(io.StringIO(text), delimiter=_delimiter(text)))
    header = rows[0] if rows else []
    offset, lines = 0, text.split("\n")
    line_starts = []
    for line in lines:
        line_starts.append(offset)
        offset += len(line) + 1
    for row_number, row in enumerate(rows):
        for column, cell in enumerate(row):
            title = header[column] if row_number and column < len(header) else ""
            value, ours = cell_student_number(title, cell.strip())
            if ours:
                spans.append(_span(text, value, cell.strip(), line_starts, row_number))
    return spans


def _span(text: str, value: str, written: str, line_starts: list[int], row: int) -> Span:
    """The cell's span in the decoded text (on its row's line when rows are one line each)."""
    start = text.find(written, line_starts[row] if row < len(line_starts) else 0)
    if start < 0:
        start = text.find(written)
    return Span("student_number", value, written, "attachment", start, start + len(written))
