"""Code inconnu: the mail cites an APOGÉE code REFER does not know (typo, or vanished code)."""
from __future__ import annotations

from triage.rules._common import down, make
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "unknown_code"
TITLE = "Code APOGÉE inconnu"
OWNER = "user"


def check(facts: Facts) -> list[Finding]:
    """Cited codes absent from REFER and from Moodle, with the nearest known codes."""
    if down(facts, "refer"):
        return []
    findings = []
    for element in facts.elements.values():
        # A vanished code tied to a course is an archived course; one with ADE plannings is an
        # ADE-only fiche; a porté vanishes on purpose: other rules explain those.
        if element.exists or facts.courses_for(element.code) or element.plannings or element.porteur:
            continue
        evidence = [Evidence("refer", f"ELEMENT_PEDAGOGI / ETAPE pour {element.code}", []),
                    Evidence("refer", "Codes connus les plus proches",
                             [{"COD_ELP": c} for c in element.near_codes])]
        fix = f"Le code {element.code} est inconnu de REFER : demander le bon code à l'expéditeur"
        fix += f" (proches : {', '.join(element.near_codes)})." if element.near_codes else "."
        findings.append(make(ID, OWNER, 0.6 if element.near_codes else 0.5, fix, evidence,
                             {"code": element.code, "near_codes": list(element.near_codes)},
                             {"elp": element.code}))
    return findings
