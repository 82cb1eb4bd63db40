"""sync state: HQ address, device id, pull cursor, received sync exceptions, catalog aliases

Revision ID: 0101
Revises: 0001
Create Date: 2026-11-27

A branch of its own ("sync"), applied together with the other heads. Never rewrites unsent events.
"""

import sqlalchemy as sa
from alembic import op

revision = "0101"
down_revision = "0001"
branch_labels = ("sync",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hq_url", sa.String(length=300), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("showroom_code", sa.String(length=4), nullable=False),
        sa.Column("cursor", sa.Integer(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=40), nullable=True),
        sa.Column("last_error_detail", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_exception",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("showroom_codes", sa.String(length=200), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_catalog_alias",
        sa.Column("hq_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("local_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("hq_id"),
    )
    # the outbox is read by "not yet acknowledged" on every push and on the status bar
    op.create_index("ix_outbox_event_acked_at", "outbox_event", ["acked_at"])


def downgrade() -> None:
    op.drop_index("ix_outbox_event_acked_at", "outbox_event")
    op.drop_table("sync_catalog_alias")
    op.drop_table("sync_exception")
    op.drop_table("sync_state")
