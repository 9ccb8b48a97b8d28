"""Operations endpoints: /healthz (for load balancers and systemd checks) and /metrics.

Neither needs a signed-in user (a probe cannot sign in) and neither shows personal data:
health is two booleans and the revisions, metrics are counts. nginx limits /metrics to the
monitoring hosts (deploy/nginx/ecampus-triage.conf).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from flask import Blueprint, Response, current_app, jsonify
from flask.blueprints import BlueprintSetupState
from flask.typing import ResponseReturnValue
from sqlalchemy import text

if TYPE_CHECKING:
    from triage.services import Services

bp = Blueprint("ops", __name__)
PUBLIC_ENDPOINTS = ("ops.healthz", "ops.metrics")


@bp.record_once
def _make_public(_state: BlueprintSetupState) -> None:
    # The sign-in guard lets through the endpoints listed in auth.PUBLIC.
    try:
        from triage.web import auth
    except ImportError:
        return
    auth.PUBLIC.update(PUBLIC_ENDPOINTS)


def store_health(services: Services) -> dict:
    """{"store": reachable?, "migrations": at head?, "revision", "head", "error"}."""
    from triage.store.db import current_revision, head_revision
    health = {"store": False, "migrations": False, "revision": None, "head": head_revision(),
              "error": ""}
    try:
        with services.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        health["store"] = True
        health["revision"] = current_revision(services.engine)
    except Exception as exc:   # any failure means "not healthy"; the type says which
        health["error"] = type(exc).__name__
        return health
    health["migrations"] = health["revision"] == health["head"]
    return health


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    """200 when the store answers and its schema is the code's (status "ok", or "degraded"
    when a component failed in the last 24 hours: see the Santé panel); 503 ("down") when the
    store does not, or when a long-running loop (watcher, worker, sender) has failed or been
    silent for longer than its interval (`components_down` says which and why)."""
    services = current_app.extensions["services"]
    health = store_health(services)
    health["ok"] = health["store"] and health["migrations"]
    health["status"] = "ok" if health["ok"] else "down"
    if health["ok"]:
        from triage.pipeline.heartbeats import down
        from triage.web.health import summary
        with services.sessions() as session:
            health["component_errors_24h"] = summary(session).component_errors
            health["components_down"] = down(session)
        if health["components_down"]:          # a loop down longer than its interval: red
            health["ok"], health["status"] = False, "down"
        elif health["component_errors_24h"]:
            health["status"] = "degraded"
    response = jsonify(health)
    response.status_code = 200 if health["ok"] else 503
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/metrics")
def metrics() -> ResponseReturnValue:
    """Prometheus text format."""
    from triage.metrics import render
    services = current_app.extensions["services"]
    with services.sessions() as session:
        body = render(session)
    return Response(body, mimetype="text/plain", headers={
        "Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store"})
