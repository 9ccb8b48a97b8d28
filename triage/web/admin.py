"""Admin pages: the audit log (who did what, when) and the accounts."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import func, select

from triage import users
from triage.pipeline.review import audit
from triage.store import models as m
from triage.web import params
from triage.web.auth import requires
from triage.web.db import current_user, db, get_or_404

bp = Blueprint("admin", __name__, url_prefix="/admin")
PAGE = 100
PAGE_MAX = 100_000   # offsets past this are no page anyone reads


@bp.route("/audit")
@requires("admin")
def audit_log() -> ResponseReturnValue:
    """The audit log, newest first, filtered by user, action or ticket."""
    args = request.args
    who = params.integer(args.get("user"), "utilisateur")
    ticket = params.integer(args.get("ticket"), "ticket")
    action = params.text(args.get("action"), 40)
    where = []
    if who is not None:
        where.append(m.AuditEntry.user_id == who)
    if action:
        where.append(m.AuditEntry.action == action)
    if ticket is not None:
        where.append(m.AuditEntry.ticket_id == ticket)
    page = params.integer(args.get("page"), "numéro de page", minimum=1,
                          maximum=PAGE_MAX) or 1
    entries = db().execute(
        select(m.AuditEntry, m.User.username).outerjoin(m.User, m.User.id == m.AuditEntry.user_id)
        .where(*where).order_by(m.AuditEntry.id.desc()).limit(PAGE + 1)
        .offset((page - 1) * PAGE)).all()
    actions = db().scalars(select(m.AuditEntry.action).distinct().order_by(m.AuditEntry.action))
    return render_template("audit.html", entries=entries[:PAGE], more=len(entries) > PAGE,
                           page=page, actions=actions.all(), args=request.args,
                           filters={k: v for k, v in request.args.items() if k != 'page' and v},
                           people=db().execute(select(m.User.id, m.User.username)).all(),
                           names=dict(db().execute(select(m.User.id, m.User.display_name))
                                      .all()))


@bp.route("/users", methods=["GET", "POST"])
@requires("admin")
def accounts() -> ResponseReturnValue:
    """List the accounts; create one (local password, or CAS-only with no password)."""
    if request.method == "POST":
        try:
            user = users.add_user(db(), request.form.get("username", ""),
                                  request.form.get("password", ""),
                                  request.form.get("role", ""),
                                  request.form.get("display_name", ""))
        except users.UserError as exc:
            flash(str(exc), "error")
        else:
            audit(db(), current_user(), "user_add", None, username=user.username, role=user.role)
            db().commit()
            flash(f"Compte {user.username} créé.", "ok")
        return redirect(url_for("admin.accounts"))
    counts = dict(db().execute(select(m.AuditEntry.user_id, func.count())
                               .group_by(m.AuditEntry.user_id)).all())
    return render_template("users.html", accounts=db().scalars(
        select(m.User).order_by(m.User.username)).all(), roles=users.ROLES, counts=counts)


@bp.post("/users/<int:uid>")
@requires("admin")
def update_account(uid: int) -> ResponseReturnValue:
    """Change a role, or deactivate / reactivate an account."""
    user = get_or_404(m.User, uid)
    role, active = request.form.get("role", user.role), request.form.get("active") == "1"
    new_password = request.form.get("password", "")
    if user.id == current_user().id and (role != "admin" or not active):
        flash("Vous ne pouvez pas retirer vos propres droits d'administration.", "error")
        return redirect(url_for("admin.accounts"))
    try:
        users.change_account(db(), user, role, active)   # a change ends the account's sessions
        if new_password:
            users.set_password(db(), user, new_password)
    except users.UserError as exc:
        db().rollback()
        flash(f"Compte {user.username} inchangé : {exc}.", "error")
        return redirect(url_for("admin.accounts"))
    audit(db(), current_user(), "user_update", None, username=user.username, role=role,
          active=active, password=bool(new_password))
    db().commit()
    flash(f"Compte {user.username} mis à jour.", "ok")
    return redirect(url_for("admin.accounts"))
