"""Shared fixtures: real servers started once per session (PostgreSQL; others in tests/servers)."""
from __future__ import annotations

import itertools

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
