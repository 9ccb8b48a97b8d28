"""Engines, query execution and value conversion shared by the REFER and Moodle sources."""
from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from decimal import Decimal
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
        # Every statement reads on its own (READ COMMITTED gives each its own snapshot anyway):
        # no BEGIN before a ticket's first query and no ROLLBACK after its last, two round
        # trips per source and ticket that bought nothing.
        kwargs["isolation_level"] = "AUTOCOMMIT"
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
        def _call_timeout(dbapi_conn: Any, _record: object) -> None:  # oracledb: ms per round trip
            dbapi_conn.call_timeout = int(timeout_s * 1000)
    return engine


CHUNK = 900    # values per IN list: Oracle rejects more than 1,000 (ORA-01795)
PARIS = ZoneInfo("Europe/Paris")
NO_END = 2147483647   # Moodle's ENROL_MAX_TIMESTAMP, "forever", as 0 is "none"


class SourceDataError(ValueError):
    """A source answered, but not in the shape its query's header promises (a column missing, a
    value of the wrong type): the diagnosis waits, as for a source that is down."""


def run(conn: Connection, query: NamedQuery, prefix: str = "mdl_", /, *, tz: ZoneInfo = PARIS,
        **params: Any) -> list[dict]:
    """Execute a named query; rows as dicts with lowercase keys and values of the header's types.

    This is the one boundary between drivers and facts: binds and rows are converted here
    (NUMBER keys to text, blank padding, "" as NULL, naive dates in `tz`, Moodle epochs), and a
    list longer than CHUNK is sent in chunks, here and nowhere else. A query with several lists
    combines them with OR (the headers' convention), so each chunk of one list runs with the
    others empty, and rows found twice are kept once."""
    kinds = dict(query.param_types)
    # An empty list binds as [NULL]: `x IN (NULL)` matches nothing on every dialect, whereas
    # SQLAlchemy's empty-IN rendering casts to INTEGER and PostgreSQL rejects it on text columns.
    values = {k: ((_bind_list(v, kinds.get(k)) or [None]) if isinstance(v, (set, tuple, list))
                  else _bind(v, kinds.get(k)))
              for k, v in params.items() if k in query.params}
    lists = [k for k in query.lists if k in values]
    if all(len(values[k]) <= CHUNK for k in lists):
        return _execute(conn, query, prefix, _padded(values, lists), tz)
    rows, seen = [], set()
    for name in lists:
        whole = values[name]
        for k in range(0, len(whole), CHUNK):
            part = {**values, **{other: [None] for other in lists}, name: whole[k:k + CHUNK]}
            for row in _execute(conn, query, prefix, _padded(part, lists), tz):
                key = tuple(row.items())
                if len(lists) == 1 or key not in seen:
                    seen.add(key)
                    rows.append(row)
    return rows


def _padded(values: dict, lists: list[str]) -> dict:
    """Each list repeated up to the next power of two (CHUNK at most): `x IN (a, b, c, c)` finds
    what `x IN (a, b, c)` does, and a query then has a handful of SQL texts instead of one per
    list length, so that the server reuses its plans (PostgreSQL's prepared statements, which
    psycopg makes from the fifth run of a text; Oracle's cursor cache, keyed by the text)."""
    out = dict(values)
    for k in lists:
        n = len(out[k])
        size = min(1 << (n - 1).bit_length(), CHUNK) if n > 1 else n
        out[k] = out[k] + out[k][-1:] * (size - n)
    return out


def _bind(value: Any, kind: str | None) -> Any:
    # A NUMBER column is compared with a number: Oracle then converts the bind, not the column.
    if kind == "int" and value is not None:
        return int(value) if str(value).strip().isdigit() else None
    return value


def _bind_list(values: Iterable[Any], kind: str | None) -> list:
    if kind != "int":
        return list(values)
    # Text that is not a number cannot equal a NUMBER: leave it out rather than fail.
    return [int(v) for v in values if str(v).strip().isdigit()]


def _execute(conn: Connection, query: NamedQuery, prefix: str, values: dict,
             tz: ZoneInfo) -> list[dict]:
    try:
        result = conn.execute(query.statement(prefix), values)
    except Exception as exc:
        exc.add_note(f"query {query.name} ({query.path})")   # which file to look at
        raise
    keys = [k.lower() for k in result.keys()]
    kinds = dict(query.types)
    missing = [c for c in query.returns if c not in keys]
    if missing:
        raise SourceDataError(f"query {query.name} ({query.path}): column(s) "
                              f"{', '.join(missing)} missing from the answer")
    convert = [CONVERT[kinds.get(k, "text")] for k in keys]
    try:
        return [{k: f(v, tz) for k, f, v in zip(keys, convert, row)} for row in result]
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise SourceDataError(f"query {query.name} ({query.path}): {exc}") from exc


def _text(value: Any, _tz: ZoneInfo | None = None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, (bytes, datetime, date)):
            raise ValueError(f"text expected, got {type(value).__name__}")
        value = str(value)
    value = value.strip()            # CHAR columns come back blank-padded
    return value or None             # Oracle stores "" as NULL: so do we, everywhere


def _code(value: Any, _tz: ZoneInfo | None = None) -> str | None:
    if isinstance(value, bool):
        raise ValueError("code expected, got bool")
    if isinstance(value, (int, Decimal, float)):   # NUMBER keys: COD_ETU, COD_GPE...
        if value != int(value):
            raise ValueError(f"code expected, got the fraction {type(value).__name__}")
        return str(int(value))
    return _text(value)


def _int(value: Any, _tz: ZoneInfo | None = None) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, (float, Decimal)) and value != int(value):
        raise ValueError(f"integer expected, got a fraction ({type(value).__name__})")
    if isinstance(value, (datetime, date, bytes)):
        raise ValueError(f"integer expected, got {type(value).__name__}")
    return int(value)


def _num(value: Any, _tz: ZoneInfo | None = None) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, (datetime, date, bytes)):
        raise ValueError(f"number expected, got {type(value).__name__}")
    return float(value)


def _date(value: Any, tz: ZoneInfo) -> datetime | None:
    """A DATE: naive local time of the source (the autumn hour that exists twice is taken as the
    first); SQLite hands text."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value.strip())
    if isinstance(value, datetime):
        return value.replace(tzinfo=tz) if value.tzinfo is None else value.astimezone(tz)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=tz)
    raise ValueError(f"date expected, got {type(value).__name__}")


def _epoch(value: Any, tz: ZoneInfo) -> datetime | None:
    seconds = _num(value)
    if not seconds or seconds >= NO_END:     # 0: none; 2147483647: "forever"
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).astimezone(tz)


def _flag(value: Any, _tz: ZoneInfo | None = None) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, (datetime, date, bytes)):
        raise ValueError(f"O/N flag expected, got {type(value).__name__}")
    return str(value).strip().upper() in ("O", "1", "Y", "T", "TRUE")


# one converter per column type of a query header: (value, the source's timezone) -> Python
CONVERT: dict[str, Callable[[Any, ZoneInfo], Any]] = {
    "code": _code, "text": _text, "int": _int, "num": _num, "date": _date, "epoch": _epoch,
    "flag": _flag}


def latest(*values: datetime | None) -> datetime | None:
    """The most recent of some optional datetimes."""
    present = [v for v in values if v is not None]
    return max(present) if present else None
