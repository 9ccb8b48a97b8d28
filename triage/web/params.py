"""Parameters of requests, checked before they reach a query: ids, page numbers, dates, codes.

An odd value (a number larger than the store's integers, a digit of another script, a date the
calendar cannot hold) is the visitor's mistake: it gets a 400 page saying in French what is
wrong, never a 500 from the database or the date arithmetic.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from typing import Any

from werkzeug.exceptions import BadRequest
from werkzeug.routing import IntegerConverter, Map

# The store's ids are 32-bit integers on PostgreSQL (and what SQLite can bind is 64-bit).
ID_MAX = 2**31 - 1
_DIGITS = re.compile(r"[0-9]{1,10}")
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2199, 12, 31)


class BadParameter(BadRequest):
    """A parameter the application cannot use; its description is shown to the visitor."""

    def __init__(self, message: str):
        super().__init__(description=message)


class IdConverter(IntegerConverter):
    """`<int:…>` in routes: ASCII digits within the store's integers (else the page is a 404)."""
    regex = r"[0-9]{1,10}"

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", ID_MAX)
        super().__init__(map, *args, **kwargs)


def integer(value: str | None, name: str, *, minimum: int = 0,
            maximum: int = ID_MAX) -> int | None:
    """The integer `value` stands for (None when absent or empty); BadParameter otherwise.
    `name` is the French label the error message shows."""
    if value is None or value == "":
        return None
    value = value.strip()
    if not _DIGITS.fullmatch(value) or not minimum <= int(value) <= maximum:
        raise BadParameter(f"Valeur invalide pour « {name} » : un nombre entier de "
                           f"{_number(minimum)} à {_number(maximum)} est attendu.")
    return int(value)


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")   # French thousands: narrow no-break spaces


def day(value: str | None, name: str) -> date | None:
    """The date of a `YYYY-MM-DD` value (None when absent or empty), between 2000 and 2199."""
    if value is None or value == "":
        return None
    found = _DAY.fullmatch(value.strip())
    try:
        parsed = date(*map(int, found.groups())) if found else None
    except ValueError:
        parsed = None
    if parsed is None:
        raise BadParameter(f"Valeur invalide pour « {name} » : une date AAAA-MM-JJ est attendue.")
    if not FIRST_DAY <= parsed <= LAST_DAY:
        raise BadParameter(f"Valeur hors limites pour « {name} » : une date du "
                           f"{FIRST_DAY:%d/%m/%Y} au {LAST_DAY:%d/%m/%Y} est attendue.")
    return parsed


def choice(value: str | None, name: str, allowed: Collection[str]) -> str:
    """`value` when it is one of `allowed` ("" when absent); BadParameter otherwise."""
    if not value:
        return ""
    if value not in allowed:
        raise BadParameter(f"Valeur invalide pour « {name} ».")
    return value


def text(value: str | None, limit: int) -> str:
    """Free text cut to `limit` characters, without control characters (NUL breaks PostgreSQL)."""
    return "".join(c for c in (value or "") if c >= " " or c in "\t\r\n")[:limit]
