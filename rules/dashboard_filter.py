"""Filtre du tableau de bord: a course with a past end date is 'passé' and hidden by the filter."""
from __future__ import annotations

from triage.rules._common import course_in_scope, course_params, course_row, local, mail_evidence, make
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "dashboard_filter"
TITLE = "Configuration du tableau de bord"
OWNER = "user"
_SYMPTOMS = {"course_not_on_dashboard", "course_missing", "students_cannot_see_course", "other"}


def check(facts: Facts) -> list[Finding]:
    """Cited courses already ended; or the dashboard question with no such course found."""
    symptom = facts.reading.symptom
    if symptom not in _SYMPTOMS:
        return []
    now = local(facts.now, facts.settings)
    findings = []
    for course in facts.courses.values():
        if course.found and not course.archived and course.end_date is not None \
                and course_in_scope(facts, course) \
                and local(course.end_date, facts.settings) < now:
            fix = ("Cours « passé » (date de fin échue) : régler le filtre du bloc « Vue "
                   "d'ensemble des cours » sur « Tout » ou retirer la date de fin du cours.")
            findings.append(make(ID, OWNER, 0.85 if symptom == "course_not_on_dashboard" else 0.6,
                                 fix, [Evidence("moodle", f"mdl_course {course.id}",
                                                [course_row(course)])],
                                 {**course_params(course), "end_date": course.end_date.date(),
                                  "variant": "past_course"}, {"course_id": course.id}))
    if not findings and symptom == "course_not_on_dashboard":
        fix = "Vérifier le filtre et la pagination du bloc « Vue d'ensemble des cours »."
        findings.append(make(ID, OWNER, 0.5, fix, [mail_evidence(facts)], {"variant": "generic"}))
    return findings
