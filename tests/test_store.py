"""Store migrations: the models and the Alembic history describe the same schema."""
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from triage.store.db import alembic_config, connect, current_revision, upgrade
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
    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    assert len(heads) == 1, f"several migration heads: {heads}"   # helpers land in turn
    assert current_revision(engine) == heads[0] >= "0005"
