"""Sign-in (local accounts, CAS as an option), sign-out, and the access rules of every page."""
from __future__ import annotations

import logging
from functools import wraps

from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template, request,
                   session, url_for)
from werkzeug.wrappers import Response

from triage import users
from triage.pipeline.review import audit
from triage.store import models as m
from triage.web import cas
from triage.web.db import db
from triage.web.ratelimit import FailureLimiter

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)
RANK = {"agent": 1, "manager": 2, "admin": 3}
PUBLIC = {"auth.login", "auth.cas_login", "auth.cas_callback", "static"}


def init_app(app) -> None:
    """Every request needs a signed-in, active user, except the sign-in pages themselves."""
    limit, window = app.config["LOGIN_LIMIT"]
    # Per username, the limit itself; per address more, as a whole office shares one address.
    app.extensions["login_limiters"] = (FailureLimiter(limit, window, "user"),
                                        FailureLimiter(limit * 4, window, "addr"))

    @app.before_request
    def _load_user():
        g.user = None
        uid = session.get("uid")
        if uid is not None:
            user = db().get(m.User, uid)
            if user is not None and user.active:
                g.user = user
            else:
                session.clear()
        if g.user is None and request.endpoint not in PUBLIC:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return None

    @app.context_processor
    def _inject():
        return {"user": g.get("user"), "can": can, "cas_enabled": bool(app.config["CAS_URL"])}


def can(role: str) -> bool:
    """True when the signed-in user holds `role` or a higher one."""
    user = g.get("user")
    return user is not None and RANK.get(user.role, 0) >= RANK[role]


def requires(role: str):
    """Decorator: 403 for users below `role` (agents never reach manager or admin pages)."""
    def deco(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if not can(role):
                abort(403)
            return view(*args, **kwargs)
        return wrapper
    return deco


def _safe_next(target: str | None) -> str:
    # Only local paths: an attacker's link must not bounce the agent to another site.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("queue.index")


def _sign_in(user: m.User, how: str) -> Response:
    session.clear()
    session.permanent = True
    session["uid"] = user.id
    audit(db(), user, "login", None, how=how)
    db().commit()
    return redirect(_safe_next(request.args.get("next")))


@bp.route("/login", methods=["GET", "POST"])
def login():
    """The sign-in form; failed attempts are limited per address and per username."""
    if request.method == "GET":
        return render_template("login.html")
    username = request.form.get("username", "").strip().lower()
    by_user, by_address = current_app.extensions["login_limiters"]
    address = request.remote_addr or ""
    if by_user.blocked(db(), username) or by_address.blocked(db(), address):
        flash("Trop d'essais : réessayez dans quelques minutes.", "error")
        return render_template("login.html"), 429
    user = users.verify(db(), username, request.form.get("password", ""))
    if user is None:
        by_user.fail(db(), username)
        by_address.fail(db(), address)
        log.info("failed sign-in from %s", request.remote_addr)
        flash("Identifiant ou mot de passe incorrect.", "error")
        return render_template("login.html"), 401
    by_user.reset(db(), username)
    return _sign_in(user, "password")


def _service_url() -> str:
    return url_for("auth.cas_callback", next=request.args.get("next") or None, _external=True)


@bp.route("/login/cas")
def cas_login():
    """Send the browser to the university's CAS."""
    if not current_app.config["CAS_URL"]:
        abort(404)
    return redirect(cas.login_url(current_app.config["CAS_URL"], _service_url()))


@bp.route("/login/cas/callback")
def cas_callback():
    """Back from the CAS: validate the ticket; only users with a local account get in."""
    cas_url = current_app.config["CAS_URL"]
    if not cas_url:
        abort(404)
    try:
        username = cas.validate(cas_url, _service_url(), request.args.get("ticket", ""))
    except cas.CasError as exc:
        flash(f"Connexion CAS impossible : {exc}", "error")
        return redirect(url_for("auth.login"))
    user = users.find(db(), username)
    if user is None:
        flash("Ce compte CAS n'a pas accès à la file : demandez-le à un administrateur.", "error")
        return redirect(url_for("auth.login"))
    return _sign_in(user, "cas")


@bp.route("/logout", methods=["POST"])
def logout():
    """Sign out (POST with the CSRF token, so that a link elsewhere cannot sign agents out)."""
    session.clear()
    return redirect(url_for("auth.login"))
