"""Triage statistics for managers (`triage stats`, the web stats page)."""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import distinct, exists, func, select
from sqlalchemy.orm import Session

from triage.store import models as m


def summary(session: Session) -> dict:
    """The `triage stats --json` contract: counts, by symptom and by situation."""
    def count(q):
        return session.scalar(q) or 0
    by_symptom = dict(session.execute(
        select(m.Ticket.symptom, func.count()).where(m.Ticket.symptom != "")
        .group_by(m.Ticket.symptom)).all())
    # A situation counts once per ticket, from the ticket's latest analysis.
    latest = (select(func.max(m.Analysis.id)).group_by(m.Analysis.ticket_id)).scalar_subquery()
    by_situation = dict(session.execute(
        select(m.FindingRow.situation, func.count(distinct(m.FindingRow.ticket_id)))
        .where(m.FindingRow.analysis_id.in_(latest)).group_by(m.FindingRow.situation)).all())
    by_state = dict(session.execute(select(m.Ticket.state, func.count())
                                    .group_by(m.Ticket.state)).all())
    return {
        "messages": count(select(func.count()).select_from(m.Message)
                          .where(m.Message.direction == "in")),
        "tickets": count(select(func.count()).select_from(m.Ticket)),
        "drafts": count(select(func.count()).select_from(m.Draft)),
        "sent": count(select(func.count()).select_from(m.Outgoing)
                      .where(m.Outgoing.state == "sent")),
        "by_symptom": by_symptom,
        "by_situation": by_situation,
        "by_state": by_state,
    }


# --------------------------------------------------------------------------- manager report
# The report reads the period's tickets and findings once each (two range scans on
# tickets.created_at) and counts in Python: one pass instead of a GROUP BY per table.

def _utc_day(value: datetime) -> date:
    # SQLite hands back naive datetimes; the store writes UTC.
    return (value.astimezone(timezone.utc) if value.tzinfo else value).date()


def _in_period(since: datetime, until: datetime):
    return (m.Ticket.created_at >= since, m.Ticket.created_at < until)


def volume(days: Counter, since: datetime, until: datetime) -> dict:
    """Tickets per day (every day of the period, zeros included) and per ISO week."""
    daily, d = [], since.date()
    while datetime.combine(d, time(0), timezone.utc) < until:
        daily.append((d.isoformat(), days.get(d, 0)))
        d += timedelta(days=1)
    weeks: dict[str, int] = {}
    for iso, n in daily:
        y, w, _ = date.fromisoformat(iso).isocalendar()
        weeks[f"{y}-S{w:02d}"] = weeks.get(f"{y}-S{w:02d}", 0) + n
    return {"daily": daily, "weekly": list(weeks.items())}


def _percentile(sorted_values: list[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (the median of 1, 2, 3, 4 is 2.5)."""
    if not sorted_values:
        return None
    pos = q * (len(sorted_values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def _tickets(session: Session, since: datetime, until: datetime) -> dict:
    """Volume, symptoms and answer times from one read of the period's tickets."""
    days, symptoms, hours, total = Counter(), Counter(), [], 0
    for symptom, created, answered in session.execute(
            select(m.Ticket.symptom, m.Ticket.created_at, m.Ticket.first_answer_at)
            .where(*_in_period(since, until))):
        total += 1
        days[_utc_day(created)] += 1
        if symptom:
            symptoms[symptom] += 1
        if answered is not None:
            hours.append((answered - created).total_seconds() / 3600)
    hours.sort()
    return {"tickets": total, "volume": volume(days, since, until),
            "by_symptom": symptoms.most_common(),
            "answer": {"answered": len(hours), "median_hours": _percentile(hours, 0.5),
                       "p90_hours": _percentile(hours, 0.9)}}


def _findings(session: Session, since: datetime, until: datetime, top: int) -> dict:
    """Situations, share diagnosed and upstream data from one read of the period's findings."""
    seen: dict[str, set] = {}
    comp: dict[str, set] = {}
    elp: dict[tuple, set] = {}
    diagnosed: set[int] = set()
    for tid, situation, code, composante in session.execute(
            select(m.FindingRow.ticket_id, m.FindingRow.situation, m.FindingRow.elp,
                   m.FindingRow.composante)
            .join(m.Ticket, m.Ticket.id == m.FindingRow.ticket_id)
            .where(*_in_period(since, until))):
        diagnosed.add(tid)
        seen.setdefault(situation, set()).add(tid)
        if composante:
            comp.setdefault(composante, set()).add(tid)
        if code:
            elp.setdefault((code, composante, situation), set()).add(tid)
    # Range on tickets, then one index probe each (not a scan of every analysis).
    analysed = session.scalar(select(func.count()).select_from(m.Ticket).where(
        *_in_period(since, until),
        exists().where(m.Analysis.ticket_id == m.Ticket.id))) or 0

    def ranked(groups: dict, limit: int | None = None) -> list[tuple]:
        rows = sorted(((*(k if isinstance(k, tuple) else (k,)), len(v))
                       for k, v in groups.items()), key=lambda r: (-r[-1], r[:-1]))
        return rows[:limit] if limit else rows
    return {"analysed": analysed, "diagnosed": len(diagnosed),
            "auto_share": len(diagnosed) / analysed if analysed else 0.0,
            "by_situation": ranked(seen),
            "upstream": {"by_composante": ranked(comp, top), "by_elp": ranked(elp, top)}}


def templates(session: Session, since: datetime, until: datetime) -> list[dict]:
    """Per template: drafts approved unchanged, approved edited, rejected, still proposed."""
    rows = session.execute(
        select(m.Draft.template, m.Draft.state, m.Draft.edited, func.count())
        .join(m.Ticket, m.Ticket.id == m.Draft.ticket_id)
        .where(*_in_period(since, until), m.Draft.state != "superseded")
        .group_by(m.Draft.template, m.Draft.state, m.Draft.edited)).all()
    out: dict[str, dict] = {}
    for template, state, edited, n in rows:
        name = template or "(aucun)"
        t = out.setdefault(name, {"template": name, "unchanged": 0, "edited": 0,
                                  "rejected": 0, "proposed": 0})
        key = {"approved": "edited" if edited else "unchanged"}.get(state, state)
        t[key] = t.get(key, 0) + n
    for t in out.values():
        decided = t["unchanged"] + t["edited"] + t["rejected"]
        t["decided"] = decided
        for k in ("unchanged", "edited", "rejected"):
            t[f"{k}_share"] = t[k] / decided if decided else 0.0
    return sorted(out.values(), key=lambda t: (-t["decided"], t["template"]))


def report(session: Session, since: datetime, until: datetime, top: int = 25) -> dict:
    """Everything the manager page shows for the period [since, until)."""
    return {"since": since, "until": until, **_tickets(session, since, until),
            **_findings(session, since, until, top),
            "templates": templates(session, since, until)}


def _cell(value):
    # A cell starting with = + - @ would run as a formula in a spreadsheet.
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value


def csv_tables(rep: dict) -> dict[str, tuple[list[str], list[tuple]]]:
    """The report as named tables (header, rows) for the CSV export."""
    tables = {
        "jours": (["jour", "tickets"], rep["volume"]["daily"]),
        "semaines": (["semaine", "tickets"], rep["volume"]["weekly"]),
        "symptomes": (["symptome", "tickets"], rep["by_symptom"]),
        "situations": (["situation", "tickets"], rep["by_situation"]),
        "modeles": (["modele", "approuves_tels_quels", "approuves_modifies", "rejetes",
                     "en_attente"], [(t["template"], t["unchanged"], t["edited"],
                                      t["rejected"], t["proposed"]) for t in rep["templates"]]),
        "composantes": (["composante", "tickets"], rep["upstream"]["by_composante"]),
        "elp": (["elp", "composante", "situation", "tickets"], rep["upstream"]["by_elp"]),
    }
    return {name: (header, [tuple(_cell(v) for v in row) for row in rows])
            for name, (header, rows) in tables.items()}
