"""Agents correct the bot: the symptom and the situation it read in a mail.

Every verdict is kept (`corrections` table); the latest per mail and field is the one that
counts. `export` gives them as plain dicts — one JSON line each in `write_jsonl` — for
retraining the reader (`triage learn`): the stored mail's id (`messages.id`, whose raw text the
store holds), the bot's label and the agent's label. A verdict equal to the bot's label is a
confirmation, kept too: it is a labelled example as good as a correction.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import TextIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from triage.pipeline.forwards import latest_analysis
from triage.store import models as m

FIELDS = ("symptom", "situation")
OTHER = "other"        # « autre » : none of the listed labels fits


class CorrectionError(ValueError):
    """The verdict names a field or a label we do not know."""


def labels(field: str) -> tuple[str, ...]:
    """The labels an agent may choose for `field` (the list), « autre » last."""
    if field == "symptom":
        from triage.extractors import SYMPTOMS
        return (*SYMPTOMS, OTHER)
    if field == "situation":
        from triage.rules import all_rules
        return (*(r.id for r in all_rules()), OTHER)
    raise CorrectionError(f"champ inconnu : {field}")


def bot_values(session: Session, analysis: m.Analysis | None) -> dict[str, str]:
    """What the bot read in the analysed mail: its symptom and its surest situation ("" none)."""
    if analysis is None:
        return {"symptom": "", "situation": ""}
    top = session.scalar(select(m.FindingRow.situation)
                         .where(m.FindingRow.analysis_id == analysis.id)
                         .order_by(m.FindingRow.confidence.desc(), m.FindingRow.id).limit(1))
    return {"symptom": (analysis.reading or {}).get("symptom", ""), "situation": top or ""}


def correct(session: Session, ticket: m.Ticket, user: m.User | None, field: str, value: str,
            note: str = "") -> m.Correction:
    """Record the agent's label for `field` of the ticket's latest analysed mail. No commit."""
    if value not in labels(field):
        raise CorrectionError(f"valeur inconnue pour {field} : {value}")
    analysis = latest_analysis(session, ticket.id)
    last_in = ticket.last_incoming
    message_id = analysis.message_id if analysis else last_in.id if last_in else None
    if message_id is None:
        raise CorrectionError("ce ticket n'a pas de courriel reçu à corriger")
    row = m.Correction(ticket_id=ticket.id, message_id=message_id,
                       analysis_id=analysis.id if analysis else None,
                       user_id=user.id if user else None, field=field,
                       bot_value=bot_values(session, analysis)[field], agent_value=value,
                       note=note.strip()[:500] if value == OTHER else "")
    session.add(row)
    session.add(m.AuditEntry(user_id=row.user_id, action="correct", ticket_id=ticket.id,
                             detail={"field": field, "bot": row.bot_value, "agent": value}))
    return row


def current(session: Session, ticket_id: int) -> dict[str, m.Correction]:
    """field -> the latest verdict on the ticket's mails (what the ticket page shows)."""
    out: dict[str, m.Correction] = {}
    for row in session.scalars(select(m.Correction).where(m.Correction.ticket_id == ticket_id)
                               .order_by(m.Correction.id)):
        out[row.field] = row
    return out


def export(session: Session, since: datetime | None = None) -> Iterator[dict]:
    """The latest verdict per (mail, field), oldest first, as plain dicts:
    {"message_id", "ticket_id", "field", "bot", "agent", "note", "language", "at"}."""
    latest = select(func.max(m.Correction.id)).group_by(m.Correction.message_id,
                                                        m.Correction.field)
    query = (select(m.Correction, m.Ticket.language)
             .join(m.Ticket, m.Ticket.id == m.Correction.ticket_id)
             .where(m.Correction.id.in_(latest)).order_by(m.Correction.id))
    if since is not None:
        query = query.where(m.Correction.at >= since)
    for row, language in session.execute(query):
        yield {"message_id": row.message_id, "ticket_id": row.ticket_id, "field": row.field,
               "bot": row.bot_value, "agent": row.agent_value, "note": row.note,
               "language": language, "at": row.at.isoformat()}


def write_jsonl(session: Session, out: TextIO, since: datetime | None = None) -> int:
    """Write `export` as JSON lines to `out`; the number of lines."""
    n = 0
    for item in export(session, since):
        out.write(json.dumps(item, ensure_ascii=False) + "\n")
        n += 1
    return n
