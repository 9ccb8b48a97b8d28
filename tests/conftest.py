"""Shared fixtures: real servers started once per session (PostgreSQL; others in tests/servers)."""
from __future__ import annotations

import itertools
import os
import shutil

import pytest

from tests.servers.postgres import start_postgres
from triage.store.db import connect, session_factory, upgrade

pytest_plugins = ["tests.fixtures_mail", "tests.fixtures_web"]

_db_counter = itertools.count()


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    server = start_postgres(tmp_path_factory.mktemp("pg"))
    yield server
    server.destroy()


@pytest.fixture
def pg_url(postgres_server):
    """A fresh, empty PostgreSQL database for one test."""
    return postgres_server.create_database(f"t{next(_db_counter)}")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store_url(request, tmp_path):
    """An empty store URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def any_store(any_store_url):
    """Sessions on a migrated store, once on SQLite and once on PostgreSQL."""
    engine = connect(any_store_url)
    upgrade(engine)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory):
    """A small demo university, built once for the whole test session."""
    from triage.demo.setup import build_university
    d = tmp_path_factory.mktemp("demo")
    build_university(d, scale=0.02)
    return d


@pytest.fixture
def demo(demo_dir, tmp_path, monkeypatch):
    """A fresh demo folder sharing the built university; the sample mails not yet fetched."""
    for k in list(os.environ):
        if k.startswith("TRIAGE_"):
            monkeypatch.delenv(k)
    d = tmp_path / "demo"
    d.mkdir()
    for f in ("refer.db", "moodle.db", "manifest.json"):
        shutil.copy(demo_dir / f, d / f)
    return d


# Markers say which real server a test needs (`-m "not browser"` really leaves out every test
# that starts Chromium): set from the fixtures a test uses, so that they cannot drift.
SERVER_FIXTURES = {"postgres": {"postgres_server", "pg_url", "pg_store"},
                   "imap": {"dovecot", "imap"},
                   "browser": {"browser", "page"}}


def pytest_collection_modifyitems(items):
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        for marker, fixtures in SERVER_FIXTURES.items():
            if used & fixtures:
                item.add_marker(marker)
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "postgresql" in params.values():
            item.add_marker("postgres")
