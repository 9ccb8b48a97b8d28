"""Forwards to the owner of a fix, followed until the fix shows in the data.

An agent forwards a finding (web: "Transférer"); from then on the workers re-diagnose that
ticket against fresh data at most once per `RECHECK_EVERY` (the data only changes with the
nightly sync), storing a new analysis without touching the ticket's state or its drafts. When
the latest analysis no longer finds the forwarded situation, the fix has landed.
"""
from __future__ import annotations

import json
import re
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from triage.config import Config
from triage.mail.addresses import in_domains
from triage.mail.reply import build_forward, new_message_id
from triage.pipeline import parsed
from triage.pipeline.analyse import Analyser
from triage.pipeline.lifecycle import OutgoingState
from triage.pipeline.review import audit
from triage.pipeline.worker import store_findings
from triage.responses.note import SOURCES as EVIDENCE_SOURCES
from triage.rules import situation_title
from triage.store import models as m

RECHECK_EVERY = timedelta(hours=12)
FORWARD, FIXED = "forward", "forward_fixed"


def evidence_text(finding: m.FindingRow) -> str:
    """The evidence as plain-text tables, for the body of the forwarded mail."""
    lines = []
    for ev in finding.evidence or []:
        source = ev.get("source", "")
        lines.append(f"\n{ev.get('label', '')} ({EVIDENCE_SOURCES.get(source, source)})")
        rows = ev.get("rows") or []
        cols = list(dict.fromkeys(k for r in rows for k in r))
        if cols:
            lines.append(" | ".join(cols))
            lines.extend(" | ".join(str(r.get(c, "")) for c in cols) for r in rows)
    return "\n".join(lines)


_GREETING = re.compile(r"^\s*(bonjour|bonsoir|hello|madame|monsieur)[^\n]*\n+", re.I)


def where_from(session: Session, finding: m.FindingRow) -> dict[str, str]:
    """Element, composante and course of a finding, completed from the ticket's other findings
    (same analysis, same element) and from the course the mail links to when the finding
    itself lacks them."""
    siblings = session.scalars(select(m.FindingRow).where(
        m.FindingRow.analysis_id == finding.analysis_id, m.FindingRow.id != finding.id)).all()
    same = [f for f in siblings if not finding.elp or f.elp in ("", finding.elp)]
    elements = {f.elp for f in same if f.elp}
    elp = finding.elp or (elements.pop() if len(elements) == 1 else "")   # one, never a guess
    named = next((f for f in [finding, *same] if f.composante), None)   # code, then name
    composante = "" if named is None else (
        f"{named.composante_label} ({named.composante})" if named.composante_label
        else named.composante)
    course = finding.course_id or next((f.course_id for f in same if f.course_id), None)
    if course is None:
        analysis = session.get(m.Analysis, finding.analysis_id)
        linked = ((analysis.reading or {}).get("entities") or {}).get("course_ids") or [] \
            if analysis else []
        course = linked[0] if len(linked) == 1 else None
    return {"elp": elp, "composante": composante,
            "course": str(course) if course else ""}


def forward_text(session: Session, ticket: m.Ticket, finding: m.FindingRow, note: str,
                 config: Config) -> tuple[str, str]:
    """(subject's « what », body) of the mail to the owner of the fix: one greeting (the
    agent's note loses its own), the agent's note, what to fix, where, the evidence."""
    title = situation_title(finding.situation)
    place = where_from(session, finding)
    what = " ".join(x for x in (title, place["elp"], place["course"]) if x)
    note = _GREETING.sub("", note.replace("\r\n", "\n").strip(), count=1).strip()
    where = " · ".join(f"{label} : {place[key]}" for key, label in
                       (("elp", "Élément"), ("composante", "Composante"), ("course", "Cours"))
                       if place[key])
    body = ("Bonjour,\n\n" + (f"{note}\n\n" if note else "")
            + f"Situation : {title}\nCorrection attendue : {finding.fix}\n"
            + (f"{where}\n" if where else "")
            + f"\nPreuves (aussi en pièce jointe, au format JSON) :{evidence_text(finding)}"
            + f"\n\nBien cordialement,\n\n-- \n{config['smtp']['from_name']}\n"
            + f"Ticket #{ticket.id}\n")
    return what, body


def queue_forward(session: Session, ticket: m.Ticket, finding: m.FindingRow, to_addr: str,
                  note: str, user: m.User, config: Config) -> m.Outgoing:
    """Queue the mail telling `to_addr` what to fix, with the finding's evidence, and remember
    it on the ticket (the ticket's state is untouched: it still needs its reply). Evidence
    holds personal data: only to the university's domains (`web.forward_domains`), else
    ValueError. No commit."""
    if not in_domains(to_addr, config.get("web", "forward_domains")):
        raise ValueError(f"{to_addr} is outside web.forward_domains")
    smtp = config["smtp"]
    what, body = forward_text(session, ticket, finding, note, config)
    message_id = new_message_id(smtp["from_address"])
    mail = build_forward(ticket_id=ticket.id, to_addr=to_addr, what=what, body=body,
                         evidence_json=json.dumps(finding.evidence, ensure_ascii=False,
                                                  indent=1).encode(),
                         from_address=smtp["from_address"], from_name=smtp["from_name"],
                         tag=smtp["ticket_tag"], message_id=message_id)
    out = m.Outgoing(ticket_id=ticket.id, draft_id=None, kind="forward", message_id=message_id,
                     to_addr=to_addr, raw=bytes(mail), state=OutgoingState.QUEUED,
                     next_attempt_at=m.utcnow())
    session.add(out)
    session.flush()
    audit(session, user, FORWARD, ticket, outgoing=out.id, to=to_addr,
          situation=finding.situation, elp=finding.elp, course_id=finding.course_id,
          owner=finding.owner)
    return out


def mark_fixed(session: Session, out: m.Outgoing, user: m.User) -> None:
    """An agent saw the forwarded fix in the data: close the forward. No commit."""
    audit(session, user, FIXED, session.get(m.Ticket, out.ticket_id), outgoing=out.id)


def latest_analysis(session: Session, ticket_id: int) -> m.Analysis | None:
    return session.scalars(select(m.Analysis).where(m.Analysis.ticket_id == ticket_id)
                           .order_by(m.Analysis.id.desc()).limit(1)).first()


def still_found(session: Session, ticket_id: int, situation: str) -> bool:
    """Whether the ticket's latest analysis still finds `situation`."""
    latest = latest_analysis(session, ticket_id)
    return latest is not None and session.scalar(
        select(m.FindingRow.id).where(m.FindingRow.analysis_id == latest.id,
                                      m.FindingRow.situation == situation).limit(1)) is not None


def closed_by_agents(session: Session) -> set[int]:
    """Outgoing ids of the forwards an agent marked as fixed."""
    details = session.scalars(select(m.AuditEntry.detail).where(m.AuditEntry.action == FIXED))
    return {d["outgoing"] for d in details if d and d.get("outgoing") is not None}


def open_forwards(session: Session) -> list[m.AuditEntry]:
    """Forwards neither closed by an agent nor gone from the latest diagnosis."""
    closed = closed_by_agents(session)
    entries = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == FORWARD)
                              .order_by(m.AuditEntry.id)).all()
    return [e for e in entries if e.ticket_id is not None
            and (e.detail or {}).get("outgoing") not in closed
            and still_found(session, e.ticket_id, (e.detail or {}).get("situation", ""))]


def recheck(sessions: sessionmaker[Session], analyser: Analyser,
            every: timedelta = RECHECK_EVERY) -> int:
    """Re-diagnose, as of now, the tickets of open forwards not checked for `every`."""
    now, done = m.utcnow(), 0
    with sessions() as session:
        due = {e.ticket_id for e in open_forwards(session) if e.ticket_id is not None}
        for ticket_id in sorted(due):
            latest = latest_analysis(session, ticket_id)
            if latest is not None and latest.created_at.replace(
                    tzinfo=latest.created_at.tzinfo or now.tzinfo) > now - every:
                continue
            ticket = session.get_one(m.Ticket, ticket_id)
            message = ticket.last_incoming
            if message is None:
                continue
            analysis = analyser.analyse(parsed.of(session, message), now=now)
            if not analysis.pending_sources:     # a source down proves nothing: try later
                store_findings(session, ticket, message, analysis)
                done += 1
        session.commit()
    return done
