"""Synchronisation de cohorte laissée en place sur un cours automatique."""
from __future__ import annotations

from triage.rules._common import course_in_scope, course_params, make, scanned
from triage.facts import CourseFacts, ElementFacts, Facts
from triage.model import Evidence, Finding

ID = "cohort_sync_left"
TITLE = "Synchronisation de cohorte laissée en place"
OWNER = "teacher"


def automatic(course: CourseFacts, element: ElementFacts | None = None) -> bool:
    """A course the APOGÉE sync feeds: its database method enrols someone, or should (REFER
    has IPs on its element, the sync enrols nobody yet because something upstream is missing).

    A space whose database method enrols nobody and whose code has no IP (FOAD2, complementary
    spaces) is where the cohort page says cohorts belong; on a fed course a cohort duplicates
    the sync and outlives its fix."""
    database = [m for m in course.enrol_methods if m.method == "database" and m.active]
    return any(m.users > 0 for m in database) or \
        bool(database and element is not None and element.ips > 0)


def check(facts: Facts) -> list[Finding]:
    """Active cohort enrolment methods on automatic courses."""
    asked = facts.reading.symptom == "cohort_question"
    findings = []
    for course in facts.courses.values():
        cohorts = [m for m in course.enrol_methods if m.method == "cohort" and m.active]
        element = facts.elements.get(course.idnumber.strip().upper())
        if not course.found or not cohorts or not automatic(course, element) \
                or not course_in_scope(facts, course, strict=True):
            continue
        evidence = [Evidence("moodle", f"mdl_enrol pour le cours {course.id}",
                             [{"enrol": m.method, "status": 0 if m.active else 1, "cohorte": m.cohort,
                               "inscrits": m.users} for m in course.enrol_methods])]
        fix = (f"Cohorte « {cohorts[0].cohort} » synchronisée sur un cours automatique : vérifier les "
               "IP jusqu'aux groupes, préférer une inscription manuelle limitée dans le temps, puis "
               "retirer la synchronisation de cohorte.")
        params = {"cohort": cohorts[0].cohort, "users": sum(m.users for m in cohorts),
                  **course_params(course)}
        findings.append(make(ID, OWNER, 0.85 if asked else 0.6, fix, evidence, params,
                             {"course_id": course.id}))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Every cohort sync left on a course the APOGÉE sync feeds."""
    return [scanned(f, "", f.params["users"], f"cohorte « {f.params['cohort'] or '?'} »")
            for f in check(facts)]
