"""mail -> message: make each received mail durable, in batches, before anything else.

The watcher only stores raw bytes, its mailbox key and its Message-ID (read from the header
block), one transaction per batch; parsing and threading (message -> ticket) happen in the
workers (`ingest.thread_received`). A backlog of thousands of mails is thus emptied at close to
the IMAP fetch rate, and a mail is marked done in the mailbox only once it is committed here.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from triage.mail.parse import message_id_of
from triage.store import models as m

log = logging.getLogger(__name__)
# Core executemany on the table (no ORM unit of work): a backlog is thousands of rows.
_INSERT = insert(m.Message.__table__)


def receive(session: Session, items: list[tuple[bytes, str]]) -> list[str]:
    """Store the mails not known yet (by key or Message-ID); commits; returns the durable keys.

    A key is durable when its mail is stored now or was already: both may be marked done."""
    fresh, seen_keys, seen_ids = [], set(), set()
    prepared = [(bytes(raw), key, message_id_of(raw)) for raw, key in items]
    keys = [k for _, k, _ in prepared]
    ids = [i for _, _, i in prepared]
    known = session.execute(select(m.Message.mailbox_key, m.Message.message_id).where(
        or_(m.Message.mailbox_key.in_(keys), m.Message.message_id.in_(ids)))).all()
    seen_keys.update(k for k, _ in known)
    seen_ids.update(i for _, i in known)
    now = m.utcnow()
    for raw, key, mid in prepared:
        if key in seen_keys or mid in seen_ids:
            continue          # the same mail again (crash before marking done, or a copy)
        seen_keys.add(key)
        seen_ids.add(mid)
        fresh.append({"message_id": mid, "mailbox_key": key, "raw": raw, "direction": "in",
                      "received_at": now, "from_addr": "", "subject": "", "defects": []})
    if fresh:
        session.execute(_INSERT, fresh)
    session.commit()
    return keys


@dataclass
class Receiver:
    """The mailbox's sink: `store_batch(items)` per fetched batch, or `(raw, key)` per mail."""
    sessions: sessionmaker

    def store_batch(self, items: list[tuple[bytes, str]]) -> list[str]:
        try:
            with self.sessions() as session:
                return receive(session, items)
        except IntegrityError:
            # Another watcher stored one of them meanwhile: retry one by one, none is lost.
            return [k for raw, k in items if self._store_each(raw, k)]

    def _store_each(self, raw: bytes, key: str) -> bool:
        try:
            with self.sessions() as session:
                receive(session, [(raw, key)])
            return True
        except IntegrityError:
            return True       # stored by someone else: durable all the same
        except Exception:     # noqa: BLE001 - one bad mail must not block the others
            log.exception("mail %s could not be stored", key)
            return False

    def __call__(self, raw: bytes, key: str) -> None:
        with self.sessions() as session:
            receive(session, [(raw, key)])
