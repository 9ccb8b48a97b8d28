"""Sign-in (local accounts, CAS as an option), sign-out, and the access rules of every page."""
from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar
from urllib.parse import urlsplit

from flask import (Blueprint, Flask, abort, current_app, flash, g, redirect, render_template,
                   request, session, url_for)
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from triage import users
from triage.pipeline.review import audit
from triage.store import models as m
from triage.web import cas
from triage.web.db import db
from triage.web.ratelimit import FailureLimiter

bp = Blueprint("auth", __name__)
log = logging.getLogger(__name__)
P = ParamSpec("P")      # a view's parameters, kept by `requires`
R = TypeVar("R")
RANK = {"agent": 1, "manager": 2, "admin": 3}
# The tab icon is public: a browser asks for it beside every page, signed in or not, and a
# redirect to the sign-in form would render that form (and set a session cookie) for an icon.
PUBLIC = {"auth.login", "auth.cas_login", "auth.cas_callback", "static", "favicon"}


def init_app(app: Flask) -> None:
    """Every request needs a signed-in, active user, except the sign-in pages themselves."""
    limit, window = app.config["LOGIN_LIMIT"]
    # Per username, the limit itself; per address more, as a whole office shares one address.
    app.extensions["login_limiters"] = (FailureLimiter(limit, window, "user"),
                                        FailureLimiter(limit * 4, window, "addr"))

    @app.before_request
    def _load_user() -> ResponseReturnValue | None:
        # The cookie only names a session; the store says whether it still lives (sign-out,
        # password or role change and deactivation delete it), checked on every request.
        g.user = g.web_session = None
        token = session.get("sid")
        if token is not None:
            live = users.session_of(db(), token)
            if live is not None:
                g.web_session, g.user = live, db().get(m.User, live.user_id)
            else:
                session.clear()
        if g.user is None and request.endpoint not in PUBLIC:
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        return None

    @app.context_processor
    def _inject() -> dict[str, object]:
        return {"user": g.get("user"), "can": can, "cas_enabled": bool(app.config["CAS_URL"])}


def can(role: str) -> bool:
    """True when the signed-in user holds `role` or a higher one."""
    user = g.get("user")
    return user is not None and RANK.get(user.role, 0) >= RANK[role]


def requires(role: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorator: 403 for users below `role` (agents never reach manager or admin pages)."""
    def deco(view: Callable[P, R]) -> Callable[P, R]:
        @wraps(view)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            if not can(role):
                abort(403)
            return view(*args, **kwargs)
        return wrapper
    return deco


def safe_next(target: str | None) -> str:
    """`target` when it is a page of this application, else the queue's address.

    An attacker's link must not bounce an agent to another site after sign-in: no scheme, no
    host, no `//` or backslash, no control or blank character (browsers drop tabs and newlines,
    turning `/<TAB>/host` into `//host`), and the path must be one of our pages."""
    default = url_for("queue.index")
    if not target or len(target) > 2000 or "\\" in target or any(
            unicodedata.category(c)[0] in "CZ" for c in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or \
            parts.path.startswith("//"):
        return default
    root = request.script_root
    path = parts.path[len(root):] if root and parts.path.startswith(root + "/") else parts.path
    try:
        endpoint, _ = current_app.url_map.bind("", script_name=root or "/").match(
            path, method="GET")
    except HTTPException:      # no such page (NotFound, MethodNotAllowed, RequestRedirect)
        return default
    if endpoint in PUBLIC:
        return default
    return root + path + (f"?{parts.query}" if parts.query else "")


def _sign_in(user: m.User, how: str) -> Response:
    target = safe_next(request.args.get("next"))
    session.clear()
    session.permanent = True
    session["sid"] = users.open_session(db(), user, current_app.permanent_session_lifetime)
    audit(db(), user, "login", None, how=how)
    db().commit()
    return redirect(target)


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
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
    # The same service URL at the redirect and at the validation: safe_next is idempotent.
    target = safe_next(request.args.get("next"))
    return url_for("auth.cas_callback", _external=True,
                   next=target if target != url_for("queue.index") else None)


@bp.route("/login/cas")
def cas_login() -> ResponseReturnValue:
    """Send the browser to the university's CAS."""
    if not current_app.config["CAS_URL"]:
        abort(404)
    return redirect(cas.login_url(current_app.config["CAS_URL"], _service_url()))


@bp.route("/login/cas/callback")
def cas_callback() -> ResponseReturnValue:
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
def logout() -> ResponseReturnValue:
    """Sign out (POST with the CSRF token, so that a link elsewhere cannot sign agents out); the
    session ends in the store, so a copy of the cookie opens nothing afterwards."""
    users.close_session(db(), session.get("sid") or "")
    db().commit()
    session.clear()
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
def password() -> ResponseReturnValue:
    """Change one's own password: every other session of the account ends, this one goes on."""
    user = g.user
    if request.method == "POST":
        current, new = request.form.get("current", ""), request.form.get("new", "")
        if not user.password_hash or users.verify(db(), user.username, current) is None:
            flash("Mot de passe actuel incorrect.", "error")
        elif new != request.form.get("confirm", ""):
            flash("Les deux saisies du nouveau mot de passe diffèrent.", "error")
        else:
            try:
                users.set_password(db(), user, new)
            except users.UserError as exc:
                flash(f"Mot de passe refusé : {exc}.", "error")
            else:
                audit(db(), user, "password", None)
                session["sid"] = users.open_session(db(), user,
                                                    current_app.permanent_session_lifetime)
                db().commit()
                flash("Mot de passe changé : vos autres sessions sont fermées.", "ok")
                return redirect(url_for("queue.index"))
        return render_template("password.html"), 400
    return render_template("password.html")
