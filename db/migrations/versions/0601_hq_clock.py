"""hq clock: what HQ's clock said at the last sync, against this PC's (DESIGN.md "Clocks")

Revision ID: 0601
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("clock"): one row, the skew (HQ's time minus this PC's, in seconds, from HQ's
Date header) and when this PC measured it. A table of its own rather than columns of sync_state, so
that it needs no other branch.
"""

import sqlalchemy as sa
from alembic import op

revision = "0601"
down_revision = "0001"
branch_labels = ("clock",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("skew_s", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("hq_clock")
