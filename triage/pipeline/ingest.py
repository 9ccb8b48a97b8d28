"""message -> ticket: thread the messages the watcher stored raw (triage.pipeline.receive).

The one way in: the mailbox hands batches to `Receiver.store_batch`, which stores the raw
bytes once per mailbox key or Message-ID; the workers then parse and thread them here."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from triage.mail.parse import MAX_ATTACHMENT_BYTES
from triage.model import ParsedMail
from triage.pipeline import parsed
from triage.pipeline.lifecycle import Event, TicketState, move
from triage.store import models as m

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Intake:
    """What threading needs from the settings."""
    tag: str = "CEMU"                                   # [smtp] ticket_tag
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES    # [mailbox]
    staff_domains: tuple[str, ...] = ()                 # [people]
    own_addresses: tuple[str, ...] = ()                 # [people]

    @classmethod
    def from_config(cls, config) -> "Intake":
        people = config["people"]
        return cls(tag=config["smtp"]["ticket_tag"],
                   max_attachment_bytes=config["mailbox"]["max_attachment_bytes"],
                   staff_domains=tuple(people["staff_domains"]),
                   own_addresses=tuple(people["own_addresses"]))


TAG_RE_TEMPLATE = r"\[{tag}\s*#(\d+)\]"


def find_thread(session: Session, mail: ParsedMail, tag: str) -> m.Ticket | None:
    """The ticket this mail answers: In-Reply-To/References first, then our subject tag."""
    ids = [i for i in [mail.in_reply_to, *reversed(mail.references)] if i]
    if ids:
        found = session.scalars(select(m.Message).where(m.Message.message_id.in_(ids),
                                                        m.Message.ticket_id.is_not(None))).first()
        if found:
            return found.ticket
        out = session.scalars(select(m.Outgoing).where(m.Outgoing.message_id.in_(ids))).first()
        if out:
            return session.get(m.Ticket, out.ticket_id)
    match = re.search(TAG_RE_TEMPLATE.format(tag=re.escape(tag)), mail.subject, re.I)
    if match:
        return session.get(m.Ticket, int(match.group(1)))
    return None


def attach(session: Session, message: m.Message, mail: ParsedMail,
           tag: str) -> tuple[m.Ticket, bool]:
    """Fill a stored message from its parse and join (or open) its ticket; no commit."""
    ticket = find_thread(session, mail, tag)
    new_ticket = ticket is None
    if new_ticket:
        ticket = m.Ticket(subject=mail.subject[:2000], requester=mail.reply_to or mail.from_addr,
                          requester_name=mail.from_name, state=TicketState.NEW)
        session.add(ticket)
    # A reply re-opens triage; a broken mail goes to a human instead.
    move(ticket, Event.RECEIVED_BROKEN if mail.broken else Event.RECEIVED,
         reason="; ".join(mail.defects))
    message.ticket = ticket
    message.from_addr, message.subject = mail.from_addr, mail.subject[:2000]
    message.sent_date, message.defects = mail.date, list(mail.defects)
    return ticket, new_ticket


def thread_received(session: Session, intake: Intake = Intake(), limit: int = 200) -> int:
    """Parse (once: the result is kept) and thread messages the watcher stored raw, oldest
    first; commits. A mail that makes any of this fail is not retried at every pass ahead of
    the others: it gets a ticket of its own, flagged with the error for an agent."""
    query = (select(m.Message).options(undefer(m.Message.raw))
             .where(m.Message.ticket_id.is_(None), m.Message.direction == "in")
             .order_by(m.Message.id).limit(limit))
    if session.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    messages = list(session.scalars(query))
    for message in messages:
        try:
            with session.begin_nested():
                mail = parsed.parse_and_keep(session, message, intake.max_attachment_bytes)
                attach(session, message, mail, intake.tag)
                session.flush()   # the next message of the batch may answer this one's ticket
        except Exception as exc:  # noqa: BLE001 - one mail must never block the others
            log.exception("message %s could not be threaded", message.id)
            _flag_unreadable(session, message, exc)
    session.commit()
    return len(messages)


def _flag_unreadable(session: Session, message: m.Message, exc: BaseException) -> None:
    """A ticket of its own for a mail that could not be parsed or threaded, for an agent."""
    why = f"courriel illisible par le robot ({type(exc).__name__}) : lisez-le et répondez à la main"
    ticket = m.Ticket(subject="(courriel illisible)", state=TicketState.NEEDS_HUMAN,
                      flag_reason=why)
    session.add(ticket)
    message.ticket = ticket
    message.defects = [f"unreadable mail: {type(exc).__name__}"]
    session.flush()

