"""The PostgreSQL deployment shape on loopback, as systemd runs it: `python -m triage.cli`
processes (two watchers, one of them standing by; two workers; one sender; one web process)
over one PostgreSQL store, the sample mails in a maildir, replies to an outbox folder.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.servers.postgres import free_port
from triage.demo.setup import SAMPLE_MAILS
from triage.pipeline.lifecycle import TicketState
from triage.store import models as m
from triage.store.db import connect, session_factory

ROOT = Path(__file__).resolve().parent.parent


class Shape:
    """The processes, their log files and the environment they share."""

    def __init__(self, tmp: Path, env: dict[str, str]):
        self.tmp, self.env, self.procs = tmp, env, {}

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "triage.cli", *args], cwd=self.tmp,
                              env=self.env, capture_output=True, text=True, timeout=timeout)

    def start(self, name: str, *args: str) -> None:
        log = open(self.tmp / f"{name}.log", "w")
        self.procs[name] = subprocess.Popen([sys.executable, "-m", "triage.cli", *args],
                                            cwd=self.tmp, env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT)

    def log(self, name: str) -> str:
        return (self.tmp / f"{name}.log").read_text(errors="replace")

    def stop(self, name: str) -> int:
        proc = self.procs[name]
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()

    def stop_all(self) -> None:
        for name in list(self.procs):
            self.stop(name)


def _wait(condition, timeout: float, what: str):
    """Poll until `condition` holds. Timeouts are generous bounds, not timings: six Python
    processes start at once, and with 30-60 s bounds the test once timed out on a 2-core
    machine loaded by other test runs."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()
    except OSError:
        return 0, b""


@pytest.fixture
def shape(tmp_path, pg_url):
    maildir = tmp_path / "maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    for n, eml in enumerate(sorted(SAMPLE_MAILS.glob("*.eml"))):
        shutil.copy(eml, maildir / "new" / f"{n:04d}.shape.{eml.stem}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(PYTHONPATH=str(ROOT), TRIAGE_DATABASE_URL=pg_url,
               TRIAGE_MAILBOX_URL=f"maildir://{maildir}", TRIAGE_MAILBOX_POLL_SECONDS="1",
               TRIAGE_SMTP_URL=f"outbox://{tmp_path / 'outbox'}",
               TRIAGE_WEB_PORT=str(free_port()), TRIAGE_LOGS_FORMAT="json")
    try:
        from triage.demo.setup import build_university
        build_university(tmp_path / "univ", scale=0.02)
        env.update(TRIAGE_REFER_URL=f"sqlite:///{tmp_path / 'univ' / 'refer.db'}",
                   TRIAGE_MOODLE_URL=f"sqlite:///{tmp_path / 'univ' / 'moodle.db'}")
    except ImportError:
        pass    # no demo university yet: triage runs without sources (drafts ask for details)
    s = Shape(tmp_path, env)
    yield s
    s.stop_all()


def test_two_workers_one_watcher_and_the_web_app_run_the_whole_path(shape, pg_url):
    upgraded = shape.cli("db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    shape.start("watcher-a", "watch", "--no-triage")
    _wait(lambda: "holds the mailbox lock" in shape.log("watcher-a"), 120, "the first watcher")
    shape.start("watcher-b", "watch", "--no-triage")
    for name in ("worker-1", "worker-2"):
        shape.start(name, "worker", "--every", "0.5", "--batch", "3")
    shape.start("sender", "sender", "--every", "0.5")
    shape.start("web", "web")
    port = shape.env["TRIAGE_WEB_PORT"]
    sessions = session_factory(connect(pg_url))
    samples = len(list(SAMPLE_MAILS.glob("*.eml")))

    def settled():
        with sessions() as s:
            stored = s.scalar(select(func.count()).select_from(m.Message)
                              .where(m.Message.direction == "in"))
            waiting = s.scalar(select(func.count()).select_from(m.Ticket)
                               .where(m.Ticket.state == TicketState.NEW))
            unthreaded = s.scalar(select(func.count()).select_from(m.Message)
                                  .where(m.Message.ticket_id.is_(None)))
        return stored == samples and waiting == 0 and unthreaded == 0
    _wait(settled, 300, "every sample mail stored and triaged")
    # exactly one watcher at work: the second one stands by
    _wait(lambda: "en attente" in shape.log("watcher-b"), 120, "the second watcher standing by")
    with sessions() as s:
        pairs = s.execute(select(m.Analysis.ticket_id, m.Analysis.message_id)).all()
        assert len(pairs) == len(set(pairs))                # no mail triaged twice
        draft = s.scalars(select(m.Draft).join(m.Ticket).where(
            m.Ticket.state == TicketState.TO_REVIEW, m.Draft.state == "proposed")).first()
        assert draft is not None
        from triage import config as configuration
        from triage.pipeline import review
        from triage.users import add_user
        agent = add_user(s, "agent", "mot-de-passe-de-test", "agent", "Agent")
        s.flush()
        review.approve(s, draft, agent, draft.text, configuration.load(None, shape.env))
        s.commit()
    _wait(lambda: list((shape.tmp / "outbox").glob("*.eml")), 120, "the reply in the outbox")
    status, body = _wait(lambda: (r := _get(f"http://127.0.0.1:{port}/healthz"))[0] and r,
                         120, "the web app")
    assert status == 200 and json.loads(body)["ok"]
    status, body = _get(f"http://127.0.0.1:{port}/metrics")
    assert status == 200 and f"triage_mails_received_total {samples}" in body.decode()

    # The active watcher dies: the standby takes the mailbox and stores the next mail.
    shape.procs["watcher-a"].kill()
    shutil.copy(sorted(SAMPLE_MAILS.glob("*.eml"))[0], shape.tmp / "maildir" / "new" / "late")
    # Same bytes, same Message-ID: recognised, not stored twice; the file leaves new/.
    _wait(lambda: not (shape.tmp / "maildir" / "new" / "late").exists(), 120,
          "the standby watcher taking over")
    for name in ("worker-1", "worker-2", "sender"):
        assert shape.stop(name) == 0, shape.log(name)      # SIGTERM: clean exit
    assert "Traceback" not in shape.log("worker-1") + shape.log("worker-2")
