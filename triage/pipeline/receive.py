"""mail -> message: make each received mail durable, in batches, before anything else.

The watcher only stores raw bytes, its mailbox key and its Message-ID (read from the header
block), one transaction per batch; parsing and threading (message -> ticket) happen in the
workers (`ingest.thread_received`). A backlog of thousands of mails is thus emptied at close to
the IMAP fetch rate, and a mail is marked done in the mailbox only once it is committed here.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from triage.mail.parse import message_id_of
from triage.store import models as m

log = logging.getLogger(__name__)

# One executemany that skips what the unique keys (mailbox key, Message-ID) already hold: a mail
# fetched again after a crash, or the same mail twice in the box, is not stored twice.
_INSERTS = {
    "sqlite": sqlite_insert(m.Message.__table__).on_conflict_do_nothing(),
    "postgresql": pg_insert(m.Message.__table__).on_conflict_do_nothing(),
}


def receive(session: Session, items: list[tuple[bytes, str]]) -> list[str]:
    """Store the mails not known yet (by key or Message-ID); commits; returns the durable keys.

    A key is durable when its mail is stored now or was already: both may be marked done."""
    now = m.utcnow()
    rows = [{"message_id": message_id_of(raw), "mailbox_key": key, "raw": bytes(raw),
             "direction": "in", "received_at": now, "from_addr": "", "subject": "",
             "defects": []} for raw, key in items]
    if rows:
        session.execute(_INSERTS[session.bind.dialect.name], rows)
    session.commit()
    return [key for _, key in items]


@dataclass
class Receiver:
    """The mailbox's sink: `store_batch(items)` per fetched batch."""
    sessions: sessionmaker

    def store_batch(self, items: list[tuple[bytes, str]]) -> list[str]:
        try:
            with self.sessions() as session:
                return receive(session, items)
        except IntegrityError:
            # Not a duplicate (those are skipped) but a bad row: store the others one by one.
            return [k for raw, k in items if self._store_each(raw, k)]

    def _store_each(self, raw: bytes, key: str) -> bool:
        try:
            with self.sessions() as session:
                receive(session, [(raw, key)])
            return True
        except IntegrityError:
            log.exception("mail %s could not be stored", key)
            return False
