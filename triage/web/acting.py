"""The one check in front of every action on a ticket (approve, save, reject, close, re-run,
reassign, write a reply, correct the bot, forward, mark a forward fixed, merge...).

Opening a ticket claims nothing: an explicit action does. An action on a ticket nobody holds
claims it for the agent (one conditional UPDATE: two agents acting at once cannot both win);
on a ticket another agent holds it is refused until the agent takes it over (audited).
Who may act is decided by `triage.pipeline.review.may_act` alone.
"""
from __future__ import annotations

from flask import abort, flash, redirect, url_for

from triage.pipeline import review
from triage.store import models as m
from triage.web.db import current_user, db, get_or_404


def holds(ticket: m.Ticket) -> bool:
    """Whether the current user may act on the ticket, claiming it first if nobody holds it."""
    user = current_user()
    if ticket.claimed_by is None:
        review.claim(db(), ticket, user)
    return review.may_act(ticket, user)


def acting_on(ticket_id: int) -> m.Ticket:
    """The ticket, held by the current user (claimed now if nobody held it); otherwise the
    request ends with a redirect to the ticket and a French message."""
    ticket = get_or_404(m.Ticket, ticket_id)
    if not holds(ticket):
        db().rollback()
        flash("Ce ticket est pris par un autre agent : reprenez-le d'abord.", "error")
        abort(redirect(url_for("ticket.view", tid=ticket_id)))
    return ticket
