"""An agent writes the reply themselves, whatever the bot proposed (after « Rejeter » too): from
a blank page or from any template, filled from the ticket's latest diagnosis when it found that
situation, with « […] » where a value is missing (approving refuses a draft that still has one).

The new draft replaces the open one (superseded) and the ticket waits for review again.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.config import Config
from triage.model import Evidence, Finding, ParsedMail, Reading
from triage.pipeline import parsed
from triage.pipeline.analyse import rule_settings
from triage.pipeline.forwards import latest_analysis
from triage.pipeline.lifecycle import DraftState, Event, move, settle_draft
from triage.pipeline.review import audit
from triage.responses.compose import BLANK, GAP, compose_with
from triage.responses.note import TEMPLATE_TITLES
from triage.responses.render import template_ids
from triage.rules import situation_title
from triage.store import models as m

__all__ = ["BLANK", "GAP", "choices", "start_reply"]


def choices() -> dict[str, str]:
    """Template id -> French name, for the agent's picker: a blank page, then the FAQ's
    situations, then the templates that answer no single situation."""
    ids = [t for t in template_ids() if t != "to_write"]
    generic = [t for t in ids if t in TEMPLATE_TITLES]
    situations = sorted((t for t in ids if t not in TEMPLATE_TITLES), key=situation_title)
    return {BLANK: "Page blanche", **{t: situation_title(t) for t in situations},
            **{t: TEMPLATE_TITLES[t] for t in generic}}


def _findings(session: Session, analysis: m.Analysis) -> list[Finding]:
    rows = session.scalars(select(m.FindingRow).where(m.FindingRow.analysis_id == analysis.id)
                           .order_by(m.FindingRow.confidence.desc()))
    return [Finding(r.situation, r.confidence, r.owner, r.fix,
                    [Evidence(**e) for e in r.evidence or []], dict(r.params or {}),
                    title=situation_title(r.situation)) for r in rows]


def start_reply(session: Session, ticket: m.Ticket, user: m.User, template: str,
                config: Config) -> m.Draft:
    """A new proposed draft from `template` (or BLANK) for the agent to edit; the ticket goes
    back to review. Raises ValueError for an unknown template, IllegalMove for a ticket already
    answered. No commit."""
    if template not in choices():
        raise ValueError(f"modèle inconnu : {template}")
    move(ticket, Event.AGENT_DRAFT)
    analysis = latest_analysis(session, ticket.id)
    message = (session.get(m.Message, analysis.message_id) if analysis
               else ticket.last_incoming)
    mail = parsed.of(session, message) if message else ParsedMail(message_id="")
    reading = Reading.from_dict(analysis.reading) if analysis else Reading(
        language=ticket.language, sender_role=ticket.sender_role)
    findings = _findings(session, analysis) if analysis else []
    draft = compose_with(template, mail, reading, findings, rule_settings(config))
    for old in ticket.drafts:
        if old.state == DraftState.PROPOSED:
            settle_draft(old, DraftState.SUPERSEDED)
    row = m.Draft(ticket_id=ticket.id, analysis_id=analysis.id if analysis else None,
                  template=draft.template, templates=draft.templates, findings=draft.findings,
                  language=draft.language, subject=draft.subject, original_text=draft.text,
                  text=draft.text, internal_note="Réponse rédigée par un agent à partir de « "
                  f"{choices()[template]} »." + (f" Complétez les passages {GAP}." if GAP in
                                                   draft.text else ""))
    session.add(row)
    session.flush()
    audit(session, user, "write", ticket, draft=row.id, template=template)
    return row
