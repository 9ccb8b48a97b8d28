"""outbox: queued -> sent | failed, retried with backoff; the stored Message-ID prevents doubles."""
from __future__ import annotations

import logging
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from triage.mail.transport import SendError
from triage.store import models as m

log = logging.getLogger(__name__)


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** attempts, 3600))


def deliver_due(sessions: sessionmaker, transport, sender: str, max_attempts: int = 8,
                limit: int = 20) -> int:
    """Send what is due; returns how many were sent. Each mail is committed on its own."""
    sent = 0
    with sessions() as session:
        due = session.scalars(select(m.Outgoing.id)
                              .where(m.Outgoing.state.in_(("queued", "failed")),
                                     m.Outgoing.next_attempt_at <= m.utcnow())
                              .order_by(m.Outgoing.id).limit(limit)).all()
    for out_id in due:
        with sessions() as session:
            sent += _deliver_one(session, session.get(m.Outgoing, out_id), transport, sender,
                                 max_attempts)
    return sent


def _deliver_one(session: Session, out: m.Outgoing, transport, sender: str,
                 max_attempts: int) -> int:
    if out is None or out.state == "sent":
        return 0
    out.attempts += 1
    try:
        transport.send(out.raw, sender, [out.to_addr], out.message_id)
    except SendError as exc:
        out.last_error = str(exc)[:2000]
        out.state = "failed" if out.attempts < max_attempts else "dead"
        out.next_attempt_at = m.utcnow() + _backoff(out.attempts)
        log.warning("outgoing %s to ticket %s failed (attempt %s)", out.id, out.ticket_id,
                    out.attempts)
        session.commit()
        return 0
    out.state, out.sent_at = "sent", m.utcnow()
    ticket = session.get(m.Ticket, out.ticket_id)
    ticket.state = m.ANSWERED
    ticket.first_answer_at = ticket.first_answer_at or out.sent_at
    session.add(m.Message(ticket_id=ticket.id, direction="out", message_id=out.message_id,
                          raw=out.raw, from_addr=sender, subject=ticket.subject))
    session.commit()
    return 1
