"""Transfers between showrooms (调拨, issue 17): each transfer as HQ hears of it from both ends, with its
lines (JSON) and figures, and the indexes the console's Transfers page reads through. Every showroom HQ
already has goes down the change log (kind `showroom`), so each counter knows where a transfer may go.

Revision ID: h0008
Revises: h0007
Create Date: 2026-12-09 12:00:00
"""

import json
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "h0008"
down_revision = "h0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_transfer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("from_showroom_id", sa.String(length=36), nullable=False),
        sa.Column("to_code", sa.String(length=4), nullable=False),
        sa.Column("to_showroom_id", sa.String(length=36), nullable=True),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(length=100), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("received_by", sa.String(length=100), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        *(sa.Column(n, sa.Integer(), nullable=False) for n in ("sent", "received", "short", "extra", "damaged")),
        sa.Column("lines", sa.Text(), nullable=False),
        sa.Column("products", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["from_showroom_id"], ["hq_showroom.id"]),
        sa.ForeignKeyConstraint(["to_showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_hq_transfer_sent_at", "hq_transfer", ["sent_at"], unique=False)
    op.create_index("ix_hq_transfer_from_sent", "hq_transfer", ["from_showroom_id", "sent_at"], unique=False)
    op.create_index("ix_hq_transfer_to_sent", "hq_transfer", ["to_showroom_id", "sent_at"], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        bind.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x5348_4F57})  # hq/changelog.CHANGELOG_LOCK
    rooms = bind.execute(sa.text("SELECT code, name FROM hq_showroom ORDER BY code")).all()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for code, name in rooms:
        bind.execute(
            sa.text("INSERT INTO hq_change (kind, key, data, at, audience) VALUES ('showroom', :k, :d, :at, NULL)"),
            {"k": code, "d": json.dumps({"code": code, "name": name}, ensure_ascii=False, sort_keys=True), "at": now},
        )


def downgrade() -> None:
    op.execute("DELETE FROM hq_change WHERE kind = 'showroom'")
    op.drop_index("ix_hq_transfer_to_sent", "hq_transfer")
    op.drop_index("ix_hq_transfer_from_sent", "hq_transfer")
    op.drop_index("ix_hq_transfer_sent_at", "hq_transfer")
    op.drop_table("hq_transfer")
