"""Mail fixtures: a real Dovecot, a real SMTP server, a migrated store. Register this module
in tests/conftest.py with `pytest_plugins = ["tests.fixtures_mail"]`."""
from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.servers.dovecot import DOVECOT, start_dovecot
from tests.servers.smtp import SmtpServer
from triage.store.db import connect, session_factory, upgrade

def _find_glpi() -> Path:
    """../shared/peer-mail/glpi beside the repository (or beside a parent folder holding the
    repository's worktrees): test data of a peer helpdesk, never copied into the project."""
    for parent in Path(__file__).resolve().parents[1:]:
        candidate = parent / "shared" / "peer-mail" / "glpi"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parents[2] / "shared" / "peer-mail" / "glpi"


GLPI_CORPUS = _find_glpi()


@pytest.fixture
def dovecot():
    """A fresh Dovecot (user cemu / secret) for one test, stopped afterwards."""
    if not Path(DOVECOT).exists():
        pytest.skip(f"dovecot not installed: {DOVECOT} (Debian package dovecot-imapd)")
    # Not under tmp_path: pytest's base dir is 0700 and Dovecot's workers run as `dovecot`.
    base = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
    server = start_dovecot(base)
    yield server
    server.stop()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def smtp_server():
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def store_url(tmp_path):
    """A migrated SQLite store for one test."""
    url = f"sqlite:///{tmp_path / 'triage.db'}"
    engine = connect(url)
    upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def sessions(store_url):
    engine = connect(store_url)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def glpi_corpus():
    """The GLPI peer fixtures in ../shared (never copied into the project)."""
    if not GLPI_CORPUS.is_dir():
        pytest.skip(f"GLPI corpus not found at {GLPI_CORPUS}")
    return GLPI_CORPUS


_keys = itertools.count(1)


def take_in(session, raw: bytes, key: str | None = None, intake=None):
    """One mail in as production takes it: `Receiver.store_batch` (the watcher) on its own
    session, then `thread_received` (the workers) on `session`, which commits. Returns the
    stored message (threaded), or None when the store kept nothing new under this key."""
    from sqlalchemy import select
    from sqlalchemy.orm import sessionmaker

    from triage.pipeline.ingest import Intake, thread_received
    from triage.pipeline.receive import Receiver
    from triage.store import models as m
    key = key or f"test:{next(_keys)}"
    Receiver(sessionmaker(bind=session.get_bind())).store_batch([(raw, key)])
    session.expire_all()
    thread_received(session, intake or Intake())
    return session.scalars(select(m.Message).where(m.Message.mailbox_key == key)).first()
