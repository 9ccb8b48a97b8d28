"""mail -> message: make each received mail durable, in batches, before anything else.

The watcher only stores raw bytes, its mailbox key and its Message-ID (read from the header
block), one transaction per batch; parsing and threading (message -> ticket) happen in the
workers (`ingest.thread_received`). A backlog of thousands of mails is thus emptied at close to
the IMAP fetch rate, and a mail is marked done in the mailbox only once it is committed here.
"""
from __future__ import annotations

import functools
import hashlib
import logging
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy import Insert, Table, bindparam, literal_column, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker, undefer

from triage.mail.parse import message_id_of
from triage.store import models as m

log = logging.getLogger(__name__)


@functools.cache
def _insert(dialect_name: str) -> Insert:
    """One executemany that skips what the unique keys (mailbox key, Message-ID) already hold:
    a mail fetched again after a crash, or the same mail twice in the box, is not stored twice.

    Only Message-ID, key and bytes vary per row; the other columns are SQL constants, so that
    SQLAlchemy processes four values per mail, not eight (a third of the watcher's time on a
    backlog, measured in bench/ingest.py). The workers fill sender and subject when threading."""
    table = m.Message.__table__
    assert isinstance(table, Table)     # declared with __tablename__: a Table, not any FromClause
    insert = pg_insert if dialect_name == "postgresql" else sqlite_insert
    return insert(table).values(
        direction=literal_column("'in'"), from_addr=literal_column("''"),
        subject=literal_column("''"), defects=literal_column("'[]'"),
        received_at=bindparam("received_at", type_=table.c.received_at.type),
    ).on_conflict_do_nothing()


def receive(session: Session, items: list[tuple[bytes, str]]) -> list[str]:
    """Store the mails not known yet (by key or Message-ID); commits; returns the durable keys.

    A key is durable when its mail is stored now or was already: both may be marked done.
    A mail whose Message-ID another, different mail already holds (web forms and some mailers
    reuse one) is a new message all the same, stored under a derived id and flagged."""
    dialect = session.get_bind().dialect
    if items and dialect.driver == "psycopg":
        _copy_in(session, items)
    elif items:
        now = m.utcnow()
        session.execute(_insert(dialect.name),
                        [{"message_id": message_id_of(raw), "mailbox_key": key,
                          "raw": raw, "received_at": now} for raw, key in items])
    _store_homonyms(session, items)
    session.commit()
    return [key for _, key in items]


HOMONYM = "Message-ID already used by a different mail: stored as a new message"


def _store_homonyms(session: Session, items: list[tuple[bytes, str]]) -> None:
    """Mails of the batch the insert skipped although no row has their key: their Message-ID
    was taken. Same content (a copy fetched again, another folder): a duplicate, skipped.
    Different content: stored under "<id>~<hash>", flagged for the agent."""
    keys = [key for _, key in items]
    if not keys:
        return
    stored = set(session.scalars(select(m.Message.mailbox_key)
                                 .where(m.Message.mailbox_key.in_(keys))))
    for raw, key in items:
        if key in stored:
            continue
        mid = message_id_of(raw)
        holder = session.scalars(select(m.Message).options(undefer(m.Message.raw))
                                 .where(m.Message.message_id == mid)).first()
        if holder is None or _content(holder.raw) == _content(raw):
            continue
        derived = f"{mid}~{hashlib.sha256(bytes(raw)).hexdigest()[:16]}"
        if session.scalar(select(m.Message.id).where(m.Message.message_id == derived)) is None:
            session.add(m.Message(message_id=derived, mailbox_key=key, raw=raw, direction="in",
                                  defects=[HOMONYM]))
            session.flush()
            log.warning("mail %s reuses Message-ID of message %s: stored apart", key, holder.id)


_SAME_MAIL_HEADERS = ("from", "to", "cc", "subject", "date", "content-type")


def _content(raw: bytes) -> bytes:
    """What makes two copies of a mail the same mail: its body and the headers its writer
    wrote (From, To, Cc, Subject, Date, Content-Type), not those each route adds (Received,
    Return-Path, Delivered-To...)."""
    raw = bytes(raw or b"")
    ends = [i for i in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if i >= 0]
    end = min(ends) if ends else len(raw)
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:end] + b"\n\n")
    written = b"\n".join(" ".join(str(headers.get(h, "")).split()).encode("utf-8", "replace")
                         for h in _SAME_MAIL_HEADERS)
    return written + b"\n" + raw[end:].strip()


def _copy_in(session: Session, items: list[tuple[bytes, str]]) -> None:
    """PostgreSQL (psycopg 3): COPY the batch into a temporary table of this connection, then
    one INSERT … SELECT … ON CONFLICT DO NOTHING. Half the client CPU of an executemany for the
    same rows (measured: 0.12 s vs 0.20 s for 10,000 mails), which a two-core host shares with
    the IMAP server during a backlog."""
    driver_connection = session.connection().connection.driver_connection
    if driver_connection is None:       # only once the pool has closed it
        raise RuntimeError("the store's connection is closed")
    with driver_connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE IF NOT EXISTS incoming_mail (message_id text, "
                       "mailbox_key text, raw bytea) ON COMMIT DELETE ROWS")
        with cursor.copy("COPY incoming_mail (message_id, mailbox_key, raw) FROM STDIN") as copy:
            for raw, key in items:
                copy.write_row((message_id_of(raw), key, bytes(raw)))
        cursor.execute(
            "INSERT INTO messages (message_id, mailbox_key, raw, direction, received_at, "
            "from_addr, subject, defects) SELECT message_id, mailbox_key, raw, 'in', now(), "
            "'', '', '[]' FROM incoming_mail ON CONFLICT DO NOTHING")


@dataclass
class Receiver:
    """The mailbox's sink: `store_batch(items)` per fetched batch."""
    sessions: sessionmaker[Session]

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
