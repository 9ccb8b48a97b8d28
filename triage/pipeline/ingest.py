"""message -> ticket: thread the messages the watcher stored raw (triage.pipeline.receive).

The one way in: the mailbox hands batches to `Receiver.store_batch`, which stores the raw
bytes once per mailbox key or Message-ID; the workers then parse and thread them here."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from triage.config import Config
from triage.extractors.sender import is_auto_reply
from triage.mail.addresses import in_domains, reply_address
from triage.mail.parse import MAX_ATTACHMENT_BYTES
from triage.model import ParsedMail
from triage.pipeline import parsed
from triage.pipeline.receive import HOMONYM
from triage.pipeline.review import audit
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
    def from_config(cls, config: Config) -> "Intake":
        people = config["people"]
        return cls(tag=config["smtp"]["ticket_tag"],
                   max_attachment_bytes=config["mailbox"]["max_attachment_bytes"],
                   staff_domains=tuple(people["staff_domains"]),
                   own_addresses=tuple(people["own_addresses"]))


TAG_RE_TEMPLATE = r"\[{tag}\s*#(\d{{1,9}})\]"
LINKED = "linked"      # audit action: a mail citing a ticket's tag, from someone not in it


def _by_headers(session: Session, mail: ParsedMail) -> m.Ticket | None:
    """The ticket whose mail (received or sent) this one's In-Reply-To/References name."""
    ids = [i for i in [mail.in_reply_to, *reversed(mail.references)] if i]
    if not ids:
        return None
    found = session.scalars(select(m.Message).where(m.Message.message_id.in_(ids),
                                                    m.Message.ticket_id.is_not(None))).first()
    if found:
        return found.ticket
    out = session.scalars(select(m.Outgoing).where(m.Outgoing.message_id.in_(ids))).first()
    return session.get(m.Ticket, out.ticket_id) if out else None


def _by_tag(session: Session, mail: ParsedMail, tag: str) -> m.Ticket | None:
    match = re.search(TAG_RE_TEMPLATE.format(tag=re.escape(tag)), mail.subject, re.I)
    return session.get(m.Ticket, int(match.group(1))) if match else None


def participants(session: Session, ticket: m.Ticket) -> set[str]:
    """Addresses that take part in a ticket: its requester, whoever wrote in it, and every
    address we wrote to about it (a forward's recipient answers with our tag)."""
    people = {ticket.requester.lower()} if ticket.requester else set()
    people.update(a.lower() for a in session.scalars(
        select(m.Message.from_addr).where(m.Message.ticket_id == ticket.id,
                                          m.Message.direction == "in")) if a)
    people.update(a.lower() for a in session.scalars(
        select(m.Outgoing.to_addr).where(m.Outgoing.ticket_id == ticket.id)) if a)
    return people


def _may_join(session: Session, ticket: m.Ticket, mail: ParsedMail, intake: Intake) -> bool:
    """Whether a mail citing `ticket`'s tag (but no message of it) may join it: only from
    someone in the ticket or from a staff domain. Ticket numbers are sequential: anyone else
    could otherwise write into any ticket."""
    sender = mail.from_addr.lower()
    return bool(sender) and (sender in participants(session, ticket)
                             or in_domains(sender, intake.staff_domains))


def find_thread(session: Session, mail: ParsedMail,
                intake: Intake) -> tuple[m.Ticket | None, m.Ticket | None]:
    """(the ticket this mail joins, a ticket it cites without being allowed to join it)."""
    ticket = _by_headers(session, mail)
    if ticket is not None:
        return ticket, None
    cited = _by_tag(session, mail, intake.tag)
    if cited is None:
        return None, None
    return (cited, None) if _may_join(session, cited, mail, intake) else (None, cited)


def attach(session: Session, message: m.Message, mail: ParsedMail,
           intake: Intake = Intake()) -> m.Ticket:
    """Fill a stored message from its parse and join (or open) its ticket; no commit.

    A person's mail re-opens triage (a broken one goes to a human). An automatic mail (out of
    office, bounce, another robot) joins its ticket but never changes its state or its draft."""
    notes = [d for d in message.defects or [] if d == HOMONYM]    # written by the watcher
    ticket, cited = find_thread(session, mail, intake)
    if ticket is None:
        ticket = m.Ticket(subject=mail.subject[:2000],
                          requester=reply_address(mail.reply_to, mail.from_addr,
                                                  intake.own_addresses),
                          requester_name=mail.from_name, state=TicketState.NEW)
        session.add(ticket)
        session.flush()
        if cited is not None:
            audit(session, None, LINKED, ticket, to=cited.id, sender=mail.from_addr)
            audit(session, None, LINKED, cited, to=ticket.id, sender=mail.from_addr)
        _receive(ticket, mail, notes)
    elif not is_auto_reply(mail, intake.own_addresses):
        _receive(ticket, mail, notes)
    message.ticket = ticket
    message.from_addr, message.subject = mail.from_addr, mail.subject[:2000]
    message.sent_date, message.defects = mail.date, notes + list(mail.defects)
    return ticket


def _receive(ticket: m.Ticket, mail: ParsedMail, notes: list[str]) -> None:
    move(ticket, Event.RECEIVED_BROKEN if mail.broken else Event.RECEIVED,
         reason="; ".join(notes + list(mail.defects)))


def thread_received(session: Session, intake: Intake = Intake(), limit: int = 200) -> int:
    """Parse (once: the result is kept) and thread messages the watcher stored raw, oldest
    first; commits. A mail that makes any of this fail is not retried at every pass ahead of
    the others: it gets a ticket of its own, flagged with the error for an agent."""
    query = (select(m.Message).options(undefer(m.Message.raw))
             .where(m.Message.ticket_id.is_(None), m.Message.direction == "in")
             .order_by(m.Message.id).limit(limit))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    messages = list(session.scalars(query))
    for message in messages:
        try:
            with session.begin_nested():
                mail = parsed.parse_and_keep(session, message, intake.max_attachment_bytes)
                attach(session, message, mail, intake)
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

