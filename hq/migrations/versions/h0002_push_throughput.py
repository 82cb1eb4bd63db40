"""Push throughput: a partial index on the loan items still out, and no per-row foreign-key checks on events.

Every pushed batch looks up the open item of each sample it names. The index on sample_id alone
makes that read every item a sample ever had (hundreds, for a popular sample after a year), then
filter; the items still out are a small, stable share of the table, so a partial index stays small.

hq_event's foreign keys to hq_device and hq_showroom cost two trigger calls per event (on PostgreSQL
about 40 % of inserting a batch of 500) and can never fail: every event is written by the push that
authenticated its device and holds that device's row FOR UPDATE, with the device's own showroom, and
devices and showrooms are never deleted (a device is revoked by a flag). The columns stay NOT NULL.

Revision ID: h0002
Revises: h0001
Create Date: 2026-11-27 15:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "h0002"
down_revision = "h0001"
branch_labels = None
depends_on = None

OPEN = "returned_at IS NULL AND lost_at IS NULL AND superseded_at IS NULL"


def _event_table(with_foreign_keys: bool) -> sa.Table:
    """hq_event as h0001 made it, with or without its foreign keys (SQLite rebuilds the table from this)."""
    keys = (
        [
            sa.ForeignKeyConstraint(["device_id"], ["hq_device.id"]),
            sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        ]
        if with_foreign_keys
        else []
    )
    return sa.Table(
        "hq_event",
        sa.MetaData(),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=60), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("payload_hash", sa.String(length=64), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        *keys,
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("device_id", "seq"),
        sa.Index("ix_hq_event_showroom_id", "showroom_id"),
    )


def upgrade() -> None:
    op.create_index(
        "ix_hq_loan_item_open_sample",
        "hq_loan_item",
        ["sample_id"],
        unique=False,
        postgresql_where=sa.text(OPEN),
        sqlite_where=sa.text(OPEN),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("hq_event_device_id_fkey", "hq_event", type_="foreignkey")
        op.drop_constraint("hq_event_showroom_id_fkey", "hq_event", type_="foreignkey")
    else:  # SQLite cannot drop a constraint: the table is rebuilt without them
        with op.batch_alter_table("hq_event", copy_from=_event_table(False), recreate="always"):
            pass


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_foreign_key("hq_event_device_id_fkey", "hq_event", "hq_device", ["device_id"], ["id"])
        op.create_foreign_key("hq_event_showroom_id_fkey", "hq_event", "hq_showroom", ["showroom_id"], ["id"])
    else:
        with op.batch_alter_table("hq_event", copy_from=_event_table(True), recreate="always"):
            pass
    op.drop_index("ix_hq_loan_item_open_sample", "hq_loan_item")
