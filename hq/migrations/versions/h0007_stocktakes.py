"""Stocktakes (盘点, issue 17): each showroom's counts as HQ hears of them, and the index the console's
Stocktakes page reads through (newest first, of the network or of one showroom). Samples missing at a
count are a status of hq_sample (`missing_at_stocktake`), which needs no change of schema.

Revision ID: h0007
Revises: h0006
Create Date: 2026-12-08 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "h0007"
down_revision = "h0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_stocktake",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("shelves", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("scanned", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=True),
        sa.Column("found", sa.Integer(), nullable=True),
        sa.Column("missing", sa.Integer(), nullable=True),
        sa.Column("unexpected", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_hq_stocktake_started_at", "hq_stocktake", ["started_at"], unique=False)
    op.create_index("ix_hq_stocktake_showroom_started", "hq_stocktake", ["showroom_id", "started_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_hq_stocktake_showroom_started", "hq_stocktake")
    op.drop_index("ix_hq_stocktake_started_at", "hq_stocktake")
    op.drop_table("hq_stocktake")
