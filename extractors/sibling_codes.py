"""What the mail's other codes tell about one of them, without a catalogue.

Dots: a scheme numbering its elements with a dot (`TC1R1.05`, `EG.L1.12`: semester or block, a
dot, then a two-digit number) writes it at the same place in every code; people drop it
(`TC1S102`, `EG.L114`). A code whose letters and digits stand where a sibling's do, starting
like it, and which lacks only such dots of that sibling's separators, takes them back (the
same code written with and without them is left to `codes.restore_separators`: it may be an
old code and its successor, `INFR204` renamed `INFR2.04`). A missing dash is not restored this
way: a dash often parts a group from its element (`SAN2-ED04` beside the element `SAN2UE11` is
another code, not the same scheme). O for 0: see `letters_by_scheme`."""
from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[.\-]")
# A sibling must start like the code: its first characters name the composante's scheme.
_SAME_START = 2
# The dot given back is a number's: two digits end the code after it (R1.05, L1.12). A dot
# elsewhere is as often the writer's own slip (« GEAS.302 » for GEAS302 beside gear301).
_NUMBER = re.compile(r"^\d\d$")


def dots_like_siblings(values: list[str]) -> dict[str, str]:
    """{value: with the dots its siblings write} for codes of `values` lacking only dots."""
    keyed = [(v, _SEPARATORS.sub("", v), _layout(v)) for v in values]
    out: dict[str, str] = {}
    for value, key, layout in keyed:
        found = set()
        for other, other_key, other_layout in keyed:
            if other_key == key or len(other_key) != len(key) \
                    or other_key[:_SAME_START] != key[:_SAME_START] \
                    or _shape(other_key) != _shape(key):
                continue
            if set(layout) < set(other_layout):
                found.add(other_layout)
        # (siblings that disagree, a dash or a dot not before a number among the missing:
        # left as written)
        if len(found) == 1 and all(sep == "." and _NUMBER.match(key[cut:]) for cut, sep
                                   in set(next(iter(found))) - set(layout)):
            restored = key
            for cut, sep in sorted(found.pop(), reverse=True):
                restored = restored[:cut] + sep + restored[cut:]
            out[value] = restored
    return out


def _layout(code: str) -> tuple[tuple[int, str], ...]:
    """Where a code's separators stand in its key (its characters without them)."""
    return tuple((m.start() - i, m.group()) for i, m in enumerate(_SEPARATORS.finditer(code)))


def _shape(code: str) -> str:
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in code)


def letters_by_scheme(values: list[str]) -> dict[str, str]:
    """A 0 or 1 typed for O or I where at least two other codes of the mail, of the same shape
    but there, have the letter and none the digit (`KR3T005` beside `KR3TO05`, `KR3TO07`: the
    scheme's part is `TO`): the mirror of `codes.digits_by_scheme`. {value: with the letter}."""
    shapes = [(v, _shape(v)) for v in values]
    out: dict[str, str] = {}
    for value, shape in shapes:
        fixed = list(value)
        for i, c in enumerate(value):
            if c not in "01" or i == 0:
                continue
            alike = [v for v, other in shapes if v != value and len(other) == len(shape)
                     and all(a == b or j == i for j, (a, b) in enumerate(zip(shape, other)))]
            letter = "O" if c == "0" else "I"
            if len(alike) >= 2 and all(v[i] == letter for v in alike):
                fixed[i] = letter
        if fixed != list(value):
            out[value] = "".join(fixed)
    return out


_SEMESTER_HEAD = re.compile(r"^S\d(?=[A-Z]{2})")


def semester_short_forms(values: list[str]) -> dict[str, str]:
    """A code written again without its semester (« S5 STP21 … le TD de STP21 »): the same
    course, {short: whole} when one code of the mail is the short one behind `S<digit>`."""
    wholes: dict[str, set[str]] = {}
    for value in values:
        head = _SEMESTER_HEAD.match(value)
        if head:
            wholes.setdefault(value[head.end():], set()).add(value)
    return {v: next(iter(wholes[v])) for v in values if len(wholes.get(v, ())) == 1}

