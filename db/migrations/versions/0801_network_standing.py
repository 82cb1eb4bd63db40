"""network standing: the key of the phone hashes, and what the network holds against each streamer

Revision ID: 0801
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("standing"), applied together with the other heads. Two new tables, nothing
rewritten: `network_state` (one row: HQ's network key and when the standing was last pulled whole) and
`network_standing` (by keyed phone hash: blacklisted where, and per other showroom a suspension and the
due times of the samples held there). See hq/PROTOCOL.md, "What each showroom receives".
"""

import sqlalchemy as sa
from alembic import op

revision = "0801"
down_revision = "0001"
branch_labels = ("standing",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=True),
        sa.Column("standing_as_of", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "network_standing",
        sa.Column("phone_hash", sa.String(length=32), nullable=False),
        sa.Column("blacklisted_at", sa.String(length=100), nullable=False),
        sa.Column("held_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("phone_hash"),
    )


def downgrade() -> None:
    op.drop_table("network_standing")
    op.drop_table("network_state")
