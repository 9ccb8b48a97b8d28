"""Codes written with a digit left out, read again with the catalogue (round 18, `damaged18`).

People drop a digit of a code's number: a zero that looks like padding (« ES-1A » for ES-10A,
« INF2R32 » for INF2R302), or the last digit of a code they half remember (« SC-BIO2 » for
SC-BIO21). The catalogue's tolerant look-up cannot see it (no key, no unique completion), so the
mail's codes are read once more, here, where the mail's other codes can say which was meant.
"""
from __future__ import annotations

from collections.abc import Iterable

from triage.catalogue import Catalogue, code_shape, tolerant_key


def restore_dropped_digits(values: list[str], catalogue: Catalogue) -> dict[str, str]:
    """{value: known code} for the mail's codes the catalogue does not know that are a known
    code with one digit left out: the one such code; else the one whose dropped digit is a zero
    (the digit people leave out); else the one that ends like a code of the mail of its shape
    (« SC-BIO2 » beside SC-GEO21: SC-BIO21, not SC-BIO22). A code the mail cites itself is not
    what another spelling of the mail stands for (« ES-1A … ES-11A »: not ES-11A)."""
    cited = set(values)
    out: dict[str, str] = {}
    for value in values:
        if value in catalogue:
            continue
        found = [(code, digit) for code, digit in catalogue.dropped_digit(value)
                 if code not in cited]
        chosen = _one(code for code, _ in found) \
            or _one(code for code, digit in found if digit == "0") \
            or _one(code for code, _ in found if _ends_like_a_sibling(code, values))
        if chosen:
            out[value] = chosen
    return out


def said_apart(values: list[str], catalogue: Catalogue) -> dict[str, str]:
    """{value: known code} where a known code of the mail is another known code with a digit
    left out and the mail writes that code's ending on its own (« l'UE 13 … code PASUE3 » with
    « UE13 » read as a code: PASUE13, and the « UE13 » with it): the damaged form is a real code,
    the words beside it say which was meant."""
    keys = {tolerant_key(v): v for v in values}
    out: dict[str, str] = {}
    for value in values:
        if value not in catalogue:
            continue
        meant = {(code, keys[tail])
                 for code, _ in catalogue.dropped_digit(value, in_family=True)
                 for tail in _endings(tolerant_key(code))
                 if tail in keys and keys[tail] != value and code not in values}
        if len({code for code, _ in meant}) == 1:
            for code, ending in meant:
                out[value] = out[ending] = code
    return out


def _endings(key: str) -> list[str]:
    """The endings of a code's key after letters only (`UE13` of PASUE13): a short name."""
    return [key[i:] for i in range(1, len(key) - 2) if key[:i].isalpha() and any(
        c.isdigit() for c in key[i:]) and key[i:][:1].isalpha()]


def _ends_like_a_sibling(code: str, values: list[str]) -> bool:
    shape = code_shape(code)
    return any(v != code and code_shape(v) == shape and v[-2:] == code[-2:] for v in values)


def _one(codes: Iterable[str]) -> str | None:
    found = set(codes)
    return found.pop() if len(found) == 1 else None
