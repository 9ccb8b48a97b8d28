"""Triage statistics for managers (`triage stats`, the web stats page)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import (CTE, ColumnElement, Executable, Row, Select, SQLColumnExpression, distinct,
                        exists, func, literal, select, union_all)
from sqlalchemy.orm import Session

from triage.store import models as m


def summary(session: Session) -> dict:
    """The `triage stats --json` contract: counts, by symptom and by situation."""
    def count(q: Executable) -> int:
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
# The report is aggregated by the database (GROUP BY, COUNT(DISTINCT ticket_id)): a month is
# ~4,000 tickets at 50,000 in the store, and reading them all into Python cost more than the SQL.

def _in_period(since: datetime, until: datetime) -> tuple[ColumnElement[bool], ...]:
    return (m.Ticket.created_at >= since, m.Ticket.created_at < until)


def _utc_day(session: Session, column: SQLColumnExpression[datetime]) -> ColumnElement[Any]:
    # SQLite stores naive UTC text; PostgreSQL would use the session time zone without timezone().
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)


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
    """Volume and symptoms counted by the database; answer times from the answered tickets."""
    days: Counter[date] = Counter()
    symptoms: Counter[str] = Counter()
    total = 0
    day = _utc_day(session, m.Ticket.created_at)
    for d, symptom, n in session.execute(
            select(day, m.Ticket.symptom, func.count()).where(*_in_period(since, until))
            .group_by(day, m.Ticket.symptom)):
        total += n
        days[d if isinstance(d, date) else date.fromisoformat(d)] += n
        if symptom:
            symptoms[symptom] += n
    # Durations subtracted in Python, as datetimes: the same floats on both backends.
    hours = sorted((answered - created).total_seconds() / 3600
                   for created, answered in session.execute(
                       select(m.Ticket.created_at, m.Ticket.first_answer_at).where(
                           *_in_period(since, until), m.Ticket.first_answer_at.is_not(None)))
                   if answered is not None)
    return {"tickets": total, "volume": volume(days, since, until),
            "by_symptom": _ranked(symptoms.items()),
            "answer": {"answered": len(hours), "median_hours": _percentile(hours, 0.5),
                       "p90_hours": _percentile(hours, 0.9)}}


def _ranked(rows: Iterable[Iterable[Any]], limit: int | None = None) -> list[tuple]:
    """(key..., n) rows by decreasing n, then by key; the first `limit` of them."""
    ranked = sorted((tuple(r) for r in rows), key=lambda r: (-r[-1], r[:-1]))
    return ranked[:limit] if limit else ranked


def _top(kind: str, f: CTE, keys: list[ColumnElement[Any]], where: ColumnElement[bool],
         top: int) -> Select:
    """The groups of `keys` with the `top` highest distinct-ticket counts (ties kept)."""
    n = func.count(distinct(f.c.ticket_id))
    inner = select(*[k.label(f"k{i}") for i, k in enumerate(keys)], n.label("n"),
                   func.rank().over(order_by=n.desc()).label("r")) \
        .where(where).group_by(*keys).subquery()
    cols = [inner.c[f"k{i}"] for i in range(len(keys))]
    cols += [literal("")] * (3 - len(cols))
    q = select(literal(kind), *cols, inner.c.n)
    return q.where(inner.c.r <= top) if top else q


def _findings(session: Session, since: datetime, until: datetime, top: int) -> dict:
    """Situations, share diagnosed and upstream data: one statement, counted by the database."""
    period = select(m.Ticket.id).where(*_in_period(since, until)).cte("period")
    f = select(m.FindingRow.ticket_id, m.FindingRow.situation, m.FindingRow.elp,
               m.FindingRow.composante) \
        .join(period, period.c.id == m.FindingRow.ticket_id).cte("period_findings")
    blank = [literal("")] * 3
    rows: Sequence[Row] = session.execute(union_all(
        select(literal("s"), f.c.situation, *blank[1:], func.count(distinct(f.c.ticket_id)))
        .group_by(f.c.situation),
        _top("c", f, [f.c.composante], f.c.composante != "", top),
        _top("e", f, [f.c.elp, f.c.composante, f.c.situation], f.c.elp != "", top),
        select(literal("d"), *blank, func.count(distinct(f.c.ticket_id))),
        # One index probe per ticket of the period, not a scan of every analysis.
        select(literal("a"), *blank, func.count()).select_from(period)
        .where(exists().where(m.Analysis.ticket_id == period.c.id)))).all()
    by: dict[str, list] = {"s": [], "c": [], "e": [], "d": [(0,)], "a": [(0,)]}
    for kind, k0, k1, k2, n in rows:
        by[kind].append({"s": (k0, n), "c": (k0, n), "e": (k0, k1, k2, n)}.get(kind, (n,)))
    analysed, diagnosed = by["a"][-1][0], by["d"][-1][0]
    return {"analysed": analysed, "diagnosed": diagnosed,
            "auto_share": diagnosed / analysed if analysed else 0.0,
            "by_situation": _ranked(by["s"]),
            "upstream": {"by_composante": _ranked(by["c"], top),
                         "by_elp": _ranked(by["e"], top)}}


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


def answer_by_composante(session: Session, since: datetime, until: datetime) -> list[tuple]:
    """(composante, tickets, answered, median hours to first answer) for the period's tickets
    whose latest diagnosis names a composante, most tickets first."""
    latest = (select(func.max(m.Analysis.id)).join(m.Ticket, m.Ticket.id == m.Analysis.ticket_id)
              .where(*_in_period(since, until)).group_by(m.Analysis.ticket_id))
    rows = session.execute(
        select(m.FindingRow.composante, m.Ticket.id, m.Ticket.created_at,
               m.Ticket.first_answer_at)
        .join(m.Ticket, m.Ticket.id == m.FindingRow.ticket_id)
        .where(m.FindingRow.analysis_id.in_(latest), m.FindingRow.composante != "")
        .distinct()).all()
    tickets: dict[str, set] = {}
    hours: dict[str, list[float]] = {}
    for composante, tid, created, answered in rows:
        if tid in tickets.setdefault(composante, set()):
            continue
        tickets[composante].add(tid)
        if answered is not None:
            hours.setdefault(composante, []).append((answered - created).total_seconds() / 3600)
    out = [(c, len(ids), len(hours.get(c, [])), _percentile(sorted(hours.get(c, [])), 0.5))
           for c, ids in tickets.items()]
    return sorted(out, key=lambda r: (-r[1], r[0]))


def verdicts(session: Session, since: datetime, until: datetime) -> dict:
    """How often agents agreed with the bot, per symptom and per template, over the tickets of
    the period whose draft an agent approved or rejected. A ticket agrees on a field unless its
    latest verdict on that field (triage.pipeline.corrections) names another label."""
    reviewed = session.execute(
        select(m.Ticket.id, m.Ticket.symptom, m.Draft.template)
        .join(m.Draft, m.Draft.ticket_id == m.Ticket.id)
        .where(*_in_period(since, until), m.Draft.state.in_(("approved", "rejected")))).all()
    period = select(m.Ticket.id).where(*_in_period(since, until))
    latest = (select(func.max(m.Correction.id)).where(m.Correction.ticket_id.in_(period))
              .group_by(m.Correction.ticket_id, m.Correction.field))
    corrected = {(tid, field) for tid, field in session.execute(
        select(m.Correction.ticket_id, m.Correction.field)
        .where(m.Correction.id.in_(latest),
               m.Correction.agent_value != m.Correction.bot_value))}
    symptoms = {tid: symptom for tid, symptom, _ in reviewed}
    by_template = [(template, (tid, "situation") in corrected) for tid, _, template in reviewed]
    by_symptom = [(symptom or "(aucun)", (tid, "symptom") in corrected)
                  for tid, symptom in symptoms.items()]
    return {"by_symptom": _agreement(by_symptom), "by_template": _agreement(by_template),
            "corrected_tickets": len({tid for tid, _ in corrected})}


def _agreement(pairs: list[tuple[str, bool]]) -> list[dict]:
    """(label, corrected?) pairs -> per label: reviewed, corrected, agreed share; most first."""
    counts: dict[str, list[int]] = {}
    for key, wrong in pairs:
        c = counts.setdefault(key, [0, 0])
        c[0] += 1
        c[1] += wrong
    rows = [{"key": k, "reviewed": n, "corrected": bad, "agreed_share": (n - bad) / n}
            for k, (n, bad) in counts.items()]
    return sorted(rows, key=lambda r: (-r["reviewed"], r["key"]))


def composante_labels(session: Session, codes: set[str]) -> dict[str, str]:
    """The name (LIB_CMP) the findings recorded for each composante code that has one."""
    if not codes:
        return {}
    return dict(session.execute(
        select(m.FindingRow.composante, func.max(m.FindingRow.composante_label))
        .where(m.FindingRow.composante.in_(sorted(codes)), m.FindingRow.composante_label != "")
        .group_by(m.FindingRow.composante)).all())


def report(session: Session, since: datetime, until: datetime, top: int = 25) -> dict:
    """Everything the manager page shows for the period [since, until)."""
    rep = {"since": since, "until": until, **_tickets(session, since, until),
           **_findings(session, since, until, top),
           "templates": templates(session, since, until),
           "verdicts": verdicts(session, since, until),
           "answer_by_composante": answer_by_composante(session, since, until)}
    codes = {r[0] for r in rep["upstream"]["by_composante"]} | \
        {r[1] for r in rep["upstream"]["by_elp"]} | {r[0] for r in rep["answer_by_composante"]}
    rep["composante_labels"] = composante_labels(session, codes - {""})
    return rep


def _cell(value: object) -> object:
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
        "delais_composantes": (["composante", "tickets", "repondus", "delai_median_heures"],
                               [(c, n, a, round(h, 2) if h is not None else "")
                                for c, n, a, h in rep["answer_by_composante"]]),
        "accords_symptomes": (["symptome", "relus", "corriges", "part_accord"],
                              [(v["key"], v["reviewed"], v["corrected"],
                                round(v["agreed_share"], 3))
                               for v in rep["verdicts"]["by_symptom"]]),
        "accords_modeles": (["modele", "relus", "corriges", "part_accord"],
                            [(v["key"], v["reviewed"], v["corrected"],
                              round(v["agreed_share"], 3))
                             for v in rep["verdicts"]["by_template"]]),
    }
    return {name: (header, [tuple(_cell(v) for v in row) for row in rows])
            for name, (header, rows) in tables.items()}
