"""Who is looking at a ticket: each signed-in browser's last opened ticket (`web_sessions`),
shown to the others on the ticket and in the queue. Opening a ticket claims nothing."""
from __future__ import annotations

from datetime import timedelta

from flask import g
from sqlalchemy import select, update

from triage.store import models as m
from triage.web.db import db

WINDOW = timedelta(minutes=10)   # a ticket left open longer than this no longer counts


def looking_at(ticket_id: int | None) -> None:
    """Record that the current browser shows `ticket_id` (None: the queue). Commits."""
    live = g.get("web_session")
    if live is None or (ticket_id is None and live.looking_at is None):
        return      # nothing to change: the queue's pages write nothing
    db().execute(update(m.WebSession).where(m.WebSession.id == live.id)
                 .values(looking_at=ticket_id, seen_at=m.utcnow())
                 .execution_options(synchronize_session=False))
    db().commit()


def lookers(ticket_ids: list[int], user_id: int) -> dict[int, list[str]]:
    """ticket id -> display names of the other agents looking at it now."""
    if not ticket_ids:
        return {}
    rows = db().execute(
        select(m.WebSession.looking_at, m.User.display_name)
        .join(m.User, m.User.id == m.WebSession.user_id)
        .where(m.WebSession.looking_at.in_(ticket_ids), m.WebSession.user_id != user_id,
               m.WebSession.seen_at > m.utcnow() - WINDOW,
               m.WebSession.expires_at > m.utcnow())
        .distinct().order_by(m.User.display_name)).all()
    out: dict[int, list[str]] = {}
    for tid, name in rows:
        if tid is not None:      # looking_at is nullable; the query asked for some tickets
            out.setdefault(tid, []).append(name)
    return out
