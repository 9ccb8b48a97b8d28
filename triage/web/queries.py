"""The queue's queries: filters, search, page of tickets, incidents. Built to use the indexes
(tickets.state+created_at, findings.ticket_id) so that a page stays fast with 50,000 tickets."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Exists, Row, String, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from triage.pipeline.lifecycle import REVIEW_STATES, TicketState
from triage.store import models as m
from triage.web import params

AGES = {"lt1": ("<", 1), "lt7": ("<", 7), "gt3": (">", 3), "gt7": (">", 7)}
INCIDENT_DAYS = 7
PAGE_MAX = 100_000   # past the last page shows the last page; past this is no page at all


@dataclass
class QueueFilter:
    state: str = "review"     # review | all | one of TICKET_STATES
    symptom: str = ""
    situation: str = ""
    elp: str = ""
    course: int | None = None
    age: str = ""             # one of AGES
    assignee: str = ""        # "" | me | none | <user id>
    q: str = ""
    page: int = 1

    @classmethod
    def from_args(cls, args: Mapping[str, str]) -> "QueueFilter":
        """Read the filter from the query string; params.BadParameter (a 400) on a value that
        makes no sense (a number out of range, a state or an age we do not know)."""
        assignee = args.get("assignee", "")
        if assignee not in ("", "me", "none"):
            assignee = str(params.integer(assignee, "agent"))
        return cls(state=params.choice(args.get("state"), "état",
                                       ("review", "all", *TicketState)) or "review",
                   symptom=params.text(args.get("symptom"), 40),
                   situation=params.text(args.get("situation"), 60),
                   elp=params.text(args.get("elp"), 30).strip().upper(),
                   course=params.integer(args.get("course"), "cours"),
                   age=params.choice(args.get("age"), "ancienneté", AGES),
                   assignee=assignee, q=params.text(args.get("q"), 100).strip(),
                   page=params.integer(args.get("page"), "numéro de page", minimum=1,
                                       maximum=PAGE_MAX) or 1)

    def args(self, **changes: object) -> dict:
        """Query-string arguments of this filter (for links), with some values changed."""
        values = {"state": self.state, "symptom": self.symptom, "situation": self.situation,
                  "elp": self.elp, "course": self.course, "age": self.age,
                  "assignee": self.assignee, "q": self.q, "page": self.page, **changes}
        return {k: v for k, v in values.items() if v not in ("", None) and
                not (k == "page" and v == 1) and not (k == "state" and v == "review")}


def _finding_exists(*conditions: ColumnElement[bool]) -> Exists:
    return exists().where(m.FindingRow.ticket_id == m.Ticket.id, *conditions)


def _search(q: str) -> ColumnElement[bool]:
    like = f"%{q.lower()}%"
    terms = [func.lower(m.Ticket.requester).like(like), func.lower(m.Ticket.subject).like(like),
             _finding_exists(m.FindingRow.elp == q.upper()),
             exists().where(m.Analysis.ticket_id == m.Ticket.id,
                            cast(m.Analysis.reading, String).like(f"%{q}%"))]
    if q.isascii() and q.isdigit() and len(q) < 9:
        terms.append(m.Ticket.id == int(q))
    return or_(*terms)


def conditions(f: QueueFilter, user_id: int, now: datetime) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a filter."""
    where: list[ColumnElement[bool]] = []
    if f.state == "review":
        where.append(m.Ticket.state.in_(REVIEW_STATES))
    elif f.state in tuple(TicketState):
        where.append(m.Ticket.state == f.state)
    if f.symptom:
        where.append(m.Ticket.symptom == f.symptom)
    if f.situation or f.elp or f.course is not None:
        where.append(_finding_exists(*[c for c in (
            m.FindingRow.situation == f.situation if f.situation else None,
            m.FindingRow.elp == f.elp if f.elp else None,
            m.FindingRow.course_id == f.course if f.course is not None else None)
            if c is not None]))
    if f.age:
        op, days = AGES[f.age]
        limit = now - timedelta(days=days)
        where.append(m.Ticket.created_at > limit if op == "<" else m.Ticket.created_at < limit)
    if f.assignee == "me":
        where.append(m.Ticket.claimed_by == user_id)
    elif f.assignee == "none":
        where.append(m.Ticket.claimed_by.is_(None))
    elif f.assignee.isdigit():
        where.append(m.Ticket.claimed_by == int(f.assignee))
    if f.q:
        where.append(_search(f.q))
    return where


@dataclass
class QueuePage:
    rows: Sequence[Row]
    total: int
    page: int
    pages: int
    situations: dict[int, list] = field(default_factory=dict)


def queue_page(session: Session, f: QueueFilter, user_id: int, size: int) -> QueuePage:
    """One page of the queue, oldest first, with each ticket's current situations."""
    where = conditions(f, user_id, m.utcnow())
    total = session.scalar(select(func.count(m.Ticket.id)).where(*where)) or 0
    pages = max(1, -(-total // size))
    page = min(f.page, pages)
    # With several states, ordering on a plain created_at makes SQLite and PostgreSQL walk the
    # created_at index through every answered ticket; coalesce() makes them read the
    # (state, created_at) index instead and sort the few open tickets.
    first = (func.coalesce(m.Ticket.created_at, m.Ticket.created_at) if f.state == "review"
             else m.Ticket.created_at)
    rows = session.execute(
        select(m.Ticket.id, m.Ticket.subject, m.Ticket.requester, m.Ticket.requester_name,
               m.Ticket.state, m.Ticket.symptom, m.Ticket.created_at, m.Ticket.claimed_by,
               m.User.display_name.label("claimer"))
        .outerjoin(m.User, m.User.id == m.Ticket.claimed_by)
        .where(*where).order_by(first, m.Ticket.id)
        .limit(size).offset((page - 1) * size)).all()
    return QueuePage(rows, total, page, pages, latest_findings(session, [r.id for r in rows]))


def latest_findings(session: Session, ticket_ids: list[int]) -> dict[int, list]:
    """ticket id -> findings (situation, elp, course_id) of its latest analysis."""
    if not ticket_ids:
        return {}
    latest = (select(func.max(m.Analysis.id)).where(m.Analysis.ticket_id.in_(ticket_ids))
              .group_by(m.Analysis.ticket_id))
    out: dict[int, list] = {}
    for row in session.execute(
            select(m.FindingRow.ticket_id, m.FindingRow.situation, m.FindingRow.elp,
                   m.FindingRow.course_id, m.FindingRow.confidence)
            .where(m.FindingRow.analysis_id.in_(latest)).order_by(m.FindingRow.id)):
        out.setdefault(row.ticket_id, []).append(row)
    return out


def incidents(session: Session, now: datetime, days: int = INCIDENT_DAYS,
              minimum: int = 2) -> Sequence[Row]:
    """Open tickets of the last days pointing at the same situation and ELP or course."""
    since = now - timedelta(days=days)
    n = func.count(func.distinct(m.FindingRow.ticket_id))
    return session.execute(
        select(m.FindingRow.situation, m.FindingRow.elp, m.FindingRow.course_id,
               n.label("tickets"), func.min(m.Ticket.created_at).label("first"))
        .join(m.Ticket, m.Ticket.id == m.FindingRow.ticket_id)
        .where(m.Ticket.state.in_(REVIEW_STATES), m.Ticket.created_at >= since,
               or_(m.FindingRow.elp != "", m.FindingRow.course_id.is_not(None)))
        .group_by(m.FindingRow.situation, m.FindingRow.elp, m.FindingRow.course_id)
        .having(n >= minimum).order_by(n.desc()).limit(20)).all()


def incident_key(situation: str, elp: str, course_id: int | None) -> tuple:
    """The key that groups tickets of one incident."""
    return (situation, elp or "", course_id)


def next_ticket(session: Session, user_id: int, after_id: int | None = None) -> int | None:
    """The ticket after `after_id` in the queue's order (open for review, oldest first) that
    nobody else holds; from the top again past the last one."""
    free = [m.Ticket.state.in_(REVIEW_STATES), m.Ticket.id != (after_id or 0),
            or_(m.Ticket.claimed_by.is_(None), m.Ticket.claimed_by == user_id)]
    first = select(m.Ticket.id).order_by(m.Ticket.created_at, m.Ticket.id).limit(1)
    current = session.get(m.Ticket, after_id) if after_id else None
    if current is not None:
        later = or_(m.Ticket.created_at > current.created_at,
                    and_(m.Ticket.created_at == current.created_at, m.Ticket.id > current.id))
        found = session.scalar(first.where(*free, later))
        if found is not None:
            return found
    return session.scalar(first.where(*free))