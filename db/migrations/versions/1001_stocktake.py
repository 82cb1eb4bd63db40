"""stocktake: counts of the shelves by scanning (showroom/services/stocktake.py)

Revision ID: 1001
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("stocktake"): a count and its lines (each code scanned once, each sample not found).
Samples gain the status `missing_at_stocktake`, which needs no schema change (status is a string).
"""

import sqlalchemy as sa
from alembic import op

revision = "1001"
down_revision = "0001"
branch_labels = ("stocktake",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stocktake",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(20), nullable=False),
        sa.Column("shelves", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_by", sa.String(36), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("found", sa.Integer(), nullable=False),
        sa.Column("missing", sa.Integer(), nullable=False),
        sa.Column("unexpected", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_index("ix_stocktake_status", "stocktake", ["status"])
    op.create_table(
        "stocktake_line",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("stocktake_id", sa.String(36), sa.ForeignKey("stocktake.id"), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("sample_id", sa.String(36), sa.ForeignKey("sample.id"), nullable=True),
        sa.Column("loan_id", sa.String(36), sa.ForeignKey("loan.id"), nullable=True),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("shelf", sa.String(40), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=False),
        sa.Column("settlement", sa.String(20), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("settled_by", sa.String(36), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("stocktake_id", "code"),
    )
    op.create_index("ix_stocktake_line_sample_id", "stocktake_line", ["sample_id"])
    # the expected samples of a count by shelf: in stock, on the shelves named
    op.create_index("ix_sample_status_shelf", "sample", ["status", "shelf"])
    # the samples missing at stocktake on a given day (the daily report), among millions of movements
    op.create_index("ix_sample_movement_kind_at", "sample_movement", ["kind", "at"])


def downgrade() -> None:
    op.drop_index("ix_sample_movement_kind_at", "sample_movement")
    op.drop_index("ix_sample_status_shelf", "sample")
    op.drop_table("stocktake_line")
    op.drop_table("stocktake")
