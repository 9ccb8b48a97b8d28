"""Bloc Participants: since the September 2020 update it lives in the left-hand menu."""
from __future__ import annotations

from triage.rules._common import mail_evidence, make
from triage.facts import Facts
from triage.model import Finding

ID = "participants_block_moved"
TITLE = "Bloc « Participants » déplacé"
OWNER = "user"


def check(facts: Facts) -> list[Finding]:
    """The mail asks where the Participants block went."""
    if facts.reading.symptom != "participants_block_missing":
        return []
    fix = "Le lien Participants est dans le menu contextuel à gauche (bouton « hamburger »)."
    return [make(ID, OWNER, 0.95, fix, [mail_evidence(facts)], {})]
