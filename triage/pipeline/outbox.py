"""outbox: queued -> sending -> sent | failed (retried) | uncertain (a human decides); the
moves are lifecycle.OUTGOING_MOVES.

Never twice: the row is committed as 'sending' (a lease until `next_attempt_at`) before the
SMTP transaction. If the process dies after the server accepted the mail but before 'sent' is
committed, or the connection breaks during DATA, the mail may have gone out: it is not retried
blindly. It becomes 'sent' when evidence is found (the stored Message-ID in the IMAP Sent
folder, via `evidence`), else 'uncertain' and the ticket goes to a human. See docs/mail.md.
"""
from __future__ import annotations

import logging
from datetime import timedelta
from typing import Callable

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from triage.mail.transport import SendError, Transport, UncertainSend
from triage.pipeline import parsed
from triage.pipeline.lifecycle import SENDABLE, Event, OutgoingState, can, move, move_outgoing
from triage.store import models as m
from triage.store.db import affected_rows

log = logging.getLogger(__name__)
SENDING_LEASE = timedelta(minutes=10)   # longer than any SMTP transaction (timeouts are 30 s)
Evidence = Callable[[str], bool]        # message_id -> "a copy of it is in the Sent folder"


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** attempts, 3600))


def deliver_due(sessions: sessionmaker[Session], transport: Transport, sender: str, max_attempts: int = 8,
                limit: int = 20, evidence: Evidence | None = None,
                on_sent: Callable[[bytes], object] | None = None) -> int:
    """Send what is due; returns how many were sent. Each mail is committed on its own."""
    recover_stale(sessions, evidence)
    sent = 0
    with sessions() as session:
        due = session.scalars(select(m.Outgoing.id)
                              .where(m.Outgoing.state.in_(SENDABLE),
                                     m.Outgoing.next_attempt_at <= m.utcnow())
                              .order_by(m.Outgoing.id).limit(limit)).all()
    for out_id in due:
        with sessions() as session:
            if not _lease(session, out_id):
                continue            # another sender took it
            sent += _deliver_one(session, session.get_one(m.Outgoing, out_id), transport, sender,
                                 max_attempts, on_sent)
    return sent


def _lease(session: Session, out_id: int) -> bool:
    """Atomically move queued/failed -> sending and commit, before any byte goes to SMTP."""
    leased = affected_rows(session, update(m.Outgoing)
                           .where(m.Outgoing.id == out_id, m.Outgoing.state.in_(SENDABLE))
                           .values(state=OutgoingState.SENDING, attempts=m.Outgoing.attempts + 1,
                                   next_attempt_at=m.utcnow() + SENDING_LEASE))
    session.commit()
    return leased == 1


def _deliver_one(session: Session, out: m.Outgoing, transport: Transport, sender: str,
                 max_attempts: int, on_sent: Callable[[bytes], object] | None) -> int:
    try:
        transport.send(out.raw, sender, [out.to_addr], out.message_id)
    except UncertainSend as exc:
        _mark_uncertain(session, out, str(exc))
        return 0
    except SendError as exc:
        out.last_error = str(exc)[:2000]
        move_outgoing(out, OutgoingState.FAILED if out.attempts < max_attempts
                      else OutgoingState.DEAD)
        out.next_attempt_at = m.utcnow() + _backoff(out.attempts)
        log.warning("outgoing %s to ticket %s failed (attempt %s)", out.id, out.ticket_id,
                    out.attempts)
        session.commit()
        return 0
    _mark_sent(session, out, sender)
    if on_sent is not None:
        try:
            on_sent(out.raw)        # the Sent folder copy: best effort, never a resend
        except Exception as exc:  # noqa: BLE001
            log.warning("outgoing %s sent but not copied to the Sent folder: %s", out.id, exc)
    return 1


def _mark_sent(session: Session, out: m.Outgoing, sender: str) -> None:
    move_outgoing(out, OutgoingState.SENT)
    out.sent_at = m.utcnow()
    ticket = session.get_one(m.Ticket, out.ticket_id)
    if out.kind == "reply":     # a forward to the owner of a fix leaves the ticket open
        ticket.first_answer_at = ticket.first_answer_at or out.sent_at
        if can(ticket, Event.SENT):
            move(ticket, Event.SENT)
    known = session.scalars(select(m.Message).where(
        m.Message.message_id == out.message_id)).first()
    if known is None:
        parsed.parse_and_keep(session, m.Message(
            ticket_id=ticket.id, direction="out", message_id=out.message_id, raw=out.raw,
            from_addr=sender, subject=ticket.subject))
    session.commit()


def _mark_uncertain(session: Session, out: m.Outgoing, why: str) -> None:
    move_outgoing(out, OutgoingState.UNCERTAIN)
    out.last_error = why[:2000]
    ticket = session.get_one(m.Ticket, out.ticket_id)
    if out.kind == "reply":
        why_flag = ("envoi incertain : la réponse est peut-être partie ; vérifiez la boîte "
                    "d'envoi avant de la renvoyer")
        if can(ticket, Event.SEND_UNCERTAIN):
            move(ticket, Event.SEND_UNCERTAIN, reason=why_flag)
        else:       # the requester wrote again meanwhile: the ticket is in the queue already
            ticket.flag_reason = why_flag
    log.warning("outgoing %s to ticket %s: %s", out.id, out.ticket_id, why)
    session.commit()


def recover_stale(sessions: sessionmaker[Session], evidence: Evidence | None = None) -> int:
    """Settle 'sending' rows whose lease expired (the sender died): sent or uncertain."""
    settled = 0
    with sessions() as session:
        stale = session.scalars(select(m.Outgoing).where(
            m.Outgoing.state == OutgoingState.SENDING, m.Outgoing.next_attempt_at <= m.utcnow())).all()
        for out in stale:
            found = False
            if evidence is not None:
                try:
                    found = evidence(out.message_id)
                except Exception as exc:  # noqa: BLE001 - no evidence either way: wait
                    log.warning("Sent folder unreachable for outgoing %s: %s", out.id, exc)
                    continue
            if found:
                _mark_sent(session, out, _from_of(out.raw))
            else:
                _mark_uncertain(session, out, "the sender stopped during the SMTP transaction")
            settled += 1
    return settled


def _from_of(raw: bytes) -> str:
    from email.parser import BytesHeaderParser
    from email.utils import parseaddr
    return parseaddr(BytesHeaderParser().parsebytes(raw).get("From", ""))[1]
