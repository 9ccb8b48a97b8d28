"""The store: models, engine and migrations."""
from triage.store.db import connect, session_factory, upgrade  # noqa: F401
