"""Exactly one watcher per mailbox: a PostgreSQL advisory lock, or a file lock beside SQLite.

The PostgreSQL lock belongs to one open connection: if the watcher dies, or its host loses the
network, the server drops the connection and the lock with it, and a standby watcher takes over.
The key is derived from the mailbox URL without its password, so two watchers of two different
mailboxes never block each other, and changing the password does not change the key.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url


def lock_key(mailbox_url: str) -> int:
    """A signed 64-bit key (PostgreSQL's bigint) naming the mailbox, password left out."""
    parts = urlsplit(mailbox_url)
    host = parts.hostname or ""
    name = f"{parts.scheme}://{parts.username or ''}@{host}:{parts.port or ''}{parts.path}"
    if parts.scheme == "maildir":
        name = f"maildir://{os.path.abspath(parts.netloc + parts.path)}"
    digest = hashlib.sha256(("ecampus-triage watcher " + name).encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class MailboxLock:
    """Held while a watcher runs; `acquire()` says whether this process got it."""

    def __init__(self, engine: Engine, mailbox_url: str):
        self.engine = engine
        self.key = lock_key(mailbox_url)
        self._conn: Connection | None = None
        self._file: TextIO | None = None

    @property
    def held(self) -> bool:
        return self._conn is not None or self._file is not None

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another watcher holds it."""
        if self.held:
            return True
        if self.engine.dialect.name == "postgresql":
            conn = self.engine.connect()
            got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar()
            conn.commit()   # the lock is session-level: it outlives this transaction
            if got:
                self._conn = conn
            else:
                conn.close()
            return bool(got)
        return self._acquire_file()

    def _acquire_file(self) -> bool:
        path = self.lock_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return True

    def lock_path(self) -> Path:
        """Where the SQLite store's lock file lives: beside the database file."""
        database = make_url(str(self.engine.url)).database or "triage.db"
        if database == ":memory:":
            database = "var/triage.db"
        return Path(f"{database}.watch-{self.key & 0xFFFFFFFF:08x}.lock")

    def release(self) -> None:
        """Give the lock back (also done by the server or the kernel when the process dies)."""
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self._conn.commit()
            finally:
                self._conn.close()
                self._conn = None
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> "MailboxLock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
