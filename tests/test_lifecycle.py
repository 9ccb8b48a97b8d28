"""The ticket's life cycle: stored values, allowed moves, and who may act, on a real store."""
from __future__ import annotations

import pytest

from tests.fixtures_mail import take_in
from triage import config
from triage.pipeline import lifecycle, review
from triage.pipeline.lifecycle import DraftState, Event, IllegalMove, TicketState
from triage.store import models as m


def test_stored_values_are_the_ones_statistics_read():
    # triage stats --json, /metrics and old rows read these strings: never renamed.
    assert [s.value for s in TicketState] == [
        "new", "pending", "to_review", "queued", "answered", "rejected", "not_to_answer",
        "needs_human"]
    assert {s.value for s in DraftState} == {"proposed", "approved", "rejected", "superseded"}
    assert {s.value for s in lifecycle.OutgoingState} == {
        "queued", "sending", "sent", "failed", "dead", "uncertain"}
    assert set(lifecycle.TICKET_MOVES) == set(Event)      # every event has its rule


def _mail(mid: str, extra: str = "") -> bytes:
    return (f"From: lea.martin@etu.unicaen.fr\r\nTo: cemu.assistance@unicaen.fr\r\n"
            f"Subject: Cours introuvable\r\nMessage-ID: <{mid}>\r\n{extra}\r\n"
            "Je ne vois pas mon cours.\r\n").encode()


def _reviewable(s) -> tuple[m.Ticket, m.Draft, m.User, m.User]:
    ticket = take_in(s, _mail("q1@etu.unicaen.fr")).ticket
    draft = m.Draft(ticket_id=ticket.id, template="hidden_course", original_text="Bonjour",
                    text="Bonjour")
    s.add(draft)
    lifecycle.move(ticket, Event.DIAGNOSED)
    agents = [m.User(username=n, role="agent") for n in ("a1", "a2")]
    s.add_all(agents)
    s.commit()
    return ticket, draft, *agents


def test_only_the_holder_may_act_and_two_agents_cannot_both_claim(any_store):
    with any_store() as s:
        ticket, _, first, second = _reviewable(s)
        assert not review.may_act(ticket, first)
        assert review.claim(s, ticket, first) and not review.claim(s, ticket, second)
        s.commit()
        assert review.may_act(ticket, first) and not review.may_act(ticket, second)
        review.take_over(s, ticket, second)
        s.commit()
        assert review.may_act(ticket, second) and not review.may_act(ticket, first)


def test_a_draft_cannot_be_approved_once_a_new_mail_reopened_the_ticket(any_store):
    cfg = config.load(None, env={})
    with any_store() as s:
        ticket, draft, agent, _ = _reviewable(s)
        take_in(s, _mail("q2@etu.unicaen.fr", "In-Reply-To: <q1@etu.unicaen.fr>\r\n"))
        assert ticket.state == TicketState.NEW
        with pytest.raises(IllegalMove, match="nouveau message"):
            review.approve(s, draft, agent, draft.text, cfg)
        assert draft.state == DraftState.PROPOSED and not s.new    # nothing queued


def test_moves_outside_the_table_are_refused(any_store):
    with any_store() as s:
        ticket, draft, agent, _ = _reviewable(s)
        review.reject(s, draft, agent, "à reformuler")
        assert ticket.state == TicketState.REJECTED
        with pytest.raises(IllegalMove):
            lifecycle.move(ticket, Event.SENT)          # nothing was queued
        with pytest.raises(IllegalMove):
            lifecycle.settle_draft(draft, DraftState.APPROVED)
        review.rerun(s, ticket, agent)                  # the agent asks for a new diagnosis
        assert ticket.state == TicketState.NEW
