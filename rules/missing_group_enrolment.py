"""Manque d'inscription jusqu'au groupe: without a group (or an ELP_ pseudo-group) no enrolment.

Its furthest case is an IP not made at all: a student with a live IA who writes that she is not
enrolled in an element she cites, and has no IP in it (nor in its porteur / porté partner)."""
from __future__ import annotations

from triage.rules._common import (course_params, down, first_course, in_scope, make,
                                  said_codes, scanned)
from triage.facts import ElementFacts, Facts, StudentElement, StudentFacts
from triage.model import Evidence, Finding

ID = "missing_group_enrolment"
TITLE = "Manque d'inscription jusqu'au groupe"
OWNER = "scolarite"


def _element_rows(element: ElementFacts) -> list[Evidence]:
    groups = [{"COD_GPE": g.code, "LIB_GPE": g.label, "pseudo": g.pseudo} for g in element.groups]
    return [Evidence("refer", f"GROUPE / GPE_OBJ pour {element.code}", groups),
            Evidence("refer", f"ELP_CHG_TYP_HEU pour {element.code}",
                     [{"COD_ELP": element.code, "charges": "oui" if element.has_charges else "non"}])]


def _pseudo_possible(element: ElementFacts) -> bool:
    """An ELP_ pseudo-group exists, or will be made because charges are defined."""
    return element.has_charges or any(g.pseudo for g in element.groups)


def _student_gap(element: ElementFacts, link: StudentElement) -> str:
    """'' when the student reaches a group, else the variant that blocks the enrolment."""
    real = {g.code for g in element.groups if not g.pseudo}
    if real:
        return "" if real & set(link.groups) else "no_group"
    return "" if _pseudo_possible(element) else "no_charges"


def _fix(variant: str, code: str) -> str:
    if variant == "no_ip":
        return (f"Aucune inscription pédagogique à l'élément {code} cette année : la scolarité "
                "la fait dans APOGÉE (jusqu'au groupe s'il y en a), si l'étudiant doit le suivre.")
    if variant == "no_group":
        return (f"L'élément {code} a des groupes dans APOGÉE : la scolarité complète "
                "l'inscription pédagogique jusqu'au groupe.")
    return (f"L'élément {code} n'a ni groupe ni charges d'enseignement : aucun pseudo-groupe "
            "ELP_ n'est créé. La scolarité définit les charges (ou un groupe) dans APOGÉE.")


def _student_finding(facts: Facts, student: StudentFacts, element: ElementFacts,
                     link: StudentElement, variant: str) -> Finding:
    evidence = [Evidence("refer", f"IND_CONTRAT_ELP / IND_AFFECTE_GPE pour {student.number}",
                         [{"COD_ETU": student.number, "COD_ELP": element.code, "IP": "oui",
                           "groupes": ", ".join(link.groups) or "aucun"}])]
    params = {"elp": element.code, "elp_label": element.label, "student": student.number,
              "variant": variant, **course_params(first_course(facts, element.code))}
    return make(ID, OWNER, 0.85, _fix(variant, element.code), evidence + _element_rows(element),
                params, {"elp": element.code, "student": student.number})


def _nobody_can_enrol(facts: Facts, element: ElementFacts) -> bool:
    """An element without group nor charges, cited about missing enrolments, whose course is empty."""
    # Suspended elements and porteur/porté pairs have their own explanation (and rules).
    if not in_scope(facts, element.code) or not element.exists or element.kind != "elp" or element.groups or element.has_charges \
            or element.suspended or element.porteur or element.portes or element.collections \
            or facts.reading.symptom not in ("not_enrolled", "course_missing"):
        return False
    # Database enrolments in its course prove some group reaches it: the data is not the cause.
    return not any(m.method == "database" and m.users for c in facts.courses_for(element.code)
                   for m in c.enrol_methods)


# Only when the mail says the writer is missing from a course: an element cited beside others
# (« je suis passé de X à Y ») is no claim to follow it.
_NO_IP_SYMPTOMS = {"not_enrolled", "course_missing", "students_cannot_see_course"}


def _live_ia(facts: Facts, student: StudentFacts) -> bool:
    """A current IA, and none cancelled this year (cancelled_enrolment explains that one)."""
    current = [e for e in student.enrolments if e.year in ("", facts.academic_year)]
    return any(e.status == "E" for e in current) and not any(e.status == "A" for e in current)


def _partners(element: ElementFacts) -> set[str]:
    return {element.porteur, *element.portes} - {""}


def _no_ip(facts: Facts, student: StudentFacts, element: ElementFacts) -> bool:
    """The student has no IP in this cited element, nor anything that would explain it otherwise."""
    # Suspended, closed and porté / porteur elements have their own explanation (and rules);
    # an Erasmus departure keeps a student out on purpose.
    if element.kind != "elp" or not element.exists or element.suspended or element.status == "F" \
            or _partners(element):
        return False
    if not student.found or not _live_ia(facts, student) or \
            (student.exchange is not None and student.exchange.direction == "depart"):
        return False
    link = student.elements.get(element.code)
    if (link is not None and link.has_ip) or element.code in student.acquired:
        return False
    # Enrolled in its course anyway (by hand, by a cohort): not what keeps the writer out.
    courses = {c.id for c in facts.courses_for(element.code)}
    user = student.moodle_user
    return not (user is not None and courses & set(user.courses))


def _no_ip_finding(facts: Facts, student: StudentFacts, element: ElementFacts) -> Finding:
    link = student.elements.get(element.code)
    ips = sorted(c for c, l in student.elements.items() if l.has_ip)
    evidence = [Evidence("refer", f"IND_CONTRAT_ELP pour {student.number}",
                         [{"COD_ETU": student.number, "COD_ELP": element.code, "IP": "non",
                           "groupes": ", ".join(link.groups) if link else "aucun"}]),
                Evidence("refer", f"INS_ADM_ETP pour {student.number}",
                         [{"COD_ETP": e.etape, "COD_ANU": e.year, "ETA_IAE": e.status}
                          for e in student.enrolments]),
                Evidence("refer", f"Autres IP de {student.number} cette année",
                         [{"COD_ELP": ", ".join(ips) or "aucune"}])]
    params = {"elp": element.code, "elp_label": element.label, "student": student.number,
              "variant": "no_ip", **course_params(first_course(facts, element.code))}
    return make(ID, OWNER, 0.6, _fix("no_ip", element.code), evidence, params,
                {"elp": element.code, "student": student.number})


def _missing_ips(facts: Facts) -> list[Finding]:
    if facts.reading.symptom not in _NO_IP_SYMPTOMS:
        return []
    said = said_codes(facts)
    return [_no_ip_finding(facts, student, element)
            for student in facts.students.values()
            for code in sorted(said)
            if (element := facts.elements.get(code)) is not None and _no_ip(facts, student, element)]


def check(facts: Facts) -> list[Finding]:
    """Students with an IP but no group, or no IP at all in a cited element; elements that can
    give nobody a group."""
    if down(facts, "refer"):
        return []
    findings, seen = [], set()
    for student in facts.students.values():
        for code, link in student.elements.items():
            element = facts.elements.get(code)
            if not link.has_ip or element is None or not element.exists \
                    or not in_scope(facts, code):
                continue
            variant = _student_gap(element, link)
            if variant:
                findings.append(_student_finding(facts, student, element, link, variant))
                seen.add(code)
    for element in facts.elements.values():
        if element.code not in seen and _nobody_can_enrol(facts, element):
            params = {"elp": element.code, "elp_label": element.label, "variant": "no_charges",
                      **course_params(first_course(facts, element.code))}
            findings.append(make(ID, OWNER, 0.55, _fix("no_charges", element.code),
                                 _element_rows(element), params, {"elp": element.code}))
    return findings + _missing_ips(facts)


SCAN_DETAIL = {"no_group": "IP sans affectation à un groupe",
               "no_charges": "ni groupe APOGÉE ni charges d'enseignement : pas de pseudo-groupe ELP_"}


def scan(facts: Facts) -> list[Finding]:
    """Every student an IP leaves without a group (listed per element by the scan). A missing IP
    is not scanned: nothing says which elements a student should follow before she writes."""
    return [scanned(f, f.params["variant"], None, SCAN_DETAIL[f.params["variant"]])
            for f in check(facts) if f.subject.get("student") and f.params["variant"] in SCAN_DETAIL]
