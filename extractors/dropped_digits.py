"""Codes written with a digit left out, read again with the catalogue (round 18, `damaged18`).

People drop a digit of a code's number: a zero that looks like padding (« ES-1A » for ES-10A,
« INF2R32 » for INF2R302), or the last digit of a code they half remember (« SC-BIO2 » for
SC-BIO21). The catalogue's tolerant look-up cannot see it (no key, no unique completion), so the
mail's codes are read once more, here, where the mail's other codes can say which was meant.
"""
from __future__ import annotations

from collections.abc import Iterable

from triage.catalogue import Catalogue, code_shape, separator_layout, tolerant_key


def restore_dropped_digits(values: list[str], catalogue: Catalogue,
                           years: frozenset[str] = frozenset()) -> dict[str, str]:
    """{value: known code} for the mail's codes the catalogue does not know that are a known
    code with one digit left out: the one such code; else the one whose dropped digit is a zero
    (the digit people leave out); else the one that ends like a code of the mail of its shape
    (« SC-BIO2 » beside SC-GEO21: SC-BIO21, not SC-BIO22). A code the mail cites itself is not
    what another spelling of the mail stands for (« ES-1A … ES-11A »: not ES-11A). A year's
    digit left out is `_year_restored`'s, the `years` the mail says in words helping."""
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
        if not found:
            chosen = _year_restored(value, values, catalogue, years)
        if chosen:
            out[value] = chosen
    return out


def year_dropped(value: str, catalogue: Catalogue) -> list[str]:
    """The known codes `value` (unknown) is with the year's digit left out after the letters
    that head it (« JUADM3 » for JU2ADM3, « EC-MAC1 » for EC1-MAC1, « M.PRO.1 » for M2.PRO.1):
    people say a course by its subject and number and drop the year, which is the one digit
    `Catalogue.dropped_digit` does not insert (it sits between letters or before a separator).
    Same separators at the same places; sorted."""
    upper = value.strip().upper()
    letters = len(upper) - len(upper.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if len(tolerant_key(upper)) < _MIN_YEAR_KEY or not any(c.isdigit() for c in upper) \
            or catalogue.stands_alone(upper):
        return []                              # (known, or of a family of its own: archived)
    found = set()
    for i in range(1, letters + 1):
        for digit in "123456789":
            meant = upper[:i] + digit + upper[i:]
            known = catalogue.match(meant) if catalogue.holds_key(meant) else None
            if known and separator_layout(known) == separator_layout(meant):
                found.add(known)
    return sorted(found)


def _year_restored(value: str, values: list[str], catalogue: Catalogue,
                   years: frozenset[str] = frozenset()) -> str | None:
    """The one known code `value` is with its year's digit left out (`year_dropped`); of
    several (`EC1-MAC1`, `EC2-MAC1`, `EC3-MAC1`), the one whose own group the mail cites
    (« EC-MAC1 … le groupe EC1MAC1TD1 »: its year is the group's), else the one of the one
    year the mail says in words (« en M2 … KMCG01 »: KM2CG01). Not a code the mail cites
    itself; none when the mail does not say which."""
    found = [c for c in year_dropped(value, catalogue) if c not in values]
    if len(found) == 1:
        return found[0]
    keys = [tolerant_key(v) for v in values if v != value and v in catalogue]
    key = tolerant_key(value)
    return _one(code for code in found
                if any(k != tolerant_key(code) and k.startswith(tolerant_key(code))
                       for k in keys)) \
        or (_one(code for code in found if _inserted(key, tolerant_key(code)) in years)
            if len(years) == 1 else None)


def _inserted(short: str, long: str) -> str:
    """The character `long` holds that `short` (one shorter) leaves out."""
    i = next((i for i, (a, b) in enumerate(zip(short, long)) if a != b), len(short))
    return long[i]


# (a shorter key is a year's or a programme's short name, no course: « L2 », « ED7 »)
_MIN_YEAR_KEY = 5


def suffix_dropped(values: list[str], catalogue: Catalogue) -> dict[str, str]:
    """{value: known code} for the mail's codes the catalogue does not know that start exactly
    one known course, one letter longer, and otherwise only that course's own groups (« SVT101 »
    of `SVT101A`, its groups `SVT101A-G1`…): the letter a scheme adds to its courses' numbers
    is the part people leave out. Not a code of a family of its own (archived, mistyped), nor
    one that starts two courses (`M2STA1TD` of TD1 and TD2: the mail does not say which)."""
    out: dict[str, str] = {}
    for value in values:
        key = tolerant_key(value)
        if value in catalogue or len(key) < _MIN_YEAR_KEY or catalogue.stands_alone(value) \
                or any(v != value and code_shape(v) == code_shape(value) for v in values):
            continue                           # (« LATN-12 remplacé par LATN-13 »: as written)
        started = catalogue.completions(value, 100)
        keys = {c: tolerant_key(c) for c in started}
        courses = [c for c in started
                   if not any(o != c and keys[c].startswith(keys[o]) for o in started)]
        if len(courses) == 1 and len(keys[courses[0]]) == len(key) + 1 \
                and keys[courses[0]][-1].isalpha() and key[-1].isdigit() \
                and courses[0] not in values:
            out[value] = courses[0]
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
