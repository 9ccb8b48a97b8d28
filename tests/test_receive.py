"""The watcher's sink (triage/pipeline/receive.py) on SQLite and PostgreSQL: each mail stored
once by key or Message-ID, raw bytes kept exactly, the row ready for the workers to thread."""
from __future__ import annotations

from sqlalchemy import select

from tests.test_imap import make_mail
from triage.pipeline.ingest import thread_received
from triage.pipeline.receive import Receiver
from triage.store import models as m


def test_batches_store_each_mail_once_with_its_bytes(any_store):
    receiver = Receiver(any_store)
    first = [(make_mail(i), f"imap:7:{i}") for i in range(5)]
    first.append((make_mail(0), "imap:7:99"))        # the same mail twice in one batch
    assert receiver.store_batch(first) == [k for _, k in first]       # all durable
    again = [(make_mail(4), "imap:7:4"),              # fetched again after a crash
             (make_mail(5), "imap:8:1"),
             (b"Subject: sans identifiant\r\n\r\n\xe9t\xe9", "imap:8:2")]   # no Message-ID
    assert receiver.store_batch(again) == ["imap:7:4", "imap:8:1", "imap:8:2"]
    assert receiver.store_batch([]) == []
    with any_store() as s:
        rows = s.scalars(select(m.Message).order_by(m.Message.id)).all()
        assert [r.mailbox_key for r in rows] == [f"imap:7:{i}" for i in range(5)] + \
            ["imap:8:1", "imap:8:2"]
        assert rows[0].raw == make_mail(0) and rows[-1].raw.endswith(b"\xe9t\xe9")
        assert rows[-1].message_id.startswith("sha256:")
        assert {(r.direction, r.from_addr, str(r.defects), r.ticket_id) for r in rows} == \
            {("in", "", "[]", None)}
        assert all(r.received_at is not None for r in rows)
    with any_store() as s:
        assert thread_received(s) == 7
    with any_store() as s:
        first_row = s.scalars(select(m.Message).where(m.Message.mailbox_key == "imap:7:0")).one()
        assert first_row.from_addr == "etu0@etu.unicaen.fr" and first_row.ticket_id is not None
