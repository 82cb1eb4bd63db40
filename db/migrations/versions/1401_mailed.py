"""samples by courier: a tier's terms for lending by post, a streamer's delivery address, and the parcel of each
mailed loan with its steps

Revision ID: 1401
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("mailed"). No tier may lend by post until a manager says so (no row: not by post).
"""

import sqlalchemy as sa
from alembic import op

revision = "1401"
down_revision = "0001"
branch_labels = ("mailed",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tier_post_rule",
        sa.Column("tier", sa.String(20), sa.ForeignKey("tier_policy.tier"), nullable=False),
        sa.Column("may_post", sa.Boolean(), nullable=False),
        sa.Column("post_limit", sa.Integer(), nullable=False),
        sa.Column("post_days", sa.Integer(), nullable=False),
        sa.Column("return_transit_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("tier"),
    )
    op.create_table(
        "streamer_address",
        sa.Column("streamer_id", sa.String(36), sa.ForeignKey("streamer.id"), nullable=False),
        sa.Column("recipient", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("province", sa.String(40), nullable=False),
        sa.Column("city", sa.String(40), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("verified_by", sa.String(36), sa.ForeignKey("staff.id"), nullable=True),
        sa.PrimaryKeyConstraint("streamer_id"),
    )
    op.create_table(
        "shipment",
        sa.Column("loan_id", sa.String(36), sa.ForeignKey("loan.id"), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("courier", sa.String(10), nullable=False),
        sa.Column("waybill", sa.String(30), nullable=False),
        sa.Column("return_courier", sa.String(10), nullable=False),
        sa.Column("return_waybill", sa.String(30), nullable=False),
        sa.Column("recipient", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("province", sa.String(40), nullable=False),
        sa.Column("city", sa.String(40), nullable=False),
        sa.Column("address", sa.String(300), nullable=False),
        sa.Column("transfer_ref", sa.String(64), nullable=False),
        sa.Column("post_days", sa.Integer(), nullable=False),
        sa.Column("return_transit_days", sa.Integer(), nullable=False),
        sa.Column("shipped_at", sa.DateTime(), nullable=False),
        sa.Column("delivered_at", sa.DateTime(), nullable=True),
        sa.Column("return_shipped_at", sa.DateTime(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("loan_id"),
    )
    op.create_index("ix_shipment_state", "shipment", ["state"])
    op.create_index("ix_shipment_waybill", "shipment", ["waybill"])
    op.create_index("ix_shipment_return_waybill", "shipment", ["return_waybill"])


def downgrade() -> None:
    op.drop_table("shipment")
    op.drop_table("streamer_address")
    op.drop_table("tier_post_rule")
