"""Samples by courier (寄样, issue 18): each mailed loan's parcel as HQ hears of it: its state, courier and
waybills, the province and city it went to (not the address: that stays with the counter), and when each step
happened. The loan itself is hq_loan, as for a loan at the counter.

Revision ID: h0009
Revises: h0008
Create Date: 2026-12-06 21:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "h0009"
down_revision = "h0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_shipment",
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("courier", sa.String(length=10), nullable=False),
        sa.Column("waybill", sa.String(length=30), nullable=False),
        sa.Column("return_courier", sa.String(length=10), nullable=False),
        sa.Column("return_waybill", sa.String(length=30), nullable=False),
        sa.Column("province", sa.String(length=40), nullable=False),
        sa.Column("city", sa.String(length=40), nullable=False),
        sa.Column("shipped_at", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("return_shipped_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("loan_id"),
    )
    op.create_index("ix_hq_shipment_shipped_at", "hq_shipment", ["shipped_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_hq_shipment_shipped_at", "hq_shipment")
    op.drop_table("hq_shipment")
