"""Per-request store session and small helpers shared by the blueprints."""
from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from flask import abort, current_app, g
from sqlalchemy.orm import Session

from triage.store import models as m

if TYPE_CHECKING:
    from triage.services import Services

Row = TypeVar("Row")


def services() -> Services:
    """The Services object the application was built with."""
    return current_app.extensions["services"]


def db() -> Session:
    """The request's store session (closed at the end of the request)."""
    if "db" not in g:
        g.db = services().sessions()
    return g.db


def get_or_404(model: type[Row], ident: object) -> Row:
    """The row, or a 404 page."""
    row = db().get(model, ident)
    if row is None:
        abort(404)
    return row


def current_user() -> m.User:
    """The signed-in user of this request (set by auth's before_request, which sends anyone
    signed out of a non-public page to the sign-in page: only public pages have none)."""
    user = g.get("user")
    if user is None:
        abort(401)
    return user
