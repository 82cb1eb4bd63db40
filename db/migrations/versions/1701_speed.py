"""speed: the index on sample status alone dropped (issue 17: a transfer of 200 samples under 100 ms)

Revision ID: 1701
Revises: 0001
Create Date: 2026-12-07

A branch of its own ("speed"). ix_sample_status (status) is the prefix of ix_sample_status_shelf (status,
shelf), which the stocktake branch made: every query by status alone searches that one as well (the same
plan: SEARCH ... (status=?)). Each status change rewrote both; on the three-year showroom the first
was ~200 random pages of the ~1,600 a transfer of 200 samples wrote (and the checkpoint copied again).
Like every branch it is applied with all the others (the app upgrades to every head), so 1001's index is there.
"""

from alembic import op

revision = "1701"
down_revision = "0001"
branch_labels = ("speed",)
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_sample_status", table_name="sample")


def downgrade() -> None:
    op.create_index("ix_sample_status", "sample", ["status"], unique=False)
