"""Shared fixtures: real servers started once per session (PostgreSQL; others in tests/servers)."""
from __future__ import annotations

import itertools

import pytest

from tests.servers.postgres import start_postgres

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
