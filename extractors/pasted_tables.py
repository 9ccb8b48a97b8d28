"""Student numbers in a table pasted from a spreadsheet into the text of a mail.

A spreadsheet's rows pasted into a mail keep their tabs between cells, one row a line, the
header row first (« NOM⇥Prénom⇥N° étudiant⇥INE⇥Né(e) le⇥Portable⇥Groupe »). Each row holds a
phone, so the line reads as a contact line and its number was left out (writer BJ). Each cell
is judged as an HTML table's cell or an attached CSV's is, under its column's header
(identifiers.cell_student_number): a number alone in its cell, under « N° étudiant » or a
header that names no other kind of number; INE, dates, phones never are 8 digits alone.
"""
from __future__ import annotations

from collections.abc import Iterator

from triage.extractors.identifiers import cell_student_number
from triage.model import Span

# A table is a header and one row at least, each with two tabs or more (three cells).
_MIN_TABS = 2
_MIN_LINES = 2
_QUOTE_MARKS = " \t>"


def student_numbers(text: str, part: str) -> list[Span]:
    """Student numbers alone in the cells of the tab-separated tables pasted in `text`."""
    if "\t" not in text:
        return []
    spans: list[Span] = []
    for block in _tab_blocks(text):
        spans += _block_numbers(text, block, part)
    return spans


def _tab_blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of consecutive lines holding two tabs or more: (start offset, line) each."""
    block: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.count("\t") >= _MIN_TABS:
            block.append((offset, line))
        else:
            if len(block) >= _MIN_LINES:
                yield block
            block = []
        offset += len(line) + 1
    if len(block) >= _MIN_LINES:
        yield block


def _block_numbers(text: str, block: list[tuple[int, str]], part: str) -> list[Span]:
    header = [cell.strip(_QUOTE_MARKS) for cell in block[0][1].rstrip("\r").split("\t")]
    spans: list[Span] = []
    for start, line in block[1:]:
        column_start = start
        for column, cell in enumerate(line.rstrip("\r").split("\t")):
            written = cell.strip(_QUOTE_MARKS)
            title = header[column] if column < len(header) else ""
            value, ours = cell_student_number(title, written) if written else ("", False)
            if ours:
                at = text.find(written, column_start)
                spans.append(Span("student_number", value, written, part, at, at + len(written)))
            column_start += len(cell) + 1
    return spans
