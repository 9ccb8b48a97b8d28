"""The demo university: a synthetic REFER and Moodle where every FAQ situation occurs.

`build(dir)` writes DIR/refer.db and DIR/moodle.db (SQLite, the contracts' tables) and
DIR/manifest.json (the scenarios and where they are); `load_into(url, dir)` copies them into
PostgreSQL. Deterministic from the seed.
"""
from __future__ import annotations

import json
import sqlite3
import time
from datetime import date, datetime
from pathlib import Path
from random import Random
from typing import Callable

from sqlalchemy import MetaData, create_engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from triage.demo import noise
from triage.demo.placer import Placer
from triage.demo.places import place_all
from triage.demo.scenarios import (ACADEMIC_YEAR, ARCHIVE_CATEGORY, LAST_SYNC, SCENARIOS)
from triage.demo.schema import MOODLE, REFER
from triage.demo.tables import Tables, epoch
from triage.demo.words import COMPOSANTES

Progress = Callable[[str, int, int], None] | None
EXCHANGES = [  # (COD_PRG, sens, LIC_PRG, LIB_PRG, period)
    ("1", "A", "Eras+ A>S1", "Erasmus+ Accueil S1", "S1"),
    ("1", "D", "Eras+ D>S1", "Erasmus+ Départ S1", "S1"),
    ("2", "A", "Eras+ A>S2", "Erasmus+ Accueil S2", "S2"),
    ("2", "D", "Eras+ D>S2", "Erasmus+ Départ S2", "S2"),
    ("3", "A", "Eras+ A>An", "Erasmus+ Accueil An", "AN"),
    ("3", "D", "Eras+ D>An", "Erasmus+ Départ An", "AN"),
    ("4", "A", "EraFM A>S1", "Erasmus Free Mover Acc S1", "S1"),
    ("4", "D", "EraFM D>S1", "Erasmus Free Mover Dép S1", "S1"),
    ("5", "A", "UE A>S1", "Autre programme UE Acc S1", "S1"),
    ("5", "D", "UE D>An", "Autre programme UE Dép An", "AN"),
    ("6", "A", "IntU A>An", "Echanges Interuniv Acc An", "AN"),
    ("6", "D", "IntU D>An", "Echanges Interuniv Dép An", "AN"),
]


def _reserved() -> tuple[set[int], set[int], set[str], set[str]]:
    """Course ids, user ids, codes and student numbers the scenarios fix."""
    courses, users, codes, numbers = set(), set(), set(), set()

    def walk(v, key=""):
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
                                             "idnumber", "collection", "group", "new_group"):
            codes.add(v)
    walk(SCENARIOS)
    return courses, users, codes, numbers


def _campus(seed: int) -> noise.Campus:
    courses, users, codes, numbers = _reserved()
    c = noise.Campus(Random(seed), Tables(courses, users), codes, numbers)
    t = c.t
    for cod, lib, _letter, _subjects in COMPOSANTES:
        t.add("COMPOSANTE", cod, lib)
        c.cmp_category[cod] = t.category(lib, 0, f"CMP{cod}")
    c.archive_category = t.category(ARCHIVE_CATEGORY, 0, "ARCHIVES")
    c.archive_year = t.category(f"{int(ACADEMIC_YEAR) - 1}-{ACADEMIC_YEAR}", c.archive_category)
    for row in EXCHANGES:
        t.add("PRG_ECHANGE", *row)
    for rid, (short, name) in enumerate([("manager", "Gestionnaire"), ("coursecreator", "Créateur"),
                                         ("editingteacher", "Enseignant"),
                                         ("teacher", "Enseignant non éditeur"),
                                         ("student", "Étudiant")], start=1):
        t.add("mdl_role", rid, name, short, short)
    t.user("admin", "", "cemu.assistance@unicaen.fr", "Admin", "Ecampus", uid=1, auth="manual")
    for k, (cls, last) in enumerate([("\\enrol_database\\task\\sync_enrolments", LAST_SYNC),
                                     ("\\tool_lmsjonction\\task\\update_oof", LAST_SYNC),
                                     ("\\core\\task\\cache_cleanup_task", LAST_SYNC)], start=1):
        t.add("mdl_task_scheduled", k, cls.split("\\")[1], cls, epoch(last),
              epoch(last) + 86400, 0)
    return c


def build(dir: Path, seed: int = 2026, scale: float = 1.0, progress: Progress = None) -> dict:
    """Write refer.db, moodle.db and manifest.json into `dir`; returns the manifest."""
    started = time.monotonic()
    dir = Path(dir)
    dir.mkdir(parents=True, exist_ok=True)
    c = _campus(seed)
    place_all(Placer(c))           # fixed places first: the noise then avoids their ids
    noise.populate(c, scale, progress)
    counts = {}
    for name, md in (("refer.db", REFER), ("moodle.db", MOODLE)):
        counts.update(_write_sqlite(dir / name, md, c.t.rows, progress))
    manifest = {"seed": seed, "scale": scale, "academic_year": ACADEMIC_YEAR,
                "last_sync": LAST_SYNC.isoformat(), "archive_category": ARCHIVE_CATEGORY,
                "refer": "refer.db", "moodle": "moodle.db", "moodle_prefix": "mdl_",
                "counts": counts, "scenarios": SCENARIOS,
                "build_seconds": round(time.monotonic() - started, 1)}
    (dir / "manifest.json").write_text(json.dumps(manifest, indent=1, default=_json,
                                                  ensure_ascii=False), encoding="utf-8")
    return manifest


def _json(v):
    return v.isoformat() if isinstance(v, (datetime, date)) else str(v)


def _write_sqlite(path: Path, md: MetaData, rows: dict, progress: Progress) -> dict[str, int]:
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    dialect = sqlite.dialect()
    counts = {}
    tables = md.sorted_tables
    for i, table in enumerate(tables):
        db.execute(str(CreateTable(table).compile(dialect=dialect)))
        data = rows.get(table.name, [])
        marks = ",".join("?" * len(table.columns))
        db.executemany(f"INSERT INTO {table.name} VALUES ({marks})", data)
        for index in sorted(table.indexes, key=lambda i: i.name):
            db.execute(str(CreateIndex(index).compile(dialect=dialect)))
        counts[table.name] = len(data)
        if progress:
            progress(f"write {path.name}", i + 1, len(tables))
    db.commit()
    db.execute("ANALYZE")
    db.close()
    return counts


def load_into(url: str, dir: Path, progress: Progress = None) -> None:
    """Copy the demo REFER and Moodle (built in `dir`) into the PostgreSQL database at `url`."""
    engine = create_engine(url)
    dialect = postgresql.dialect()
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for name, md in (("refer.db", REFER), ("moodle.db", MOODLE)):
            src = sqlite3.connect(Path(dir) / name)
            for i, table in enumerate(md.sorted_tables):
                cur.execute(str(CreateTable(table).compile(dialect=dialect)))
                cols = ", ".join(c.name for c in table.columns)
                with cur.copy(f"COPY {table.name} ({cols}) FROM STDIN") as copy:
                    for row in src.execute(f"SELECT {cols} FROM {table.name}"):
                        copy.write_row(row)
                for index in sorted(table.indexes, key=lambda i: i.name):
                    cur.execute(str(CreateIndex(index).compile(dialect=dialect)))
                if progress:
                    progress(f"load {name}", i + 1, len(md.sorted_tables))
            src.close()
        raw.commit()
        cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
        engine.dispose()
