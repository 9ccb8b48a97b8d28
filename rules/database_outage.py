"""Panne de base de données hors fenêtre: a database error outside the Sunday window is an incident."""
from __future__ import annotations

from triage.rules._common import local, make
from triage.rules.db_optimisation_window import cited_error, is_database_error, window_position
from triage.facts import Facts
from triage.model import Evidence, Finding

ID = "database_outage"
TITLE = "Erreur de base de données hors optimisation"
OWNER = "cemu"


def check(facts: Facts) -> list[Finding]:
    """A database error reported outside the optimisation window: the CEMU checks the platform."""
    if not is_database_error(facts) or window_position(facts.now, facts.settings) != "outside":
        return []
    evidence = [Evidence("clock", "Date du mail (heure de Paris)",
                         [{"date": local(facts.now, facts.settings).isoformat(),
                           "fenêtre d'optimisation": "non"}]),
                Evidence("mail", "Message d'erreur cité",
                         [{"erreur": m} for m in facts.reading.entities.error_messages])]
    fix = ("Erreur de base de données hors de la fenêtre d'optimisation hebdomadaire : vérifier "
           "l'état de la plateforme et, si besoin, alerter l'exploitation.")
    return [make(ID, OWNER, 0.7, fix, evidence, {"error": cited_error(facts)})]
