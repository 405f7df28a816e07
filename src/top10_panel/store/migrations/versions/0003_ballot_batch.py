"""large ballot matrices of other panels kept whole

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ballot_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("panel", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("codes", sa.Text(), nullable=False),
        sa.Column("cells", sa.LargeBinary(), nullable=False),
        sa.Column("scored", sa.LargeBinary(), nullable=False),
        sa.Column("unit", sa.Integer(), nullable=False),
        sa.Column("voters", sa.LargeBinary(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], name=op.f("fk_ballot_batch_stage_id_stage")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot_batch")),
        sa.UniqueConstraint("sha256", name=op.f("uq_ballot_batch_sha256")),
    )


def downgrade() -> None:
    op.drop_table("ballot_batch")
