"""Inscriptions manuelles sans date de fin: they never expire, unlike database enrolments."""
from __future__ import annotations

from triage.rules._common import course_in_scope, course_params, make, scanned
from triage.rules.cohort_sync_left import automatic
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "manual_enrolment_no_end"
TITLE = "Inscriptions manuelles sans date de fin"
OWNER = "teacher"


def check(facts: Facts) -> list[Finding]:
    """Manual or self enrolments without an end date on cited courses."""
    asked = facts.reading.symptom == "cohort_question"
    findings = []
    for course in facts.courses.values():
        open_ended = [m for m in course.enrol_methods
                      if m.method in ("manual", "self") and m.active and m.users_without_end > 0]
        if not course.found or course.archived or not open_ended \
                or not course_in_scope(facts, course, strict=True):
            continue
        count = sum(m.users_without_end for m in open_ended)
        evidence = [Evidence("moodle", f"mdl_user_enrolments (timeend = 0) pour le cours {course.id}",
                             [{"enrol": m.method, "inscrits": m.users,
                               "sans_date_de_fin": m.users_without_end} for m in open_ended])]
        fix = (f"{count} inscription(s) manuelle(s) sans date de fin : les limiter dans le temps "
               "(durée d'inscription) pour gérer l'obsolescence.")
        confidence = (0.8 if asked else 0.5) + (0.1 if automatic(course) else 0.0)
        findings.append(make(ID, OWNER, confidence, fix, evidence,
                             {"users_without_end": count, **course_params(course)},
                             {"course_id": course.id}))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Every course with manual or self enrolments that never end."""
    return [scanned(f, "", f.params["users_without_end"], "inscriptions sans date de fin")
            for f in check(facts)]
