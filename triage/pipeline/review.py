"""review: the agents' actions on a ticket and its draft. Only `approve` ever leads to a sent
reply. Who may act is decided by `may_act` alone; the states by triage.pipeline.lifecycle."""
from __future__ import annotations

from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from triage.config import Config
from triage.mail.addresses import answerable
from triage.mail.reply import build_reply, new_message_id, quoted
from triage.model import ParsedMail
from triage.responses.compose import GAP
from triage.pipeline import parsed
from triage.pipeline.lifecycle import (DraftState, Event, IllegalMove,
                                       OutgoingState, move, settle_draft)
from triage.store import models as m
from triage.store.db import affected_rows

ReviewError = IllegalMove   # the name the web catches


def audit(session: Session, user: m.User | None, action: str, ticket: m.Ticket | None,
          **detail: Any) -> None:
    session.add(m.AuditEntry(user_id=user.id if user else None, action=action,
                             ticket_id=ticket.id if ticket else None, detail=detail))


# --------------------------------------------------------------------------- holding a ticket
def may_act(ticket: m.Ticket, user: m.User) -> bool:
    """Whether `user` may act on `ticket`: only the agent holding it (who claimed it by
    opening it, took it over, or was given it) may approve, save, reject, close, re-run,
    reassign or forward; anyone else must take it over first (`take_over`). The one check
    in front of every action on a ticket, so that two agents never answer the same mail."""
    return user is not None and ticket.claimed_by is not None and ticket.claimed_by == user.id


def claim(session: Session, ticket: m.Ticket, user: m.User) -> bool:
    """Claim `ticket` for `user` in one UPDATE (two agents opening it at once cannot both
    win); False when another agent holds it. Audited; no commit."""
    won = affected_rows(session, update(m.Ticket).where(m.Ticket.id == ticket.id,
                                                        m.Ticket.claimed_by.is_(None))
                        .values(claimed_by=user.id, claimed_at=m.utcnow()))
    session.refresh(ticket, ["claimed_by", "claimed_at"])
    if won:
        audit(session, user, "claim", ticket)
    return ticket.claimed_by == user.id


def take_over(session: Session, ticket: m.Ticket, user: m.User) -> None:
    """Take a ticket another agent holds (they may be away). Audited; no commit."""
    previous = ticket.claimed_by
    free = m.Ticket.claimed_by.is_(None)
    session.execute(update(m.Ticket).where(m.Ticket.id == ticket.id,
                                           or_(free, m.Ticket.claimed_by != user.id))
                    .values(claimed_by=user.id, claimed_at=m.utcnow()))
    session.refresh(ticket, ["claimed_by", "claimed_at"])
    audit(session, user, "take_over", ticket, previous=previous)


def reassign(session: Session, ticket: m.Ticket, by: m.User, to: m.User | None) -> None:
    """Give the ticket to another agent, or release it (`to` None). Audited; no commit."""
    ticket.claimed_by = to.id if to else None
    ticket.claimed_at = m.utcnow() if to else None
    audit(session, by, "reassign", ticket, to=to.username if to else None)


# --------------------------------------------------------------------------- the draft
def save(session: Session, draft: m.Draft, user: m.User, text: str) -> None:
    """Keep the agent's edit without sending."""
    _check_open(draft)
    # Browsers send a textarea with CRLF line ends, the bot writes LF: not an edit.
    text = text.replace("\r\n", "\n")
    draft.text = text
    draft.edited = text.strip() != draft.original_text.strip()
    draft.ticket.updated_at = m.utcnow()
    audit(session, user, "save", draft.ticket, draft=draft.id)


def reject(session: Session, draft: m.Draft, user: m.User, reason: str) -> None:
    """Reject the draft with a reason: the agent answers by hand."""
    _check_open(draft)
    move(draft.ticket, Event.REJECTED)
    settle_draft(draft, DraftState.REJECTED)
    draft.reject_reason = reason
    draft.reviewed_by, draft.reviewed_at = user.id, m.utcnow()
    audit(session, user, "reject", draft.ticket, draft=draft.id, reason=reason)


def not_to_answer(session: Session, ticket: m.Ticket, user: m.User, reason: str) -> None:
    """Close without answering (spam, auto-reply, another helpdesk)."""
    move(ticket, Event.CLOSED)
    for d in ticket.drafts:
        if d.state == DraftState.PROPOSED:
            settle_draft(d, DraftState.REJECTED)
            d.reject_reason = reason
    audit(session, user, "not_to_answer", ticket, reason=reason)


def rerun(session: Session, ticket: m.Ticket, user: m.User) -> None:
    """Send the ticket back to the workers for a fresh diagnosis."""
    move(ticket, Event.RERUN)
    ticket.retry_at = None
    audit(session, user, "rerun", ticket)


def approve(session: Session, draft: m.Draft, user: m.User, text: str,
            config: Config) -> m.Outgoing:
    """Approve the (possibly edited) draft and queue the reply with its Message-ID fixed now."""
    _check_open(draft)
    if draft.template == "to_write" and text.replace("\r\n", "\n").strip() == \
            draft.original_text.strip():
        raise ReviewError("ce brouillon est à rédiger : écrivez la réponse avant de l'envoyer")
    if GAP in text:
        raise ReviewError(f"complétez les passages « {GAP} » avant d'envoyer la réponse")
    ticket = draft.ticket
    if not answerable(ticket.requester, config["people"]["own_addresses"]):
        raise ReviewError("ce ticket n'a pas de destinataire à qui répondre (adresse du service "
                          "ou « ne pas répondre ») : répondez à la main si besoin")
    move(ticket, Event.APPROVED)
    save(session, draft, user, text)
    settle_draft(draft, DraftState.APPROVED)
    draft.reviewed_by, draft.reviewed_at = user.id, m.utcnow()
    smtp = config["smtp"]
    message_id = new_message_id(smtp["from_address"])
    last_in = ticket.last_incoming
    answered = parsed.of(session, last_in) if last_in is not None else None
    in_reply_to, references = _thread_of(answered)
    tz = config.get("rules", "timezone")
    mail = build_reply(ticket_id=ticket.id, to_addr=ticket.requester,
                       to_name=ticket.requester_name, subject=ticket.subject, body=draft.text,
                       from_address=smtp["from_address"], from_name=smtp["from_name"],
                       tag=smtp["ticket_tag"], message_id=message_id,
                       in_reply_to=in_reply_to, references=references,
                       quote=_quote_of(answered, draft.language, tz)
                       if smtp["quote_original"] else "", tz=tz)
    out = m.Outgoing(ticket_id=ticket.id, draft_id=draft.id, message_id=message_id,
                     to_addr=ticket.requester, raw=bytes(mail), state=OutgoingState.QUEUED,
                     next_attempt_at=m.utcnow())
    session.add(out)
    audit(session, user, "approve", ticket, draft=draft.id, edited=draft.edited)
    return out


def _thread_of(mail: ParsedMail | None) -> tuple[str, list[str]]:
    """In-Reply-To and References of a reply to `mail` (the ticket's latest incoming mail, as
    parsed: its own Message-ID, even when the store's differs)."""
    if mail is None:
        return "", []
    in_reply_to = mail.message_id if not mail.message_id.startswith("sha256:") else ""
    return in_reply_to, [*mail.references]


def _quote_of(mail: ParsedMail | None, language: str, tz: str) -> str:
    """`mail`, quoted as mail clients do below a reply."""
    if mail is None:
        return ""
    sender = f"{mail.from_name} <{mail.from_addr}>" if mail.from_name else mail.from_addr
    return quoted(mail.text, sender, mail.date, language, tz)


def _check_open(draft: m.Draft) -> None:
    if draft.state != DraftState.PROPOSED:
        raise ReviewError(f"ce brouillon est déjà « {draft.state} » : rechargez le ticket")

