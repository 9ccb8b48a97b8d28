"""One ticket's batch: REFER students -> Moodle users and courses -> REFER elements.

The order lets each view be read once: the students' IPs name more elements and courses, and the
courses' idnumbers name codes REFER must confirm. A source that fails is marked pending and the
rest is filled as far as possible: never an exception, never a silent "nothing found".
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from triage.facts import Facts, RuleSettings, StudentFacts
from triage.model import Reading
from triage.sources import moodle, refer
from triage.sources.db import SourceDataError, run

if TYPE_CHECKING:
    from triage.sources import Sources

log = logging.getLogger(__name__)
T = TypeVar("T")
# Unreachable, refused, or answering in a shape the query's header does not promise.
DOWN = (SQLAlchemyError, OSError, SourceDataError)
YEAR_TTL_S = 600.0
ANNEE_UNI = "ANNEE_UNI"


def academic_year(now: datetime, switch: str = "09-01") -> str:
    """APOGÉE's COD_ANU for a date: the calendar year the academic year starts in, switching on
    `switch` (MM-DD, [refer] academic_year)."""
    month, day = (int(x) for x in switch.split("-"))
    return str(now.year if (now.month, now.day) >= (month, day) else now.year - 1)


def _unique(values: Iterable[T]) -> list[T]:
    return list(dict.fromkeys(values))


def gather(src: Sources, reading: Reading, sender: str, now: datetime,
           settings: RuleSettings) -> Facts:
    """Facts for everything the reading cites (see Sources.gather)."""
    tz = ZoneInfo(settings.timezone)
    facts = Facts(now=now, reading=reading, sender=sender, settings=settings)
    ents = reading.entities
    numbers = _unique(ents.student_numbers)
    codes = _unique(c.strip().upper() for c in ents.apogee_codes if c.strip())
    ids = _unique(int(i) for i in ents.course_ids)
    facts.students = {n: StudentFacts(number=n) for n in numbers}
    conns = _Connections(src)
    try:
        local = now.astimezone(tz) if now.tzinfo else now
        facts.academic_year = academic_year(local, _switch(src))
        if src.refer is not None:
            _guard(facts, "refer", lambda: _year(conns, facts, local))
            _guard(facts, "refer", lambda: _refer_students(conns, facts, numbers, tz))
        ip_codes = _unique(c for s in facts.students.values()
                           for c, se in s.elements.items() if se.has_ip)
        if src.moodle is not None:
            _guard(facts, "moodle",
                   lambda: _moodle(conns, facts, numbers, codes + ip_codes, ids, tz))
        if src.refer is not None and "refer" not in facts.pending:
            _guard(facts, "refer", lambda: _refer_elements(conns, facts, codes, ip_codes, tz))
    finally:
        conns.close()
    return facts


def _switch(src: Sources) -> str:
    setting = src.settings.academic_year
    return "09-01" if setting.upper() == ANNEE_UNI else setting


def _year(conns: _Connections, facts: Facts, now: datetime) -> None:
    facts.academic_year = current_year(conns.src, lambda: conns("refer"), now)


def current_year(src: Sources, connect: Callable[[], Connection], now: datetime) -> str:
    """The current COD_ANU: by the date switch, or from ANNEE_UNI (the latest year open for IAs,
    cached a few minutes; the date switch when APOGÉE names none)."""
    if src.settings.academic_year.upper() != ANNEE_UNI:
        return academic_year(now, src.settings.academic_year)
    stamp, year = src.year_cache
    if time.monotonic() - stamp > YEAR_TTL_S or not year:
        years = [r["cod_anu"] for r in run(connect(), src.queries["refer_current_year"])
                 if (r["cod_anu"] or "").isdigit()]
        year = max(years, default="")
        src.year_cache = (time.monotonic(), year)
    return year or academic_year(now)


class _Connections:
    """One pooled connection per source for the whole ticket, opened on first use."""

    def __init__(self, src: Sources):
        self.src = src
        self.open: dict[str, Connection] = {}

    def __call__(self, source: str) -> Connection:
        if source not in self.open:
            self.open[source] = getattr(self.src, source).connect()
        return self.open[source]

    def close(self) -> None:
        """Give the connections back to their pools (a dead one is simply discarded)."""
        for conn in self.open.values():
            try:
                conn.close()
            except DOWN:
                pass


def _guard(facts: Facts, source: str, step: Callable[[], object]) -> None:
    """Run one source step; any failure makes that source pending, with its cause recorded
    (never an exception: the diagnosis waits)."""
    try:
        step()
    except Exception as exc:     # noqa: BLE001 - whatever a source does, the ticket waits
        notes = "".join(f"; {n}" for n in getattr(exc, "__notes__", []))
        # Exception text may carry bound values (student numbers): log the class only.
        log.warning("source %s unavailable (%s%s): diagnosis pending", source,
                    type(exc).__name__, notes)
        if source not in facts.pending:
            facts.pending.append(source)
        facts.source_errors.setdefault(source, cause(exc))


def cause(exc: BaseException) -> str:
    """One line for the Santé panel: the error's type, the query file, the driver's first line."""
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [""])[0][:200]
    notes = "; ".join(getattr(exc, "__notes__", []))
    return f"{type(orig).__name__}: {first}" + (f" ({notes})" if notes else "")


def _refer_students(conns: _Connections, facts: Facts, numbers: list[str], tz: ZoneInfo) -> None:
    if numbers:
        facts.students = refer.students(conns("refer"), conns.src.queries, numbers,
                                        facts.academic_year, tz)


def _moodle(conns: _Connections, facts: Facts, numbers: list[str], codes: list[str],
            ids: list[int], tz: ZoneInfo) -> None:
    src = conns.src
    sender = facts.sender.strip().lower()
    reader = moodle.MoodleReader(conns("moodle"), src.queries, src.settings.moodle_prefix, tz,
                                 facts.now)
    users = reader.users(numbers, [sender] if sender else [])
    for number, student in facts.students.items():
        # Under CAS the login (username) is the student number; idnumber may be empty.
        mine = [u for u in users if u.username == number] or \
               [u for u in users if u.idnumber == number]
        student.moodle_user = mine[0] if mine else None
    if sender:
        facts.sender_user = next((u for u in users if u.email.lower() == sender), None)
    facts.courses = reader.courses(ids, codes, src.settings.archive_category)
    facts.sync = reader.sync()
    facts.last_sync = facts.sync.last_success


def _refer_elements(conns: _Connections, facts: Facts, codes: list[str], ip_codes: list[str],
                    tz: ZoneInfo) -> None:
    src = conns.src
    idnumbers = [c.idnumber.strip().upper() for c in facts.courses.values() if c.idnumber.strip()]
    looked = _unique([*codes, *ip_codes, *idnumbers])
    said = [c for c in _unique(facts.reading.entities.etapes_said) if c not in looked]
    wanted = looked + said
    if not wanted:
        return
    facts.elements = refer.elements(conns("refer"), src.queries, wanted, facts.academic_year, tz)
    _keep_said_etapes(facts, said, codes)
    unknown = [e for e in facts.elements.values() if not e.exists and not e.porteur]
    catalogue = src.catalogue() if unknown else None
    for e in unknown:
        e.near_codes = catalogue.nearest(e.code) if catalogue else []
    for c in facts.courses.values():
        if c.idnumber.strip():
            c.idnumber_known = facts.elements[c.idnumber.strip().upper()].exists


def _keep_said_etapes(facts: Facts, said: list[str], codes: list[str]) -> None:
    """An étape the writer says in words (« je suis en L2 droit ») is looked up like a cited
    étape and kept when REFER knows it as an étape and the mail cites no étape by its code (the
    code then says it better). It is the reader's match of words to a label: one REFER does not
    confirm is no fact at all (never an « unknown code » the writer did not write)."""
    cites_etape = any(facts.elements[c].kind == "etape" and facts.elements[c].exists
                      for c in codes if c in facts.elements)
    for code in said:
        element = facts.elements[code]
        if cites_etape or not (element.exists and element.kind == "etape"):
            del facts.elements[code]
