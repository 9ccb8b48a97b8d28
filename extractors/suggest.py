"""Nearest known APOGÉE codes for a code REFER does not know ("vouliez-vous dire ...").

Pure: the caller (the facts stage, which talks to REFER) passes the known codes in.
An unknown code is itself a clue (typo, archived course): the suggestions become evidence.
"""
from __future__ import annotations

from rapidfuzz import fuzz, process


def nearest_codes(code: str, known: list[str], limit: int = 3, min_score: float = 75.0) -> list[str]:
    """Up to `limit` known codes closest to `code`, best first; [] when `code` is known."""
    if code in known:
        return []
    matches = process.extract(code, known, scorer=fuzz.ratio, limit=limit, score_cutoff=min_score)
    return [m[0] for m in matches]
