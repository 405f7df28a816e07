"""ballots record their panel, for weighted sources

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ballot") as batch:
        batch.add_column(sa.Column("panel", sa.String(length=32), nullable=False, server_default="experts"))


def downgrade() -> None:
    with op.batch_alter_table("ballot") as batch:
        batch.drop_column("panel")
