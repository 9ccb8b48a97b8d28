"""Helpers shared by the rule modules (the leading underscore keeps it out of rule discovery)."""
from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from triage.facts import CourseFacts, ElementFacts, Facts, Group, RuleSettings
from triage.model import Evidence, Finding

# Symptoms (extractors vocabulary) under which a course-visibility problem is the likely cause.
SEEING_SYMPTOMS = {"students_cannot_see_course", "course_missing", "not_enrolled",
                   "course_not_on_dashboard", "other"}
ENROLMENT_SYMPTOMS = {"not_enrolled", "wrong_group", "course_missing",
                      "students_cannot_see_course", "other"}
_FOAD_LABEL = re.compile(r"CEMU|(?<![A-Z])EAD", re.IGNORECASE)


def local(moment: datetime, settings: RuleSettings) -> datetime:
    """The instant in the site's timezone (naive datetimes are taken as already local)."""
    tz = ZoneInfo(settings.timezone)
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


def clock(text: str) -> time:
    """'09:00' -> time(9, 0)."""
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


def next_sync(after: datetime, settings: RuleSettings) -> datetime:
    """First nightly sync strictly after `after`, in local time."""
    moment = local(after, settings)
    at = clock(settings.sync_hour)
    candidate = moment.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return candidate if candidate > moment else candidate + timedelta(days=1)


def in_tuilage(now: datetime, settings: RuleSettings) -> bool:
    """True from 1 September to the tuilage date (end of September) of the current year, when
    the previous year's ADE plannings still enrol teachers."""
    moment = local(now, settings)
    month, day = (int(x) for x in settings.tuilage_until.split("-"))
    return moment.month >= 9 and (moment.month, moment.day) <= (month, day)


def planning_years(facts: Facts, tuilage: bool = False) -> set[str]:
    """The COD_ANU values of the plannings in force: this year's, last year's during the tuilage
    when asked, and "" (a row whose year the view does not give is taken as current: the DSI's
    view may cover the current ADE project only)."""
    years = {"", facts.academic_year}
    if tuilage and in_tuilage(facts.now, facts.settings) and facts.academic_year.isdigit():
        years.add(str(int(facts.academic_year) - 1))
    return years


def down(facts: Facts, source: str) -> bool:
    """True when a source could not be read: rules skip what they cannot see."""
    return source in facts.pending


def yn(value: bool | None) -> str:
    """APOGÉE's O/N flag for a boolean (None: no row)."""
    return "" if value is None else ("O" if value else "N")


def group_of(element: ElementFacts, code: str) -> Group:
    """The element's group of that code, or one inferred from the code (ELP_ prefix, CEMU/EAD)."""
    for group in element.groups:
        if group.code == code:
            return group
    return Group(code, pseudo=code.upper().startswith("ELP_"), foad=bool(_FOAD_LABEL.search(code)))


def is_foad_label(text: str) -> bool:
    """A group label at least partly 'CEMU' or 'EAD' marks a distance group."""
    return bool(_FOAD_LABEL.search(text))


def course_params(course: CourseFacts | None) -> dict[str, Any]:
    """What a template may print about a course."""
    if course is None:
        return {}
    return {"course_id": course.id, "course_name": course.fullname, "course_code": course.idnumber}


def first_course(facts: Facts, code: str) -> CourseFacts | None:
    """The live Moodle course tied to an APOGÉE code, else any tied course."""
    courses = facts.courses_for(code)
    live = [c for c in courses if not c.archived]
    return next(iter(live or courses), None)


def course_row(course: CourseFacts) -> dict[str, Any]:
    """mdl_course row as an agent would read it."""
    return {"id": course.id, "fullname": course.fullname, "idnumber": course.idnumber,
            "visible": int(course.visible), "category": course.category_path,
            "enddate": course.end_date.isoformat() if course.end_date else 0}


def mail_evidence(facts: Facts) -> Evidence:
    """The mail's own words: symptom and what decided it."""
    reading = facts.reading
    return Evidence("mail", "Symptôme lu dans le mail",
                    [{"symptom": reading.symptom, "mots": ", ".join(reading.symptom_evidence)}])


def make(situation: str, owner: str, confidence: float, fix: str, evidence: list[Evidence],
         params: dict[str, Any] | None = None, subject: dict[str, Any] | None = None) -> Finding:
    """A Finding with its confidence rounded for display."""
    return Finding(situation=situation, confidence=round(confidence, 2), owner=owner, fix=fix,
                   evidence=evidence, params=params or {}, subject=subject or {})


def said_codes(facts: Facts) -> set[str]:
    """Codes the mail itself cites: its APOGÉE codes and its course links' idnumbers."""
    ents = facts.reading.entities
    codes = {c.strip().upper() for c in ents.apogee_codes}
    codes |= {course.idnumber.strip().upper() for cid in ents.course_ids
              if (course := facts.courses.get(int(cid))) is not None}
    return codes - {""}


def cited(facts: Facts) -> set[str]:
    """Codes the mail cites: its APOGÉE codes, the idnumbers of its course links, and their
    porteur/porté partners. (Facts also hold the cited students' IP elements and courses.)"""
    ents = facts.reading.entities
    # Computed once per facts (a scan batch cites hundreds of codes, and every rule asks).
    key = (id(ents), len(ents.apogee_codes), len(ents.course_ids), len(facts.elements),
           len(facts.courses))
    memo = facts.memo.get("cited")
    if memo is not None and memo[0] == key:
        return memo[1]
    codes = said_codes(facts)
    for code in list(codes):
        element = facts.elements.get(code)
        if element is not None:
            codes |= {element.porteur.upper(), *(p.upper() for p in element.portes)}
    codes.discard("")
    facts.memo["cited"] = (key, codes)
    return codes


def in_scope(facts: Facts, code: str, strict: bool = False) -> bool:
    """Whether a rule should look at this code: a cited one; when the mail cites no code, every
    gathered one, unless `strict` (advice nobody asked for would bury the answer)."""
    scope = cited(facts)
    return code.strip().upper() in scope if scope else not strict


def course_in_scope(facts: Facts, course: CourseFacts, strict: bool = False) -> bool:
    """Whether a rule should look at this course (cited by link, or through its code)."""
    ids = facts.memo.get("cited_ids")
    if ids is None or ids[0] is not facts.reading.entities:
        ids = facts.memo["cited_ids"] = (facts.reading.entities,
                                         set(facts.reading.entities.course_ids))
    return course.id in ids[1] or in_scope(facts, course.idnumber, strict)


def students_on(facts: Facts, code: str) -> list[str]:
    """The gathered students with an IP on this element (the scan gathers them all)."""
    return sorted(s.number for s in facts.students.values()
                  if (link := s.elements.get(code)) is not None and link.has_ip)


def scanned(finding: Finding, case: str = "", count: int | None = None,
            detail: str = "") -> Finding:
    """Mark a finding for the scan report: its sub-case, how many are concerned, a short detail."""
    finding.params["scan"] = {"case": case, "count": count, "detail": detail}
    return finding
