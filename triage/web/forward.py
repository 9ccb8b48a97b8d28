"""Forward a finding to the owner of its fix, with the evidence attached, and track it until
the fix shows in the data (the finding is gone from the latest diagnosis) or an agent says so."""
from __future__ import annotations

import re

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import select
from sqlalchemy.orm import Session

from triage.mail.addresses import in_domains
from triage.pipeline.forwards import (FORWARD, closed_by_agents, mark_fixed, queue_forward,
                                      forward_text, still_found)
from triage.store import models as m
from triage.web import params
from triage.web.acting import acting_on
from triage.web.db import current_user, db, get_or_404, services
from triage.web.labels import OWNERS

bp = Blueprint("forward", __name__)
_ADDRESS = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[a-z]{2,}$", re.I)


def owner_addresses() -> dict[str, str]:
    """Known addresses per owner of a fix (the rest is typed by the agent)."""
    return {"si_scol": services().config.get("rules", "siscol_address")}


def forward_domains() -> tuple[str, ...]:
    """The mail domains evidence may be forwarded to (`web.forward_domains`)."""
    return tuple(services().config.get("web", "forward_domains"))


def _form(tid: int) -> tuple[m.FindingRow, str, str]:
    """The forward form's finding, address and note, checked; a French message otherwise."""
    finding = db().get(m.FindingRow,
                       params.integer(request.form.get("finding_id"), "constat") or 0)
    to_addr = params.text(request.form.get("to"), 320).strip()
    if finding is None or finding.ticket_id != tid:
        abort(400)
    if not _ADDRESS.match(to_addr):
        flash("Adresse du destinataire invalide.", "error")
        abort(redirect(url_for("ticket.view", tid=tid)))
    if not in_domains(to_addr, forward_domains()):
        flash(f"Transfert refusé : les preuves ne partent qu'aux adresses "
              f"{', '.join('@' + d for d in forward_domains())} (réglage web.forward_domains, "
              "qu'un administrateur peut élargir).", "error")
        abort(redirect(url_for("ticket.view", tid=tid)))
    return finding, to_addr, params.text(request.form.get("note"), 5000)


@bp.post("/ticket/<int:tid>/forward/preview")
def preview(tid: int) -> ResponseReturnValue:
    """The mail to the owner of the fix as it will leave, before sending it."""
    ticket = get_or_404(m.Ticket, tid)
    finding, to_addr, note = _form(tid)
    what, body = forward_text(db(), ticket, finding, note, services().config)
    smtp = services().config["smtp"]
    return render_template("forward_preview.html", ticket=ticket, finding=finding, to=to_addr,
                           note=note, body=body,
                           subject=f"[{smtp['ticket_tag']} #{tid}] À corriger : {what}",
                           attachment=f"preuves-ticket-{tid}.json")


@bp.post("/ticket/<int:tid>/forward")
def forward(tid: int) -> ResponseReturnValue:
    """Queue the mail to the owner of the fix and remember it on the ticket."""
    ticket = acting_on(tid)
    finding, to_addr, note = _form(tid)
    queue_forward(db(), ticket, finding, to_addr, note, current_user(), services().config)
    db().commit()
    flash(f"Transfert à {to_addr} mis en file d'envoi.", "ok")
    return redirect(url_for("ticket.view", tid=tid))


@bp.post("/forward/<int:out_id>/fixed")
def fixed(out_id: int) -> ResponseReturnValue:
    """An agent saw the fix in the data: close the forward (a forward's id only, never a
    reply's)."""
    out = get_or_404(m.Outgoing, out_id)
    if out.kind != "forward":
        abort(404)
    acting_on(out.ticket_id)
    mark_fixed(db(), out, current_user())
    db().commit()
    return redirect(request.referrer or url_for("forward.index"))


def _status(session: Session, entry: m.AuditEntry, fixed_ids: set[int]) -> dict:
    detail = entry.detail or {}
    out = session.get(m.Outgoing, detail.get("outgoing") or 0)
    still = entry.ticket_id is not None and still_found(session, entry.ticket_id,
                                                        detail.get("situation", ""))
    done = detail.get("outgoing") in fixed_ids or not still
    return {"entry": entry, "detail": detail, "out": out, "fixed": done,
            "how": "constaté par un agent" if detail.get("outgoing") in fixed_ids
            else ("plus constaté au dernier diagnostic" if done else "")}


def forwards_of(session: Session, tid: int) -> list[dict]:
    """The ticket's forwards with their state (sent? fixed?)."""
    fixed_ids = closed_by_agents(session)
    return [_status(session, e, fixed_ids) for e in session.scalars(
        select(m.AuditEntry).where(m.AuditEntry.ticket_id == tid,
                                   m.AuditEntry.action == FORWARD).order_by(m.AuditEntry.id))]


@bp.route("/forwards")
def index() -> ResponseReturnValue:
    """Every forward still waiting for its fix, oldest first, then the last fixed ones."""
    fixed_ids = closed_by_agents(db())
    entries = db().scalars(select(m.AuditEntry).where(m.AuditEntry.action == FORWARD)
                           .order_by(m.AuditEntry.id.desc()).limit(300)).all()
    rows = [_status(db(), e, fixed_ids) for e in entries]
    return render_template("forwards.html", open=[r for r in reversed(rows) if not r["fixed"]],
                           done=[r for r in rows if r["fixed"]][:50], owners=OWNERS)
