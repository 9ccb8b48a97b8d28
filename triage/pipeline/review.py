"""review: the agent's decisions on a draft. Only `approve` ever leads to a sent mail."""
from __future__ import annotations

from sqlalchemy.orm import Session

from triage.config import Config
from triage.mail.reply import build_reply, new_message_id
from triage.store import models as m


class ReviewError(Exception):
    """The action does not fit the ticket's state (already answered, claimed by another...)."""


def audit(session: Session, user: m.User | None, action: str, ticket: m.Ticket | None,
          **detail) -> None:
    session.add(m.AuditEntry(user_id=user.id if user else None, action=action,
                             ticket_id=ticket.id if ticket else None, detail=detail))


def claim(session: Session, ticket: m.Ticket, user: m.User, force: bool = False) -> bool:
    """Claim a ticket for `user`; False when another agent holds it (unless forced)."""
    if ticket.claimed_by not in (None, user.id) and not force:
        return False
    if ticket.claimed_by != user.id:
        ticket.claimed_by, ticket.claimed_at = user.id, m.utcnow()
        audit(session, user, "claim", ticket)
    return True


def save(session: Session, draft: m.Draft, user: m.User, text: str) -> None:
    """Keep the agent's edit without sending."""
    _check_open(draft)
    # Browsers send a textarea with CRLF line ends, the bot writes LF: not an edit.
    text = text.replace("\r\n", "\n")
    draft.text = text
    draft.edited = text.strip() != draft.original_text.strip()
    audit(session, user, "save", draft.ticket, draft=draft.id)


def reject(session: Session, draft: m.Draft, user: m.User, reason: str) -> None:
    _check_open(draft)
    draft.state, draft.reject_reason = "rejected", reason
    draft.reviewed_by, draft.reviewed_at = user.id, m.utcnow()
    draft.ticket.state = m.REJECTED
    audit(session, user, "reject", draft.ticket, draft=draft.id, reason=reason)


def not_to_answer(session: Session, ticket: m.Ticket, user: m.User, reason: str) -> None:
    ticket.state = m.NOT_TO_ANSWER
    for d in ticket.drafts:
        if d.state == "proposed":
            d.state = "rejected"
            d.reject_reason = reason
    audit(session, user, "not_to_answer", ticket, reason=reason)


def approve(session: Session, draft: m.Draft, user: m.User, text: str,
            config: Config) -> m.Outgoing:
    """Approve the (possibly edited) draft and queue the reply with its Message-ID fixed now."""
    _check_open(draft)
    if draft.template == "to_write" and text.replace("\r\n", "\n").strip() == \
            draft.original_text.strip():
        raise ReviewError("ce brouillon est à rédiger : écrivez la réponse avant de l'envoyer")
    ticket = draft.ticket
    save(session, draft, user, text)
    draft.state, draft.reviewed_by, draft.reviewed_at = "approved", user.id, m.utcnow()
    last_in = next((x for x in reversed(ticket.messages) if x.direction == "in"), None)
    smtp = config["smtp"]
    message_id = new_message_id(smtp["from_address"])
    references = []
    in_reply_to = ""
    if last_in is not None:
        from triage.mail.parse import parse_mail
        parsed = parse_mail(last_in.raw)
        in_reply_to = last_in.message_id if not last_in.message_id.startswith("sha256:") else ""
        references = [*parsed.references]
    mail = build_reply(ticket_id=ticket.id, to_addr=ticket.requester,
                       to_name=ticket.requester_name, subject=ticket.subject, body=text,
                       from_address=smtp["from_address"], from_name=smtp["from_name"],
                       tag=smtp["ticket_tag"], message_id=message_id,
                       in_reply_to=in_reply_to, references=references)
    out = m.Outgoing(ticket_id=ticket.id, draft_id=draft.id, message_id=message_id,
                     to_addr=ticket.requester, raw=bytes(mail), state="queued",
                     next_attempt_at=m.utcnow())
    session.add(out)
    ticket.state = m.QUEUED
    audit(session, user, "approve", ticket, draft=draft.id, edited=draft.edited)
    return out


def _check_open(draft: m.Draft) -> None:
    if draft.state != "proposed":
        raise ReviewError(f"ce brouillon est déjà « {draft.state} » : rechargez le ticket")
