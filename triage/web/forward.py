"""Forward a finding to the owner of its fix, with the evidence attached, and track it until
the fix shows in the data (the finding is gone from the latest diagnosis) or an agent says so."""
from __future__ import annotations

import json
import re
from email.message import EmailMessage
from email.utils import format_datetime

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.mail.reply import new_message_id, one_line
from triage.pipeline import review
from triage.pipeline.forwards import FIXED, closed_by_agents, still_found
from triage.store import models as m
from triage.web import params
from triage.web.db import current_user, db, get_or_404, services
from triage.web.labels import OWNERS, situation

bp = Blueprint("forward", __name__)
_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[a-z]{2,}$", re.I)


def owner_addresses() -> dict[str, str]:
    """Known addresses per owner of a fix (the rest is typed by the agent)."""
    return {"si_scol": services().config.get("rules", "siscol_address")}


def evidence_text(finding: m.FindingRow) -> str:
    """The evidence as plain-text tables, for the body of the forwarded mail."""
    lines = []
    for ev in finding.evidence or []:
        lines.append(f"\n{ev.get('label', '')} ({ev.get('source', '')})")
        rows = ev.get("rows") or []
        cols = list(dict.fromkeys(k for r in rows for k in r))
        if cols:
            lines.append(" | ".join(cols))
            lines.extend(" | ".join(str(r.get(c, "")) for c in cols) for r in rows)
    return "\n".join(lines)


def build_forward(ticket: m.Ticket, finding: m.FindingRow, to_addr: str, note: str,
                  config, message_id: str) -> EmailMessage:
    """The mail to the owner: what is wrong, what to fix, the evidence as text and as JSON."""
    smtp = config["smtp"]
    msg = EmailMessage()
    msg["From"] = f"{one_line(smtp['from_name'])} <{one_line(smtp['from_address'])}>"
    msg["To"] = one_line(to_addr)
    what = " ".join(x for x in (situation(finding.situation), finding.elp,
                                str(finding.course_id or "")) if x)
    msg["Subject"] = f"[{smtp['ticket_tag']} #{ticket.id}] À corriger : {one_line(what)}"
    msg["Date"] = format_datetime(m.utcnow())
    msg["Message-ID"] = f"<{message_id}>"
    msg["X-Triage-Ticket"] = str(ticket.id)
    msg.set_content(f"Bonjour,\n\n{note.strip()}\n\nSituation : {situation(finding.situation)}"
                    f"\nCorrection attendue : {finding.fix}\n"
                    f"Élément : {finding.elp or '-'}   Composante : {finding.composante or '-'}"
                    f"   Cours : {finding.course_id or '-'}\n\nPreuves :{evidence_text(finding)}"
                    f"\n\n-- \n{smtp['from_name']}\n")
    msg.add_attachment(json.dumps(finding.evidence, ensure_ascii=False, indent=1).encode(),
                       maintype="application", subtype="json",
                       filename=f"preuves-ticket-{ticket.id}.json")
    return msg


@bp.post("/ticket/<int:tid>/forward")
def forward(tid: int):
    """Queue the mail to the owner of the fix and remember it on the ticket."""
    ticket = get_or_404(m.Ticket, tid)
    finding = db().get(m.FindingRow,
                       params.integer(request.form.get("finding_id"), "constat") or 0)
    to_addr = request.form.get("to", "").strip()
    if finding is None or finding.ticket_id != tid:
        abort(400)
    if not _ADDRESS.match(to_addr):
        flash("Adresse du destinataire invalide.", "error")
        return redirect(url_for("ticket.view", tid=tid))
    config = services().config
    message_id = new_message_id(config.get("smtp", "from_address"))
    mail = build_forward(ticket, finding, to_addr, params.text(request.form.get("note"), 5000),
                         config, message_id)
    out = m.Outgoing(ticket_id=tid, draft_id=None, kind="forward", message_id=message_id,
                     to_addr=to_addr, raw=bytes(mail), state="queued",
                     next_attempt_at=m.utcnow())
    db().add(out)
    db().flush()
    review.audit(db(), current_user(), "forward", ticket, outgoing=out.id, to=to_addr,
                 situation=finding.situation, elp=finding.elp, course_id=finding.course_id,
                 owner=finding.owner)
    db().commit()
    flash(f"Transfert à {to_addr} mis en file d'envoi.", "ok")
    return redirect(url_for("ticket.view", tid=tid))


@bp.post("/forward/<int:out_id>/fixed")
def fixed(out_id: int):
    """An agent saw the fix in the data: close the forward."""
    out = get_or_404(m.Outgoing, out_id)
    review.audit(db(), current_user(), FIXED, db().get(m.Ticket, out.ticket_id),
                 outgoing=out.id)
    db().commit()
    return redirect(request.referrer or url_for("forward.index"))


def _status(session: Session, entry: m.AuditEntry, fixed_ids: set[int]) -> dict:
    detail = entry.detail or {}
    out = session.get(m.Outgoing, detail.get("outgoing") or 0)
    still = still_found(session, entry.ticket_id, detail.get("situation", ""))
    done = detail.get("outgoing") in fixed_ids or not still
    return {"entry": entry, "detail": detail, "out": out, "fixed": done,
            "how": "constaté par un agent" if detail.get("outgoing") in fixed_ids
            else ("plus constaté au dernier diagnostic" if done else "")}


def forwards_of(session: Session, tid: int) -> list[dict]:
    """The ticket's forwards with their state (sent? fixed?)."""
    fixed_ids = closed_by_agents(session)
    return [_status(session, e, fixed_ids) for e in session.scalars(
        select(m.AuditEntry).where(m.AuditEntry.ticket_id == tid,
                                   m.AuditEntry.action == "forward").order_by(m.AuditEntry.id))]


@bp.route("/forwards")
def index():
    """Every forward still waiting for its fix, oldest first, then the last fixed ones."""
    fixed_ids = closed_by_agents(db())
    entries = db().scalars(select(m.AuditEntry).where(m.AuditEntry.action == "forward")
                           .order_by(m.AuditEntry.id.desc()).limit(300)).all()
    rows = [_status(db(), e, fixed_ids) for e in entries]
    return render_template("forwards.html", open=[r for r in reversed(rows) if not r["fixed"]],
                           done=[r for r in rows if r["fixed"]][:50], owners=OWNERS)
