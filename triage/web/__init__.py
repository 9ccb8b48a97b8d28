"""The web queue (agents) and the statistics page (managers): a Flask application factory."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, Response, g, redirect, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFProtect

from triage.services import Services
from triage.web import params

csrf = CSRFProtect()

# No inline script or style anywhere: every script and stylesheet is a static file.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def create_app(services: Services, test_config: dict | None = None) -> Flask:
    """Build the web application around the process's services (store, transport, config)."""
    app = Flask(__name__)
    web = services.config["web"]
    app.config.update(
        SECRET_KEY=web["secret_key"] or os.urandom(32),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=bool(web["secure_cookies"]),
        SESSION_COOKIE_NAME="triage_session",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=10),
        # The session ends 10 hours after sign-in in the store, whatever the cookie says: the
        # cookie is set when the session changes only, never refreshed by an answer (an icon, a
        # style sheet) that, received late, would put back a cookie just cleared or replaced.
        SESSION_REFRESH_EACH_REQUEST=False,
        WTF_CSRF_TIME_LIMIT=None,   # a token lives as long as the session (long mornings)
        MAX_CONTENT_LENGTH=2_000_000,
        CAS_URL=web["cas_url"],
        LOGIN_LIMIT=(5, 300),       # failed sign-ins allowed per (address, username) per window
        PAGE_SIZE=50,
        CACHE_ENABLED=True,         # filter choices, incidents, managers' report (web/cache.py)
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["services"] = services
    # Ids in paths: ASCII digits within the store's integers, before any route is added.
    app.url_map.converters["int"] = params.IdConverter
    csrf.init_app(app)
    _register(app)

    @app.teardown_appcontext
    def _close_db(_exc: BaseException | None) -> None:
        db = g.pop("db", None)
        if db is not None:
            db.close()

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "same-origin"
        if not response.headers.get("Cache-Control") and response.mimetype == "text/html":
            response.headers["Cache-Control"] = "no-store"   # tickets hold personal data
        return response
    return app


def _register(app: Flask) -> None:
    from triage.web import admin, auth, filters, forward, health, ops, queue, stats, ticket
    for module in (auth, queue, ticket, forward, stats, health, admin, ops):
        app.register_blueprint(module.bp)
    # Browsers ask `/favicon.ico` of pages that name no icon (a file, a bookmark): the same icon.
    app.add_url_rule("/favicon.ico", "favicon",
                     lambda: redirect(url_for("static", filename="favicon.svg"), 301))
    filters.init_app(app)
    auth.init_app(app)
    _errors(app)


def _errors(app: Flask) -> None:
    from flask import render_template
    from flask_wtf.csrf import CSRFError
    messages = {400: "Requête invalide.", 403: "Cette page est réservée à un autre rôle.",
                404: "Page introuvable.", 413: "Envoi trop volumineux."}

    @app.errorhandler(CSRFError)
    def _csrf(exc: CSRFError) -> ResponseReturnValue:
        return render_template("error.html", code=400, message="Jeton de sécurité absent ou "
                               "expiré : rechargez la page et recommencez."), 400

    @app.errorhandler(params.BadParameter)
    def _bad_parameter(exc: params.BadParameter) -> ResponseReturnValue:
        return render_template("error.html", code=400, message=exc.description), 400

    for code, message in messages.items():
        app.register_error_handler(
            code, lambda exc, code=code, message=message: (
                render_template("error.html", code=code, message=message), code))
