"""The queue: tickets waiting for review, oldest first, filtered, searched, paged, with the
incidents (several tickets about the same course or element) grouped on top."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, current_app, render_template, request
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.web import cache, health, presence, queries
from triage.web.db import current_user, db
from triage.web.filters import aware

bp = Blueprint("queue", __name__)
CHOICES_TTL = 300     # seconds: a new symptom or situation shows in the filters within minutes
INCIDENTS_TTL = 30    # seconds: an incident forms over days, half a minute late is fine


def _choices() -> dict:
    # Whole-table DISTINCTs: computed once every few minutes, not on every page.
    return cache.get("queue-choices", CHOICES_TTL, _read_choices)


def _read_choices() -> dict:
    session = db()
    return {
        "symptoms": session.scalars(select(m.Ticket.symptom).where(m.Ticket.symptom != "")
                                    .distinct().order_by(m.Ticket.symptom)).all(),
        "situations": session.scalars(select(m.FindingRow.situation).distinct()
                                      .order_by(m.FindingRow.situation)).all(),
        "agents": session.execute(select(m.User.id, m.User.display_name)
                                  .where(m.User.active.is_(True))
                                  .order_by(m.User.display_name)).all(),
        "states": tuple(TicketState), "ages": queries.AGES,
    }


def _incidents() -> list:
    return cache.get("incidents", INCIDENTS_TTL, lambda: queries.incidents(db(), m.utcnow()))


@bp.route("/")
def index() -> ResponseReturnValue:
    """The queue page."""
    f = queries.QueueFilter.from_args(request.args)
    page = queries.queue_page(db(), f, current_user().id, current_app.config["PAGE_SIZE"])
    incidents = _incidents()
    presence.looking_at(None)
    return render_template("queue.html", f=f, page=page, incidents=incidents,
                           lookers=presence.lookers([r.id for r in page.rows], current_user().id),
                           row_incidents=_row_incidents(page, incidents),
                           health=health.cached_summary(), **_choices())


def _row_incidents(page: queries.QueuePage, incidents: list) -> dict[int, list[int]]:
    """ticket id -> numbers of the incidents it belongs to (same key, inside the window)."""
    keys = {queries.incident_key(i.situation, i.elp, i.course_id): n
            for n, i in enumerate(incidents, 1)}
    since = m.utcnow() - timedelta(days=queries.INCIDENT_DAYS)
    out: dict[int, list[int]] = {}
    for row in page.rows:
        if aware(row.created_at) < since:
            continue
        for fr in page.situations.get(row.id, []):
            n = keys.get(queries.incident_key(fr.situation, fr.elp, fr.course_id))
            if n and n not in out.setdefault(row.id, []):
                out[row.id].append(n)
    return out
