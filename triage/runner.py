"""Long-running loops: watcher, triage worker, outbox sender and web server in one process."""
from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Callable

from triage.services import Services

if TYPE_CHECKING:
    from triage.mail.imap import ImapBox
    from triage.pipeline.receive import Receiver

log = logging.getLogger(__name__)


def receiver(services: Services) -> Receiver:
    """The mailbox's sink: raw mails made durable batch by batch (threaded later by workers)."""
    from triage.pipeline.receive import Receiver
    return Receiver(services.sessions)


def fetch_mail(services: Services, progress: Callable[[int, int], None] | None = None) -> int:
    """Store what the mailbox holds now."""
    box = services.mailbox()
    try:
        return box.fetch_once(receiver(services), progress=progress)
    finally:
        box.close()


def worker_pass(services: Services, limit: int = 50) -> int:
    """One worker pass: thread and triage what is due; when idle, re-check open forwards."""
    from triage.pipeline.forwards import recheck
    from triage.pipeline.ingest import Intake
    from triage.pipeline.worker import run_pending
    done = run_pending(services.sessions, services.analyser, limit=limit,
                       intake=Intake.from_config(services.config))
    return done or recheck(services.sessions, services.analyser)


def triage_all(services: Services) -> int:
    """Triage every ticket due now; returns how many passes' worth of work was done."""
    total = 0
    while True:
        done = worker_pass(services)
        total += done
        if done == 0:
            return total


def deliver(services: Services) -> int:
    """Send the approved replies that are due; with an IMAP Sent folder configured, each reply
    is copied there, and that copy is the evidence that settles a send cut by a crash."""
    from triage.pipeline.outbox import deliver_due
    smtp, mb = services.config["smtp"], services.config["mailbox"]
    if not (mb["sent_folder"] and mb["url"].startswith("imap")):
        return deliver_due(services.sessions, services.transport, smtp["from_address"],
                           smtp["max_attempts"])
    box = _SentFolder(services)
    try:
        return deliver_due(services.sessions, services.transport, smtp["from_address"],
                           smtp["max_attempts"], evidence=box.has_message_id,
                           on_sent=box.append_sent)
    finally:
        box.close()


class _SentFolder:
    """The IMAP Sent folder, connected only when a pass actually sends or recovers a mail
    (the sender loop runs every few seconds, mostly with nothing to do)."""

    def __init__(self, services: Services):
        self.services = services
        self.box: ImapBox | None = None

    def _box(self) -> ImapBox:
        if self.box is None:
            from triage.mail.imap import ImapBox
            box = self.services.mailbox()
            if not isinstance(box, ImapBox):   # deliver() checks the URL is imap(s)://
                raise ValueError("a Sent folder needs an IMAP mailbox")
            self.box = box
        return self.box

    def has_message_id(self, message_id: str) -> bool:
        return self._box().has_message_id(message_id)

    def append_sent(self, raw: bytes) -> None:
        self._box().append_sent(raw)

    def close(self) -> None:
        if self.box is not None:
            self.box.close()


MAX_BACKOFF = 300.0     # seconds between two restarts of a failing loop, at most


def watch_loop(services: Services, stop: threading.Event,
               on_batch: Callable[[], object] | None = None) -> None:
    """Watch the mailbox until `stop` is set (IDLE for IMAP, polling for a maildir). Whatever
    fails (the store, the mailbox, a bug), the failure is recorded and the watcher starts
    again after a growing pause: it never dies while the process lives."""
    from triage.pipeline.heartbeats import Heartbeat
    poll = float(services.config.get("mailbox", "poll_seconds"))
    beat = Heartbeat(services.sessions, "watcher", 2 * poll)
    failures = 0

    def failed(exc: BaseException) -> None:
        if beat.failed(exc):        # one audit entry per outage, not one per retry
            record_failure(services, "watcher", exc)

    def alive() -> None:
        """A pass went well (maildir or IMAP alike): the next failure pauses `poll` again."""
        nonlocal failures
        failures = 0
        beat.ok()

    while not stop.is_set():
        box = None
        try:
            box = services.mailbox()
            sink = receiver(services)
            if hasattr(box, "watch"):
                box.watch(sink, stop, on_batch=on_batch, beat=alive, on_error=failed)
            else:
                while not stop.is_set():
                    if box.fetch_once(sink) and on_batch:
                        on_batch()
                    alive()
                    stop.wait(poll)
        except Exception as exc:  # noqa: BLE001 - the loop must outlive any one failure
            failures += 1
            pause = min(poll * 2 ** (failures - 1), MAX_BACKOFF)
            log.exception("watcher failed; restarting in %.1f s", pause,
                          extra={"component": "watcher"})
            failed(exc)
            stop.wait(pause)
        finally:
            if box is not None:
                try:
                    box.close()
                except Exception:  # noqa: BLE001 - closing what already broke
                    pass


def record_failure(services: Services, component: str, exc: BaseException) -> None:
    """Write a component failure to the audit log, where the web app and /metrics show it."""
    from triage.pipeline import failures
    try:
        with services.sessions() as session:
            failures.record(session, component, exc)
            session.commit()
    except Exception:   # the store itself is down: the log line is all we can leave
        log.exception("could not record the failure", extra={"component": component})


def loop(services: Services, component: str, one_pass: Callable[[], object],
         stop: threading.Event, every: float) -> None:
    """Run `one_pass()` until `stop`; a failing pass is recorded once per outage and retried
    after a pause that doubles up to MAX_BACKOFF; every pass is a sign of life (/healthz)."""
    from triage.pipeline.heartbeats import Heartbeat
    beat = Heartbeat(services.sessions, component, 30 * every)   # 60 s for a 2 s loop
    failures = 0
    log.info("%s started", component, extra={"component": component})
    while not stop.is_set():
        try:
            done = one_pass()
        except Exception as exc:   # a source, the store or SMTP down must not kill the loop
            failures += 1
            log.exception("%s pass failed", component, extra={"component": component})
            if beat.failed(exc):
                record_failure(services, component, exc)
            stop.wait(min(every * 5 * 2 ** (failures - 1), MAX_BACKOFF))
            continue
        failures = 0
        beat.ok()
        if not done:
            stop.wait(every)
    log.info("%s stopped", component, extra={"component": component})


def work_loop(services: Services, stop: threading.Event, every: float = 2.0) -> None:
    """Triage and send until `stop` is set (the single-process `triage run`)."""
    loop(services, "worker", lambda: triage_all(services) + deliver(services), stop, every)


def run_all(services: Services, host: str, port: int) -> None:
    """Watcher + worker threads, and the web app in the foreground (waitress)."""
    from waitress import serve

    from triage.web import create_app
    stop = threading.Event()
    threads = [threading.Thread(target=watch_loop, args=(services, stop), daemon=True,
                                name="watcher"),
               threading.Thread(target=work_loop, args=(services, stop), daemon=True,
                                name="worker")]
    for t in threads:
        t.start()
    try:
        serve(create_app(services), host=host, port=port, threads=8)
    finally:
        stop.set()
