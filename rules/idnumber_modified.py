"""idnumber modifié: the course's 'N° d'identification' no longer matches any APOGÉE code."""
from __future__ import annotations

import re

from triage.rules._common import course_in_scope, course_params, course_row, down, make, scanned
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "idnumber_modified"
TITLE = "idnumber modifié"
OWNER = "cemu"
_CODE_IN_NAME = re.compile(r"^\(([^)]+)\)")   # automatic courses are named "(CODE) label"


def check(facts: Facts) -> list[Finding]:
    """Live courses whose idnumber REFER does not know."""
    if down(facts, "refer"):
        return []
    findings = []
    for course in facts.courses.values():
        if not course.found or course.archived or not course.idnumber \
                or not course_in_scope(facts, course) \
                or course.idnumber_known is not False:
            continue
        match = _CODE_IN_NAME.match(course.fullname)
        expected = match.group(1).strip().upper() if match else ""
        evidence = [Evidence("moodle", f"mdl_course {course.id}", [course_row(course)]),
                    Evidence("refer", f"ELEMENT_PEDAGOGI pour {course.idnumber}", [])]
        known = facts.elements.get(expected)
        if known is not None and known.exists:
            evidence.append(Evidence("refer", f"ELEMENT_PEDAGOGI pour {expected}",
                                     [{"COD_ELP": expected, "LIB_ELP": known.label}]))
        fix = (f"Le n° d'identification du cours {course.id} ({course.idnumber}) ne correspond à "
               "aucun code APOGÉE : le CEMU rétablit le code d'origine"
               + (f" ({expected})." if expected else "."))
        params = {**course_params(course), "expected_code": expected}
        findings.append(make(ID, OWNER, 0.8, fix, evidence, params,
                             {"course_id": course.id, "elp": expected}))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Every live course whose idnumber REFER does not know."""
    return [scanned(f, "", 0, f"idnumber {f.params['course_code']}") for f in check(facts)]
