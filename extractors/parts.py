"""Light layout analysis of a mail body: which lines are new text, quoted history, signature.

The MIME parser may or may not split new text, quotes and signature yet; this module classifies
lines itself so that the extractors behave the same either way. Offsets are kept: a region is a
(start, end, kind) range of the text it was computed on.
"""
from __future__ import annotations

import re
from typing import NamedTuple

BODY, QUOTED, SIGNATURE, CONTACT = "body", "quoted", "signature", "contact"

# A line that opens quoted history or a forwarded block (French and English clients).
_QUOTE_HEADER = re.compile(
    r"^\s*(?:le .{3,120}a [ée]crit\s*:|on .{3,120}wrote\s*:"
    r"|-{2,}\s*(?:original message|message d'origine|forwarded message|message transf[ée]r[ée])"
    r"|-{5,}\s*$|_{5,}\s*$|(?:de|from)\s*:\s*\S.*@|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée]))",
    re.IGNORECASE)
# Polite closings after which the writer's name and contact details follow.
_CLOSING = re.compile(
    r"^\s*(?:(?:bien |tr[eè]s |tres )?cordialement|bien [àa] (?:vous|toi)|bonne (?:journ[ée]e|soir[ée]e)"
    r"|(?:sinc[eè]res |meilleures )?salutations|(?:best |kind |warm )?regards|sincerely|cdlt|cdt|bav)"
    r"\b[\s,.!]*", re.IGNORECASE)
# Lines holding contact details: phones, fax, postal addresses, offices, opening hours.
# (A look-ahead for the characters its alternatives start with: opening on « \b », the pattern
# was tried at every character of a line, a set is scanned for. Same matches.)
_CONTACT = re.compile(
    r"(?=[tpfmslcboh+\d])(?:\b(?:t[ée]l|t[ée]l[ée]phone|phone|fax|mobile|portable|standard|ligne directe)\.?\s*[:.]?\s*(?:\+|0|\()"
    r"|\+33|\b0\d(?:[ .]?\d\d){4}\b|(?<![=/\d])\b\d{5}\s+(?-i:[A-Z][A-Za-zé-]+|caen)|\bcedex\b"
    r"|\bbureau\s*(?:n°\s*)?[A-Z]{0,3}[ -]?\d|\boffice\s+[A-Z]{0,3}[ -]?\d|\bposte\s*\d"
    r"|\bb[âa]t(?:iment|\.)\s*[A-Z0-9]|\bhoraires?\s*:|\bbp\s*\d|\bcs\s*\d{4,5})",
    re.IGNORECASE)
_PS = re.compile(r"^\s*p\.?\s?s\.?\s*[:\-]", re.IGNORECASE)
# What every contact line holds (a digit, `+`, `(`, or one of the words without a digit): most
# lines have none, and this one-pass test spares them _CONTACT's dozen alternatives.
_CONTACT_HINT = re.compile(r"[\d+(]|cedex|b[âa]t|horaire", re.IGNORECASE)
_SHORT_LINE = 80
# A cue within the first 15 characters of a line's text (no cue starts with a space).
_CONTACT_NEAR_START = re.compile(r"[\s\S]{0,14}?(?:" + _CONTACT.pattern + ")", re.IGNORECASE)


class Region(NamedTuple):
    """One line's range and kind. (A named tuple: one is made for every line of every part, and
    a frozen dataclass's constructor cost three times as much.)"""
    start: int
    end: int
    kind: str


def regions(text: str, base_kind: str = BODY) -> list[Region]:
    """Classify each line of `text` as body, quoted, signature or contact, keeping offsets."""
    out: list[Region] = []
    kind, in_sig, pos, depth = base_kind, base_kind == SIGNATURE, 0, 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()
        bare = stripped.lstrip("> \t")  # quoted lines keep their own signatures
        # Another message's lines (a deeper or shallower quote, a quoted « Le … a écrit : »)
        # end a quoted message's signature.
        was = depth
        if bare.strip():
            depth = stripped[:len(stripped) - len(bare)].count(">")
        if _QUOTE_HEADER.match(line):
            kind, in_sig = QUOTED, False
        elif base_kind != SIGNATURE and bare.strip() and (depth != was or _QUOTE_HEADER.match(bare)):
            in_sig = False
        if bare.strip() in ("--", "__"):
            in_sig = True
        elif _PS.match(bare):
            in_sig = False
        line_kind = QUOTED if stripped.startswith(">") else kind
        if in_sig:
            line_kind = SIGNATURE
        if _is_contact(line, stripped):
            line_kind = CONTACT
        out.append(Region(pos, pos + len(line), line_kind))
        if _CLOSING.match(bare) and len(bare) < 60:
            in_sig = True
        pos += len(line)
    return out


def _is_contact(line: str, stripped: str) -> bool:
    """Whether a line holds contact details. Signature lines are short or start with the cue; a
    long sentence that ends with "appelez le 02 31 ..." stays prose (the phone itself never passes
    as an identifier), so a long line is only searched near its start."""
    if not _CONTACT_HINT.search(line):
        return False
    if len(line) < _SHORT_LINE:
        return _CONTACT.search(line) is not None
    return _CONTACT_NEAR_START.match(stripped) is not None


def kind_at(regs: list[Region], offset: int) -> str:
    """Kind of the line holding `offset` (binary search over sorted regions)."""
    lo, hi = 0, len(regs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if offset < regs[mid].start:
            hi = mid - 1
        elif offset >= regs[mid].end:
            lo = mid + 1
        else:
            return regs[mid].kind
    return BODY


def text_of(text: str, regs: list[Region], kinds: tuple[str, ...]) -> str:
    """The lines of `text` of the given kinds, other lines blanked (offsets preserved)."""
    wanted = [r.kind in kinds for r in regs]
    if all(wanted):
        return text                        # the regions cover the text, line by line
    return "".join(text[r.start:r.end] if keep else _blank(text[r.start:r.end])
                   for r, keep in zip(regs, wanted))


def _blank(chunk: str) -> str:
    """Spaces for a line's characters, its line break kept (a region is one line)."""
    body = chunk.rstrip("\r\n")
    return " " * len(body) + chunk[len(body):]
