"""One ticket's batch: REFER students -> Moodle users and courses -> REFER elements.

The order lets each view be read once: the students' IPs name more elements and courses, and the
courses' idnumbers name codes REFER must confirm. A source that fails is marked pending and the
rest is filled as far as possible: never an exception, never a silent "nothing found".
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.exc import SQLAlchemyError

from triage.facts import Facts, RuleSettings, StudentFacts
from triage.model import Reading
from triage.sources import moodle, refer

if TYPE_CHECKING:
    from triage.sources import Sources

log = logging.getLogger(__name__)
DOWN = (SQLAlchemyError, OSError)


def academic_year(now: datetime) -> str:
    """APOGÉE's COD_ANU for a date: the year the academic year starts (September)."""
    return str(now.year if now.month >= 9 else now.year - 1)


def _unique(values) -> list:
    return list(dict.fromkeys(values))


def gather(src: Sources, reading: Reading, sender: str, now: datetime,
           settings: RuleSettings) -> Facts:
    """Facts for everything the reading cites (see Sources.gather)."""
    tz = ZoneInfo(settings.timezone)
    facts = Facts(now=now, reading=reading, sender=sender, settings=settings,
                  academic_year=academic_year(now.astimezone(tz) if now.tzinfo else now))
    ents = reading.entities
    numbers = _unique(ents.student_numbers)
    codes = _unique(c.strip().upper() for c in ents.apogee_codes if c.strip())
    ids = _unique(int(i) for i in ents.course_ids)
    facts.students = {n: StudentFacts(number=n) for n in numbers}
    conns = _Connections(src)
    try:
        if src.refer is not None:
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


class _Connections:
    """One pooled connection per source for the whole ticket, opened on first use."""

    def __init__(self, src: Sources):
        self.src, self.open = src, {}

    def __call__(self, source: str):
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


def _guard(facts: Facts, source: str, step) -> None:
    try:
        step()
    except DOWN as exc:
        # Exception text may carry bound values (student numbers): log the class only.
        log.warning("source %s unavailable (%s%s): diagnosis pending", source,
                    type(exc).__name__, "".join(f"; {n}" for n in getattr(exc, "__notes__", [])))
        if source not in facts.pending:
            facts.pending.append(source)


def _refer_students(conns: _Connections, facts: Facts, numbers: list[str], tz: ZoneInfo) -> None:
    if numbers:
        facts.students = refer.students(conns("refer"), conns.src.queries, numbers,
                                        facts.academic_year, tz)


def _moodle(conns: _Connections, facts: Facts, numbers, codes, ids, tz: ZoneInfo) -> None:
    src = conns.src
    sender = facts.sender.strip()
    emails = _unique(e for e in (sender, sender.lower()) if e)
    reader = moodle.MoodleReader(conns("moodle"), src.queries, src.settings.moodle_prefix, tz,
                                 facts.now)
    for user in reader.users(numbers, emails):
        if user.idnumber in facts.students:
            facts.students[user.idnumber].moodle_user = user
        if sender and user.email.lower() == sender.lower():
            facts.sender_user = user
    facts.courses = reader.courses(ids, codes, src.settings.archive_category)
    facts.last_sync = reader.last_sync()


def _refer_elements(conns: _Connections, facts: Facts, codes, ip_codes, tz: ZoneInfo) -> None:
    src = conns.src
    idnumbers = [c.idnumber.strip().upper() for c in facts.courses.values() if c.idnumber.strip()]
    wanted = _unique([*codes, *ip_codes, *idnumbers])
    if not wanted:
        return
    facts.elements = refer.elements(conns("refer"), src.queries, wanted, tz)
    unknown = [e for e in facts.elements.values() if not e.exists and not e.porteur]
    catalogue = src.catalogue() if unknown else None
    for e in unknown:
        e.near_codes = catalogue.nearest(e.code) if catalogue else []
    for c in facts.courses.values():
        if c.idnumber.strip():
            c.idnumber_known = facts.elements[c.idnumber.strip().upper()].exists
