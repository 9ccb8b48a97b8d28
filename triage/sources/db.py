"""Engines, query execution and value conversion shared by the REFER and Moodle sources."""
from __future__ import annotations

import math
import sqlite3
from datetime import datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, create_engine, event
from sqlalchemy.engine import Engine, make_url

from triage.sources.queries import NamedQuery


def make_engine(url: str, timeout_s: float) -> Engine:
    """A small read-only pool with connect and statement timeouts for one source."""
    u = make_url(url)
    backend = u.get_backend_name()
    kwargs: dict[str, Any] = {"pool_pre_ping": True, "hide_parameters": True}
    connect_args: dict[str, Any] = {}
    if backend == "sqlite" and u.database and u.database != ":memory:":
        path = u.database
        # Read-only, and a missing file is an error rather than a new empty database.
        kwargs["creator"] = lambda: sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                                    timeout=timeout_s, check_same_thread=False)
    elif backend != "sqlite":
        kwargs.update(pool_size=2, max_overflow=2, pool_timeout=timeout_s, pool_recycle=1800)
    if backend == "postgresql":
        ms = int(timeout_s * 1000)
        connect_args["connect_timeout"] = max(1, math.ceil(timeout_s))
        # Read-only by construction: the bot never writes to REFER or Moodle.
        connect_args["options"] = (f"-c statement_timeout={ms} "
                                   "-c default_transaction_read_only=on")
    elif backend == "oracle":
        connect_args["tcp_connect_timeout"] = timeout_s
    engine = create_engine(url, connect_args=connect_args, **kwargs)
    if backend == "oracle":
        @event.listens_for(engine, "connect")
        def _call_timeout(dbapi_conn, _record):  # oracledb: per round-trip timeout in ms
            dbapi_conn.call_timeout = int(timeout_s * 1000)
    return engine


CHUNK = 900    # values per IN list: Oracle rejects more than 1,000 (ORA-01795)


def run(conn: Connection, query: NamedQuery, prefix: str = "mdl_", /, **params) -> list[dict]:
    """Execute a named query; rows as dicts with lowercase keys (Oracle answers in upper case).

    A list longer than CHUNK is sent in chunks, here and nowhere else. A query with several
    lists combines them with OR (the headers' convention), so each chunk of one list runs with
    the others empty, and rows found twice are kept once."""
    # An empty list binds as [NULL]: `x IN (NULL)` matches nothing on every dialect, whereas
    # SQLAlchemy's empty-IN rendering casts to INTEGER and PostgreSQL rejects it on text columns.
    values = {k: ((list(v) or [None]) if isinstance(v, (set, tuple, list)) else v)
              for k, v in params.items() if k in query.params}
    lists = [k for k in query.lists if k in values]
    if all(len(values[k]) <= CHUNK for k in lists):
        return _execute(conn, query, prefix, values)
    rows, seen = [], set()
    for name in lists:
        whole = values[name]
        for k in range(0, len(whole), CHUNK):
            part = {**values, **{other: [None] for other in lists}, name: whole[k:k + CHUNK]}
            for row in _execute(conn, query, prefix, part):
                key = tuple(row.items())
                if len(lists) == 1 or key not in seen:
                    seen.add(key)
                    rows.append(row)
    return rows


def _execute(conn: Connection, query: NamedQuery, prefix: str, values: dict) -> list[dict]:
    try:
        result = conn.execute(query.statement(prefix), values)
    except Exception as exc:
        exc.add_note(f"query {query.name} ({query.path})")   # which file to look at
        raise
    keys = [k.lower() for k in result.keys()]
    # Oracle CHAR columns come back blank-padded: strip so that codes compare equal.
    return [dict(zip(keys, [v.rstrip() if isinstance(v, str) else v for v in row]))
            for row in result]


def as_datetime(value: Any, tz: ZoneInfo) -> datetime | None:
    """REFER dates (naive local time; SQLite gives text) as aware datetimes."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    return datetime(value.year, value.month, value.day, tzinfo=tz)


def from_epoch(value: Any, tz: ZoneInfo) -> datetime | None:
    """Moodle timestamps (seconds since epoch, 0 meaning none) as aware datetimes."""
    if not value:
        return None
    return datetime.fromtimestamp(int(value), timezone.utc).astimezone(tz)


def flag(value: Any) -> bool:
    """APOGÉE O/N flags (and 1/0) as booleans."""
    return str(value or "").strip().upper() in ("O", "1", "Y", "T")


def latest(*values: datetime | None) -> datetime | None:
    """The most recent of some optional datetimes."""
    present = [v for v in values if v is not None]
    return max(present) if present else None
