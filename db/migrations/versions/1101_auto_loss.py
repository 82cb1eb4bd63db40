"""automatic loss: a tier's threshold of days late, and the losses the counter declared by itself

Revision ID: 1101
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("autoloss"). No tier has a threshold until a manager sets one (no row: never).
"""

import sqlalchemy as sa
from alembic import op

revision = "1101"
down_revision = "0001"
branch_labels = ("autoloss",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tier_loss_rule",
        sa.Column("tier", sa.String(20), sa.ForeignKey("tier_policy.tier"), nullable=False),
        sa.Column("lose_after_days_late", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("tier"),
    )
    op.create_table(
        "automatic_loss",
        sa.Column("loan_id", sa.String(36), sa.ForeignKey("loan.id"), nullable=False),
        sa.Column("sample_id", sa.String(36), sa.ForeignKey("sample.id"), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.Column("days_late", sa.Integer(), nullable=False),
        sa.Column("forfeitable_fen", sa.Integer(), nullable=False),
        sa.Column("charge_due_fen", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("reviewed_by", sa.String(36), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("forfeited_fen", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("loan_id", "sample_id"),
    )
    op.create_index("ix_automatic_loss_outcome", "automatic_loss", ["outcome"])


def downgrade() -> None:
    op.drop_table("automatic_loss")
    op.drop_table("tier_loss_rule")
