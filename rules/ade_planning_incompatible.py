"""Planification ADE non compatible: a teacher is enrolled only through a valid ADE planning."""
from __future__ import annotations

from triage.rules._common import (course_params, down, first_course, in_scope, make,
                                  planning_years, scanned)
from triage.facts import ElementFacts, Facts, Planning
from triage.model import Evidence, Finding

ID = "ade_planning_incompatible"
TITLE = "Planification ADE non compatible"
OWNER = "scolarite"

FIXES = {
    "ade_only": "La fiche ADE de {code} n'est pas reliée à un élément APOGÉE : elle n'a aucun effet "
                "sur Ecampus. Planifier sur la fiche de l'élément APOGÉE.",
    "obsolete": "La fiche ADE porte sur l'élément {code}, obsolète dans APOGÉE : planifier sur "
                "l'élément actuel.",
    "masked": "Un groupe APOGÉE ({new}) a été créé après les planifications faites sur le "
              "pseudo-groupe {pseudo} : il les masque. Planifier le nouveau groupe dans ADE.",
    "associated_only": "L'enseignant est seulement associé dans ADE, sans séance planifiée avec "
                       "lui sur {code} : planifier les cours avec l'enseignant.",
    "no_planning": "Aucune planification ADE pour {code} : l'enseignant n'est pas inscrit "
                   "automatiquement (normal seulement pour un cours intégralement à distance).",
    "no_teacher": "Les séances ADE de {code} sont planifiées sans aucun enseignant : la "
                  "synchronisation n'inscrit personne. Planifier les séances avec les enseignants.",
}


def _current(facts: Facts, plannings: list[Planning]) -> list[Planning]:
    years = planning_years(facts)
    return [p for p in plannings if p.academic_year in years]


def _masking(element: ElementFacts, plannings: list[Planning]) -> tuple[str, str] | None:
    """(new group, pseudo-group) when a real group without planning hides a planned pseudo-group."""
    planned = {p.group for p in plannings if p.scheduled}
    pseudo = [g.code for g in element.groups if g.pseudo and g.code in planned]
    new = [g.code for g in element.groups if not g.pseudo and g.code not in planned]
    return (new[0], pseudo[0]) if pseudo and new else None


def _teacher_variant(element: ElementFacts, own: list[Planning],
                     masked: tuple[str, str] | None) -> tuple[str, dict]:
    """Why this teacher's plannings enrol them nowhere."""
    if all(p.elp == "" for p in own):
        return "ade_only", {}
    if element.status == "F" or not element.exists:
        return "obsolete", {}
    scheduled = [p for p in own if p.scheduled]
    if masked and scheduled and all(p.group == masked[1] for p in scheduled):
        return "masked", {"new": masked[0], "pseudo": masked[1]}
    if not scheduled:
        return "associated_only", {}
    return "", {}


def variant(facts: Facts, element: ElementFacts, enrolled: set[str] | None) -> tuple[str, dict]:
    """Which of the FAQ's incompatibilities leaves a planned teacher out, or every teacher (the
    sessions have none: `no_teacher`); '' when none.

    `enrolled`: logins already teaching in the course (None when Moodle could not tell)."""
    plannings = _current(facts, element.plannings)
    if not plannings:
        return ("no_planning", {}) if element.exists and element.a_distance is not True else ("", {})
    if not any(p.teacher for p in plannings):
        return ("no_teacher", {}) if element.exists else ("", {})
    masked = _masking(element, plannings)
    own_sender = facts.sender_user.username if facts.sender_user else ""
    teachers = sorted({p.teacher for p in plannings if p.teacher},
                      key=lambda t: (t != own_sender, t))   # the writing teacher first
    for teacher in teachers:
        if enrolled is not None and teacher in enrolled:
            continue
        kind, extra = _teacher_variant(element, [p for p in plannings if p.teacher == teacher],
                                       masked)
        if kind:
            return kind, {**extra, "teacher": teacher, "is_sender": teacher == own_sender}
    return "", {}


def check(facts: Facts) -> list[Finding]:
    """Cited elements whose ADE planning cannot enrol their teachers."""
    # A student's mail is never about teacher enrolment: their IP elements are not in question.
    if down(facts, "refer") or facts.reading.sender_role == "student":
        return []
    asked = facts.reading.symptom == "teacher_not_enrolled"
    findings = []
    for element in facts.elements.values():
        if not in_scope(facts, element.code, strict=True):
            continue
        course = first_course(facts, element.code)
        enrolled = {t.username for t in course.teachers} if course and course.found else None
        kind, extra = variant(facts, element, enrolled)
        # Without the teacher's complaint, a missing planning is too common to report.
        if not kind or (kind == "no_planning" and not asked):
            continue
        evidence = [Evidence("refer", f"Planification ADE pour {element.code}",
                             [{"COD_ELP": p.elp, "groupe": p.group, "enseignant": p.teacher,
                               "date": p.day.isoformat() if p.day else "", "planifié": p.scheduled,
                               "COD_ANU": p.academic_year} for p in element.plannings]),
                    Evidence("refer", f"ELEMENT_PEDAGOGI pour {element.code}",
                             [{"COD_ELP": element.code, "ETA_ELP": element.status}]
                             if element.exists else [])]
        params = {"variant": kind, "elp": element.code, "elp_label": element.label,
                  "teacher": "", "is_sender": False, **extra, **course_params(course)}
        fix = FIXES[kind].format(code=element.code, **extra)
        if params["teacher"]:
            fix += f" (enseignant : {params['teacher']})"
        findings.append(make(ID, OWNER, 0.85 if asked else 0.55, fix, evidence, params,
                             {"elp": element.code}))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Fiches whose teacher the sync will not enrol (a missing planning is only asked about)."""
    return [scanned(f, f.params["variant"], 1,
                    f"fiche {f.params['elp']}, enseignant {f.params['teacher'] or '-'}")
            for f in check(facts)]
