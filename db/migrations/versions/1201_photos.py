"""photos: photo evidence of samples (files beside the database, their hash here) and each tier's rule on damage

Revision ID: 1201
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("photos"). No tier requires a photo until a manager says so (no row: not required).
"""

import sqlalchemy as sa
from alembic import op

revision = "1201"
down_revision = "0001"
branch_labels = ("photos",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "photo",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("ext", sa.String(4), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("sample_id", sa.String(36), sa.ForeignKey("sample.id"), nullable=False),
        sa.Column("loan_id", sa.String(36), sa.ForeignKey("loan.id"), nullable=True),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(36), sa.ForeignKey("staff.id"), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_photo_sha256", "photo", ["sha256"])
    op.create_index("ix_photo_sample_id", "photo", ["sample_id"])
    op.create_table(
        "tier_photo_rule",
        sa.Column("tier", sa.String(20), sa.ForeignKey("tier_policy.tier"), nullable=False),
        sa.Column("photo_required_for_damage", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tier"),
    )


def downgrade() -> None:
    op.drop_table("tier_photo_rule")
    op.drop_table("photo")
