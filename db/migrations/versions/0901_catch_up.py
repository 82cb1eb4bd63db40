"""catch-up: a restored or replaced counter replaying its own events from HQ (showroom/sync/catch_up.py)

Revision ID: 0901
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("catchup"): one row while and after a counter replays HQ's copy of its history: the
place in that history to reach, when it started and finished, how much came back, and until when HQ knew
this counter's work (what was recorded after that, on the old PC, never reached HQ). An enrolment writes
it; a sync finishes a catch-up that was cut short.
"""

import sqlalchemy as sa
from alembic import op

revision = "0901"
down_revision = "0001"
branch_labels = ("catchup",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catch_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_seq", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("hq_knew_until", sa.DateTime(), nullable=True),
        sa.Column("replayed", sa.Integer(), nullable=False),
        sa.Column("already_here", sa.Integer(), nullable=False),
        sa.Column("moved", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("catch_up")
