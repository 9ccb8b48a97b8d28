"""Prometheus text exposition (format 0.0.4) of the store's figures. Counts only, no personal data.

Every figure is read from the store, so any web process answers for the whole deployment and
several web processes agree. Source errors are the sources an analysis found down ("diagnostic
en attente"), counted over the last 24 hours; component errors are the failures the worker,
sender and watcher processes record in the audit log (triage.ops_cli).
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from triage.pipeline.failures import COMPONENT_ERROR
from triage.pipeline import heartbeats
from triage.pipeline.lifecycle import OutgoingState, TicketState
from triage.store import models as m


def _line(name: str, value: float, labels: dict[str, str] | None = None) -> str:
    if labels:
        inner = ",".join(f'{k}="{_escape(v)}"' for k, v in sorted(labels.items()))
        return f"{name}{{{inner}}} {value:g}"
    return f"{name} {value:g}"


def _escape(value: str) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _family(name: str, kind: str, help_text: str, samples: list[str]) -> list[str]:
    return [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}", *samples]


def collect(session: Session) -> dict:
    """The raw figures, as a dict (also used by the web app's status panel)."""
    now = m.utcnow()
    received = session.scalar(select(func.count()).select_from(m.Message)
                              .where(m.Message.direction == "in")) or 0
    states = dict(session.execute(select(m.Ticket.state, func.count())
                                  .group_by(m.Ticket.state)).all())
    oldest = session.scalar(select(func.min(m.Ticket.created_at))
                            .where(m.Ticket.state.in_((TicketState.NEW, TicketState.PENDING))))
    oldest_review = session.scalar(select(func.min(m.Ticket.created_at))
                                   .where(m.Ticket.state == TicketState.TO_REVIEW))
    outbox = dict(session.execute(select(m.Outgoing.state, func.count())
                                  .group_by(m.Outgoing.state)).all())
    since = now - timedelta(hours=24)
    sources: Counter[str] = Counter()
    for pending in session.scalars(select(m.Analysis.pending_sources)
                                   .where(m.Analysis.created_at >= since)):
        sources.update(str(s) for s in pending or [])
    components: Counter[str] = Counter()
    for detail in session.scalars(select(m.AuditEntry.detail)
                                  .where(m.AuditEntry.action == COMPONENT_ERROR,
                                         m.AuditEntry.at >= since)):
        components[str((detail or {}).get("component", "unknown"))] += 1
    down = heartbeats.down(session, now)
    known = sorted(session.scalars(select(m.ComponentBeat.component)))
    return {"received": received, "states": states, "outbox": outbox,
            "components": known, "components_down": down,
            "triage_age": _age(now, oldest), "review_age": _age(now, oldest_review),
            "source_errors": dict(sources), "component_errors": dict(components)}


def _age(now: datetime, oldest: datetime | None) -> float:
    if oldest is None:
        return 0.0
    if oldest.tzinfo is None:     # SQLite gives naive datetimes back
        oldest = oldest.replace(tzinfo=now.tzinfo)
    return max(0.0, (now - oldest).total_seconds())


def render(session: Session) -> str:
    """The /metrics body."""
    f = collect(session)
    out: list[str] = []
    out += _family("triage_mails_received_total", "counter", "Mails received and stored.",
                   [_line("triage_mails_received_total", f["received"])])
    out += _family("triage_tickets", "gauge", "Tickets by state.",
                   [_line("triage_tickets", f["states"].get(s, 0), {"state": s})
                    for s in tuple(TicketState)])
    out += _family("triage_queue_age_seconds", "gauge",
                   "Age of the oldest ticket waiting, by queue (triage: new or pending; "
                   "review: waiting for an agent).",
                   [_line("triage_queue_age_seconds", f["triage_age"], {"queue": "triage"}),
                    _line("triage_queue_age_seconds", f["review_age"], {"queue": "review"})])
    out += _family("triage_outbox", "gauge", "Outgoing mails by state (failed: will be "
                   "retried; dead: gave up; uncertain: may have left, a person must check "
                   "before anything is sent again).",
                   [_line("triage_outbox", f["outbox"].get(s, 0), {"state": s})
                    for s in OutgoingState])
    out += _family("triage_component_up", "gauge", "1 when a long-running loop (watcher, "
                   "worker, sender) gave a sign of life within its interval, 0 when it has "
                   "failed or been silent for longer (then /healthz answers 503).",
                   [_line("triage_component_up", 0 if c in f["components_down"] else 1,
                          {"component": c}) for c in f["components"]]
                   or [_line("triage_component_up", 1, {"component": "none"})])
    out += _family("triage_source_errors_24h", "gauge",
                   "Analyses of the last 24 hours that found a source down, by source.",
                   [_line("triage_source_errors_24h", n, {"source": s})
                    for s, n in sorted(f["source_errors"].items())]
                   or [_line("triage_source_errors_24h", 0, {"source": "none"})])
    out += _family("triage_component_errors_24h", "gauge",
                   "Failures of the watcher, workers and sender in the last 24 hours.",
                   [_line("triage_component_errors_24h", n, {"component": c})
                    for c, n in sorted(f["component_errors"].items())]
                   or [_line("triage_component_errors_24h", 0, {"component": "none"})])
    return "\n".join(out) + "\n"
