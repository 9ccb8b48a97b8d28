"""Store migrations: the models and the Alembic history describe the same schema."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from triage.store.db import connect, current_revision, upgrade
from triage.store.models import Base


@pytest.fixture
def engine(any_store_url):
    engine = connect(any_store_url)
    yield engine
    engine.dispose()


def test_migrations_build_exactly_the_models(engine):
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent_and_reaches_head(engine):
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == "0004"
