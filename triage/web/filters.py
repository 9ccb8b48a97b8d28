"""Jinja filters: French dates, ages, sizes, and the labels of ids (web/labels.py)."""
from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from flask import Flask

PARIS = ZoneInfo("Europe/Paris")


def aware(value: datetime) -> datetime:
    """The datetime with UTC as zone when it has none."""
    # SQLite gives naive datetimes back: the store writes UTC.
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def when(value: datetime | None) -> str:
    """'23/11/2026 08:41' in Paris time."""
    return aware(value).astimezone(PARIS).strftime("%d/%m/%Y %H:%M") if value else ""


def age(value: datetime | None) -> str:
    """How long ago, briefly: '12 min', '5 h', '3 j'."""
    if value is None:
        return ""
    seconds = (datetime.now(timezone.utc) - aware(value)).total_seconds()
    if seconds < 3600:
        return f"{max(0, int(seconds // 60))} min"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} j"


def size(value: int) -> str:
    """'12 ko', '3,4 Mo'."""
    if value < 1024:
        return f"{value} o"
    if value < 1024 * 1024:
        return f"{value // 1024} ko"
    return f"{value / 1024 / 1024:.1f} Mo".replace(".", ",")


def columns(rows: list[dict]) -> list[str]:
    """Every key of a list of evidence rows, in first-seen order (the table's header)."""
    return list(dict.fromkeys(k for r in rows if isinstance(r, dict) for k in r))


def dec(value: float | None, digits: int = 1) -> str:
    """'2,5' (French decimal comma); '–' when there is no value."""
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")


def init_app(app: Flask) -> None:
    """Register the filters."""
    from triage.web import history
    from triage.web.labels import FILTERS
    app.jinja_env.filters.update(when=when, age=age, size=size, columns=columns, dec=dec,
                                 column=history.column, **FILTERS)
    app.jinja_env.globals.update(cell=history.cell, describe=history.describe)
