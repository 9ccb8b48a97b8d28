"""The codes the university knows, as data: exact and tolerant look-up, nearest codes.

Vocabulary shared by two stages: `triage.sources.catalogue` loads the codes from REFER and
Moodle (and refreshes them), the reader (`triage.extractors`) receives a `Catalogue`. Pure. People alter codes (`hlan 201`, `M1HRP9C`, `IRAN15`,
`HLANO201`, `SPHY2`): a tolerant key (upper case, no space/dot/dash/underscore, O→0, I→1) finds
the canonical code again, and a unique completion restores a truncated suffix.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from rapidfuzz import fuzz, process

_SEPARATORS = re.compile(r"[\s.\-_/]+")
# An étape written with its version: 3HISTO-701, or 1LANGL701 when the étape ends with a letter.
_VERSION = re.compile(r"^(.{2,6})-\d{3}$|^(.{1,5}[A-Z])\d{3}$")
# A one-digit number after a letter, where codes pad it: TD7 for TD07.
_UNPADDED = re.compile(r"(?<=[A-Z])\d(?!\d)")
_LOOKALIKES = str.maketrans({"O": "0", "I": "1"})
# A one-digit number after a dot or a dash (`MCH-2-5`, `BINF2.3`), where codes may pad it.
_UNPADDED_AFTER_SEPARATOR = re.compile(r"(?<=[.\-])\d(?!\d)")
# A code's heading number (`24` in `24MGT305`, `2` in `2PS4A19`), and what may stay without it:
# letters then a digit, five characters at least.
_NUMBER_HEAD = re.compile(r"^\d{1,2}(?=[A-Z])")
_UNNUMBERED = re.compile(r"^(?=[A-Z]+\d)[A-Z0-9]{5,}$")
_ONE_DIGIT_PART = re.compile(r"(?<=[.\-])\d$")
# A code's head and its last part (`INF1` and `TD2A` in `INF1-TD2A`).
_LAST_PART = re.compile(r"^(.+)([.\-])([A-Z0-9]+)$")
# A group code without a separator ends with its short name (`BV3104TP2`, `PSY2TD11`,
# `HLAN101G01`: a G only after a digit, where `ANG2` is a word's end; a TD or TP lettered
# only after a digit too, `0GMP1A3TPA`).
_GROUP_TAIL = re.compile(r"^(.{2,}?)((?:TD|TP|CM|ED|GRP?)\d{1,2}[A-Z]?|(?<=\d)G\d{1,2}[A-Z]?"
                         r"|(?<=\d)T[DP][A-H])$")
_LEADING_ZEROS = re.compile(r"(?<=[A-Z])0+(?=\d)")
# A truncated code keeps most of itself: shorter stubs would complete common words.
MIN_STUB = 5
# A code written with a digit left out keeps four characters at least (`ES-1A`).
MIN_DROPPED_KEY = 4
STUB_SHARE = 0.7
# A scheme: the codes sharing their first three characters; two agreeing codes make one.
SCHEME_PREFIX = 3
MIN_SIBLINGS = 2
# A completion this long is a group's tail (`TD3`), not a truncated letter.
_GROUP_TAIL_MIN = 2
# One cut-off for every "vouliez-vous dire" list (the facts stage and the reader alike).
NEAR_CUTOFF = 70.0


def code_shape(code: str) -> str:
    """A code's layout: `A` for a letter, `9` for a digit, separators as they are."""
    return "".join("9" if c.isdigit() else "A" if c.isalpha() else c for c in code)


def tolerant_key(written: str) -> str:
    """The form two spellings of one code share: upper, no separators, O→0, I→1."""
    return _SEPARATORS.sub("", written).upper().translate(_LOOKALIKES)


def short_name_key(written: str) -> str:
    """The form two spellings of a group's short name share: upper, no separators, a number
    without its leading zeros (« td 03 », `TD3`)."""
    return _LEADING_ZEROS.sub("", _SEPARATORS.sub("", written).upper())


@dataclass
class Catalogue:
    """Every code REFER and Moodle know, canonical (as APOGÉE stores them)."""

    codes: frozenset[str] = frozenset()
    _by_key: dict[str, str | None] = field(default_factory=dict, repr=False)
    _sorted_keys: list[str] = field(default_factory=list, repr=False)
    _known: list[str] = field(default_factory=list, repr=False)
    _by_tail: dict[str, list[tuple[str, str]]] = field(default_factory=dict, repr=False)
    # Codes headed by a year's or a level's number, by the key of the rest (`MGT305` for
    # `24MGT305`); None where two codes share it.
    _by_unnumbered: dict[str, str | None] = field(default_factory=dict, repr=False)
    # What APOGÉE or Moodle calls a code (LIB_ETP « Licence Droit 1re année », a course's name):
    # optional, a catalogue without labels reads as it always did.
    labels: Mapping[str, str] = field(default_factory=dict, repr=False)
    # The codes that are étapes (APOGÉE's ETAPE.COD_ETP), when the sources said which: the year a
    # student says they are in (« je suis en L1 droit ») is one of them. Optional too.
    etapes: frozenset[str] = field(default_factory=frozenset, repr=False)
    # The tail index by head (`groups_of`), and by code (`heads_ending`), built when first asked.
    _by_head: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)
    _by_code: dict[str, list[tuple[str, str]]] | None = field(default=None, repr=False,
                                                               compare=False)

    @classmethod
    def of(cls, codes: Iterable[str], labels: Mapping[str, str] | None = None,
           etapes: Iterable[str] = ()) -> "Catalogue":
        """A catalogue of `codes` (stripped, upper-cased, blanks dropped), the `labels` of
        some of them (blank labels and labels of codes not in `codes` dropped) and which of them
        are `etapes` (others dropped)."""
        canonical = frozenset(c.strip().upper() for c in codes if c and c.strip())
        by_key: dict[str, str | None] = {}
        for code in sorted(canonical):
            key = tolerant_key(code)
            # Two codes sharing a key (`AB.12` and `AB-12`) leave the key ambiguous: no guess.
            by_key[key] = code if by_key.get(key, code) == code else None
        by_tail: dict[str, list[tuple[str, str]]] = {}
        for code in sorted(canonical):
            last = _LAST_PART.match(code) or _GROUP_TAIL.match(code)
            if last:
                by_tail.setdefault(short_name_key(last.group(last.lastindex or 0)), []).append(
                    (last.group(1), code))
        by_unnumbered: dict[str, str | None] = {}
        for key, known in by_key.items():
            head = _NUMBER_HEAD.match(key)
            if known and head:
                rest = key[head.end():]
                by_unnumbered[rest] = known if by_unnumbered.get(rest, known) == known else None
        named = {code.strip().upper(): " ".join(label.split())
                 for code, label in (labels or {}).items()
                 if code and isinstance(label, str) and label.strip()}
        return cls(canonical, by_key, sorted(by_key), sorted(canonical), by_tail, by_unnumbered,
                   labels={code: label for code, label in named.items() if code in canonical},
                   etapes=frozenset(c.strip().upper() for c in etapes if c) & canonical)

    def __len__(self) -> int:
        return len(self.codes)

    def __bool__(self) -> bool:
        return bool(self.codes)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def label(self, code: str) -> str | None:
        """The label of `code` (canonical), None when the sources gave none."""
        return self.labels.get(code)

    def match(self, written: str) -> str | None:
        """The canonical code `written` stands for (exact, then tolerant, then a unique
        completion of a truncated suffix); None when the catalogue does not know it."""
        upper = written.strip().upper()
        if upper in self.codes:
            return upper
        key = tolerant_key(written)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        version = _VERSION.match(upper)
        etape = version and (version.group(1) or version.group(2))
        if etape and etape in self.codes:
            return etape                       # an étape written with its version: 3HISTO-701
        return self._padded(key) or self._padded_after_separator(upper) or self._completion(key)

    def numbered(self, written: str) -> str | None:
        """The one known code `written` stands for without the number that heads it (« MGT305 »
        for `24MGT305`: a year or a level people leave out), None when the catalogue knows
        `written` itself or no single such code."""
        key = tolerant_key(written)
        if key in self._by_key or not _UNNUMBERED.match(key):
            return None
        return self._by_unnumbered.get(key)

    def renumbered(self, written: str) -> str | None:
        """The one known code `written` (unknown) is with another heading number (« 20GS3C07 »
        beside the known 24GS3C07: the year a scheme numbers its codes by, changed when the
        course was created anew), None when none or several."""
        key = tolerant_key(written)
        head = _NUMBER_HEAD.match(key)
        if not head or key in self._by_key:
            return None
        found = self._by_unnumbered.get(key[head.end():])
        return found if found and not tolerant_key(found).startswith(head.group()) else None

    def named(self, short: str) -> list[str]:
        """The known codes whose last part is `short` (case, spaces and a number's leading
        zeros aside): the groups a mail may name by their short name alone (« TD2A » for
        `INF1-TD2A`, « td 3 » for `GEA1-TD03`, « TP2 » for `BV3104TP2`)."""
        return [code for _, code in self._by_tail.get(short_name_key(short), [])]

    def heads(self, short: str) -> list[tuple[str, str]]:
        """(head, code) of every known code `named(short)` returns (`INF1` for `INF1-TD2A`)."""
        return self._by_tail.get(short_name_key(short), [])

    def groups_of(self, head: str) -> list[str]:
        """The known codes the tail index holds under `head` (`IAM1FI-ALT`, `IAM1FI-FI` under
        `IAM1FI`): the groups of a head, whatever their tails."""
        if self._by_head is None:
            by_head: dict[str, list[str]] = {}
            for pairs in self._by_tail.values():
                for known_head, code in pairs:
                    by_head.setdefault(known_head, []).append(code)
            self._by_head = {h: sorted(codes) for h, codes in by_head.items()}
        return self._by_head.get(head, [])

    def heads_ending(self, code: str, short: str) -> list[str]:
        """The heads `heads(short)` pairs with `code` (one at most: a code has one last part),
        without going through the thousands of codes a big catalogue ends with `short`."""
        if self._by_code is None:
            by_code: dict[str, list[tuple[str, str]]] = {}
            for key, pairs in self._by_tail.items():
                for head, known in pairs:
                    by_code.setdefault(known, []).append((key, head))
            self._by_code = by_code
        key = short_name_key(short)
        return [head for tail, head in self._by_code.get(code, ()) if tail == key]

    def _padded(self, key: str) -> str | None:
        """The one known code `key` stands for with a dropped leading zero (ECL2-TD7 for
        ECL2-TD07): people write numbers as they say them."""
        if len(key) < MIN_STUB:
            return None
        found = {self._by_key.get(key[:m.start()] + "0" + key[m.start():])
                 for m in _UNPADDED.finditer(key)} - {None}
        return found.pop() if len(found) == 1 else None

    def _padded_after_separator(self, upper: str) -> str | None:
        """The one known code `upper` stands for with a leading zero dropped after a dot or a
        dash (`MCH-2-5` for MCH-2-05, `BINF2.3` for BINF2.03): the key drops the separator, so
        `_padded` cannot see where the number starts."""
        if len(tolerant_key(upper)) < MIN_STUB:
            return None
        found = {self._by_key.get(tolerant_key(upper[:m.start()] + "0" + upper[m.start():]))
                 for m in _UNPADDED_AFTER_SEPARATOR.finditer(upper)} - {None}
        return found.pop() if len(found) == 1 else None

    def holds_key(self, written: str) -> bool:
        """Whether some known code shares `written`'s tolerant key (one code, or several)."""
        return tolerant_key(written) in self._by_key

    def stands_alone(self, written: str) -> bool:
        """Whether `written` is written as meant rather than a known code damaged: the
        catalogue holds its key (if ambiguously: `D3CIV1` beside D.3.CIV1), or it has a family
        of its own (`GEA1R16` among GEA1R15, GEA1R17: archived or mistyped, `_siblings`)."""
        upper = written.strip().upper()
        return self.holds_key(upper) or self._siblings(upper) >= MIN_SIBLINGS

    def dropped_digit(self, written: str, in_family: bool = False) -> list[tuple[str, str]]:
        """The known codes `written` is with one digit left out beside one of its digits
        (`ES-1A` for ES-10A, `INF2R32` for INF2R302, `SC-BIO2` for SC-BIO21), each with the
        digit that was dropped: people drop a digit inside a number, rarely a letter (a
        doubled letter aside: `mail_codes.doubled_letter`). Only codes with `written`'s
        separators at the same places (another layout is another scheme: `DR2.CIV3` is no
        DR2CIV03), and none when `written` has a family of its own (`GEA1R16` among GEA1R15,
        GEA1R17: an archived or mistyped code of that family), nor when the catalogue holds
        `written`'s key (two codes share it: written whole, not damaged), unless `in_family`
        (a known code the mail says was meant otherwise: `dropped_digits.said_apart`). Sorted;
        empty when none."""
        upper = written.strip().upper()
        if len(tolerant_key(upper)) < MIN_DROPPED_KEY or not any(c.isalpha() for c in upper) \
                or (not in_family and self.stands_alone(upper)):
            return []                          # (a key the catalogue holds, if ambiguously, is
                                               # no damaged one: `D3CIV1` beside D.3.CIV1)
        found: dict[str, str] = {}
        for i in range(len(upper) + 1):
            if not ((i > 0 and upper[i - 1].isdigit()) or (i < len(upper) and upper[i].isdigit())):
                continue
            for digit in "0123456789":
                meant = upper[:i] + digit + upper[i:]
                known = self._by_key.get(tolerant_key(meant))
                if known and known not in found and separator_layout(known) == separator_layout(meant):
                    found[known] = digit
        return sorted(found.items())

    def _completion(self, key: str) -> str | None:
        """The one known code whose key starts with `key`, when `key` is most of it."""
        if len(key) < MIN_STUB or not (any(c.isdigit() for c in key) and any(c.isalpha() for c in key)):
            return None
        i = bisect_left(self._sorted_keys, key)
        found = []
        while i < len(self._sorted_keys) and self._sorted_keys[i].startswith(key):
            found.append(self._sorted_keys[i])
            if len(found) > 1:
                return None
            i += 1
        if found and len(key) >= STUB_SHARE * len(found[0]):
            return self._by_key[found[0]]
        return None

    def completions(self, written: str, limit: int = 12, longest: int = 0) -> list[str]:
        """The known codes `written` is the start of (its key before theirs), when there are at
        most `limit`: the codes a truncated one may stand for; with `longest`, only those whose
        key is no longer (a course cut at its end, not its groups: « STP2-00 » for STP2-006,
        beside STP2006TD1…)."""
        key = tolerant_key(written)
        if len(key) < 4:
            return []
        keys = [k for k in self._keys_from(key) if k != key and (not longest or len(k) <= longest)]
        found = [self._by_key[k] for k in keys[:limit + 1]]
        return [c for c in found if c] if len(keys) <= limit else []

    def _keys_from(self, prefix: str) -> list[str]:
        """The known keys starting with `prefix` (sorted range, no scan)."""
        return _starting(self._sorted_keys, prefix)

    def shares_prefix(self, written: str, length: int = 2) -> bool:
        """Whether some known code starts like `written` (its first `length` key characters):
        each composante writes its codes in its own scheme, and a mistyped or archived code
        keeps its scheme's prefix; a token no scheme starts with is something else."""
        key = tolerant_key(written)
        return len(key) >= length and bool(self._keys_from(key[:length]))

    def has_family(self, written: str) -> bool:
        """Whether `written`, unknown, has the very shape of a family of known codes: at least
        two known codes start with its first three characters and have its letters, digits and
        separators at the same places (`DM1AFF7` among `DM1AFF8`, `DM1CIV7`…). An archived or
        mistyped code keeps its family's shape; a room, a product or a parcours does not."""
        upper = written.strip().upper()
        key = tolerant_key(upper)
        if len(key) < MIN_STUB:
            return False
        shape = code_shape(upper)
        alike = 0
        for k in self._keys_from(key[:SCHEME_PREFIX]):
            known = self._by_key[k]
            if known is not None and len(known) == len(upper) and code_shape(known) == shape:
                alike += 1
                if alike >= MIN_SIBLINGS:
                    return True
        return False

    def another_family(self, written: str, found: str) -> bool:
        """Whether `found`, the known code `written` was read as by another layout of separators
        (`HGEO110` as HGEO1.10), a heading number (`STP3.02` as 5STP302) or a completion by a
        group's tail (`HLAN207` as HLAN207TD3), is of another family than `written`, itself a
        sibling of known codes (`HGEO101`, `HGEO114`…: `_siblings`). Such a token is that
        family's code, unknown (archived, mistyped): a catalogue of many schemes holds a code
        for many tolerant readings of it, so the reading of another scheme is no evidence. A
        suffix of one letter (`SA2UE11` as SA2UE11A), an O typed for a 0, a padded number
        stay slips of one code."""
        upper = written.strip().upper()
        if found == upper or code_shape(found) == code_shape(upper):
            return False
        bare, known = _SEPARATORS.sub("", upper), _SEPARATORS.sub("", found)
        if not (known == bare or known.endswith(bare)
                or (known.startswith(bare) and len(known) - len(bare) >= _GROUP_TAIL_MIN)):
            return False
        # (a family outweighed more than twice by `found`'s is the stray one: STP2-E14 among
        # two STP2-E1x beside nineteen STP2E1x)
        siblings = self._siblings(upper)
        return siblings >= MIN_SIBLINGS and 2 * siblings >= self._siblings(found)

    def _siblings(self, code: str) -> int:
        """How many known codes are `code` (canonical) but for its last two characters, in its
        very shape (`HGEO101`, `HGEO114` for HGEO110): one family's codes, numbered in turn. (A
        shared scheme prefix alone is common in a big catalogue.)"""
        if len(tolerant_key(code)) < MIN_STUB:
            return 0
        shape = code_shape(code)
        return sum(1 for known in _starting(self._known, code[:-2])
                   if len(known) == len(code) and known != code and code_shape(known) == shape)

    def scheme_form(self, code: str) -> str:
        """`code` (unknown, written without separators) with the dot or dash every code of its
        scheme carries: `G01GPH` is `G01-GPH` when `G01-AME`, `G01-CAR`… are the known codes of
        its length starting with `G01`; `GC-R3.4` is `GC-R3.04` when the known codes starting
        with `GC-R3.` all end with two digits. Unchanged when the scheme's codes disagree or are
        few."""
        part = _ONE_DIGIT_PART.search(code)
        if part:
            # a one-digit last part where the scheme's codes all write two (GC-R3.4 among
            # GC-R3.01, GC-R3.05…): the zero people leave out when they say the number
            head = code[:part.start()]
            parts = {k[len(head):] for k in _starting(self._known, head)}
            # ... unless known parts start with that digit: then it is a truncation with
            # several completions (GE1R1.1 among GE1R1.10, .11, .12), for "did you mean".
            if len(parts) >= MIN_SIBLINGS and all(len(p) == 2 and p.isdigit() for p in parts) \
                    and not any(p.startswith(part.group()) for p in parts):
                return head + "0" + part.group()
            return code
        if _SEPARATORS.search(code) or len(code) < MIN_STUB:
            return code
        key = tolerant_key(code)
        layouts: set[tuple[tuple[int, str], ...]] = set()
        siblings = 0
        for k in self._keys_from(key[:SCHEME_PREFIX]):
            known = self._by_key[k]
            if len(k) != len(key) or known is None:
                continue
            layouts.add(tuple((m.start() - i, m.group())
                              for i, m in enumerate(_SEPARATORS.finditer(known))))
            siblings += 1
        if siblings < MIN_SIBLINGS or len(layouts) != 1:
            return code
        out = code
        for cut, sep in sorted(layouts.pop(), reverse=True):
            out = out[:cut] + sep + out[cut:]
        return out

    def nearest(self, code: str, limit: int = 3) -> list[str]:
        """Up to `limit` other known codes closest to `code`, best first ("vouliez-vous dire")."""
        found = process.extract(code, self._known, scorer=fuzz.ratio, limit=limit + 1,
                                score_cutoff=NEAR_CUTOFF)
        return [m[0] for m in found if m[0] != code][:limit]


def separator_layout(code: str) -> str:
    """Where a code's separators stand: `x.xx-x` for `A.12-B`."""
    return "".join(c if c in ".-" else "x" for c in code)


def _starting(ordered: list[str], prefix: str) -> list[str]:
    """The items of the sorted list `ordered` that start with `prefix` (a range, no scan)."""
    i = bisect_left(ordered, prefix)
    return ordered[i:bisect_left(ordered, prefix + "\uffff", i)]
