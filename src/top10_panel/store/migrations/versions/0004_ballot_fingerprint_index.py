"""the register searched by fingerprint through an index

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f("ix_ballot_fingerprint"), "ballot", ["fingerprint"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_ballot_fingerprint"), table_name="ballot")
