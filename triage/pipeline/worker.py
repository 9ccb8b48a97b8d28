"""Triage workers: take tickets waiting for a diagnosis, analyse, store findings and draft."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from triage.model import Analysis, to_dict
from triage.pipeline import failures, parsed
from triage.pipeline.analyse import Analyser
from triage.pipeline.ingest import Intake, thread_received
from triage.pipeline.lifecycle import DraftState, Event, TicketState, move, settle_draft
from triage.store import models as m

log = logging.getLogger(__name__)
MAX_PENDING_ATTEMPTS = 6   # then the partial draft goes to an agent anyway


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=min(2 ** attempts, 120))


def claim_batch(session: Session, limit: int) -> list[m.Ticket]:
    """Tickets due for triage, locked for this worker (SKIP LOCKED on PostgreSQL)."""
    now = m.utcnow()
    query = (select(m.Ticket)
             .where(or_(m.Ticket.state == TicketState.NEW,
                        and_(m.Ticket.state == TicketState.PENDING, m.Ticket.retry_at <= now)))
             .order_by(m.Ticket.id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    return list(session.scalars(query))


def store_findings(session: Session, ticket: m.Ticket, message: m.Message,
                   analysis: Analysis) -> m.Analysis:
    """Write the analysis and its findings (no draft, the ticket's state untouched)."""
    row = m.Analysis(ticket_id=ticket.id, message_id=message.id,
                     reading=to_dict(analysis.reading), judged_at=analysis.now,
                     pending_sources=list(analysis.pending_sources))
    session.add(row)
    session.flush()
    for source, cause in analysis.source_errors.items():   # why the diagnosis waits
        failures.record_source(session, source, cause, ticket_id=ticket.id)
    for f in analysis.findings:
        session.add(m.FindingRow(
            analysis_id=row.id, ticket_id=ticket.id, situation=f.situation,
            confidence=f.confidence, owner=f.owner, fix=f.fix, evidence=to_dict(f.evidence),
            params=to_dict(f.params), elp=str(f.subject.get("elp", ""))[:30],
            composante=str(f.subject.get("composante", ""))[:30],
            composante_label=str(f.subject.get("composante_label", ""))[:120],
            course_id=f.subject.get("course_id")))
    return row


def store_analysis(session: Session, ticket: m.Ticket, message: m.Message,
                   analysis: Analysis) -> m.Draft | None:
    """Write the analysis, its findings and its draft; move the ticket on."""
    row = store_findings(session, ticket, message, analysis)
    reading = analysis.reading
    ticket.symptom, ticket.sender_role, ticket.language = (reading.symptom, reading.sender_role,
                                                           reading.language)
    for old in ticket.drafts:
        if old.state == DraftState.PROPOSED:
            settle_draft(old, DraftState.SUPERSEDED)
    draft = None
    if analysis.draft is not None:
        d = analysis.draft
        draft = m.Draft(ticket_id=ticket.id, analysis_id=row.id, template=d.template,
                        templates=list(d.templates), findings=list(d.findings),
                        language=d.language, subject=d.subject, original_text=d.text,
                        text=d.text, internal_note=d.internal_note, partial=d.partial)
        session.add(draft)
    if analysis.draft is None:
        move(ticket, Event.NOTHING_TO_ANSWER)
    elif analysis.pending_sources and ticket.attempts < MAX_PENDING_ATTEMPTS:
        move(ticket, Event.SOURCE_DOWN)          # "diagnostic en attente": retried later
        ticket.retry_at = m.utcnow() + _backoff(ticket.attempts)
    else:
        move(ticket, Event.DIAGNOSED)
    return draft


def triage_ticket(session: Session, ticket: m.Ticket, analyser: Analyser,
                  now: datetime | None = None) -> None:
    """Analyse the ticket's latest incoming message."""
    message = ticket.last_incoming
    ticket.attempts += 1
    if message is None:
        move(ticket, Event.TRIAGE_FAILED, reason="aucun message reçu sur ce ticket")
        return
    analysis = analyser.analyse(parsed.of(session, message), now=now)
    store_analysis(session, ticket, message, analysis)


def run_pending(sessions: sessionmaker, analyser: Analyser, limit: int = 50,
                intake: Intake = Intake()) -> int:
    """Thread what the watcher stored, then triage one batch of due tickets; returns the work
    done (messages threaded + tickets triaged)."""
    with sessions() as session:
        done = thread_received(session, intake, limit=max(limit, 200))
    with sessions() as session:
        for ticket in claim_batch(session, limit):
            try:
                with session.begin_nested():
                    triage_ticket(session, ticket, analyser)
            except Exception as exc:  # one bad ticket must not stop the queue
                log.exception("triage failed for ticket %s", ticket.id)
                move(ticket, Event.TRIAGE_FAILED, reason=failures.diagnosis_failed(exc))
                failures.record(session, failures.DIAGNOSIS, exc, ticket_id=ticket.id)
            done += 1
        session.commit()
    return done
