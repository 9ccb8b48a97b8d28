"""Personal data over time (RGPD): the retention purge and the export of one person's data.

What the purge does, exactly (docs/privacy.md says the same):
- a mail (received or sent) older than retention.days loses its raw bytes, what was kept of
  its parse (text, headers, attachments' bytes and names), its address and its subject; the outbox row of a sent or abandoned reply
  older than that loses its bytes, its recipient and its error text;
- the analyses of those mails lose their reading (cited numbers, codes, spans); their findings
  lose evidence rows and template values; their drafts lose every text;
- a ticket none of whose mails is younger than the cutoff loses its requester, name, subject and
  flag text, and the audit entries about it older than the cutoff lose their free text.
Kept, so statistics stay true: ids, dates, states, symptom, sender role, language, situations,
ELP/composante/course ids (upstream data, not personal), templates, edit and reject flags.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (ColumnElement, ScalarSelect, String, and_, cast, delete, exists, func,
                        not_, or_, select, update)
from sqlalchemy.orm import Session

from triage.store import models as m
from triage.store.db import affected_rows

PURGED_SUBJECT = "[purgé]"
PURGED_PARSE = {"message_id": "", "subject": PURGED_SUBJECT}   # what pages show of a purged mail


@dataclass
class PurgeReport:
    cutoff: datetime
    messages: int = 0
    outgoing: int = 0
    analyses: int = 0
    findings: int = 0
    drafts: int = 0
    tickets: int = 0
    audit_entries: int = 0
    login_failures: int = 0       # failed sign-ins left over from a quiet day

    def as_dict(self) -> dict:
        """JSON-friendly figures."""
        out = dict(vars(self))
        out["cutoff"] = self.cutoff.isoformat()
        return out


def cutoff_for(days: int, now: datetime | None = None) -> datetime:
    """The instant before which data is purged."""
    return (now or m.utcnow()) - timedelta(days=int(days))


def purge(session: Session, days: int, now: datetime | None = None,
          dry_run: bool = False) -> PurgeReport:
    """Anonymise what retention.days says; one transaction, committed unless dry_run."""
    if int(days) < 1:
        raise ValueError("retention.days must be at least 1")
    report = PurgeReport(cutoff_for(days, now))
    cut = report.cutoff
    old_msg = select(m.Message.id).where(m.Message.received_at < cut).scalar_subquery()
    report.messages = _update(session, m.Message, [m.Message.received_at < cut,
                                                   func.length(m.Message.raw) > 0],
                              raw=b"", from_addr="", subject=PURGED_SUBJECT,
                              parsed=PURGED_PARSE)
    session.execute(delete(m.AttachmentRow).where(m.AttachmentRow.message_id.in_(old_msg)))
    report.outgoing = _update(session, m.Outgoing, [
        m.Outgoing.created_at < cut, m.Outgoing.state.in_(("sent", "dead")),
        func.length(m.Outgoing.raw) > 0], raw=b"", to_addr="", last_error="")
    old_analysis = select(m.Analysis.id).where(m.Analysis.message_id.in_(old_msg))
    report.analyses = _update(session, m.Analysis, [
        m.Analysis.message_id.in_(old_msg), cast(m.Analysis.reading, String) != "{}"],
        reading={})
    report.findings = _update(session, m.FindingRow, [
        m.FindingRow.analysis_id.in_(old_analysis.scalar_subquery()),
        or_(cast(m.FindingRow.evidence, String) != "[]",
            cast(m.FindingRow.params, String) != "{}")], evidence=[], params={})
    gone = _gone_tickets(cut)
    report.drafts = _update(session, m.Draft, [
        or_(m.Draft.analysis_id.in_(old_analysis.scalar_subquery()),
            m.Draft.ticket_id.in_(gone)), _has_text(m.Draft)],
        subject="", original_text="", text="", internal_note="", reject_reason="")
    report.tickets = _update(session, m.Ticket, [
        m.Ticket.id.in_(gone), or_(m.Ticket.requester != "", m.Ticket.requester_name != "",
                                   m.Ticket.subject != PURGED_SUBJECT,
                                   m.Ticket.flag_reason != "")],
        requester="", requester_name="", subject=PURGED_SUBJECT, flag_reason="")
    report.audit_entries = _update(session, m.AuditEntry, [
        m.AuditEntry.ticket_id.in_(gone), m.AuditEntry.at < cut,
        cast(m.AuditEntry.detail, String) != "{}"], detail={})
    stale = (now or m.utcnow()) - timedelta(days=1)   # the limit's window is minutes
    report.login_failures = affected_rows(
        session, delete(m.LoginFailure).where(m.LoginFailure.at < stale))
    if dry_run:
        session.rollback()
    else:
        session.commit()
    return report


def _gone_tickets(cut: datetime) -> ScalarSelect[int]:
    """Tickets that have mails, all of them older than the cutoff."""
    recent = exists().where(m.Message.ticket_id == m.Ticket.id, m.Message.received_at >= cut)
    any_mail = exists().where(m.Message.ticket_id == m.Ticket.id)
    return select(m.Ticket.id).where(any_mail, not_(recent)).scalar_subquery()


def _has_text(model: type[m.Draft]) -> ColumnElement[bool]:
    return or_(model.subject != "", model.original_text != "", model.text != "",
               model.internal_note != "", model.reject_reason != "")


def _update(session: Session, model: type[m.Base], where: list[ColumnElement[bool]],
            **values: Any) -> int:
    return affected_rows(session, update(model).where(and_(*where)).values(**values)
                         .execution_options(synchronize_session=False))


# ----------------------------------------------------------------------------- export
def _person_tickets(session: Session, who: str, student_domains: tuple[str, ...]) -> list[int]:
    """Ids of the tickets holding data about `who` (an address or an 8-digit student number)."""
    who = who.strip().lower()
    addresses = [who] if "@" in who else [f"{who}@{d}" for d in student_domains]
    ids = set(session.scalars(select(m.Ticket.id).where(func.lower(m.Ticket.requester)
                                                        .in_(addresses))))
    ids |= set(session.scalars(select(m.Message.ticket_id).where(
        func.lower(m.Message.from_addr).in_(addresses), m.Message.ticket_id.is_not(None))))
    ids |= set(session.scalars(select(m.Outgoing.ticket_id).where(
        func.lower(m.Outgoing.to_addr).in_(addresses))))
    if "@" not in who and who.isdigit():
        # A student cited by number in someone else's mail (a teacher's, a secretary's).
        ids |= set(session.scalars(select(m.Analysis.ticket_id).where(
            cast(m.Analysis.reading, String).like(f'%"{who}"%'))))
    return sorted(ids)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export_person(session: Session, who: str, student_domains: tuple[str, ...] = ()) -> dict:
    """Every ticket, mail, draft and reply about one person, as JSON-ready data."""
    tickets = []
    for tid in _person_tickets(session, who, student_domains):
        t = session.get_one(m.Ticket, tid)
        tickets.append({
            "ticket": tid, "subject": t.subject, "requester": t.requester,
            "requester_name": t.requester_name, "state": t.state, "symptom": t.symptom,
            "created_at": _iso(t.created_at), "updated_at": _iso(t.updated_at),
            "messages": [{"direction": x.direction, "message_id": x.message_id,
                          "from": x.from_addr, "subject": x.subject,
                          "received_at": _iso(x.received_at),
                          "raw": x.raw.decode("utf-8", "replace")} for x in t.messages],
            "analyses": [{"at": _iso(a.created_at), "reading": a.reading}
                         for a in session.scalars(select(m.Analysis)
                                                  .where(m.Analysis.ticket_id == tid))],
            "drafts": [{"state": d.state, "subject": d.subject, "text": d.text,
                        "created_at": _iso(d.created_at)} for d in t.drafts],
            "replies": [{"state": o.state, "to": o.to_addr, "sent_at": _iso(o.sent_at)}
                        for o in session.scalars(select(m.Outgoing)
                                                 .where(m.Outgoing.ticket_id == tid))],
            "audit": [{"at": _iso(e.at), "action": e.action, "detail": e.detail}
                      for e in session.scalars(select(m.AuditEntry)
                                               .where(m.AuditEntry.ticket_id == tid))],
        })
    return {"person": who, "exported_at": m.utcnow().isoformat(), "tickets": tickets}
