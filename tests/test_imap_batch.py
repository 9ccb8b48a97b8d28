"""The watcher as `triage watch` runs it: batches committed by the Receiver, threading by the
workers; a store that goes down loses nothing; SIGKILL of the real CLI mid-backlog doubles nothing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import pytest
from sqlalchemy import func, select

from tests.servers.postgres import start_postgres
from tests.test_imap import append, count, imap, make_mail, n_messages, n_tickets
from triage.mail.imap import ImapBox, StoreFailed
from triage.pipeline.ingest import thread_received
from triage.pipeline.receive import Receiver
from triage.store import models as m
from triage.store.db import connect, session_factory, upgrade

pytest_plugins = ["tests.fixtures_mail"]


@pytest.mark.parametrize("fast_fetch", [False, True], ids=["imapclient", "fast"])
def test_batches_are_stored_once_then_threaded_by_the_workers(dovecot, sessions, fast_fetch):
    mails = [make_mail(i) for i in range(5)]
    mails.append(make_mail(5, subject="Re: Cours introuvable n°0",
                           in_reply_to="mail-0@etu.unicaen.fr"))
    mails.append(make_mail(0))                  # the same mail twice in the box: stored once
    append(dovecot, mails)
    box = ImapBox(dovecot.url(), batch_size=3, fast_fetch=fast_fetch)
    assert box.fetch_once(Receiver(sessions)) == 7       # all durable, all marked done
    assert n_messages(sessions) == 6 and n_tickets(sessions) == 0
    assert count(dovecot, "INBOX") == 0 and count(dovecot, "Triage") == 7
    with sessions() as s:
        assert thread_received(s) == 6
    assert n_tickets(sessions) == 5
    with sessions() as s:
        first = s.scalars(select(m.Message)
                          .where(m.Message.message_id == "mail-0@etu.unicaen.fr")).one()
        assert len(first.ticket.messages) == 2 and first.from_addr == "etu0@etu.unicaen.fr"
    assert box.fetch_once(Receiver(sessions)) == 0
    box.close()


@pytest.mark.postgres
def test_store_down_loses_nothing_and_resumes(dovecot):
    server = start_postgres()
    try:
        engine = connect(server.create_database("down"))
        upgrade(engine)
        sessions = session_factory(engine)
        append(dovecot, [make_mail(i) for i in range(4)])
        server.stop("fast")   # (the test cluster runs without fsync: a crash would lose it)
        box = ImapBox(dovecot.url(), batch_size=2)
        try:
            box.fetch_once(Receiver(sessions))
            raise AssertionError("a store that is down must stop the pass")
        except StoreFailed:
            pass
        assert count(dovecot, "INBOX") == 4            # nothing marked done
        server.start()
        engine.dispose()                                # drop the dead connections
        assert box.fetch_once(Receiver(sessions)) == 4
        with sessions() as s:
            assert s.scalar(select(func.count(m.Message.id))) == 4
        box.close()
        engine.dispose()
    finally:
        server.destroy()


def test_sigkill_of_the_cli_mid_backlog_then_restart(dovecot, store_url, sessions, tmp_path):
    total = 1500
    append(dovecot, [make_mail(i, body="Bonjour\n" + "ligne de texte\n" * 40)
                     for i in range(total)])
    env = dict(os.environ, TRIAGE_DATABASE_URL=store_url, TRIAGE_MAILBOX_URL=dovecot.url(),
               TRIAGE_MAILBOX_BATCH_SIZE="50", TRIAGE_SMTP_URL=f"outbox://{tmp_path}/out")
    cmd = [sys.executable, "-m", "triage.cli", "watch", "--once", "--no-triage"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline and n_messages(sessions) == 0:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    stored_before = n_messages(sessions)
    assert 0 < stored_before < total, "the kill must land mid-backlog"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with sessions() as s:
        assert s.scalar(select(func.count(m.Message.id))) == total
        assert s.scalar(select(func.count(func.distinct(m.Message.message_id)))) == total


def test_uid_sets_name_exactly_the_stored_uids():
    from triage.mail.imap import uid_set_of
    assert uid_set_of([1, 2, 3, 5, 7, 8, 9, 12]) == "1:3,5,7:9,12"
    assert uid_set_of([9, 4, 4, 5]) == "4:5,9"
    assert uid_set_of([42]) == "42"


def test_marking_fails_mid_backlog_nothing_is_lost_then_marked_once(dovecot, sessions):
    """The done folder disappears while the watcher runs (created at its connection, then
    deleted by someone): MOVE fails on the marking connection, the pass stops with the mails
    stored but left in INBOX; once the folder exists again, the next pass marks them all and
    stores nothing twice. Only the mails between two committed batches were skipped."""
    append(dovecot, [make_mail(i) for i in range(40)])
    box = ImapBox(dovecot.url(), batch_size=7, done_folder="Traités")
    box.connect()
    assert count(dovecot, "Traités") == 0               # created on first contact
    client = imap(dovecot)
    client.delete_folder("Traités")
    client.logout()
    try:
        box.fetch_once(Receiver(sessions))
        raise AssertionError("a MOVE refused by the server must stop the pass")
    except Exception as exc:                        # imapclient's error for NO [TRYCREATE]
        assert "TRYCREATE" in str(exc) or "exist" in str(exc).lower(), exc
    stored = n_messages(sessions)
    assert 7 <= stored <= 40 and count(dovecot, "INBOX") == 40
    client = imap(dovecot)
    client.create_folder("Traités")
    client.logout()
    box.close()
    progress: list[tuple[int, int]] = []
    assert box.fetch_once(Receiver(sessions), progress=lambda n, total: progress.append(
        (n, total))) == 40
    assert n_messages(sessions) == 40 and count(dovecot, "INBOX") == 0
    assert count(dovecot, "Traités") == 40
    assert progress[-1] == (40, 40) and [n for n, _ in progress] == sorted(n for n, _ in progress)
    box.close()


class AppendingReceiver(Receiver):
    """Appends one more mail to the box while its first batch is being stored: the server then
    announces it in the answer to our next command (the MOVE), not when IDLE starts."""

    def __init__(self, sessions, server):
        super().__init__(sessions)
        self.server, self.appended = server, False

    def store_batch(self, items):
        if not self.appended:
            self.appended = True
            append(self.server, [make_mail(99)])
        return super().store_batch(items)


def test_mail_announced_during_our_own_commands_is_not_left_waiting(dovecot, sessions):
    append(dovecot, [make_mail(1)])
    box = ImapBox(dovecot.url(), idle_seconds=0.5)
    stop = threading.Event()
    watcher = threading.Thread(target=box.watch, args=(AppendingReceiver(sessions, dovecot), stop),
                               daemon=True)
    watcher.start()
    try:
        deadline = time.time() + 15      # IDLE itself would only be renewed after 25 minutes
        while time.time() < deadline and n_messages(sessions) < 2:
            time.sleep(0.1)
        assert n_messages(sessions) == 2 and count(dovecot, "INBOX") == 0
    finally:
        stop.set()
        watcher.join(timeout=10)


def test_batches_are_bounded_by_bytes_as_well_as_by_count(dovecot, sessions, monkeypatch):
    import triage.mail.imap as imap_module
    monkeypatch.setattr(imap_module, "MAX_BATCH_BYTES", 100_000)
    big = "Certificat de scolarite scanne\n" + "x" * 68 + "\n"          # 100 ASCII bytes
    append(dovecot, [make_mail(0, body=big * 400),          # 40 KB each: two fit
                     make_mail(1, body=big * 400),
                     make_mail(2, body=big * 400),
                     make_mail(3, body=big * 2000),         # ~160 KB: over the limit alone
                     make_mail(4), make_mail(5), make_mail(6)])
    box = ImapBox(dovecot.url(), batch_size=3)
    client = box.connect()
    uids = box.pending_uids()
    batches = box._batches(client, uids)
    assert [len(b) for b in batches] == [2, 1, 1, 3] and sum(batches, []) == uids
    assert box.fetch_once(Receiver(sessions)) == 7 and n_messages(sessions) == 7
    box.close()
