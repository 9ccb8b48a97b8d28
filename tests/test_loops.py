"""The long-running loops of `triage run` never die (issue 18.9): a store error or a mailbox
that goes away is recorded once and retried with backoff; /healthz turns red (503) when a
loop has been down longer than its interval and green again when it is back; /metrics shows
the loops and the outbox rows whose sending is uncertain."""
from __future__ import annotations

import logging
import mailbox
import threading
import time
from datetime import datetime, timezone

from sqlalchemy import func, select, text

from tests.test_imap import append, make_mail
from tests.test_smtp_outbox import FROM, _crash_after_accept, make_due, queue_reply
from triage import config
from triage.mail.transport import SmtpTransport
from triage.pipeline.failures import COMPONENT_ERROR
from triage.pipeline.outbox import deliver_due
from triage.runner import loop, triage_all, watch_loop
from triage.services import Services
from triage.store import models as m
from triage.web import create_app
from tests.servers.waiting import wait_for

pytest_plugins = ["tests.fixtures_mail"]


def services_for(store_url: str, mailbox_url: str, poll: float) -> Services:
    return Services(config.load(None, {
        "TRIAGE_DATABASE_URL": store_url, "TRIAGE_MAILBOX_URL": mailbox_url,
        "TRIAGE_MAILBOX_POLL_SECONDS": str(poll), "TRIAGE_SMTP_URL": "outbox:///tmp/unused"}))


def healthz(client) -> tuple[int, dict]:
    resp = client.get("/healthz")
    return resp.status_code, resp.get_json()


def stored(services) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count(m.Message.id)))


def failures(services, component: str) -> int:
    with services.sessions() as s:
        return sum((d or {}).get("component") == component for d in s.scalars(
            select(m.AuditEntry.detail).where(m.AuditEntry.action == COMPONENT_ERROR)))


def running(target, *args) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    thread = threading.Thread(target=target, args=(*args, stop), daemon=True)
    thread.start()
    return thread, stop


def test_watcher_outlives_a_store_error_and_healthz_says_so(store_url, tmp_path):
    """`triage run`'s default (SQLite, a maildir): the store fails under the watcher."""
    box = mailbox.Maildir(str(tmp_path / "maildir"), create=True)
    box.add(make_mail(1))
    services = services_for(store_url, f"maildir://{tmp_path / 'maildir'}", poll=0.5)
    client = create_app(services, {"TESTING": True}).test_client()
    with services.engine.begin() as conn:         # the messages table is gone: every insert fails
        conn.execute(text("ALTER TABLE messages RENAME TO messages_away"))
    thread, stop = running(watch_loop, services)
    try:
        assert wait_for(lambda: healthz(client)[0] == 503)        # down > 2 x poll: red
        status, body = healthz(client)
        assert "watcher" in body["components_down"] and body["status"] == "down"
        assert thread.is_alive() and failures(services, "watcher") == 1   # once per outage
        with services.engine.begin() as conn:
            conn.execute(text("ALTER TABLE messages_away RENAME TO messages"))
        assert wait_for(lambda: stored(services) == 1)            # retried, not dead
        assert wait_for(lambda: healthz(client)[0] == 200)
        assert healthz(client)[1]["components_down"] == {}
    finally:
        stop.set()
        thread.join(timeout=10)
    services.close()


def test_imap_gone_longer_than_the_interval_turns_healthz_red(dovecot, store_url):
    services = services_for(store_url, dovecot.url(), poll=1)
    client = create_app(services, {"TESTING": True}).test_client()
    thread, stop = running(watch_loop, services)
    try:
        append(dovecot, [make_mail(1)])
        assert wait_for(lambda: stored(services) == 1)
        assert healthz(client)[0] == 200
        dovecot.stop()
        assert wait_for(lambda: healthz(client)[0] == 503)
        assert "watcher" in healthz(client)[1]["components_down"]
        metrics = client.get("/metrics").get_data(as_text=True)
        assert 'triage_component_up{component="watcher"} 0' in metrics
        dovecot.start()
        append(dovecot, [make_mail(2)])
        assert wait_for(lambda: stored(services) == 2, timeout=60)
        assert wait_for(lambda: healthz(client)[0] == 200)
        assert failures(services, "watcher") == 1
    finally:
        stop.set()
        thread.join(timeout=15)
    services.close()


def pauses(caplog) -> list[tuple[float, datetime]]:
    """The watcher's restarts so far: (pause in seconds, when it failed)."""
    return [(float(r.args[0]), datetime.fromtimestamp(r.created, timezone.utc))
            for r in caplog.records
            if r.name == "triage.runner" and r.msg.startswith("watcher failed")]


def good_pass_since(services, moment: datetime) -> bool:
    """The watcher gave a sign of life after `moment`, and is no longer failing."""
    with services.sessions() as s:
        row = s.get(m.ComponentBeat, "watcher")
        if row is None or row.failing_since is not None or row.beat_at is None:
            return False
        beat = row.beat_at if row.beat_at.tzinfo else row.beat_at.replace(tzinfo=timezone.utc)
        return beat > moment


def rename(services, table: str, to: str) -> None:
    with services.engine.begin() as conn:
        conn.execute(text(f"ALTER TABLE {table} RENAME TO {to}"))


def test_watcher_pauses_double_while_failing_and_start_over_after_a_good_pass(
        store_url, tmp_path, caplog):
    """The maildir path: every restart fails while the store does, each pause twice the last;
    a good pass, then a failure: the pause is the first one again."""
    caplog.set_level(logging.ERROR, logger="triage.runner")
    box = mailbox.Maildir(str(tmp_path / "maildir"), create=True)
    box.add(make_mail(1))
    services = services_for(store_url, f"maildir://{tmp_path / 'maildir'}", poll=0.5)
    rename(services, "messages", "messages_away")
    thread, stop = running(watch_loop, services)
    try:
        assert wait_for(lambda: len(pauses(caplog)) >= 3, timeout=120)
        assert [p for p, _ in pauses(caplog)[:3]] == [0.5, 1.0, 2.0]
        rename(services, "messages_away", "messages")
        assert wait_for(lambda: stored(services) == 1, timeout=120)
        assert wait_for(lambda: good_pass_since(services, pauses(caplog)[-1][1]), timeout=120)
        before = len(pauses(caplog))
        rename(services, "messages", "messages_away")
        box.add(make_mail(2))
        assert wait_for(lambda: len(pauses(caplog)) > before, timeout=120)
        assert pauses(caplog)[before][0] == 0.5
    finally:
        stop.set()
        thread.join(timeout=60)
    services.close()


def test_imap_watcher_pauses_the_first_delay_again_after_a_good_pass(dovecot, store_url,
                                                                     caplog):
    """On real Dovecot: a failure the IMAP watch does not handle itself (triaging what it stored
    fails: the store lost its tickets table), a good pass, the same failure again: the second
    pause is the first delay again, not its double."""
    caplog.set_level(logging.ERROR, logger="triage.runner")
    services = services_for(store_url, dovecot.url(), poll=1)
    rename(services, "tickets", "tickets_away")
    stop = threading.Event()
    thread = threading.Thread(target=watch_loop, args=(services, stop),
                              kwargs={"on_batch": lambda: triage_all(services)}, daemon=True)
    thread.start()
    try:
        append(dovecot, [make_mail(1)])
        assert wait_for(lambda: len(pauses(caplog)) == 1, timeout=120)
        first = pauses(caplog)[0]
        assert wait_for(lambda: good_pass_since(services, first[1]), timeout=120)
        append(dovecot, [make_mail(2)])
        assert wait_for(lambda: len(pauses(caplog)) == 2, timeout=120)
        assert [p for p, _ in pauses(caplog)] == [1.0, 1.0]
        assert stored(services) == 2 and thread.is_alive()
    finally:
        stop.set()
        thread.join(timeout=60)
    services.close()


def test_a_failing_worker_pass_is_retried_with_backoff_and_recorded_once(store_url):
    services = services_for(store_url, "maildir:///tmp/unused-maildir", poll=60)
    client = create_app(services, {"TESTING": True}).test_client()
    passes: list[float] = []

    def one_pass():                          # a real store error: the table is gone
        passes.append(time.monotonic())
        with services.sessions() as s:
            return s.scalar(select(func.count()).select_from(text("tickets_away")))
    stop = threading.Event()
    thread = threading.Thread(target=loop, args=(services, "worker", one_pass, stop, 0.1),
                              daemon=True)
    thread.start()
    try:
        assert wait_for(lambda: len(passes) >= 4)
        assert wait_for(lambda: healthz(client)[0] == 503)          # failing > 30 x 0.1 s
        gaps = [b - a for a, b in zip(passes[1:], passes[2:])]
        assert all(later >= earlier * 1.5 for earlier, later in zip(gaps, gaps[1:]))
        assert thread.is_alive() and failures(services, "worker") == 1
    finally:
        stop.set()
        thread.join(timeout=10)
    services.close()


def test_a_failure_shown_on_healthz_has_its_addresses_masked(store_url):
    """/healthz needs no sign-in: the error a loop failed with never shows a person's address."""
    from triage.pipeline import heartbeats
    services = services_for(store_url, "maildir:///tmp/unused-maildir", poll=60)
    beat = heartbeats.Heartbeat(services.sessions, "sender", 0.01)
    beat.failed(RuntimeError("550 5.1.1 <lea.martin@etu.unicaen.fr>: mailbox unknown"))
    time.sleep(0.05)
    with services.sessions() as s:
        why = heartbeats.down(s)["sender"]
    assert "lea.martin" not in why and "<adresse>" in why and "RuntimeError: 550" in why
    services.close()


def test_metrics_expose_uncertain_sends(sessions, store_url, smtp_server):
    queue_reply(sessions)
    _crash_after_accept(store_url, smtp_server.url)
    make_due(sessions)
    deliver_due(sessions, SmtpTransport(smtp_server.url, timeout=5), FROM)
    services = services_for(store_url, "maildir:///tmp/unused-maildir", poll=60)
    body = create_app(services, {"TESTING": True}).test_client().get("/metrics").get_data(
        as_text=True)
    assert 'triage_outbox{state="uncertain"} 1' in body
    assert 'triage_outbox{state="sent"} 0' in body
    services.close()
