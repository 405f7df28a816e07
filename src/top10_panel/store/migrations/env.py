"""Alembic environment: always run by the application on an open connection (store.database.migrate)."""

from __future__ import annotations

from alembic import context

from top10_panel.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
