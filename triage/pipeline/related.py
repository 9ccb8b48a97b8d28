"""Related tickets: the same person writing again, or several people about the same course or
element. An agent merges them into one ticket, or answers them all with one reply — one mail
per recipient, each threaded to its own ticket (its own In-Reply-To and References).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from triage.config import Config
from triage.pipeline import own_reply, parsed, review
from triage.pipeline.forwards import latest_analysis
from triage.pipeline.lifecycle import OPEN_STATES, DraftState, Event, TicketState, move, \
    open_draft, settle_draft
from triage.responses.compose import addressee
from triage.store import models as m

WINDOW = timedelta(days=30)       # older tickets are history, not the same problem
RELATED_STATES = (*OPEN_STATES, TicketState.REJECTED)
MERGED = "merge"                  # audit action


@dataclass
class Related:
    ticket: m.Ticket
    reasons: list[str] = field(default_factory=list)    # French, for the agent


def _keys(session: Session, ticket_id: int) -> tuple[set[str], set[int]]:
    """ELP codes and course ids of the ticket's latest diagnosis."""
    analysis = latest_analysis(session, ticket_id)
    if analysis is None:
        return set(), set()
    rows = session.execute(select(m.FindingRow.elp, m.FindingRow.course_id)
                           .where(m.FindingRow.analysis_id == analysis.id)).all()
    return {e for e, _ in rows if e}, {c for _, c in rows if c is not None}


def related(session: Session, ticket: m.Ticket, limit: int = 20) -> list[Related]:
    """Open tickets from the same sender, or whose latest diagnosis names the same element or
    course, created within WINDOW of this one; oldest first."""
    elps, courses = _keys(session, ticket.id)
    since = ticket.created_at - WINDOW
    latest = select(func.max(m.Analysis.id)).group_by(m.Analysis.ticket_id)
    same_data = (select(m.FindingRow.ticket_id, m.FindingRow.elp, m.FindingRow.course_id)
                 .where(m.FindingRow.analysis_id.in_(latest),
                        or_(m.FindingRow.elp.in_(elps), m.FindingRow.course_id.in_(courses))))
    by_data: dict[int, set[str]] = {}
    if elps or courses:
        for tid, elp, course in session.execute(same_data):
            reason = f"même élément {elp}" if elp in elps else f"même cours {course}"
            by_data.setdefault(tid, set()).add(reason)
    candidates = session.scalars(
        select(m.Ticket).where(m.Ticket.id != ticket.id, m.Ticket.state.in_(RELATED_STATES),
                               m.Ticket.created_at >= since,
                               or_(m.Ticket.requester == ticket.requester,
                                   m.Ticket.id.in_(list(by_data) or [0])))
        .order_by(m.Ticket.created_at, m.Ticket.id).limit(limit)).all()
    out = []
    for other in candidates:
        reasons = (["même expéditeur"] if other.requester and other.requester == ticket.requester
                   else []) + sorted(by_data.get(other.id, ()))
        out.append(Related(other, reasons))
    return out


def merge(session: Session, into: m.Ticket, other: m.Ticket, user: m.User) -> None:
    """Move `other`'s mails into `into` and close `other` (« fusionné dans #n »): one
    conversation, one reply. Raises IllegalMove when `other` is already answered. No commit."""
    move(other, Event.CLOSED, reason=f"Fusionné dans le ticket #{into.id}.")
    for message in list(other.messages):
        message.ticket_id = into.id
    for draft in other.drafts:
        if draft.state == DraftState.PROPOSED:
            settle_draft(draft, DraftState.SUPERSEDED)
    into.updated_at = m.utcnow()
    review.audit(session, user, MERGED, into, merged=other.id)
    review.audit(session, user, MERGED, other, into=into.id)


def _greeting(session: Session, ticket: m.Ticket, language: str) -> str:
    message = ticket.last_incoming
    who = addressee(parsed.of(session, message), language) if message else ""
    if language == "en":
        return f"Dear {who}," if who else "Hello,"
    return f"Bonjour {who}," if who else "Bonjour,"


def _addressed_to(session: Session, ticket: m.Ticket, text: str, language: str) -> str:
    """The common reply with this ticket's own greeting (never another person's name)."""
    first, sep, rest = text.partition("\n")
    if first.startswith(("Bonjour", "Hello", "Dear")):
        return _greeting(session, ticket, language) + sep + rest
    return text


def answer_all(session: Session, ticket: m.Ticket, others: list[m.Ticket], user: m.User,
               text: str, config: Config) -> list[m.Outgoing]:
    """Approve `text` as the reply of `ticket` and of each of `others`: one outgoing mail per
    ticket, to its own requester, threaded to its own mail, greeted by its own name. Each
    ticket goes through review.approve (the same checks as one approval). No commit."""
    draft = open_draft(ticket)
    if draft is None:
        raise review.ReviewError("ce ticket n'a pas de brouillon à envoyer")
    language = draft.language
    outgoing = [review.approve(session, draft, user, text, config)]
    for other in others:
        own = open_draft(other)
        if own is None:
            own = own_reply.start_reply(session, other, user, own_reply.BLANK, config)
        outgoing.append(review.approve(session, own, user,
                                       _addressed_to(session, other, text, language), config))
        review.audit(session, user, "answer_all", other, with_ticket=ticket.id)
    return outgoing
