"""Optimisation dominicale de la base: 'Database connection failed' on Sunday 09:00-11:00."""
from __future__ import annotations

from datetime import datetime, timedelta

from triage.rules._common import clock, local, make
from triage.facts import Facts, RuleSettings
from triage.model import Evidence, Finding

ID = "db_optimisation_window"
TITLE = "Optimisation hebdomadaire de la base de données"
OWNER = "user"
GRACE = timedelta(hours=3)   # a Sunday mail just after the window most likely reports it


def is_database_error(facts: Facts) -> bool:
    """The mail reports Moodle's database error page."""
    reading = facts.reading
    return reading.symptom == "database_error" or any(
        "database" in message.lower() or "base de donn" in message.lower()
        for message in reading.entities.error_messages)


# Moodle's database error pages, as Moodle words them: the only messages a reply quotes (a free
# « Erreur : … » line is the sender's text, which a stranger could fill with anything).
MOODLE_DATABASE_ERRORS = ("Database connection failed", "Error reading from database",
                          "Erreur de lecture de la base de données")


def cited_error(facts: Facts) -> str:
    """Moodle's database error message the mail cites; "" when it cites none (the reply then
    names no message rather than one the sender never saw)."""
    return next((m for m in facts.reading.entities.error_messages
                 if m in MOODLE_DATABASE_ERRORS), "")


def window_position(now: datetime, settings: RuleSettings) -> str:
    """'inside', 'after' (same Sunday, within GRACE) or 'outside' the optimisation window."""
    moment = local(now, settings)
    if moment.weekday() != settings.optimisation_weekday:
        return "outside"
    start = moment.replace(hour=clock(settings.optimisation_start).hour,
                           minute=clock(settings.optimisation_start).minute, second=0, microsecond=0)
    end = moment.replace(hour=clock(settings.optimisation_end).hour,
                         minute=clock(settings.optimisation_end).minute, second=0, microsecond=0)
    if start <= moment <= end:
        return "inside"
    return "after" if end < moment <= end + GRACE else "outside"


def check(facts: Facts) -> list[Finding]:
    """A database error reported during (or just after) the Sunday optimisation window."""
    if not is_database_error(facts):
        return []
    position = window_position(facts.now, facts.settings)
    if position == "outside":
        return []
    settings = facts.settings
    evidence = [Evidence("clock", "Date du mail (heure de Paris)",
                         [{"date": local(facts.now, settings).isoformat(), "fenêtre":
                           f"{settings.weekday_name()} {settings.optimisation_start}–"
                                     f"{settings.optimisation_end}"}]),
                Evidence("mail", "Message d'erreur cité",
                         [{"erreur": m} for m in facts.reading.entities.error_messages])]
    fix = "Optimisation hebdomadaire de la base : rien à faire, le service revient seul. S'excuser."
    params = {"start": settings.optimisation_start, "end": settings.optimisation_end,
              "position": position, "error": cited_error(facts)}
    return [make(ID, OWNER, 0.95 if position == "inside" else 0.6, fix, evidence, params)]
