"""Triage statistics for managers (`triage stats`, the web stats page)."""
from __future__ import annotations

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from triage.store import models as m


def summary(session: Session) -> dict:
    """The `triage stats --json` contract: counts, by symptom and by situation."""
    def count(q):
        return session.scalar(q) or 0
    by_symptom = dict(session.execute(
        select(m.Ticket.symptom, func.count()).where(m.Ticket.symptom != "")
        .group_by(m.Ticket.symptom)).all())
    # A situation counts once per ticket, from the ticket's latest analysis.
    latest = (select(func.max(m.Analysis.id)).group_by(m.Analysis.ticket_id)).scalar_subquery()
    by_situation = dict(session.execute(
        select(m.FindingRow.situation, func.count(distinct(m.FindingRow.ticket_id)))
        .where(m.FindingRow.analysis_id.in_(latest)).group_by(m.FindingRow.situation)).all())
    by_state = dict(session.execute(select(m.Ticket.state, func.count())
                                    .group_by(m.Ticket.state)).all())
    return {
        "messages": count(select(func.count()).select_from(m.Message)
                          .where(m.Message.direction == "in")),
        "tickets": count(select(func.count()).select_from(m.Ticket)),
        "drafts": count(select(func.count()).select_from(m.Draft)),
        "sent": count(select(func.count()).select_from(m.Outgoing)
                      .where(m.Outgoing.state == "sent")),
        "by_symptom": by_symptom,
        "by_situation": by_situation,
        "by_state": by_state,
    }
