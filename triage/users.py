"""Local accounts of the web queue: creation and password check (scrypt hashes)."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from triage.store import models as m

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
