"""Alembic environment: the engine comes from triage.store.db (no alembic.ini needed)."""
from alembic import context

from triage.store.models import Base

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    context.run_migrations()
