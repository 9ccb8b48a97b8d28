"""Trop d'enseignants: database-enrolled teachers with no ADE planning (whole team associated).

From September to settings.tuilage_until the previous year's plannings still enrol teachers
(tuilage): those are expected, not a fault.
"""
from __future__ import annotations

from triage.rules._common import course_in_scope, course_params, down, make, planning_years, scanned
from triage.facts import CourseFacts, ElementFacts, Facts
from triage.model import Evidence, Finding

ID = "too_many_teachers"
TITLE = "Trop d'enseignants inscrits"
OWNER = "scolarite"
MIN_EXTRA = 3   # below this, an unplanned teacher or two is ordinary life, unless asked


def _finding(facts: Facts, course: CourseFacts, element: ElementFacts, extra: list,
             planned: set[str]) -> Finding:
    associated = {p.teacher for p in element.plannings if not p.scheduled}
    whole_team = any(t.username in associated for t in extra)
    evidence = [Evidence("moodle", f"Enseignants inscrits au cours {course.id}",
                         [{"username": t.username, "méthode": t.method,
                           "planifié": t.username in planned} for t in course.teachers]),
                Evidence("refer", f"Planification ADE pour {element.code}",
                         [{"enseignant": p.teacher, "groupe": p.group, "planifié": p.scheduled,
                           "COD_ANU": p.academic_year} for p in element.plannings])]
    manual = [t for t in extra if t.method != "database"]
    fix = (f"{len(extra)} enseignant(s) inscrit(s) sans planification ADE sur {element.code}"
           + (" : toute l'équipe est associée dans les groupes par activités ; la scolarité "
              "rectifie la planification ADE." if whole_team else
              " : la scolarité rectifie la planification ADE.")
           + (" Les inscriptions manuelles peuvent être retirées par l'enseignant." if manual else ""))
    params = {"elp": element.code, "teachers": len(course.teachers), "extra": len(extra),
              "planned": len(planned), "whole_team": whole_team, "manual": len(manual),
              **course_params(course)}
    owner = "teacher" if manual and len(manual) == len(extra) else OWNER
    return make(ID, owner, 0.8, fix, evidence, params, {"course_id": course.id, "elp": element.code})


def check(facts: Facts) -> list[Finding]:
    """Courses whose teachers outnumber those the ADE planning (with tuilage) accounts for."""
    if down(facts, "refer") or down(facts, "moodle"):
        return []
    years, asked = planning_years(facts, tuilage=True), facts.reading.symptom == "too_many_teachers"
    findings = []
    for course in facts.courses.values():
        element = facts.elements.get(course.idnumber.upper())
        if not course.found or course.archived or element is None \
                or not course_in_scope(facts, course, strict=True):
            continue
        planned = {p.teacher for p in element.plannings
                   if p.scheduled and p.teacher and p.academic_year in years}
        extra = [t for t in course.teachers if t.username not in planned]
        if len(extra) >= MIN_EXTRA or (asked and extra):
            findings.append(_finding(facts, course, element, extra, planned))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Courses with MIN_EXTRA or more teachers ADE does not plan (the rule unasked)."""
    return [scanned(f, "", f.params["extra"],
                    f"{f.params['extra']} enseignant(s) sans planification ADE sur "
                    f"{f.params['teachers']}"
                    + (f", dont {f.params['manual']} inscrit(s) à la main" if f.params["manual"]
                       else ""))
            for f in check(facts)]
