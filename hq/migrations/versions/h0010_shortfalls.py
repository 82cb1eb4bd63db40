"""Samples short on a transfer, settled afterwards: found at the sender, declared lost there, or arrived late at
the receiver (hq/shortfall_projections.py). Each transfer counts its short samples not settled yet
(`short_open`, what the console's Transfers page filters on and what is still in transit of a transfer received
short); how each was settled is kept on its line (JSON), as the rest of the line is. Transfers received short
before this start with all their short samples open.

Revision ID: h0010
Revises: h0009
Create Date: 2026-12-07 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "h0010"
down_revision = "h0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hq_transfer") as batch:
        batch.add_column(sa.Column("short_open", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE hq_transfer SET short_open = short")


def downgrade() -> None:
    with op.batch_alter_table("hq_transfer") as batch:
        batch.drop_column("short_open")
