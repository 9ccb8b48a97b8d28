"""Named SQL queries: shipped defaults in queries/*.sql, overridable file by file by the DSI.

Each file starts with a header of `-- name:`, `-- params:` and `-- returns:` lines. A parameter
written `name[]` is a list, bound as an expanding `IN :name`; several lists in one query are
combined with OR (so that long lists can be sent in chunks). A parameter or a returned column may
name its type after a colon (`numbers[]:int`, `dat_mod_ice:date`): `triage.sources.db` converts
binds and rows at that one boundary, so that rules never see a driver's types (TYPES below).
Moodle queries write tables as `{course}`, Moodle's own notation, and get the configured prefix.
Only bind parameters reach the database: the prefix is configuration, never user input.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import BindParameter, TextClause, bindparam, text

log = logging.getLogger(__name__)
DEFAULT_DIR = Path(__file__).with_name("queries")
_HEADER = re.compile(r"^--\s*(name|params|returns):\s*(.*)$")
_HEADER_NAME = re.compile(r"^--\s*name:\s*\w+$")
_TABLE = re.compile(r"\{(\w+)\}")
_PARAM = re.compile(r"(\w+)(\[\])?(?::(\w+))?")
# code: a key as text (NUMBER keys become digits, blank padding stripped); text: a label;
# int, num: numbers; date: a DATE (naive, in the source's time zone); epoch: Moodle's seconds
# (0 and 2147483647 mean none); flag: APOGÉE's O/N. Text is stripped and "" is NULL everywhere
# (Oracle cannot tell them apart). An untyped column is text.
TYPES = ("code", "text", "int", "num", "date", "epoch", "flag")


@dataclass(frozen=True)
class NamedQuery:
    """One .sql file: its SQL text and the header's name, params and returns."""

    name: str
    sql: str
    params: tuple[str, ...]
    lists: tuple[str, ...]     # the params bound as expanding lists
    returns: tuple[str, ...]
    path: Path
    types: tuple[tuple[str, str], ...] = ()       # (column, type) of the returned columns
    param_types: tuple[tuple[str, str], ...] = ()  # (param, type) of the binds that have one

    def statement(self, prefix: str = "mdl_") -> TextClause:
        """The SQLAlchemy text() of this query, Moodle tables prefixed, list params expanding."""
        return _statement(self.sql, self.lists, prefix)


@lru_cache(maxsize=256)
def _statement(sql: str, lists: tuple[str, ...], prefix: str) -> TextClause:
    # The same object each time, so that SQLAlchemy's compiled cache hits. Comments go, but for
    # the name (which file ran, in the server's logs): `:type` in a header is no bind parameter.
    sql = "\n".join(line for line in sql.splitlines()
                    if not line.lstrip().startswith("--") or _HEADER_NAME.match(line.strip()))
    sql = _TABLE.sub(lambda m: prefix + m.group(1), sql)
    clause = text(sql)
    expanding: list[BindParameter[Any]] = [bindparam(p, expanding=True) for p in lists if f":{p}" in sql]
    return clause.bindparams(*expanding) if expanding else clause


def parse(path: Path) -> NamedQuery:
    """Read one .sql file and its header."""
    sql = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    for line in sql.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            header[m.group(1)] = m.group(2)
    params, lists, param_types = [], [], []
    for m in _PARAM.finditer(re.sub(r"\([^)]*\)", "", header.get("params", ""))):
        if m.group(1) == "none":
            continue
        params.append(m.group(1))
        if m.group(2):
            lists.append(m.group(1))
        if m.group(3):
            param_types.append((m.group(1), _type(m.group(3), path)))
    columns = [r.strip().partition(":") for r in header.get("returns", "").split(",") if r.strip()]
    returns = tuple(name.strip().lower() for name, _, _ in columns)
    types = tuple((name.strip().lower(), _type(kind.strip() or "text", path))
                  for name, _, kind in columns)
    return NamedQuery(header.get("name", path.stem), sql, tuple(params), tuple(lists), returns,
                      path, types, tuple(param_types))


def _type(name: str, path: Path) -> str:
    if name not in TYPES:     # an override's typo: read the column as text, and say so
        log.warning("%s: unknown type %r in the header, read as text (types: %s)", path, name,
                    ", ".join(TYPES))
        return "text"
    return name


def load(override_dir: str | Path = "") -> dict[str, NamedQuery]:
    """Every named query; a file of the same name in `override_dir` replaces the default."""
    files = {p.stem: p for p in sorted(DEFAULT_DIR.glob("*.sql"))}
    if override_dir:
        for p in sorted(Path(override_dir).glob("*.sql")):
            if p.stem in files:     # unknown names would never be called: ignore them
                files[p.stem] = p
    return {stem: parse(p) for stem, p in files.items()}
