"""Several triage workers on one PostgreSQL store share the work: no ticket twice, none skipped;
and exactly one watcher holds a mailbox (advisory lock on PostgreSQL, file lock with SQLite).

The workers get a stand-in analyser (an object with `analyse(mail, now=None)` returning a
triage.model.Analysis): these tests prove the claiming (SELECT ... FOR UPDATE SKIP LOCKED), not
the analysis, whose parts are tested on their own.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from triage.locks import MailboxLock
from triage.model import Analysis, Draft, Reading
from triage.pipeline.worker import run_pending
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.store.db import connect, session_factory, upgrade

ROOT = Path(__file__).resolve().parent.parent
N_TICKETS = 300


class RecordingAnalyser:
    """Notes which mail it analysed; yields now and then so the two workers interleave."""

    def __init__(self, seen: list[str], lock: threading.Lock):
        self.seen, self.lock = seen, lock

    def analyse(self, mail, now=None) -> Analysis:
        with self.lock:
            self.seen.append(mail.message_id)
        time.sleep(0.002)
        return Analysis(reading=Reading(), findings=[],
                        draft=Draft(template="need_info", language="fr", subject="Re: x",
                                    text="Bonjour"), now=now)


def _mail(n: int) -> bytes:
    return (f"From: etu{n}@etu.unicaen.fr\r\nTo: cemu.assistance@unicaen.fr\r\n"
            f"Subject: question {n}\r\nMessage-ID: <w{n}@test>\r\n"
            f"Date: Mon, 12 Oct 2026 09:00:00 +0200\r\n\r\nBonjour {n}\r\n").encode()


def _fill(url: str) -> None:
    engine = connect(url)
    upgrade(engine)
    with session_factory(engine)() as s:
        for n in range(N_TICKETS):
            t = m.Ticket(subject=f"question {n}", requester=f"etu{n}@etu.unicaen.fr")
            s.add(m.Message(ticket=t, message_id=f"w{n}@test", raw=_mail(n)))
        s.commit()
    engine.dispose()


def _work(url: str, seen: list[str], lock: threading.Lock, passes: Counter, name: str) -> None:
    engine = connect(url)    # each worker its own engine and connections, as two processes
    sessions = session_factory(engine)
    analyser = RecordingAnalyser(seen, lock)
    while True:
        done = run_pending(sessions, analyser, limit=7)
        if not done:
            break
        passes[name] += done
    engine.dispose()


def test_two_workers_never_triage_a_ticket_twice_nor_skip_one(pg_url):
    _fill(pg_url)
    seen: list[str] = []
    lock, passes = threading.Lock(), Counter()
    workers = [threading.Thread(target=_work, args=(pg_url, seen, lock, passes, f"w{i}"))
               for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert not any(w.is_alive() for w in workers)
    counts = Counter(seen)
    assert [k for k, n in counts.items() if n > 1] == []          # never twice
    assert set(counts) == {f"w{n}@test" for n in range(N_TICKETS)}  # never skipped
    assert passes["w0"] > 0 and passes["w1"] > 0    # both really worked, side by side
    engine = connect(pg_url)
    with session_factory(engine)() as s:
        assert s.scalar(select(func.count()).select_from(m.Analysis)) == N_TICKETS
        assert s.scalar(select(func.count()).select_from(m.Draft)) == N_TICKETS
        states = dict(s.execute(select(m.Ticket.state, func.count())
                                .group_by(m.Ticket.state)).all())
    engine.dispose()
    assert states == {TicketState.TO_REVIEW: N_TICKETS}


def test_advisory_lock_lets_exactly_one_watcher_hold_a_mailbox(pg_url):
    first_engine, second_engine = connect(pg_url), connect(pg_url)
    url = "imaps://cemu.assistance:secret@imap.example.org:993/INBOX"
    first, second = MailboxLock(first_engine, url), MailboxLock(second_engine, url)
    other_box = MailboxLock(second_engine, "imaps://autre:secret@imap.example.org:993/INBOX")
    rotated = MailboxLock(second_engine, url.replace("secret", "new-password"))
    try:
        assert first.acquire()
        assert not second.acquire()
        assert not rotated.acquire()        # the password is not part of the mailbox's name
        assert other_box.acquire()          # another mailbox is another lock
        first.release()
        assert second.acquire()             # the standby takes over once the first lets go
    finally:
        for lock in (first, second, other_box, rotated):
            lock.release()
        first_engine.dispose()
        second_engine.dispose()


def test_lock_dies_with_the_watcher_process(pg_url):
    """A watcher killed without cleanup leaves no stale lock: its connection took it along."""
    url = "maildir:///srv/triage/maildir"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from triage.locks import MailboxLock\nfrom triage.store.db import connect\n"
         f"lock = MailboxLock(connect({pg_url!r}), {url!r})\n"
         "print(lock.acquire(), flush=True)\ntime.sleep(60)\n"],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    engine = connect(pg_url)
    lock = MailboxLock(engine, url)
    try:
        assert holder.stdout.readline().strip() == "True"
        assert not lock.acquire()
        holder.kill()
        holder.wait(10)
        deadline = time.monotonic() + 10
        while not lock.acquire() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lock.held
    finally:
        holder.kill()
        lock.release()
        engine.dispose()


def test_file_lock_for_the_sqlite_store(tmp_path):
    engines = [connect(f"sqlite:///{tmp_path / 'triage.db'}") for _ in range(2)]
    first, second = (MailboxLock(e, "maildir://var/maildir") for e in engines)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()
