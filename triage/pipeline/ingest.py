"""message -> ticket: thread the messages the watcher stored raw (triage.pipeline.receive).

The one way in: the mailbox hands batches to `Receiver.store_batch`, which stores the raw
bytes once per mailbox key or Message-ID; the workers then parse and thread them here."""
from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.mail.parse import parse_mail
from triage.model import ParsedMail
from triage.pipeline.lifecycle import Event, TicketState, move
from triage.store import models as m

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


def thread_received(session: Session, tag: str = "CEMU", limit: int = 200) -> int:
    """Parse and thread messages the watcher stored raw (oldest first); commits."""
    query = (select(m.Message).where(m.Message.ticket_id.is_(None), m.Message.direction == "in")
             .order_by(m.Message.id).limit(limit))
    if session.bind.dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    messages = list(session.scalars(query))
    for message in messages:
        attach(session, message, parse_mail(message.raw), tag)
        session.flush()   # the next message of the batch may answer this one's ticket
    session.commit()
    return len(messages)

