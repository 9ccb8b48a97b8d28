"""The « Santé » panel: what is failing now (components, outgoing mails, sources), so that every
failure of a source, the mailbox or SMTP reaches the team in the app, not only a log file.
Managers and admins read the panel; everyone sees a banner on the queue when something is wrong."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flask import Blueprint, current_app, render_template
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from triage.metrics import COMPONENT_ERROR
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.web import cache
from triage.web.auth import requires
from triage.web.db import db

bp = Blueprint("health", __name__, url_prefix="/sante")
BAD_OUTGOING = ("failed", "dead", "uncertain")
WINDOW = timedelta(hours=24)
SUMMARY_TTL = 30    # seconds: the banner is read on every queue page
LIST_LIMIT = 100


@dataclass
class Summary:
    """Counts behind the queue's banner."""
    component_errors: int = 0
    bad_outgoing: int = 0
    pending: int = 0
    needs_human: int = 0

    @property
    def wrong(self) -> bool:
        """Something the team must look at (needs_human alone is ordinary queue work)."""
        return bool(self.component_errors or self.bad_outgoing or self.pending)

    def problems(self) -> list[str]:
        """What is wrong, one French phrase per kind of failure."""
        out = []
        if self.component_errors:
            out.append(_plural(self.component_errors, "défaillance", "de composant (relève, "
                                                                   "diagnostic ou envoi) en 24 h"))
        if self.bad_outgoing:
            out.append(_plural(self.bad_outgoing, "envoi", "en échec ou incertain"))
        if self.pending:
            out.append(_plural(self.pending, "ticket", "en attente d'une source indisponible"))
        return out


def _plural(n: int, noun: str, rest: str) -> str:
    return f"{n} {noun}{'s' if n > 1 else ''} {rest}"


def summary(session: Session) -> Summary:
    """The counts of the banner: failures of the last 24 h, mails stuck, tickets waiting."""
    since = m.utcnow() - WINDOW
    errors = session.scalar(select(func.count(m.AuditEntry.id)).where(
        m.AuditEntry.action == COMPONENT_ERROR, m.AuditEntry.at >= since)) or 0
    bad = session.scalar(select(func.count(m.Outgoing.id))
                         .where(m.Outgoing.state.in_(BAD_OUTGOING))) or 0
    states = dict(session.execute(
        select(m.Ticket.state, func.count(m.Ticket.id))
        .where(m.Ticket.state.in_((TicketState.PENDING, TicketState.NEEDS_HUMAN))).group_by(m.Ticket.state)).all())
    return Summary(errors, bad, states.get(TicketState.PENDING, 0), states.get(TicketState.NEEDS_HUMAN, 0))


def cached_summary() -> Summary:
    """The banner's counts, at most half a minute old."""
    return cache.get("health-summary", SUMMARY_TTL, lambda: summary(db()))


def component_errors(session: Session) -> list[dict]:
    """Failures recorded by the watcher, workers and sender in the last 24 h, newest first."""
    rows = session.scalars(select(m.AuditEntry).where(
        m.AuditEntry.action == COMPONENT_ERROR, m.AuditEntry.at >= m.utcnow() - WINDOW)
        .order_by(m.AuditEntry.id.desc()).limit(LIST_LIMIT))
    return [{"at": e.at, **{k: str((e.detail or {}).get(k, "")) for k in
                            ("component", "error", "message")}} for e in rows]


def bad_outgoing(session: Session) -> Sequence[m.Outgoing]:
    """Outgoing mails that failed, gave up or may have left twice, oldest first."""
    return session.scalars(select(m.Outgoing).where(m.Outgoing.state.in_(BAD_OUTGOING))
                           .order_by(m.Outgoing.id).limit(LIST_LIMIT)).all()


def waiting(session: Session, state: str) -> list[tuple]:
    """(ticket, pending sources of its latest analysis) for the tickets in `state`."""
    tickets = session.scalars(select(m.Ticket).where(m.Ticket.state == state)
                              .order_by(m.Ticket.created_at).limit(LIST_LIMIT)).all()
    latest: dict[int, int] = dict(session.execute(
        select(m.Analysis.ticket_id, func.max(m.Analysis.id))
        .where(m.Analysis.ticket_id.in_([t.id for t in tickets]))
        .group_by(m.Analysis.ticket_id)).all()) if tickets else {}
    pending: dict[int, list[Any]] = dict(session.execute(
        select(m.Analysis.id, m.Analysis.pending_sources)
        .where(m.Analysis.id.in_(latest.values()))).all())
    return [(t, (pending.get(latest[t.id]) if t.id in latest else None) or [])
            for t in tickets]


def code_catalogue() -> tuple[str, bool]:
    """(French sentence, something wrong) on the code catalogue the workers read mail with: its
    age and source, from the copy they save after each good load (this process loads none)."""
    from triage.sources import SourceSettings
    from triage.sources.catalogue import saved_state, saved_summary
    settings = current_app.extensions["services"].settings
    sources = SourceSettings.from_settings(settings.refer, settings.moodle)
    if not sources.refer_url and not sources.moodle_url:
        return ("REFER et Moodle ne sont pas configurés : les codes sont lus par leur forme et "
                "leur contexte seuls", False)
    return saved_summary(saved_state(sources), sources.catalogue_refresh_s)


@bp.route("/")
@requires("manager")
def index() -> ResponseReturnValue:
    """The health panel."""
    session = db()
    catalogue, catalogue_wrong = code_catalogue()
    return render_template("health.html", summary=summary(session),
                           errors=component_errors(session), outgoing=bad_outgoing(session),
                           pending=waiting(session, TicketState.PENDING),
                           needs_human=waiting(session, TicketState.NEEDS_HUMAN),
                           catalogue=catalogue, catalogue_wrong=catalogue_wrong)
