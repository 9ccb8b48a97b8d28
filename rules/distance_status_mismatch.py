"""Gestion du statut à distance: student IA, element and group must agree on 'à distance'.

The seed's table, keyed by (group FOAD, ELP à distance, IA en télé-enseignement); the columns are
the detectability (warning update_oof, database enrolment error, warning update_groups) and the
consequences (no enrolment, no group). Rows 'normal' and 'b' have no consequence.
"""
from __future__ import annotations

from triage.rules._common import (course_params, down, first_course, group_of, in_scope, make,
                                  scanned, yn)
from triage.facts import ElementFacts, Facts, StudentElement, StudentFacts
from triage.model import Evidence, Finding

ID = "distance_status_mismatch"
TITLE = "Gestion du statut à distance"
OWNER = "scolarite"

TABLE: dict[tuple[int, int, int], dict] = {
    (1, 0, 1): {"case": "e", "update_oof": 0, "db_error": 1, "update_groups": "", "no_enrolment": 1, "no_group": 1},
    (0, 0, 1): {"case": "a", "update_oof": 0, "db_error": 1, "update_groups": "w9", "no_enrolment": 1, "no_group": 1},
    (0, 1, 1): {"case": "c", "update_oof": 0, "db_error": 0, "update_groups": "w9", "no_enrolment": 0, "no_group": 1},
    (1, 0, 0): {"case": "d", "update_oof": 0, "db_error": 0, "update_groups": "", "no_enrolment": 0, "no_group": 1},
    (1, 1, 0): {"case": "f", "update_oof": 0, "db_error": 0, "update_groups": "", "no_enrolment": 0, "no_group": 1},
    (0, 0, 0): {"case": "normal", "update_oof": 0, "db_error": 0, "update_groups": "", "no_enrolment": 0, "no_group": 0},
    (0, 1, 0): {"case": "b", "update_oof": 0, "db_error": 0, "update_groups": "", "no_enrolment": 0, "no_group": 0},
    (1, 1, 1): {"case": "normal", "update_oof": 0, "db_error": 0, "update_groups": "", "no_enrolment": 0, "no_group": 0},
}
_CONFIDENCE = {"a": 0.9, "e": 0.9, "c": 0.85, "d": 0.75, "f": 0.75}


def classify(group_foad: bool, elp_distance: bool, ia_tele: bool) -> dict:
    """The seed's row for these three declarations."""
    return TABLE[(int(group_foad), int(elp_distance), int(ia_tele))]


def _fix(case: str, code: str, group: str, artificial: bool) -> str:
    if case in ("a", "e"):
        return (f"IA en télé-enseignement mais ELP {code} non déclaré « à distance » : ni "
                "inscription ni groupe. La scolarité déclare l'ELP à distance (si IA en "
                "télé-enseignement, toutes les ELP doivent l'être) ou corrige l'IA.")
    if case == "c" and artificial:
        return (f"Situation c artificielle : l'étudiant est dans le pseudo-groupe automatique "
                f"{group}, réputé présentiel. La scolarité crée pour {code} un groupe libellé "
                "CEMU (ou EAD) et y affecte les étudiants à distance.")
    if case == "c":
        return (f"Tout est en télé-enseignement mais le groupe {group} n'est pas libellé CEMU/EAD : "
                "la scolarité affecte l'étudiant à un groupe CEMU.")
    return (f"Groupe {group} « CEMU » mais IA non en télé-enseignement : la scolarité corrige "
            "l'IA ou affecte l'étudiant à un groupe présentiel.")


def _ia_tele(student: StudentFacts, link: StudentElement) -> bool:
    if link.distant is not None:
        return link.distant
    return any(e.tele for e in student.enrolments if e.status == "E")


def _groups(element: ElementFacts, link: StudentElement) -> list:
    """The student's groups; without an assignment, the automatic ELP_ pseudo-group it falls in."""
    if link.groups:
        return [group_of(element, code) for code in link.groups]
    if any(not g.pseudo for g in element.groups):
        return []   # real groups but none assigned: missing_group_enrolment explains it
    return [g for g in element.groups if g.pseudo]


def _finding(facts: Facts, student: StudentFacts, element: ElementFacts,
             link: StudentElement) -> Finding | None:
    groups = _groups(element, link)
    if not groups:
        return None
    ia_tele = _ia_tele(student, link)
    group_foad = any(g.foad for g in groups)
    row = classify(group_foad, bool(element.a_distance), ia_tele)
    if row["case"] in ("normal", "b"):
        return None
    artificial = row["case"] == "c" and all(g.pseudo for g in groups)
    names = ", ".join(g.code for g in groups)
    evidence = [
        Evidence("refer", f"T_ADE_ACTIVITES_ETUDIANTS pour {element.code}",
                 [{"COD_ELP": element.code, "COD_ETU": student.number, "DISTANT": yn(ia_tele),
                   "IDGROUPE": names}]),
        Evidence("refer", f"T_ADE_ACTIVITES pour {element.code}",
                 [{"COD_ELP": element.code, "A_DISTANCE": yn(element.a_distance)}]),
        Evidence("refer", "Groupes de l'étudiant",
                 [{"COD_GPE": g.code, "LIB_GPE": g.label, "FOAD": int(g.foad), "pseudo": g.pseudo}
                  for g in groups]),
    ]
    params = {**row, "artificial": artificial, "elp": element.code, "elp_label": element.label,
              "student": student.number, "group": names,
              **course_params(first_course(facts, element.code))}
    return make(ID, OWNER, _CONFIDENCE[row["case"]], _fix(row["case"], element.code, names, artificial),
                evidence, params, {"elp": element.code, "student": student.number})


def check(facts: Facts) -> list[Finding]:
    """Every cited student × element whose three distance declarations disagree."""
    if down(facts, "refer"):
        return []
    findings = []
    for student in facts.students.values():
        for code, link in student.elements.items():
            element = facts.elements.get(code)
            # No ADE activity (a_distance None): nothing to compare against.
            if element is None or element.a_distance is None or not in_scope(facts, code) \
                    or (not link.has_ip and link.distant is None):
                continue
            finding = _finding(facts, student, element, link)
            if finding:
                findings.append(finding)
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Every disagreement costs a ticket: a and e leave the student out, c, d, f without group."""
    return [scanned(f, f.params["case"], None,
                    f"groupe {f.params['group']}" if f.params["no_enrolment"]
                    else "pas de groupe CEMU/EAD adéquat")
            for f in check(facts)]
