"""Data sources: REFER (APOGÉE/ADE, Oracle) and Moodle (Ecampus), read through named SQL queries.

`Sources` holds one small engine per source, built once per process; `gather` fills
`triage.facts.Facts` for one ticket in one batch. Contracts: docs/refer-contract.md and
docs/moodle-contract.md.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.dialects import oracle, postgresql, sqlite

from triage.catalogue import Catalogue
from triage.facts import Facts, RuleSettings
from triage.model import Reading
from triage.sources import queries as _queries
from triage.settings import MoodleSettings, ReferSettings
from triage.sources.catalogue import CatalogueCache, CatalogueState, fingerprint
from triage.sources.db import make_engine

if TYPE_CHECKING:
    from triage.sources.inventory import Inventory

_REFER, _MOODLE = ReferSettings(), MoodleSettings()   # the defaults live in triage.settings


@dataclass
class SourceSettings:
    """Where REFER and Moodle are, and how to read them ([refer] and [moodle] in the config)."""

    refer_url: str = _REFER.url   # e.g. oracle+oracledb://user:pw@host:1521/?service_name=REFER
    moodle_url: str = _MOODLE.url  # e.g. postgresql+psycopg://reader@db/moodle
    moodle_prefix: str = _MOODLE.prefix
    queries_dir: str = _REFER.queries_dir   # DSI override folder: a .sql file of the same name wins
    archive_category: str = _MOODLE.archive_category
    timeout_s: float = _REFER.timeout_seconds
    moodle_timeout_s: float = _MOODLE.timeout_seconds
    catalogue_refresh_s: float = 60.0 * _REFER.catalogue_refresh_minutes  # the code catalogue's age
    academic_year: str = _REFER.academic_year   # "MM-DD" the year switches on, or "ANNEE_UNI"
    catalogue_file: str = ""      # where the last good catalogue is saved ("" = not saved)

    @classmethod
    def from_settings(cls, refer: ReferSettings, moodle: MoodleSettings) -> "SourceSettings":
        """From the [refer] and [moodle] sections of the configuration."""
        return cls(refer_url=refer.url, moodle_url=moodle.url, moodle_prefix=moodle.prefix,
                   queries_dir=refer.queries_dir, archive_category=moodle.archive_category,
                   timeout_s=refer.timeout_seconds, moodle_timeout_s=moodle.timeout_seconds,
                   catalogue_refresh_s=60.0 * refer.catalogue_refresh_minutes,
                   academic_year=refer.academic_year, catalogue_file=refer.catalogue_file)


class Sources:
    """The two engines (absent when their URL is empty) and the named queries."""

    def __init__(self, settings: SourceSettings):
        self.settings = settings
        self.queries = _queries.load(settings.queries_dir)
        self.refer = make_engine(settings.refer_url, settings.timeout_s) \
            if settings.refer_url else None
        self.moodle = make_engine(settings.moodle_url, settings.moodle_timeout_s) \
            if settings.moodle_url else None
        self.catalogue_cache = CatalogueCache(
            settings.catalogue_refresh_s, settings.catalogue_file,
            fingerprint(settings.refer_url, settings.moodle_url, settings.moodle_prefix))
        self.year_cache: tuple[float, str] = (0.0, "")     # ANNEE_UNI's current year

    def catalogue(self) -> Catalogue | None:
        """Every code REFER and Moodle know (cached, refreshed; the saved copy when they are
        down at start); None while neither was read."""
        return self.catalogue_cache.get(self)

    def catalogue_state(self) -> CatalogueState:
        """The catalogue with where it comes from (live, saved, none) and its load time."""
        return self.catalogue_cache.current(self)

    def gather(self, reading: Reading, sender: str, now: datetime,
               settings: RuleSettings) -> Facts:
        """Facts for what the reading cites; a source that is down lands in Facts.pending."""
        from triage.sources.gather import gather
        return gather(self, reading, sender, now, settings)

    def inventory(self, now: datetime, settings: RuleSettings) -> Inventory:
        """What exists, for the scan to batch (triage/sources/inventory.py)."""
        from zoneinfo import ZoneInfo

        from triage.sources.inventory import inventory
        tz = ZoneInfo(settings.timezone)
        return inventory(self, now.astimezone(tz) if now.tzinfo else now)

    def close(self) -> None:
        """Release the pooled connections."""
        for engine in (self.refer, self.moodle):
            if engine is not None:
                engine.dispose()


_DIALECTS = {"oracle": oracle.dialect, "postgresql": postgresql.dialect,
             "sqlite": sqlite.dialect}


def compile_all_for(dialect_name: str, queries_dir: str = "",
                    prefix: str = "mdl_") -> dict[str, str]:
    """Every named query compiled for a dialect (list params rendered for two sample values)."""
    dialect = _DIALECTS[dialect_name]()
    out = {}
    for name, q in _queries.load(queries_dir).items():
        stmt = q.statement(prefix).bindparams(**{p: (["A", "B"] if p in q.lists else "A")
                                                 for p in q.params})
        out[name] = str(stmt.compile(dialect=dialect,
                                     compile_kwargs={"render_postcompile": True}))
    return out
