"""The demo university: a synthetic REFER and Moodle where every FAQ situation occurs.

`build(dir)` writes DIR/refer.db and DIR/moodle.db (SQLite, the contracts' tables) and
DIR/manifest.json (the scenarios and where they are); `load_into(url, dir)` copies them into
PostgreSQL. Deterministic from the seed.
"""
from __future__ import annotations

import json
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any, Callable

from sqlalchemy import create_engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from triage.demo import noise
from triage.demo.placer import Placer
from triage.demo.places import place_all
from triage.demo.scenarios import (ACADEMIC_YEAR, ARCHIVE_CATEGORY, LAST_SYNC, SCENARIOS)
from triage.demo.schema import MOODLE_COLUMNS, REFER, moodle_ddl
from triage.demo.tables import Tables, epoch
from triage.sources.moodle import SYNC_TASK
from triage.demo.words import COMPOSANTES

Progress = Callable[[str, int, int], None] | None
EXCHANGES = [  # PRG_ECHANGE: (COD_PRG, TEM_SNS_PRG, LIB_PRG, LIC_PRG); the period is in the label
    ("1", "A", "Erasmus+ Accueil S1", "Eras+ A>S1"),
    ("1", "D", "Erasmus+ Départ S1", "Eras+ D>S1"),
    ("2", "A", "Erasmus+ Accueil S2", "Eras+ A>S2"),
    ("2", "D", "Erasmus+ Départ S2", "Eras+ D>S2"),
    ("3", "A", "Erasmus+ Accueil An", "Eras+ A>An"),
    ("3", "D", "Erasmus+ Départ An", "Eras+ D>An"),
    ("4", "A", "Erasmus Free Mover Acc S1", "EraFM A>S1"),
    ("4", "D", "Erasmus Free Mover Dép S1", "EraFM D>S1"),
    ("5", "A", "Autre programme UE Acc S1", "UE A>S1"),
    ("5", "D", "Autre programme UE Dép An", "UE D>An"),
    ("6", "A", "Echanges Interuniv Acc An", "IntU A>An"),
    ("6", "D", "Echanges Interuniv Dép An", "IntU D>An"),
]
# The enrol_database sync ran every night at 02:00 and reached REFER each time (task_log).
SYNC_RUNS = 28
SYNC_OUTPUT = ("Starting enrolment synchronisation...\n... synchronisation finished\n"
               "Scheduled task complete: Synchronise enrolments task "
               "(enrol_database\\task\\sync_enrolments)")


def _reserved() -> tuple[set[int], set[int], set[str], set[str]]:
    """Course ids, user ids, codes and student numbers the scenarios fix."""
    courses, users, codes, numbers = set(), set(), set(), set()

    def walk(v: object, key: str = "") -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                walk(x, k)
        elif isinstance(v, list):
            for x in v:
                walk(x, key)
        elif isinstance(v, int) and key.endswith("course_id"):
            courses.add(v)
        elif isinstance(v, int) and key == "user_id":
            users.add(v)
        elif isinstance(v, str) and key in ("student",):
            numbers.add(v)
        elif isinstance(v, str) and key in ("elp", "successor_elp", "porteur", "porte",
                                             "idnumber", "collection", "group", "new_group",
                                             "etape", "cancelled"):
            codes.add(v)
    walk(SCENARIOS)
    return courses, users, codes, numbers


def _campus(seed: int) -> noise.Campus:
    courses, users, codes, numbers = _reserved()
    c = noise.Campus(Random(seed), Tables(courses, users), codes, numbers)
    t = c.t
    t.add("ANNEE_UNI", str(int(ACADEMIC_YEAR) - 1), "N")
    t.add("ANNEE_UNI", ACADEMIC_YEAR, "O")
    for cod, lib, _letter, _subjects in COMPOSANTES:
        t.add("COMPOSANTE", cod, lib[:80], lib[:10])
        c.cmp_category[cod] = t.category(lib, 0, f"CMP{cod}")
    c.archive_category = t.category(ARCHIVE_CATEGORY, 0, "ARCHIVES")
    c.archive_year = t.category(f"{int(ACADEMIC_YEAR) - 1}-{ACADEMIC_YEAR}", c.archive_category)
    for cod_prg, sens, lib, lic in EXCHANGES:
        t.add("PRG_ECHANGE", cod_prg, sens, lib, lic, "O")
    _moodle_site(t)
    return c


def _moodle_site(t: Tables) -> None:
    """What a Moodle site holds before any course: roles (created by lib/db/install.php in this
    order, archetype = shortname), the admin, enabled plugins, the enrol_database settings, the
    scheduled tasks and the sync's recent runs."""
    for rid, short in enumerate(["manager", "coursecreator", "editingteacher", "teacher",
                                 "student", "guest", "user", "frontpage"], start=1):
        t.add("mdl_role", rid, "", short, "", rid, short)
    t.user("admin", "", "cemu.assistance@unicaen.fr", "Admin", "Ecampus", uid=1, auth="manual")
    t.add("mdl_config", 1, "enrol_plugins_enabled", "manual,guest,self,cohort,database")
    for k, (name, value) in enumerate([("localcoursefield", "idnumber"),
                                       ("localuserfield", "username"),
                                       ("ignorehiddencourses", "0")], start=1):
        t.add("mdl_config_plugins", k, "enrol_database", name, value)
    for k, (cls, minute) in enumerate([(SYNC_TASK, "0"), ("\\tool_lmsjonction\\task\\update_oof", "30"),
                                       ("\\core\\task\\cache_cleanup_task", "10")], start=1):
        t.add("mdl_task_scheduled", k, cls.split("\\")[1], cls, epoch(LAST_SYNC),
              epoch(LAST_SYNC) + 86400, minute, "2", "*", "*", "*", 0)
    for k in range(SYNC_RUNS):
        start = epoch(LAST_SYNC - timedelta(days=SYNC_RUNS - 1 - k))
        t.add("mdl_task_log", k + 1, 0, "enrol_database", SYNC_TASK.lstrip("\\"), 0, start,
              start + 95.25, 4120, 37, 0, SYNC_OUTPUT, "ecampus-cron", 4242)


def build(dir: Path, seed: int = 2026, scale: float = 1.0, progress: Progress = None) -> dict:
    """Write refer.db, moodle.db and manifest.json into `dir`; returns the manifest."""
    started = time.monotonic()
    dir = Path(dir)
    dir.mkdir(parents=True, exist_ok=True)
    c = _campus(seed)
    place_all(Placer(c))           # fixed places first: the noise then avoids their ids
    noise.populate(c, scale, progress)
    counts = _write_refer(dir / "refer.db", c.t.rows, progress)
    counts.update(_write_moodle(dir / "moodle.db", c.t.rows, progress))
    manifest = {"seed": seed, "scale": scale, "academic_year": ACADEMIC_YEAR,
                "last_sync": LAST_SYNC.isoformat(), "archive_category": ARCHIVE_CATEGORY,
                "refer": "refer.db", "moodle": "moodle.db", "moodle_prefix": "mdl_",
                "counts": counts, "scenarios": SCENARIOS,
                "build_seconds": round(time.monotonic() - started, 1)}
    (dir / "manifest.json").write_text(json.dumps(manifest, indent=1, default=_json,
                                                  ensure_ascii=False), encoding="utf-8")
    return manifest


def _json(v: object) -> str:
    return v.isoformat() if isinstance(v, (datetime, date)) else str(v)


def _open(path: Path) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    return db


def _close(db: sqlite3.Connection) -> None:
    db.commit()
    db.execute("ANALYZE")
    db.close()


def _write_refer(path: Path, rows: dict, progress: Progress) -> dict[str, int]:
    db, dialect, counts = _open(path), sqlite.dialect(), {}
    tables = REFER.sorted_tables
    for i, table in enumerate(tables):
        db.execute(str(CreateTable(table).compile(dialect=dialect)))
        data = rows.get(table.name, [])
        marks = ",".join("?" * len(table.columns))
        db.executemany(f"INSERT INTO {table.name} VALUES ({marks})", data)
        for index in sorted(table.indexes, key=lambda i: i.name or ""):
            db.execute(str(CreateIndex(index).compile(dialect=dialect)))
        counts[table.name] = len(data)
        if progress:
            progress(f"write {path.name}", i + 1, len(tables))
    _close(db)
    return counts


def _write_moodle(path: Path, rows: dict, progress: Progress) -> dict[str, int]:
    """Moodle's own DDL, then the generated rows into their columns (defaults fill the rest)."""
    db, counts = _open(path), {}
    statements = moodle_ddl("sqlite")
    for statement in statements:
        if statement.upper().startswith("CREATE TABLE"):
            db.execute(statement)
    for i, (table, columns) in enumerate(MOODLE_COLUMNS.items()):
        data = rows.get(table, [])
        db.executemany(f'INSERT INTO "{table}" ({", ".join(columns)}) '
                       f'VALUES ({",".join("?" * len(columns))})', data)
        counts[table] = len(data)
        if progress:
            progress(f"write {path.name}", i + 1, len(MOODLE_COLUMNS))
    for statement in statements:
        if not statement.upper().startswith("CREATE TABLE"):
            db.execute(statement)
    _close(db)
    return counts


def load_into(url: str, dir: Path, progress: Progress = None) -> None:
    """Copy the demo REFER and Moodle (built in `dir`) into the PostgreSQL database at `url`:
    REFER through its SQLAlchemy tables, Moodle through Moodle's own PostgreSQL DDL."""
    engine = create_engine(url)
    dialect = postgresql.dialect()
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        src = sqlite3.connect(Path(dir) / "refer.db")
        for i, table in enumerate(REFER.sorted_tables):
            cur.execute(str(CreateTable(table).compile(dialect=dialect)))
            _copy(cur, src, table.name, [c.name for c in table.columns])
            for index in sorted(table.indexes, key=lambda i: i.name or ""):
                cur.execute(str(CreateIndex(index).compile(dialect=dialect)))
            if progress:
                progress("load refer.db", i + 1, len(REFER.sorted_tables))
        src.close()
        src = sqlite3.connect(Path(dir) / "moodle.db")
        statements = moodle_ddl("postgresql")
        for statement in statements:
            if statement.upper().startswith("CREATE TABLE"):
                cur.execute(statement)
        for i, (name, columns) in enumerate(MOODLE_COLUMNS.items()):
            _copy(cur, src, name, list(columns))
            if progress:
                progress("load moodle.db", i + 1, len(MOODLE_COLUMNS))
        for statement in statements:
            if not statement.upper().startswith("CREATE TABLE"):
                cur.execute(statement)
        src.close()
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
        engine.dispose()


def _copy(cur: Any, src: sqlite3.Connection, table: str, columns: list[str]) -> None:
    # cur: psycopg's cursor (COPY), which SQLAlchemy's raw connection types as a bare DB-API one
    cols = ", ".join(columns)
    with cur.copy(f'COPY "{table}" ({cols}) FROM STDIN') as copy:
        for row in src.execute(f'SELECT {cols} FROM "{table}"'):
            copy.write_row(row)
