"""What people read about actions and evidence: the ticket's history as one timeline in order,
each entry in French (never `draft=1 edited=True`), and evidence values formatted (Oui/Non,
dates in Europe/Paris, « aucune » for Moodle's 0 dates)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.store import models as m
from triage.web import labels
from triage.web.filters import aware, when

REASONS = {"nothing_to_answer": "rien à répondre", "duplicate": "doublon",
           "other_helpdesk": "traité par une autre assistance", "auto_reply":
           "réponse automatique", "spam": "indésirable", "other": "autre"}
FIELDS = {"symptom": "symptôme", "situation": "situation"}
HOW = {"password": "par mot de passe", "cas": "par le CAS"}


def correction_label(field: str, value: str) -> str:
    """The French label of a symptom or situation an agent chose or the bot read (« autre »,
    « aucun » when there is none)."""
    if value == "other":
        return "autre"
    if not value:
        return "aucun" if field == "symptom" else "aucune"
    return labels.SYMPTOMS.get(value, value) if field == "symptom" else labels.situation(value)


def describe(action: str, detail: dict | None, people: dict[int, str] | None = None) -> str:
    """The French complement of an audit entry's action (« à Agent Deux », « motif : … »)."""
    d, people = detail or {}, people or {}
    if action == "approve":
        return "modifiée par l'agent" if d.get("edited") else "telle que proposée"
    if action in ("reject", "not_to_answer") and d.get("reason"):
        return f"motif : {REASONS.get(d['reason'], d['reason'])}"
    if action == "reassign":
        return f"à {d['to']}" if d.get("to") else "ticket libéré"
    if action == "take_over" and d.get("previous") in people:
        return f"à {people[d['previous']]}"
    if action == "forward":
        return f"à {d.get('to', '')} ({labels.situation(d.get('situation', ''))})"
    if action == "correct":
        field = d.get("field", "")
        return (f"{FIELDS.get(field, field)} : {correction_label(field, d.get('bot', ''))} → "
                f"{correction_label(field, d.get('agent', ''))}")
    if action == "write":
        return f"à partir de « {labels.template(d.get('template', ''))} »"
    if action == "merge":
        return (f"ticket #{d['merged']} fusionné ici" if d.get("merged")
                else f"fusionné dans le ticket #{d.get('into')}")
    if action == "answer_all":
        return f"même réponse que le ticket #{d.get('with_ticket')}"
    if action == "login":
        return HOW.get(d.get("how", ""), "")
    if action in ("user_add", "user_update"):
        role = labels.ROLES.get(d.get("role", ""), d.get("role", ""))
        state = "" if d.get("active", True) else ", désactivé"
        password = ", mot de passe changé" if d.get("password") else ""
        return f"{d.get('username', '')} ({role}{state}{password})"
    if action == "component_error":
        return (f"{labels.COMPONENTS.get(d.get('component', ''), d.get('component', ''))} : "
                f"{d.get('error', '')} {d.get('message', '')}").strip()
    return ""


@dataclass
class Event:
    at: datetime
    who: str
    what: str
    detail: str = ""


def timeline(session: Session, ticket: m.Ticket, people: dict[int, str]) -> list[Event]:
    """The ticket's history in time order: the audit entries, and the drafts the bot replaced
    (the approvals and rejections are the audit's own lines: never twice)."""
    events = [Event(aware(e.at), people.get(e.user_id, "robot") if e.user_id else "robot",
                    labels.ACTIONS.get(e.action, e.action), describe(e.action, e.detail, people))
              for e in session.scalars(select(m.AuditEntry)
                                       .where(m.AuditEntry.ticket_id == ticket.id))]
    events += [Event(aware(d.created_at), "robot",
                     f"a proposé un brouillon « {labels.template(d.template)} »",
                     labels.DRAFT_STATES[d.state] if d.state == "superseded" else "")
               for d in ticket.drafts if d.template != "agent_written"]
    return sorted(events, key=lambda e: e.at)


# --------------------------------------------------------------------------- evidence values
COLUMNS = {"id": "n°", "shortname": "nom abrégé", "fullname": "intitulé",
           "idnumber": "n° d'identification", "visible": "visible", "startdate": "début",
           "enddate": "fin", "timecreated": "créé le", "timemodified": "modifié le",
           "timestart": "début", "timeend": "fin", "status": "état", "enrol": "méthode",
           "name": "nom", "lastaccess": "dernier accès", "category": "catégorie",
           "symptom": "symptôme"}
_TIMES = {"startdate", "enddate", "timecreated", "timemodified", "timestart", "timeend",
          "lastaccess", "timeaccess"}
_FLAGS = {"visible", "suspended", "deleted"}


def column(name: str) -> str:
    """A column header as people read it (Moodle's names translated; APOGÉE's kept)."""
    return COLUMNS.get(name, name)


def cell(name: str, value: object) -> str:
    """An evidence value as people read it."""
    if value is True or value is False:
        return "Oui" if value else "Non"
    if value is None or value == "":
        return "—"
    if name == "symptom" and isinstance(value, str):
        return labels.SYMPTOMS.get(value, value)
    if name in _FLAGS and value in (0, 1, "0", "1"):
        return "Oui" if int(value) else "Non"
    if name in _TIMES and isinstance(value, int):
        if value == 0:
            return "aucune"
        return when(datetime.fromtimestamp(value, timezone.utc))
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        if len(value) == 10:
            return f"{parsed:%d/%m/%Y}"
        return when(parsed)
    if isinstance(value, (datetime, date)):
        return when(value) if isinstance(value, datetime) else f"{value:%d/%m/%Y}"
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(name, v) for v in value)
    return str(value)

