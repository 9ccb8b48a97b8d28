"""mail -> message -> ticket: store the raw bytes first, then thread, never twice."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from triage.mail.parse import parse_mail
from triage.model import ParsedMail
from triage.store import models as m

TAG_RE_TEMPLATE = r"\[{tag}\s*#(\d+)\]"


@dataclass
class IngestResult:
    message: m.Message
    ticket: m.Ticket
    created: bool        # False: we had it already (same mailbox key or Message-ID)
    new_ticket: bool = False


def _known(session: Session, mail: ParsedMail, mailbox_key: str | None) -> m.Message | None:
    cond = [m.Message.message_id == mail.message_id]
    if mailbox_key:
        cond.append(m.Message.mailbox_key == mailbox_key)
    return session.scalars(select(m.Message).where(or_(*cond))).first()


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


def ingest(session: Session, raw: bytes, mailbox_key: str | None = None,
           tag: str = "CEMU") -> IngestResult:
    """Store one received mail and attach it to its ticket; commits. Idempotent."""
    mail = parse_mail(raw)
    existing = _known(session, mail, mailbox_key)
    if existing is not None:
        return IngestResult(existing, existing.ticket, created=False)
    ticket = find_thread(session, mail, tag)
    new_ticket = ticket is None
    if new_ticket:
        ticket = m.Ticket(subject=mail.subject[:2000], requester=mail.reply_to or mail.from_addr,
                          requester_name=mail.from_name)
        session.add(ticket)
    # A reply re-opens triage; a broken mail goes to a human instead.
    ticket.state = m.NEEDS_HUMAN if mail.broken else m.NEW
    ticket.flag_reason = "; ".join(mail.defects)
    ticket.updated_at = m.utcnow()
    message = m.Message(ticket=ticket, message_id=mail.message_id, mailbox_key=mailbox_key,
                        raw=raw, from_addr=mail.from_addr, subject=mail.subject[:2000],
                        sent_date=mail.date, defects=list(mail.defects))
    session.add(message)
    try:
        session.commit()
    except IntegrityError:
        # Another process stored it between our check and our commit: same mail, not lost.
        session.rollback()
        existing = _known(session, mail, mailbox_key)
        return IngestResult(existing, existing.ticket, created=False)
    return IngestResult(message, ticket, created=True, new_ticket=new_ticket)
