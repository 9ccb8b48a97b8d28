"""Forwards to the owner of a fix, followed until the fix shows in the data.

An agent forwards a finding (web: "Transférer"); from then on the workers re-diagnose that
ticket against fresh data at most once per `RECHECK_EVERY` (the data only changes with the
nightly sync), storing a new analysis without touching the ticket's state or its drafts. When
the latest analysis no longer finds the forwarded situation, the fix has landed.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from triage.mail.parse import parse_mail
from triage.pipeline.worker import store_findings
from triage.store import models as m

RECHECK_EVERY = timedelta(hours=12)
FORWARD, FIXED = "forward", "forward_fixed"


def latest_analysis(session: Session, ticket_id: int) -> m.Analysis | None:
    return session.scalars(select(m.Analysis).where(m.Analysis.ticket_id == ticket_id)
                           .order_by(m.Analysis.id.desc()).limit(1)).first()


def still_found(session: Session, ticket_id: int, situation: str) -> bool:
    """Whether the ticket's latest analysis still finds `situation`."""
    latest = latest_analysis(session, ticket_id)
    return latest is not None and session.scalar(
        select(m.FindingRow.id).where(m.FindingRow.analysis_id == latest.id,
                                      m.FindingRow.situation == situation).limit(1)) is not None


def closed_by_agents(session: Session) -> set[int]:
    """Outgoing ids of the forwards an agent marked as fixed."""
    return {(d or {}).get("outgoing") for d in session.scalars(
        select(m.AuditEntry.detail).where(m.AuditEntry.action == FIXED))}


def open_forwards(session: Session) -> list[m.AuditEntry]:
    """Forwards neither closed by an agent nor gone from the latest diagnosis."""
    closed = closed_by_agents(session)
    entries = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == FORWARD)
                              .order_by(m.AuditEntry.id)).all()
    return [e for e in entries if (e.detail or {}).get("outgoing") not in closed
            and still_found(session, e.ticket_id, (e.detail or {}).get("situation", ""))]


def recheck(sessions: sessionmaker, analyser, every: timedelta = RECHECK_EVERY) -> int:
    """Re-diagnose, as of now, the tickets of open forwards not checked for `every`."""
    now, done = m.utcnow(), 0
    with sessions() as session:
        due = {e.ticket_id for e in open_forwards(session)}
        for ticket_id in sorted(due):
            latest = latest_analysis(session, ticket_id)
            if latest is not None and latest.created_at.replace(
                    tzinfo=latest.created_at.tzinfo or now.tzinfo) > now - every:
                continue
            ticket = session.get(m.Ticket, ticket_id)
            message = next((x for x in reversed(ticket.messages) if x.direction == "in"), None)
            if message is None:
                continue
            analysis = analyser.analyse(parse_mail(message.raw), now=now)
            if not analysis.pending_sources:     # a source down proves nothing: try later
                store_findings(session, ticket, message, analysis)
                done += 1
        session.commit()
    return done
