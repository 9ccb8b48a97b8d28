"""Named SQL queries: shipped defaults in queries/*.sql, overridable file by file by the DSI.

Each file starts with a header of `-- name:`, `-- params:` and `-- returns:` lines. A parameter
written `name[]` is a list, bound as an expanding `IN :name`. Moodle queries write tables as
`{course}`, Moodle's own notation, and get the configured prefix. Only bind parameters reach the
database: the prefix is configuration, never user input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import TextClause, bindparam, text

DEFAULT_DIR = Path(__file__).with_name("queries")
_HEADER = re.compile(r"^--\s*(name|params|returns):\s*(.*)$")
_TABLE = re.compile(r"\{(\w+)\}")
_PARAM = re.compile(r"(\w+)(\[\])?")


@dataclass(frozen=True)
class NamedQuery:
    """One .sql file: its SQL text and the header's name, params and returns."""

    name: str
    sql: str
    params: tuple[str, ...]
    lists: tuple[str, ...]     # the params bound as expanding lists
    returns: tuple[str, ...]
    path: Path

    def statement(self, prefix: str = "mdl_") -> TextClause:
        """The SQLAlchemy text() of this query, Moodle tables prefixed, list params expanding."""
        return _statement(self.sql, self.lists, prefix)


@lru_cache(maxsize=256)
def _statement(sql: str, lists: tuple[str, ...], prefix: str) -> TextClause:
    # The same object each time, so that SQLAlchemy's compiled cache hits.
    sql = _TABLE.sub(lambda m: prefix + m.group(1), sql)
    clause = text(sql)
    expanding = [bindparam(p, expanding=True) for p in lists if f":{p}" in sql]
    return clause.bindparams(*expanding) if expanding else clause


def parse(path: Path) -> NamedQuery:
    """Read one .sql file and its header."""
    sql = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    for line in sql.splitlines():
        m = _HEADER.match(line.strip())
        if m:
            header[m.group(1)] = m.group(2)
    params, lists = [], []
    for m in _PARAM.finditer(re.sub(r"\([^)]*\)", "", header.get("params", ""))):
        if m.group(1) == "none":
            continue
        params.append(m.group(1))
        if m.group(2):
            lists.append(m.group(1))
    returns = tuple(r.strip() for r in header.get("returns", "").split(",") if r.strip())
    return NamedQuery(header.get("name", path.stem), sql, tuple(params), tuple(lists), returns,
                      path)


def load(override_dir: str | Path = "") -> dict[str, NamedQuery]:
    """Every named query; a file of the same name in `override_dir` replaces the default."""
    files = {p.stem: p for p in sorted(DEFAULT_DIR.glob("*.sql"))}
    if override_dir:
        for p in sorted(Path(override_dir).glob("*.sql")):
            if p.stem in files:     # unknown names would never be called: ignore them
                files[p.stem] = p
    return {stem: parse(p) for stem, p in files.items()}
