"""Signs of life of the long-running loops (watcher, worker, sender), kept in the store so that
any web process answers for every process: /healthz turns red, and /metrics says so, when a
component has failed, or given no sign of life, for longer than its interval."""
from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from triage.logs import mask
from triage.store import models as m

log = logging.getLogger(__name__)
MAX_WRITE_EVERY = 15.0      # seconds between two writes of a healthy component's beat


class Heartbeat:
    """One component's beat. `ok()` after every pass (written at most every quarter interval),
    `failed(exc)` when a pass fails; neither ever raises (the store may be what is down)."""

    def __init__(self, sessions: sessionmaker, component: str, interval: float):
        self.sessions, self.component, self.interval = sessions, component, float(interval)
        self._written = float("-inf")
        self._failing = False

    def ok(self) -> None:
        now = time.monotonic()
        if not self._failing and now - self._written < min(self.interval / 4, MAX_WRITE_EVERY):
            return
        if self._write(beat_at=m.utcnow(), failing_since=None, last_error=""):
            self._written, self._failing = now, False

    def failed(self, exc: BaseException) -> bool:
        """Record the failure; True when the component was healthy until now (a new outage,
        worth one entry in the audit log, not one per retry)."""
        first = not self._failing
        self._failing = True
        # /healthz shows it without sign-in: addresses masked, as in the audit log.
        message = mask(str(exc).strip().splitlines()[0][:200]) if str(exc).strip() else ""
        self._write(failing_since=m.utcnow() if first else None,
                    last_error=f"{type(exc).__name__}: {message}" if message
                    else type(exc).__name__, keep_since=not first)
        return first

    def _write(self, keep_since: bool = False, **values: object) -> bool:
        try:
            with self.sessions() as session:
                row = session.get(m.ComponentBeat, self.component)
                if row is None:
                    row = m.ComponentBeat(component=self.component)
                    session.add(row)
                row.interval_seconds = self.interval
                for name, value in values.items():
                    if name == "failing_since" and keep_since and row.failing_since is not None:
                        continue
                    setattr(row, name, value)
                session.commit()
            return True
        except IntegrityError:      # another process created the row meanwhile: next time
            return False
        except Exception as exc:  # noqa: BLE001 - the store is down: the log is all we have
            log.warning("heartbeat of %s not written: %s", self.component, type(exc).__name__)
            return False


def down(session: Session, now: datetime | None = None) -> dict[str, str]:
    """{component: why} for the components failing, or silent, for longer than their interval."""
    now = now or m.utcnow()
    out = {}
    for row in session.scalars(select(m.ComponentBeat)):
        limit = timedelta(seconds=row.interval_seconds)
        since = _aware(row.failing_since, now)
        last = _aware(row.beat_at, now)
        if since is not None and now - since > limit:
            out[row.component] = f"en échec depuis {int((now - since).total_seconds())} s : " \
                                 f"{row.last_error}"
        elif since is None and (last is None or now - last > limit):
            out[row.component] = "aucun signe de vie depuis " + (
                f"{int((now - last).total_seconds())} s" if last else "son démarrage")
    return out


def _aware(at: datetime | None, now: datetime) -> datetime | None:
    if at is not None and at.tzinfo is None:      # SQLite gives naive datetimes back
        at = at.replace(tzinfo=now.tzinfo)
    return at
