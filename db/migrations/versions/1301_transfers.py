"""transfers: samples sent between showrooms on a slip, and received with their differences

Revision ID: 1301
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("transfers"). Samples in transit use the status `in_transit` and, once received by
the other showroom, `transferred`; statuses are strings, so no change to `sample`.
"""

import sqlalchemy as sa
from alembic import op

revision = "1301"
down_revision = "0001"
branch_labels = ("transfers",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "transfer",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(24), nullable=False),
        sa.Column("direction", sa.String(4), nullable=False),
        sa.Column("from_code", sa.String(4), nullable=False),
        sa.Column("from_name", sa.String(100), nullable=False),
        sa.Column("to_code", sa.String(4), nullable=False),
        sa.Column("to_name", sa.String(100), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(100), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("received_by", sa.String(100), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("reason", sa.String(300), nullable=False),
        sa.Column("products", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    op.create_index("ix_transfer_direction", "transfer", ["direction"])
    op.create_index("ix_transfer_state", "transfer", ["state"])
    op.create_table(
        "transfer_line",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("transfer_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sample_id", sa.String(36), nullable=True),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("product_id", sa.String(36), nullable=True),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("transfer_id", "code"),
    )
    op.create_index("ix_transfer_line_transfer_id", "transfer_line", ["transfer_id"])
    op.create_index("ix_transfer_line_sample_id", "transfer_line", ["sample_id"])


def downgrade() -> None:
    op.drop_table("transfer_line")
    op.drop_table("transfer")
