"""The ticket page: the mail, the identifiers, the findings and their evidence, the draft, and
the agent's actions (approve, save, reject, reassign, not-to-answer, re-run, take over)."""
from __future__ import annotations

from collections.abc import Iterator

from flask import (Blueprint, Response, abort, flash, redirect, render_template, request,
                   url_for)
from flask.typing import ResponseReturnValue
from sqlalchemy import select

from triage.pipeline import corrections, own_reply, related, review
from triage.pipeline.forwards import latest_analysis
from triage.pipeline import lifecycle, parsed
from triage.pipeline.lifecycle import open_draft
from triage.store import models as m
from triage.web import drafts, forward, mailview, params, presence, queries
from triage.web.acting import acting_on, holds
from triage.web.history import correction_label, timeline
from triage.web.db import current_user, db, get_or_404, services

bp = Blueprint("ticket", __name__, url_prefix="/ticket")
TEXT_MAX = 100_000   # characters of a reply: far more than any answer, far less than the limit
# The first is the form's default: neutral, since most mails closed unanswered are thanks.
NOT_TO_ANSWER_REASONS = {"nothing_to_answer": "Rien à répondre (remerciement, information)",
                         "duplicate": "Doublon d'un autre ticket",
                         "other_helpdesk": "Traité par une autre assistance (GLPI…)",
                         "auto_reply": "Réponse automatique", "spam": "Indésirable (spam)",
                         "other": "Autre"}


@bp.route("/<int:tid>")
def view(tid: int) -> ResponseReturnValue:
    """Show the ticket. Opening claims nothing (an explicit action does, web/acting.py); the
    other agents see that this one is looking at it."""
    ticket = get_or_404(m.Ticket, tid)
    user = current_user()
    context = _context(ticket, user)
    db().commit()       # the parse of a mail stored before parses were kept
    presence.looking_at(tid)
    return render_template("ticket.html", **context)


def _context(ticket: m.Ticket, user: m.User) -> dict:
    """Everything the ticket page shows."""
    tid = ticket.id
    analysis = latest_analysis(db(), tid)
    reading = analysis.reading if analysis else {}
    findings = (db().scalars(select(m.FindingRow).where(m.FindingRow.analysis_id == analysis.id)
                             .order_by(m.FindingRow.confidence.desc())).all()
                if analysis else [])
    terms = mailview.terms_of(reading)
    limit = services().config.get("mailbox", "max_attachment_bytes")
    people = {u.id: u for u in db().scalars(select(m.User).where(m.User.active.is_(True)))}
    history = timeline(db(), ticket, {i: u.display_name for i, u in people.items()})
    return dict(
        ticket=ticket, reading=reading, findings=findings,
        pending_sources=analysis.pending_sources if analysis else [],
        mails=[mailview.show(msg, parsed.of(db(), msg, limit), terms) for msg in ticket.messages],
        draft=open_draft(ticket),
        edits=drafts.edits(ticket.drafts), history=history, people=people,
        outgoing=db().scalars(select(m.Outgoing).where(m.Outgoing.ticket_id == tid)
                              .order_by(m.Outgoing.id)).all(),
        mine=ticket.claimed_by == user.id,
        holder=people.get(ticket.claimed_by) if ticket.claimed_by is not None else None,
        quote_original=services().config.get("smtp", "quote_original"),
        related=related.related(db(), ticket),
        write_choices=own_reply.choices(), verdicts=corrections.current(db(), tid),
        bot=corrections.bot_values(db(), analysis),
        correction_choices={f: [(v, correction_label(f, v)) for v in corrections.labels(f)]
                            for f in corrections.FIELDS},
        free=ticket.claimed_by is None, can_act=ticket.claimed_by in (None, user.id),
        lookers=presence.lookers([tid], user.id).get(tid, []),
        reasons=NOT_TO_ANSWER_REASONS, forwards=forward.forwards_of(db(), tid),
        owners=forward.owner_addresses(), next_id=queries.next_ticket(db(), user.id, tid))


def _draft(ticket: m.Ticket) -> m.Draft:
    draft = db().get(m.Draft,
                     params.integer(request.form.get("draft_id"), "brouillon") or 0)
    if draft is None or draft.ticket_id != ticket.id:
        abort(400)
    return draft


def _text() -> str:
    """The draft as typed (review.save folds the browser's CRLF line ends)."""
    return params.text(request.form.get("text"), TEXT_MAX)


def _done(ticket: m.Ticket, message: str) -> ResponseReturnValue:
    """Commit, say so, and go on to the next ticket of the queue."""
    db().commit()
    flash(message, "ok")
    nxt = queries.next_ticket(db(), current_user().id, ticket.id)
    return redirect(url_for("ticket.view", tid=nxt) if nxt else url_for("queue.index"))


@bp.post("/<int:tid>/approve")
def approve(tid: int) -> ResponseReturnValue:
    """Approve the draft as edited and queue the reply."""
    ticket = acting_on(tid)
    try:
        review.approve(db(), _draft(ticket), current_user(), _text(),
                       services().config)
    except review.ReviewError as exc:
        flash(str(exc), "error")
        return redirect(url_for("ticket.view", tid=tid))
    return _done(ticket, f"Réponse au ticket #{tid} approuvée : elle part avec la prochaine "
                         "tournée d'envoi.")


@bp.post("/<int:tid>/save")
def save(tid: int) -> ResponseReturnValue:
    """Keep the edit without sending."""
    ticket = acting_on(tid)
    try:
        review.save(db(), _draft(ticket), current_user(), _text())
    except review.ReviewError as exc:
        flash(str(exc), "error")
        return redirect(url_for("ticket.view", tid=tid))
    db().commit()
    flash("Brouillon enregistré.", "ok")
    return redirect(url_for("ticket.view", tid=tid))


@bp.post("/<int:tid>/reject")
def reject(tid: int) -> ResponseReturnValue:
    """Reject the draft with a reason: the agent answers by hand."""
    ticket = acting_on(tid)
    reason = params.text(request.form.get("reason"), 2000).strip()
    if not reason:
        flash("Indiquez la raison du rejet.", "error")
        return redirect(url_for("ticket.view", tid=tid))
    try:
        review.reject(db(), _draft(ticket), current_user(), reason[:2000])
    except review.ReviewError as exc:
        flash(str(exc), "error")
        return redirect(url_for("ticket.view", tid=tid))
    return _done(ticket, f"Brouillon du ticket #{tid} rejeté.")


@bp.post("/<int:tid>/not-to-answer")
def not_to_answer(tid: int) -> ResponseReturnValue:
    """Close without answering (spam, auto-reply, another helpdesk)."""
    ticket = acting_on(tid)
    reason = request.form.get("reason", "")
    if reason not in NOT_TO_ANSWER_REASONS:
        abort(400)
    try:
        review.not_to_answer(db(), ticket, current_user(), reason)
    except review.ReviewError as exc:
        flash(str(exc), "error")
        return redirect(url_for("ticket.view", tid=tid))
    return _done(ticket, f"Ticket #{tid} classé sans réponse.")


@bp.post("/<int:tid>/rerun")
def rerun(tid: int) -> ResponseReturnValue:
    """Send the ticket back to the workers for a fresh diagnosis."""
    ticket = acting_on(tid)
    if not lifecycle.can(ticket, lifecycle.Event.RERUN):
        flash("Ce ticket est déjà traité : pas de nouveau diagnostic.", "error")
        return redirect(url_for("ticket.view", tid=tid))
    review.rerun(db(), ticket, current_user())
    db().commit()
    flash("Diagnostic relancé : le ticket revient dans la file dans un instant.", "ok")
    return redirect(url_for("queue.index"))


@bp.post("/<int:tid>/reassign")
def reassign(tid: int) -> ResponseReturnValue:
    """Give the ticket to another agent (or release it)."""
    ticket = acting_on(tid)
    target = params.integer(request.form.get("user_id"), "agent")
    user = db().get(m.User, target) if target else None
    if target and (user is None or not user.active):
        abort(400)
    review.reassign(db(), ticket, current_user(), user)
    db().commit()
    flash(f"Ticket #{tid} confié à {user.display_name}." if user else f"Ticket #{tid} libéré.",
          "ok")
    return redirect(url_for("queue.index"))


@bp.post("/<int:tid>/write")
def write(tid: int) -> ResponseReturnValue:
    """Start the agent's own reply, from a blank page or any template, whatever the bot proposed
    (after « Rejeter » too)."""
    ticket = acting_on(tid)
    try:
        own_reply.start_reply(db(), ticket, current_user(),
                              params.choice(request.form.get("template"), "modèle",
                                            own_reply.choices()) or own_reply.BLANK,
                              services().config)
    except review.ReviewError as exc:
        flash(str(exc), "error")
        return redirect(url_for("ticket.view", tid=tid))
    db().commit()
    flash("Nouveau brouillon prêt : rédigez la réponse puis approuvez-la.", "ok")
    return redirect(url_for("ticket.view", tid=tid, _anchor="draft-text"))


@bp.post("/<int:tid>/correct")
def correct(tid: int) -> ResponseReturnValue:
    """The agent corrects (or confirms) the symptom or the situation the bot read."""
    ticket = acting_on(tid)
    field = params.choice(request.form.get("field"), "champ", corrections.FIELDS)
    value = params.choice(request.form.get("value"), "valeur",
                          corrections.labels(field) if field else ())
    if not field or not value:
        raise params.BadParameter("Choisissez un symptôme ou une situation.")
    corrections.correct(db(), ticket, current_user(), field, value,
                        params.text(request.form.get("note"), 500))
    db().commit()
    flash("Merci : la correction est enregistrée (elle servira à réentraîner le robot).", "ok")
    return redirect(url_for("ticket.view", tid=tid))


def _related_tickets(tid: int, field: str) -> list[m.Ticket]:
    """The related tickets named in the form, each held by the agent (claimed if free); the
    request ends with a French message when one is held by another agent or is not related."""
    ticket = get_or_404(m.Ticket, tid)
    allowed = {r.ticket.id: r.ticket for r in related.related(db(), ticket)}
    ids = [params.integer(v, "ticket lié") for v in request.form.getlist(field)]
    others = [allowed[i] for i in ids if i is not None and i in allowed]
    if len(others) != len(ids):
        raise params.BadParameter("Ce ticket n'est pas (ou plus) lié à celui-ci : rechargez.")
    busy = [t.id for t in others if not holds(t)]
    if busy:
        db().rollback()
        flash("Pris par un autre agent : " + ", ".join(f"#{i}" for i in busy)
              + ". Reprenez-les d'abord, ou décochez-les.", "error")
        abort(redirect(url_for("ticket.view", tid=tid)))
    return others


@bp.post("/<int:tid>/merge")
def merge(tid: int) -> ResponseReturnValue:
    """Merge a related ticket into this one (its mails move here; it is closed)."""
    ticket = acting_on(tid)
    for other in _related_tickets(tid, "other"):
        try:
            related.merge(db(), ticket, other, current_user())
        except review.ReviewError as exc:
            flash(f"#{other.id} : {exc}", "error")
            return redirect(url_for("ticket.view", tid=tid))
        flash(f"Ticket #{other.id} fusionné dans celui-ci.", "ok")
    db().commit()
    return redirect(url_for("ticket.view", tid=tid))


@bp.post("/<int:tid>/answer-all")
def answer_all(tid: int) -> ResponseReturnValue:
    """Approve the draft for this ticket and each related ticket ticked: one mail per person,
    each threaded to its own ticket."""
    ticket = acting_on(tid)
    others = _related_tickets(tid, "others")
    try:
        sent = related.answer_all(db(), ticket, others, current_user(), _text(),
                                  services().config)
    except review.ReviewError as exc:
        db().rollback()
        flash(str(exc), "error")
        return redirect(url_for("ticket.view", tid=tid))
    return _done(ticket, f"Réponse approuvée pour {len(sent)} tickets "
                         f"(#{', #'.join(str(o.ticket_id) for o in sent)}) : un courriel par "
                         "personne, chacun dans son propre fil.")


@bp.post("/<int:tid>/take")
def take(tid: int) -> ResponseReturnValue:
    """« Je prends » a ticket nobody holds, or take over one another agent holds (they may be
    away; audited)."""
    ticket = get_or_404(m.Ticket, tid)
    user = current_user()
    if ticket.claimed_by is None:
        review.claim(db(), ticket, user)
    if ticket.claimed_by != user.id:
        review.take_over(db(), ticket, user)
    db().commit()
    return redirect(url_for("ticket.view", tid=tid))


@bp.post("/<int:tid>/claim")
def claim(tid: int) -> ResponseReturnValue:
    """Called by the page's script when the agent starts editing a ticket nobody holds: claims
    it, never takes it from another agent (409 with the holder's name)."""
    ticket = get_or_404(m.Ticket, tid)
    won = review.claim(db(), ticket, current_user())
    db().commit()
    if not won:
        holder = db().get(m.User, ticket.claimed_by)
        return {"holder": holder.display_name if holder else ""}, 409
    return {"holder": current_user().display_name}


@bp.route("/<int:tid>/message/<int:mid>/source")
def source(tid: int, mid: int) -> ResponseReturnValue:
    """The mail's raw source as it came, as plain text (never rendered as HTML)."""
    message = get_or_404(m.Message, mid)
    if message.ticket_id != tid:
        abort(404)
    resp = Response(message.raw or b"", mimetype="text/plain")
    resp.headers["Content-Type"] = "text/plain; charset=utf-8"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    resp.headers["Cache-Control"] = "private, no-store"
    return resp


@bp.route("/<int:tid>/message/<int:mid>/attachment/<int:index>")
def attachment(tid: int, mid: int, index: int) -> ResponseReturnValue:
    """An attachment: raster images shown inline, everything else downloaded, never rendered;
    streamed from the store a chunk at a time."""
    message = get_or_404(m.Message, mid)
    if message.ticket_id != tid:
        abort(404)
    row = parsed.attachment(db(), mid, index)
    if row is None and message.parsed is None:      # stored before mails were parsed once
        parsed.of(db(), message, services().config.get("mailbox", "max_attachment_bytes"))
        db().commit()
        row = parsed.attachment(db(), mid, index)
    if row is None:
        abort(404)
    if row.truncated:
        return Response(
            f"Pièce jointe non conservée : {row.size} octets, au-delà de la limite "
            "mailbox.max_attachment_bytes. Elle reste dans le courriel d'origine, dans la boîte "
            "aux lettres.", status=404, mimetype="text/plain")
    image = row.content_type in mailview.SAFE_IMAGES
    sessions, row_id, size = services().sessions, row.id, row.size

    def body() -> Iterator[bytes]:     # its own session: the response outlives the request's
        with sessions() as session:
            yield from parsed.chunks(session, row_id, size)
    resp = Response(body(),
                    mimetype=row.content_type if image else "application/octet-stream")
    resp.headers["Content-Length"] = str(row.size)
    resp.headers["Content-Disposition"] = (
        "inline" if image else "attachment") + f"; filename*=UTF-8''{_quote(row.filename)}"
    resp.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    resp.headers["Cache-Control"] = "private, no-store"
    return resp


def _quote(name: str) -> str:
    from urllib.parse import quote
    return quote(name.replace("/", "_"), safe="")
