"""Cours archivé: the course's APOGÉE code vanished from REFER, so Ecampus archived the course."""
from __future__ import annotations

from triage.rules._common import course_in_scope, course_params, course_row, down, make
from triage.facts import CourseFacts, Facts
from triage.model import Evidence, Finding

ID = "archived_course"
TITLE = "Cours archivé"
OWNER = "scolarite"


def _evidence(facts: Facts, course: CourseFacts) -> list[Evidence]:
    rows = [Evidence("moodle", f"mdl_course {course.id} (catégorie d'archive)", [course_row(course)])]
    element = facts.elements.get(course.idnumber.upper())
    if element is not None and not down(facts, "refer"):
        found = [{"COD_ELP": element.code, "ETA_ELP": element.status}] if element.exists else []
        rows.append(Evidence("refer", f"ELEMENT_PEDAGOGI pour {course.idnumber}", found))
    if course.successors:
        rows.append(Evidence("moodle", "Cours actifs de même libellé",
                             [{"id": s.id, "fullname": s.fullname, "idnumber": s.idnumber}
                              for s in course.successors]))
    return rows


def check(facts: Facts) -> list[Finding]:
    """An archived course cited by the mail (directly or through its code)."""
    findings = []
    for course in facts.courses.values():
        if not (course.found and course.archived) or not course_in_scope(facts, course):
            continue
        params = course_params(course)
        if course.successors:
            new = course.successors[0]
            params.update(successor_id=new.id, successor_name=new.fullname,
                          successor_code=new.idnumber)
            fix = (f"Le code APOGÉE a changé ({course.idnumber} → {new.idnumber}) : l'enseignant "
                   f"copie le contenu de l'ancien espace vers le nouveau (cours {new.id}).")
            owner = "teacher"
        else:
            fix = (f"Le code {course.idnumber} a disparu de REFER : la scolarité vérifie si la "
                   "suppression était voulue ; sinon elle la corrige dans APOGÉE "
                   "(désarchivage la nuit suivante).")
            owner = OWNER
        findings.append(make(ID, owner, 0.9, fix, _evidence(facts, course), params,
                             {"course_id": course.id, "elp": course.idnumber}))
    return findings
