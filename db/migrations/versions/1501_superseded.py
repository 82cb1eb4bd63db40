"""superseded: a loan item closed because its sample was lent again elsewhere (issue 16)

Revision ID: 1501
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("superseded"). A restored counter that lent a sample again before it caught up lays in
HQ's older loan of it whole, its item of that sample closed as superseded (as HQ's hq_loan_item does). Nullable:
no item is superseded until a catch-up finds one. Neither a return nor a loss: the older streamer's record is
unchanged, and a later return of the sample on the older loan still sets returned_at.
"""

import sqlalchemy as sa
from alembic import op

revision = "1501"
down_revision = "0001"
branch_labels = ("superseded",)
depends_on = None


# one open item per sample (0001): a superseded item is no longer open, the later loan's is
OPEN_SAMPLE = "CREATE UNIQUE INDEX ux_loan_item_open_sample ON loan_item (sample_id) WHERE returned_at IS NULL AND lost_at IS NULL"


def upgrade() -> None:
    op.add_column("loan_item", sa.Column("superseded_at", sa.DateTime(), nullable=True))
    op.execute("DROP INDEX ux_loan_item_open_sample")
    op.execute(OPEN_SAMPLE + " AND superseded_at IS NULL")


def downgrade() -> None:
    op.execute("DROP INDEX ux_loan_item_open_sample")
    op.execute(OPEN_SAMPLE)
    with op.batch_alter_table("loan_item") as batch:
        batch.drop_column("superseded_at")
