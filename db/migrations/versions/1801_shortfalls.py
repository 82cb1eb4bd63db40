"""shortfalls: samples short on a transfer, settled afterwards (found at the sender, declared lost, arrived late)

Revision ID: 1801
Revises: 0001
Create Date: 2026-12-07

A branch of its own ("shortfalls"). A transfer's line keeps its outcome at the receipt; this table says what
became of a short one since. Statuses are strings, so no change to `sample` (found: in_stock, lost: lost).
"""

import sqlalchemy as sa
from alembic import op

revision = "1801"
down_revision = "0001"
branch_labels = ("shortfalls",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "transfer_shortfall",
        sa.Column("transfer_id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("sample_id", sa.String(36), nullable=False),
        sa.Column("settlement", sa.String(20), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=False),
        sa.Column("settled_by", sa.String(100), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("transfer_id", "code"),
    )
    op.create_index("ix_transfer_shortfall_sample_id", "transfer_shortfall", ["sample_id"])
    op.create_index("ix_transfer_shortfall_settled_at", "transfer_shortfall", ["settled_at"])


def downgrade() -> None:
    op.drop_index("ix_transfer_shortfall_settled_at", "transfer_shortfall")
    op.drop_index("ix_transfer_shortfall_sample_id", "transfer_shortfall")
    op.drop_table("transfer_shortfall")
