"""The life cycle of a ticket, its drafts and its outgoing mails: the states, the events that
move them, and which moves are allowed. Every step that changes a state goes through here
(ingest, worker, review, outbox, forwards; the web only through them).

The enums are `str` subclasses whose values are the strings stored in the database, which
statistics, /metrics and `triage stats --json` read: never rename a value. A row read back
holds the plain string, so the tables below are keyed by `str` (an enum member is one).

    mail received ─► new ──► pending (a source down, retried) ──┐
                      │  └─► not_to_answer (automatic mail)     │
                      └────► to_review ◄─────────────────────────┘
                                │  ├─► rejected (agent answers by hand)
                                │  └─► not_to_answer (agent)
                                └─► queued (approved) ─► answered (sent)
                                                     └─► needs_human (send uncertain)
    A new mail from a person re-opens any ticket (back to new); a mail a human must read
    (no sender, unreadable) sends it to needs_human; an agent may re-run the diagnosis.
"""
from __future__ import annotations

from enum import StrEnum

from triage.store import models as m


class IllegalMove(Exception):
    """The action does not fit the ticket's state (already answered, held by another...).
    The message is French: the web shows it to the agent."""


class TicketState(StrEnum):
    NEW = "new"                      # stored, waiting for triage
    PENDING = "pending"              # a source was down: diagnosis to retry
    TO_REVIEW = "to_review"          # a draft waits for an agent
    QUEUED = "queued"                # reply approved, in the outbox
    ANSWERED = "answered"            # reply sent
    REJECTED = "rejected"            # agent rejected the draft (will answer by hand)
    NOT_TO_ANSWER = "not_to_answer"  # automatic mail, spam, another helpdesk: never answered
    NEEDS_HUMAN = "needs_human"      # the mail or its sending needs a person's eyes


class DraftState(StrEnum):
    PROPOSED = "proposed"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"        # a newer analysis replaced it


class OutgoingState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"              # leased by a sender (see outbox.py): never sent twice
    SENT = "sent"
    FAILED = "failed"                # refused: retried with backoff
    DEAD = "dead"                    # refused too often: shown to the team
    UNCERTAIN = "uncertain"          # may have left: a person decides, never resent blindly


class Event(StrEnum):
    RECEIVED = "received"                    # a person's mail opened or joined the ticket
    RECEIVED_BROKEN = "received_broken"      # ... a mail a human must read
    DIAGNOSED = "diagnosed"                  # a draft waits for an agent
    SOURCE_DOWN = "source_down"              # "diagnostic en attente": retried later
    NOTHING_TO_ANSWER = "nothing_to_answer"  # automatic mail, another helpdesk
    TRIAGE_FAILED = "triage_failed"
    APPROVED = "approved"
    REJECTED = "rejected"
    CLOSED = "closed"                        # an agent: not to answer
    RERUN = "rerun"                          # an agent: diagnose again
    AGENT_DRAFT = "agent_draft"              # an agent writes the reply themselves
    SENT = "sent"
    SEND_UNCERTAIN = "send_uncertain"


T = TicketState
OPEN_STATES = (T.NEW, T.PENDING, T.TO_REVIEW, T.NEEDS_HUMAN)
REVIEW_STATES = (T.TO_REVIEW, T.NEEDS_HUMAN, T.PENDING)    # what agents look at
_ANY = frozenset(T)
_TRIAGING = frozenset((T.NEW, T.PENDING))
_REVIEWABLE = frozenset(REVIEW_STATES)
_OPEN_OR_REJECTED = frozenset(OPEN_STATES + (T.REJECTED,))

# event -> (states it may happen in, state it leads to)
TICKET_MOVES: dict[Event, tuple[frozenset[TicketState], TicketState]] = {
    Event.RECEIVED: (_ANY, T.NEW),
    Event.RECEIVED_BROKEN: (_ANY, T.NEEDS_HUMAN),
    Event.DIAGNOSED: (_TRIAGING, T.TO_REVIEW),
    Event.SOURCE_DOWN: (_TRIAGING, T.PENDING),
    Event.NOTHING_TO_ANSWER: (_TRIAGING, T.NOT_TO_ANSWER),
    Event.TRIAGE_FAILED: (_TRIAGING, T.NEEDS_HUMAN),
    Event.APPROVED: (_REVIEWABLE, T.QUEUED),
    Event.REJECTED: (_REVIEWABLE, T.REJECTED),
    Event.CLOSED: (_OPEN_OR_REJECTED, T.NOT_TO_ANSWER),
    Event.RERUN: (_OPEN_OR_REJECTED, T.NEW),
    # Not from new: a worker may be triaging it; pending tickets just stop being retried.
    Event.AGENT_DRAFT: (_REVIEWABLE | {T.REJECTED}, T.TO_REVIEW),
    Event.SENT: (frozenset((T.QUEUED,)), T.ANSWERED),
    Event.SEND_UNCERTAIN: (frozenset((T.QUEUED,)), T.NEEDS_HUMAN),
}

D, O = DraftState, OutgoingState
DRAFT_MOVES: dict[str, frozenset[DraftState]] = {
    D.PROPOSED: frozenset((D.APPROVED, D.REJECTED, D.SUPERSEDED)),
}
OUTGOING_MOVES: dict[str, frozenset[OutgoingState]] = {
    O.QUEUED: frozenset((O.SENDING,)),
    O.FAILED: frozenset((O.SENDING,)),
    O.SENDING: frozenset((O.SENT, O.FAILED, O.DEAD, O.UNCERTAIN)),
}
SENDABLE = (O.QUEUED, O.FAILED)            # what a sender may lease

_WHY: dict[str, str] = {  # French, shown to the agent whose action came too late
    T.QUEUED: "la réponse de ce ticket est déjà en file d'envoi",
    T.ANSWERED: "ce ticket a déjà reçu sa réponse",
    T.REJECTED: "le brouillon de ce ticket a été rejeté",
    T.NOT_TO_ANSWER: "ce ticket est classé sans réponse",
    T.NEW: "un nouveau message est arrivé et attend son diagnostic",
}


def can(ticket: m.Ticket, event: Event) -> bool:
    """Whether `event` may happen to the ticket in its present state."""
    return ticket.state in TICKET_MOVES[event][0]


def move(ticket: m.Ticket, event: Event, reason: str | None = None) -> TicketState:
    """Apply `event` to the ticket (state, updated_at, and the flag when `reason` is given);
    raises IllegalMove when the ticket's state does not allow it. No commit."""
    allowed, target = TICKET_MOVES[event]
    if ticket.state not in allowed:
        why = _WHY.get(ticket.state, f"ce ticket est « {ticket.state} »")
        raise IllegalMove(f"{why} : rechargez le ticket")
    ticket.state = target
    ticket.updated_at = m.utcnow()
    if reason is not None:
        ticket.flag_reason = reason
    return target


def settle_draft(draft: m.Draft, to: DraftState) -> None:
    """Move a draft on (proposed -> approved | rejected | superseded); raises IllegalMove."""
    if to not in DRAFT_MOVES.get(draft.state, frozenset()):
        raise IllegalMove(f"ce brouillon est déjà « {draft.state} » : rechargez le ticket")
    draft.state = to


def move_outgoing(out: m.Outgoing, to: OutgoingState) -> None:
    """Move an outgoing mail on; raises IllegalMove (a bug: the outbox leases before sending)."""
    if to not in OUTGOING_MOVES.get(out.state, frozenset()):
        raise IllegalMove(f"outgoing {out.id}: {out.state} -> {to} is not allowed")
    out.state = to


def open_draft(ticket: m.Ticket) -> m.Draft | None:
    """The draft waiting for an agent, if any (the newest proposed one)."""
    return next((d for d in reversed(ticket.drafts) if d.state == D.PROPOSED), None)
