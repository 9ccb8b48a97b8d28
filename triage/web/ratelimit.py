"""Limit on failed sign-ins, per username and per client address, counted in the store.

The failures live in the `login_failures` table, so that every web process (systemd `web@`
instances behind nginx) counts the same attempts: a limit kept in each process's memory would
give an attacker as many tries as there are processes. Rows older than the window are deleted
as new failures come: the table holds minutes of data, never a history of who tried what.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from triage.store import models as m


class FailureLimiter:
    """Allows `limit` failures per key within `window` seconds; then refuses until they age out."""

    def __init__(self, limit: int, window: float, prefix: str):
        self.limit, self.window, self.prefix = limit, window, prefix

    def _keys(self, keys: tuple[str, ...]) -> list[str]:
        return [f"{self.prefix}:{k}"[:200] for k in keys]

    def blocked(self, session: Session, *keys: str) -> bool:
        """True when any of the keys has used up its failures."""
        since = m.utcnow() - timedelta(seconds=self.window)
        counts = session.execute(
            select(m.LoginFailure.key, func.count())
            .where(m.LoginFailure.key.in_(self._keys(keys)), m.LoginFailure.at > since)
            .group_by(m.LoginFailure.key)).all()
        return any(n >= self.limit for _, n in counts)

    def fail(self, session: Session, *keys: str) -> None:
        """Record one failure for each key (and forget the ones out of the window); commits."""
        now = m.utcnow()
        session.execute(delete(m.LoginFailure).where(
            m.LoginFailure.key.startswith(f"{self.prefix}:"),
            m.LoginFailure.at <= now - timedelta(seconds=self.window)))
        session.add_all(m.LoginFailure(key=k, at=now) for k in self._keys(keys))
        session.commit()

    def reset(self, session: Session, *keys: str) -> None:
        """Forget the failures of these keys (after a successful sign-in); commits."""
        session.execute(delete(m.LoginFailure).where(m.LoginFailure.key.in_(self._keys(keys))))
        session.commit()
