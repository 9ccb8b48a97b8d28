"""Cours caché: automatic courses are created hidden; the teaching team decides when to show them."""
from __future__ import annotations

from triage.rules._common import (SEEING_SYMPTOMS, course_in_scope, course_params, course_row,
                                  local, make, scanned)
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "hidden_course"
TITLE = "Cours caché"
OWNER = "teacher"


def _enrolled_students(facts: Facts, course_id: int) -> list[dict]:
    rows = []
    for student in facts.students.values():
        user = student.moodle_user
        if user is not None and course_id in user.courses:
            rows.append({"COD_ETU": student.number, "mdl_user.id": user.id, "inscrit": "oui"})
    return rows


def check(facts: Facts) -> list[Finding]:
    """A cited, live course whose visibility is 'Cacher'."""
    findings = []
    for course in facts.courses.values():
        if not course.found or course.archived or course.visible \
                or not course_in_scope(facts, course):
            continue
        evidence = [Evidence("moodle", f"mdl_course {course.id}", [course_row(course)])]
        enrolled = _enrolled_students(facts, course.id)
        if enrolled:
            evidence.append(Evidence("moodle", "Étudiants cités inscrits au cours", enrolled))
        confidence = 0.9 if facts.reading.symptom in SEEING_SYMPTOMS else 0.6
        if course.category_hidden:
            # Moodle hid it with its category (course.visibleold keeps its own setting):
            # « Afficher » in the course changes nothing while the category is hidden.
            evidence.append(Evidence("moodle", "Catégories du cours",
                                     [{"catégorie": course.category_path, "cachée": "oui",
                                       "visibleold": int(course.visible_old)}]))
            fix = (f"Le cours est caché par sa catégorie ({course.category_path}) : le CEMU "
                   "affiche la catégorie ; « Afficher » dans le cours ne change rien tant "
                   "qu'elle est cachée." + ("" if course.visible_old else
                                           " Le cours est aussi caché par ses propres "
                                           "paramètres : l'enseignant l'affichera ensuite."))
            params = {**course_params(course), "variant": "category",
                      "category": course.category_path, "own_hidden": not course.visible_old}
            findings.append(make(ID, "cemu", confidence, fix, evidence, params,
                                 {"course_id": course.id, "elp": course.idnumber}))
            continue
        fix = ("Le cours est caché : l'enseignant le rend visible (Paramètres du cours → "
               "Visibilité du cours → Afficher).")
        findings.append(make(ID, OWNER, confidence, fix, evidence,
                             {**course_params(course), "variant": "course"},
                             {"course_id": course.id, "elp": course.idnumber}))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Hidden courses with enrolled students once the term has started, and before it ends."""
    now = local(facts.now, facts.settings)
    out = []
    for finding in check(facts):
        course = facts.courses[finding.subject["course_id"]]
        started = course.start_date is not None and local(course.start_date, facts.settings) <= now
        ended = course.end_date is not None and local(course.end_date, facts.settings) <= now
        if started and not ended and course.students:
            out.append(scanned(finding, finding.params["variant"], course.students,
                               "catégorie cachée, période commencée" if course.category_hidden
                               else "cours caché, période commencée"))
    return out
