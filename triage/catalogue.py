"""The codes the university knows, as data: exact and tolerant look-up, nearest codes.

Vocabulary shared by two stages: `triage.sources.catalogue` loads the codes from REFER and
Moodle (and refreshes them), the reader (`triage.extractors`) receives a `Catalogue`. Pure. People alter codes (`hlan 201`, `M1HRP9C`, `IRAN15`,
`HLANO201`, `SPHY2`): a tolerant key (upper case, no space/dot/dash/underscore, O→0, I→1) finds
the canonical code again, and a unique completion restores a truncated suffix.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz, process

_SEPARATORS = re.compile(r"[\s.\-_/]+")
_VERSION = re.compile(r"^(.{2,6})-\d{3}$")
_LOOKALIKES = str.maketrans({"O": "0", "I": "1"})
# A truncated code keeps most of itself: shorter stubs would complete common words.
MIN_STUB = 5
STUB_SHARE = 0.7
# One cut-off for every "vouliez-vous dire" list (the facts stage and the reader alike).
NEAR_CUTOFF = 70.0


def tolerant_key(written: str) -> str:
    """The form two spellings of one code share: upper, no separators, O→0, I→1."""
    return _SEPARATORS.sub("", written).upper().translate(_LOOKALIKES)


@dataclass
class Catalogue:
    """Every code REFER and Moodle know, canonical (as APOGÉE stores them)."""

    codes: frozenset[str] = frozenset()
    _by_key: dict[str, str | None] = field(default_factory=dict, repr=False)
    _sorted_keys: list[str] = field(default_factory=list, repr=False)
    _known: list[str] = field(default_factory=list, repr=False)

    @classmethod
    def of(cls, codes: Iterable[str]) -> "Catalogue":
        """A catalogue of `codes` (stripped, upper-cased, blanks dropped)."""
        canonical = frozenset(c.strip().upper() for c in codes if c and c.strip())
        by_key: dict[str, str | None] = {}
        for code in sorted(canonical):
            key = tolerant_key(code)
            # Two codes sharing a key (`AB.12` and `AB-12`) leave the key ambiguous: no guess.
            by_key[key] = code if by_key.get(key, code) == code else None
        return cls(canonical, by_key, sorted(by_key), sorted(canonical))

    def __len__(self) -> int:
        return len(self.codes)

    def __bool__(self) -> bool:
        return bool(self.codes)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

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
        if version and version.group(1) in self.codes:
            return version.group(1)            # an étape written with its version: 3HISTO-701
        return self._completion(key)

    def _completion(self, key: str) -> str | None:
        """The one known code whose key starts with `key`, when `key` is most of it."""
        if len(key) < MIN_STUB or not (any(c.isdigit() for c in key) and any(c.isalpha() for c in key)):
            return None
        from bisect import bisect_left
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

    def nearest(self, code: str, limit: int = 3) -> list[str]:
        """Up to `limit` other known codes closest to `code`, best first ("vouliez-vous dire")."""
        found = process.extract(code, self._known, scorer=fuzz.ratio, limit=limit + 1,
                                score_cutoff=NEAR_CUTOFF)
        return [m[0] for m in found if m[0] != code][:limit]
