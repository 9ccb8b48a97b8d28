"""Élément suspendu: a suspended APOGÉE element suspends the course's database enrolments."""
from __future__ import annotations

from triage.rules._common import (ENROLMENT_SYMPTOMS, course_params, down, first_course, in_scope,
                                  make, scanned, students_on)
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "suspended_element"
TITLE = "Élément suspendu"
OWNER = "scolarite"


def check(facts: Facts) -> list[Finding]:
    """Cited elements with TEM_SUS_ELP = 'O'."""
    if down(facts, "refer"):
        return []
    findings = []
    for element in facts.elements.values():
        if not (element.exists and element.suspended) or not in_scope(facts, element.code):
            continue
        evidence = [Evidence("refer", f"ELEMENT_PEDAGOGI pour {element.code}",
                             [{"COD_ELP": element.code, "LIB_ELP": element.label,
                               "TEM_SUS_ELP": "O", "LIB_SUS_ELP": element.suspension_reason,
                               "COD_CMP": element.composante}])]
        fix = (f"L'élément {element.code} est suspendu dans APOGÉE"
               + (f" (motif : {element.suspension_reason})" if element.suspension_reason else "")
               + " : les inscriptions par base de données du cours sont suspendues. La scolarité "
                 "lève la suspension ou indique l'élément qui le remplace.")
        params = {"elp": element.code, "elp_label": element.label,
                  "reason": element.suspension_reason, "composante": element.composante_label,
                  **course_params(first_course(facts, element.code))}
        confidence = 0.9 if facts.reading.symptom in ENROLMENT_SYMPTOMS else 0.7
        findings.append(make(ID, OWNER, confidence, fix, evidence, params, {"elp": element.code}))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Suspended elements that still have a live course (its database enrolments are off)."""
    return [scanned(f, "", len(students_on(facts, f.params["elp"])),
                    f"motif : {f.params['reason'] or '-'}")
            for f in check(facts)
            if (course := first_course(facts, f.params["elp"])) is not None and not course.archived]
