"""What the mail's other codes tell about one of them (without a catalogue, but for
`restore_separators`, which leaves alone a code the catalogue knows as written).

Dots: a scheme numbering its elements with a dot (`TC1R1.05`, `EG.L1.12`: semester or block, a
dot, then a two-digit number) writes it at the same place in every code; people drop it
(`TC1S102`, `EG.L114`). A code whose letters and digits stand where a sibling's do, starting
like it, and which lacks only such dots of that sibling's separators, takes them back (the
same code written with and without them is left to `restore_separators`: it may be an
old code and its successor, `INFR204` renamed `INFR2.04`). A missing dash is not restored this
way: a dash often parts a group from its element (`SAN2-ED04` beside the element `SAN2UE11` is
another code, not the same scheme). O for 0: see `letters_by_scheme`."""
from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from triage.catalogue import code_shape
from triage.model import Span

if TYPE_CHECKING:
    from triage.catalogue import Catalogue

_SEPARATORS = re.compile(r"[.\-]")
_SCHEME_PREFIX = 4
# (each look-up below shapes every code of the mail again: a pasted table cites thousands)
_shape = functools.lru_cache(maxsize=1 << 14)(code_shape)
_LAST_NUMBER = re.compile(r"\d+$")
# Words of a mail about a code replaced by another (the two spellings are then two codes).
SUCCESSION = re.compile(r"\banciens?\b|\bremplac[ée]e?s? par\b|\bold codes?\b"
                         r"|\breplaced by\b|\bsuccess(?:eur|or)", re.IGNORECASE)

# A sibling must start like the code: its first characters name the composante's scheme.
_SAME_START = 2
# The dot given back is a number's: two digits end the code after it (R1.05, L1.12). A dot
# elsewhere is as often the writer's own slip (« GEAS.302 » for GEAS302 beside gear301).
_NUMBER = re.compile(r"^\d\d$")


def dots_like_siblings(values: list[str]) -> dict[str, str]:
    """{value: with the dots its siblings write} for codes of `values` lacking only dots."""
    keyed = [(v, _SEPARATORS.sub("", v), _layout(v)) for v in values]
    # (siblings by length, start and shape: a pasted table cites thousands of codes)
    alike: dict[tuple[str, str], dict[tuple[tuple[int, str], ...], set[str]]] = {}
    for _, key, layout in keyed:
        alike.setdefault((key[:_SAME_START], _shape(key)), {}).setdefault(layout, set()).add(key)
    out: dict[str, str] = {}
    for value, key, layout in keyed:
        found = {other: len(keys - {key}) for other, keys
                 in alike[key[:_SAME_START], _shape(key)].items()
                 if keys != {key} and set(layout) < set(other)}
        # (siblings that disagree, a dash or a dot not before a number among the missing:
        # left as written, unless two siblings or more write that dot: « M2ENV5A » beside
        # M.2ENV4C and M.2ENV6B)
        if len(found) == 1:
            (other, count), = found.items()
            missing = set(other) - set(layout)
            if all(sep == "." and (_NUMBER.match(key[cut:]) or count >= 2)
                   for cut, sep in missing):
                out[value] = _with_separators(key, other)
    return out


def letters_by_scheme(values: list[str]) -> dict[str, str]:
    """A 0 or 1 typed for O or I where at least two other codes of the mail, of the same shape
    but there, have the letter and none the digit (`KR3T005` beside `KR3TO05`, `KR3TO07`: the
    scheme's part is `TO`): the mirror of `digits_by_scheme`. {value: with the letter}."""
    shapes = [(v, _shape(v)) for v in values]
    same = _SameShape(shapes)
    out: dict[str, str] = {}
    for value, shape in shapes:
        fixed = list(value)
        for i, c in enumerate(value):
            if c not in "01" or i == 0:
                continue
            alike, counted = same.tally_at(shape, i)
            letter = "O" if c == "0" else "I"
            # (the code's own digit is not that letter: it counts among the others only)
            if alike[letter] >= 2 and alike[letter] == counted:
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


def spaced_like_siblings(spans: list[Span]) -> dict[str, str]:
    """Codes written with a space where another code of the mail, one character longer and
    alike before it, writes its dot or dash (« psy 503 ni psy-505 »): the space was that
    separator. Returns {value: restored}, for one sibling's separator only."""
    values = {s.value for s in spans if s.kind == "apogee_code"}
    out: dict[str, str] = {}
    for span in spans:
        written = span.text.strip()
        if span.kind != "apogee_code" or written.count(" ") != 1 or _SEPARATORS.search(written) \
                or span.value in out or len(span.value) != len(written) - 1:
            continue
        cut = written.index(" ")
        found = {span.value[:cut] + v[cut] + span.value[cut:] for v in values
                 if len(v) == len(span.value) + 1 and v[cut] in ".-"
                 and v[:cut] == span.value[:cut]}
        if not found and cut >= _SCHEME_PREFIX:
            # or a code of the scheme with another head (« psy3 c04 » beside PSY2-TD07): its
            # head has the same letters and digits at the same places, the same first letters
            head = span.value[:cut]
            found = {head + v[cut] + span.value[cut:] for v in values
                     if len(v) > cut and v[cut] in ".-" and not _SEPARATORS.search(v[:cut])
                     and _shape(v[:cut]) == _shape(head) and v[:3] == head[:3]}
        if len(found) == 1:
            out[span.value] = found.pop()
    return out


def numbered_like_siblings(values: list[str]) -> dict[str, str]:
    """A code written with fewer dots or dashes than other codes of the mail that differ from it
    by their last number alone (« PCS6-02 » beside PC-S6-01 and PC-S6-04): the same scheme,
    so its separators, when those codes agree on them. Returns {value: restored}."""
    keyed = [(v, _SEPARATORS.sub("", v), _layout(v)) for v in values]
    # (codes by each stem they have before digits alone: `PCS604` under PCS604, PCS60, PCS6, PCS)
    by_stem: dict[tuple[int, str], dict[tuple[tuple[int, str], ...], set[str]]] = {}
    for _, k, lay in keyed:
        digits = len(k) - len(k.rstrip("0123456789"))
        for cut in range(len(k) - digits, len(k)):
            by_stem.setdefault((len(k), k[:cut]), {}).setdefault(lay, set()).add(k)
    out: dict[str, str] = {}
    for value, key, layout in keyed:
        number = _LAST_NUMBER.search(value)
        stem = key[:len(key) - len(number.group())] if number else ""
        if len(stem) < 2:
            continue
        layouts = {lay for lay, keys in by_stem.get((len(key), stem), {}).items()
                   if keys != {key} and len(lay) > len(layout)}
        if len(layouts) == 1:
            (found,) = layouts
            if all(cut <= len(stem) for cut, _ in found):
                out[value] = _with_separators(key, found)
    return out


def separators_like_siblings(values: list[str]) -> dict[str, str]:
    """A dash or dot slipped into a list of one scheme's codes (« JL3-DPRI1 » among JL3DCIV1,
    JL3DADM2, JL3DFIS1): two other codes of the mail or more, of its shape, alike up to one
    character past it, write none there: the code drops it. Not where the siblings go on
    otherwise just after it (`SAN2-ED04`, a group, beside the elements `SAN2UE11`, `SAN2UE12`),
    nor for a dot written where siblings write a dash (`PH4.UE15`, an element, beside the groups
    `PH4-TP08`, `PH4-TP12`); none is added (restore_separators' work). {value: restored}."""
    keyed = [(v, _SEPARATORS.sub("", v), _layout(v)) for v in values]
    # (looked up by shape, layout and start: a pasted table cites thousands of codes)
    shaped: dict[tuple[str, frozenset[tuple[int, str]]], list[str]] = {}
    for _, k, lay in keyed:
        shaped.setdefault((_shape(k), frozenset(lay)), []).append(k)
    starting: dict[tuple[str, frozenset[tuple[int, str]], int], dict[str, list[str]]] = {}
    out: dict[str, str] = {}
    for value, key, layout in keyed:
        if not layout:
            continue
        found = []
        for fewer in _proper_subsets(frozenset(layout)):
            # alike up to one character past the last separator it lacks
            end = max(cut for cut, _ in set(layout) - fewer) + 1
            if (_shape(key), fewer, end) not in starting:
                index: dict[str, list[str]] = {}
                for k in shaped.get((_shape(key), fewer), ()):
                    index.setdefault(k[:end], []).append(k)
                starting[_shape(key), fewer, end] = index
            found += [fewer for k in starting[_shape(key), fewer, end].get(key[:end], ())
                      if k != key]
        if len(found) >= 2 and len(set(found)) == 1:
            out[value] = _with_separators(key, found[0])
    return out


def _proper_subsets(layout: frozenset[tuple[int, str]]) -> list[frozenset[tuple[int, str]]]:
    items = sorted(layout)
    return [frozenset(x for i, x in enumerate(items) if mask >> i & 1)
            for mask in range((1 << len(items)) - 1)]


@functools.lru_cache(maxsize=1 << 14)
def _layout(code: str) -> tuple[tuple[int, str], ...]:
    """Where a code's separators stand in its key (its characters without them); cached: each
    sibling pass lays out every code of the mail again."""
    return tuple((m.start() - i, m.group()) for i, m in enumerate(_SEPARATORS.finditer(code)))


def _with_separators(key: str, layout: Iterable[tuple[int, str]]) -> str:
    """`key` (a code without separators) with the separators of `layout` at their places."""
    for cut, sep in sorted(layout, reverse=True):
        key = key[:cut] + sep + key[cut:]
    return key


class _SameShape:
    """The codes of a mail ((code, shape) pairs) shaped like one but maybe at some places, found
    by look-up where one place is open (a pasted table cites thousands of codes: comparing each
    with each took seconds)."""

    def __init__(self, shapes: list[tuple[str, str]]) -> None:
        self.shapes = shapes
        self.open_at: dict[int, dict[str, Counter[str]]] = {}
        self.tallies: dict[tuple[str, int], tuple[Counter[str], int]] = {}

    def tally_at(self, shape: str, at: int) -> tuple[Counter[str], int]:
        """What the codes shaped like `shape` but maybe at `at` have there, a code of that
        shape among them ({character: how many}, not to be changed), and how many others."""
        if (shape, at) in self.tallies:        # (codes of one shape ask alike)
            return self.tallies[shape, at]
        if at not in self.open_at:
            index: dict[str, Counter[str]] = {}
            for v, other in self.shapes:
                if len(other) > at:
                    # (a Counter made only for a new key: thousands of codes, few keys)
                    key = other[:at] + "?" + other[at + 1:]
                    chars = index.get(key)
                    if chars is None:
                        chars = index[key] = Counter()
                    chars[v[at]] += 1
            self.open_at[at] = index
        found = self.open_at[at][shape[:at] + "?" + shape[at + 1:]]
        tally = self.tallies[shape, at] = (found, found.total() - 1)   # (the code is among them)
        return tally

    def but_at(self, value: str, shape: str, places: set[int]) -> list[str]:
        """The other codes shaped like `value` but maybe at each of `places`."""
        return [v for v, other in self.shapes if v != value and len(other) == len(shape)
                and all(a == b or j in places for j, (a, b) in enumerate(zip(shape, other)))]


def digits_by_scheme(values: list[str]) -> dict[str, str]:
    """An O or I typed for a digit where at least two other codes of the mail, of the same shape
    (length, separators, letters and digits at the same places), have a digit (`ESB1-GO3` beside
    `ANB2-G11`, `CHA1-G01`: the scheme numbers its groups). Returns {value: with the digit}."""
    shapes = [(v, _shape(v)) for v in values]
    same = _SameShape(shapes)
    out: dict[str, str] = {}
    for value, shape in shapes:
        places = [i for i, c in enumerate(value) if c in "OI"]
        if not places:
            continue
        fixed = list(value)
        for i in places:
            alike, counted = same.tally_at(shape, i)
            # (the code's own letter is no digit: it counts among the others only)
            digits = sum(n for c, n in alike.items() if c.isdigit())
            if digits >= 2 and digits == counted:
                fixed[i] = "0" if value[i] == "O" else "1"
        if fixed == list(value) and len(places) > 1:
            # both typed at once (« MEI.FRO5 » beside ME1.FR02, ME1.MA03, ME2.EPS1): alike but
            # at them all, most with a digit at each
            others = same.but_at(value, shape, set(places))
            for i in places:
                digits = sum(v[i].isdigit() for v in others)
                if digits >= 2 and digits > len(others) - digits:
                    fixed[i] = "0" if value[i] == "O" else "1"
        if fixed != list(value):
            out[value] = "".join(fixed)
    return out


def restore_separators(values: list[str], catalogue: Catalogue | None = None,
                       text: str = "") -> dict[str, str]:
    """Codes written without the dot or dash that a longer sibling in the same mail carries, with
    it restored: `M1HRP9C` beside its groups `M.1HRP9CEM`, `M.1HRP9CTD` is `M.1HRP9C`; the same
    code written once without them is that code (`M2SOC7A` beside `M.2SOC7A`), unless the mail
    `text` speaks of an old code and its successor (« ancien code INFR204 … renommé INFR2.04 »).
    Returns {value: restored}. A code the catalogue knows as written is left alone; so is a
    code of the same length (`SAN2UE11` beside the group `SAN2-ED04` is another scheme), and so
    is one that would end one character after the separator (the étape `3LHIST` beside its
    groups `3LHIS-TD1A`: the T only starts the group's part)."""
    # The first sibling that is the code, or goes on from it past its last separator's next
    # character, for each start a code may have (looked up: a pasted table cites thousands).
    first: dict[str, str] = {}
    for sibling in values:
        layout = _layout(sibling)
        if layout:
            key = _SEPARATORS.sub("", sibling)
            for end in range(max(4, layout[-1][0] + 2), len(key)):
                first.setdefault(key[:end], sibling)
            first.setdefault(key, sibling)     # (the code itself, whatever its last part)
    out: dict[str, str] = {}
    succession = None
    for value in values:
        if _SEPARATORS.search(value) or len(value) < 4 or value not in first \
                or (catalogue and catalogue.match(value)):
            continue
        sibling = first[value]
        if len(_SEPARATORS.sub("", sibling)) > len(value):
            out[value] = _with_separators(value, _layout(sibling))
        elif not (succession if succession is not None
                  else (succession := bool(SUCCESSION.search(text)))):
            out[value] = sibling
    return out


# A number at a code's end, after its stem (`L3APA-G` + `5`, `DOBL-TD` + `005`).
_STEM_AND_NUMBER = re.compile(r"^(.*[A-Za-z][.\-]?)(\d{1,3})$")


def padded_like_siblings(values: list[str]) -> dict[str, str]:
    """A code whose last number is written with fewer or more leading zeros than another code of
    the mail of the same stem (« L3APA-G5 » beside L3APA-G01, L3APA-G04; « HIS5M1 » beside
    HIS5M03; « DOBL-TD005 » beside DOBL-TD02): a scheme pads its numbers to one width, people
    drop the zero or type one too many; the number takes the narrowest width a sibling shows
    padded. Only where a sibling shows the zero (« GEA1-TD3 » beside GEA1-TD12 pads nothing:
    that scheme may not pad). Returns {value: with its number at that width}."""
    by_stem: dict[str, list[tuple[str, str]]] = {}
    for value in values:
        m = _STEM_AND_NUMBER.match(value)
        if m:
            by_stem.setdefault(m.group(1), []).append((value, m.group(2)))
    out: dict[str, str] = {}
    for stem, numbered in by_stem.items():
        shown = [len(n) for _, n in numbered if n.startswith("0") and len(n) > 1]
        if not shown or len(numbered) < 2:
            continue
        wide = min(shown)
        for value, number in numbered:
            digits = number.lstrip("0") or "0"
            if len(number) != wide and len(digits) <= wide:
                out[value] = stem + digits.rjust(wide, "0")
    return out


# A group's part after its element's code and a separator (`SAN2-ED04`, `GEA1-TP2B`): it parts a
# group from its element, and the elements of that scheme may be written without it (`SAN2UE11`).
_GROUP_PART = re.compile(r"^(?:TD|TP|ED|CM|GR|G\d)")


def typed_like_siblings(values: list[str], typed: set[str]) -> dict[str, str]:
    """A code written without dots where another code of the mail typed with them (`typed`: dots
    the writer wrote, not read from spaces) has its letters and digits at the same places and
    the same characters up to its last dot (« DR5PEN » beside DR.5CON, « DR1CIV » beside DR.1HIS;
    after a level's letter alone, beside two such siblings): a scheme that dots its codes' head dots it in all of them,
    people drop the dot; `dots_like_siblings` gives back a number's dot only, `dotted_heads` a
    level's. Another head is another scheme, or the dot a slip (« GEAS.302 » beside gear301).
    Not a dash: the writers who type a dash in one code of a scheme and none in its sibling count
    both as typed about as often as they mean the dash (« LEA-IT32 », « LEAES32 »), and a dash
    often parts a group (« MUS2-CHO2 ») from its element (« MUS2HAR1 »). Not where such siblings
    disagree (a dashed one among them: « BIO-415 et BIO.418 »), nor where the codes written
    without dots outnumber those written with them (the dot is then the slip:
    `separators_like_siblings`), nor from a group's code (above), nor for the same code written
    both ways (an old code and its successor: `restore_separators`). {value: with the dots}."""
    layouts: dict[tuple[str, str], set[tuple[tuple[int, str], ...]]] = {}
    written: Counter[tuple[str, str]] = Counter()
    keys = set()
    cuts = set()
    for sibling in typed:
        layout = _layout(sibling)
        if not layout or _GROUP_PART.match(_SEPARATORS.split(sibling)[-1]):
            continue
        key = _SEPARATORS.sub("", sibling)
        keys.add(key)
        cut = layout[-1][0]
        cuts.add(cut)
        # (a dashed sibling counts too, as a disagreement)
        layouts.setdefault((_shape(key), key[:cut]), set()).add(layout)
        written[_shape(key), key[:cut]] += 1
    out: dict[str, str] = {}
    if not layouts:
        return out
    bare = [v for v in values if not _SEPARATORS.search(v) and v not in keys]
    heads = {v: [(_shape(v), v[:cut]) for cut in cuts if (_shape(v), v[:cut]) in layouts]
             for v in bare}
    undotted = Counter(head for found in heads.values() for head in found)
    for value in bare:
        found = {lay for head in heads[value] for lay in layouts[head]}
        # (a dot after a level's letter alone, `M.1SOC2A`, writers type both ways: it comes
        # back from two siblings, as in `dotted_heads`)
        if len(found) == 1 and all(undotted[h] <= written[h] and (len(h[1]) > 1 or written[h] > 1)
                                   for h in heads[value]):
            layout = found.pop()
            if all(sep == "." for _, sep in layout):
                out[value] = _with_separators(value, layout)
    return out
