"""Local accounts of the web queue: creation, password check (scrypt hashes), and the signed-in
sessions, kept in the store so that signing out or changing an account ends them at once."""
from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from triage.store import models as m
from triage.store.db import affected_rows

ROLES = ("agent", "manager", "admin")
# Hash of a random password, checked when the username is unknown so that a wrong username
# takes as long as a wrong password (no account enumeration by timing).
_DUMMY_HASH = generate_password_hash("not-a-real-account", method="scrypt")


class UserError(ValueError):
    """The account cannot be created as asked (bad role, name taken, password too short)."""


def hash_password(password: str) -> str:
    """A salted scrypt hash of the password."""
    return generate_password_hash(password, method="scrypt")


def add_user(session: Session, username: str, password: str, role: str,
             display_name: str = "") -> m.User:
    """Create a local account; CAS-only accounts pass an empty password (no local sign-in)."""
    username = username.strip().lower()
    if role not in ROLES:
        raise UserError(f"rôle inconnu {role!r} : {', '.join(ROLES)}")
    if not username:
        raise UserError("identifiant vide")
    if password and len(password) < 10:
        raise UserError("mot de passe trop court (10 caractères au moins)")
    if session.scalar(select(m.User.id).where(m.User.username == username)) is not None:
        raise UserError(f"l'identifiant {username!r} existe déjà")
    user = m.User(username=username, display_name=display_name or username, role=role,
                  password_hash=hash_password(password) if password else "", active=True)
    session.add(user)
    session.flush()
    return user


def find(session: Session, username: str) -> m.User | None:
    """The active account of that username, if any."""
    return session.scalar(select(m.User).where(m.User.username == username.strip().lower(),
                                               m.User.active.is_(True)))


def verify(session: Session, username: str, password: str) -> m.User | None:
    """The active user when the password matches, else None."""
    user = find(session, username)
    if user is None or not user.password_hash:
        check_password_hash(_DUMMY_HASH, password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


def set_password(session: Session, user: m.User, password: str) -> None:
    """A new password; every open session of the account ends (a stolen cookie dies with it)."""
    if len(password) < 10:
        raise UserError("mot de passe trop court (10 caractères au moins)")
    user.password_hash = hash_password(password)
    revoke_sessions(session, user.id)


def change_account(session: Session, user: m.User, role: str, active: bool) -> bool:
    """Set role and activity; a change ends the account's sessions. True when anything changed."""
    if role not in ROLES:
        raise UserError(f"rôle inconnu {role!r} : {', '.join(ROLES)}")
    changed = (user.role, user.active) != (role, active)
    user.role, user.active = role, active
    if changed:
        revoke_sessions(session, user.id)
    return changed


# --------------------------------------------------------------------------- sessions
def _digest(token: str) -> str:
    # Only the hash is stored: reading the store does not give a usable cookie.
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(session: Session, user: m.User, lifetime: timedelta) -> str:
    """Start a signed-in session for `user`; returns the token the cookie carries."""
    now = m.utcnow()
    session.execute(delete(m.WebSession).where(m.WebSession.expires_at <= now)   # leftovers
                    .execution_options(synchronize_session=False))
    token = secrets.token_urlsafe(32)
    session.add(m.WebSession(id=_digest(token), user_id=user.id, created_at=now,
                             expires_at=now + lifetime))
    return token


def session_of(session: Session, token: str) -> m.WebSession | None:
    """The live session of the token (not expired, not revoked, its account active)."""
    if not token:
        return None
    return session.scalar(
        select(m.WebSession).join(m.User, m.User.id == m.WebSession.user_id)
        .where(m.WebSession.id == _digest(token), m.WebSession.expires_at > m.utcnow(),
               m.User.active.is_(True)))


def close_session(session: Session, token: str) -> None:
    """End one session (sign-out)."""
    session.execute(delete(m.WebSession).where(m.WebSession.id == _digest(token)))


def revoke_sessions(session: Session, user_id: int) -> int:
    """End every session of an account; the number ended."""
    return affected_rows(session, delete(m.WebSession).where(m.WebSession.user_id == user_id))
