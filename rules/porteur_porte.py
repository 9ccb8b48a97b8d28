"""Relation porteur/porté: the porté vanishes; its students reach the porteur's course only through
a group in a collection shared by the porteur and every porté."""
from __future__ import annotations

from triage.rules._common import course_params, down, first_course, make, scanned, students_on
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "porteur_porte"
TITLE = "Mauvaise gestion de la relation porteur/porté"
OWNER = "scolarite"


def pairs(facts: Facts) -> set[tuple[str, str]]:
    """(porteur, porté) pairs known from the cited elements."""
    found = set()
    for element in facts.elements.values():
        if element.porteur:
            found.add((element.porteur, element.code))
        for porte in element.portes:
            found.add((element.code, porte))
    return found


def _collections(facts: Facts, porteur: str, porte: str) -> tuple[str, dict[str, list[str]]] | None:
    """(the other element, collections seen from one side): the porteur's, else the porté's."""
    for code, other in ((porteur, porte), (porte, porteur)):
        element = facts.elements.get(code)
        if element is not None and element.collections:
            return other, element.collections
    known = porteur in facts.elements or porte in facts.elements
    return (porte, {}) if known else None


def _finding(facts: Facts, porteur: str, porte: str, collections: dict[str, list[str]]) -> Finding:
    evidence = [Evidence("refer", f"ELP_PORTEUR_PORTE pour {porte}",
                         [{"COD_ELP_PORTEUR": porteur, "COD_ELP_PORTE": porte}]),
                Evidence("refer", f"GPE_OBJ : collections de {porteur}",
                         [{"COD_COL": col, "COD_ELP": ", ".join(elps)}
                          for col, elps in collections.items()])]
    names = sorted(collections)
    if names:
        fix = (f"La collection {', '.join(names)} du porteur {porteur} n'est pas associée au porté "
               f"{porte} : la scolarité mutualise la collection (porteur et portés).")
    else:
        fix = (f"Le porteur {porteur} n'a aucune collection de groupes : la scolarité place les "
               f"groupes dans une collection associée au porteur et au porté {porte}.")
    params = {"porteur": porteur, "porte": porte, "collections": names,
              **course_params(first_course(facts, porteur))}
    return make(ID, OWNER, 0.85, fix, evidence, params, {"elp": porteur, "porte": porte})


def check(facts: Facts) -> list[Finding]:
    """Porteur/porté pairs whose group collection is not shared by both."""
    if down(facts, "refer"):
        return []
    findings = []
    for porteur, porte in sorted(pairs(facts)):
        seen = _collections(facts, porteur, porte)
        if seen is None:
            continue
        other, collections = seen
        if any(other in elps for elps in collections.values()):
            continue
        findings.append(_finding(facts, porteur, porte, collections))
    return findings


def scan(facts: Facts) -> list[Finding]:
    """Pairs whose collection is not shared, with the porté's students it leaves out."""
    return [scanned(f, "collection", len(students_on(facts, f.params["porte"])),
                    (f"collection {', '.join(f.params['collections'])} absente du porté "
                     if f.params["collections"] else "aucune collection pour le porté ")
                    + f.params["porte"])
            for f in check(facts)]
