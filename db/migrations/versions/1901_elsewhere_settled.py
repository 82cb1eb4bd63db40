"""elsewhere settled: HQ's word on a return taken here that it could not match, the manager's settlement of it,
and photos of another showroom's sample kept at check-in before the sample is this showroom's

Revision ID: 1901
Revises: 0001
Create Date: 2026-12-08

A branch of its own ("elsewhere_settled"). Neither table names a row of branch "anywhere" (1601) by foreign key,
so the two branches apply in any order: `return_id` is a return_elsewhere id. A photo waits here (not in `photo`,
whose sample_id names a sample of this showroom) until the sample it shows is laid in here
(showroom/services/elsewhere_photos.py).
"""

import sqlalchemy as sa
from alembic import op

revision = "1901"
down_revision = "0001"
branch_labels = ("elsewhere_settled",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "return_elsewhere_unmatched",
        sa.Column("return_id", sa.String(36), nullable=False),
        sa.Column("exception_id", sa.String(36), nullable=False),
        sa.Column("sample_id", sa.String(36), nullable=True),
        sa.Column("product", sa.Text(), nullable=True),
        sa.Column("lender_code", sa.String(4), nullable=False),
        sa.Column("lender_name", sa.String(100), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("settled_by", sa.String(36), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("return_id"),
    )
    op.create_table(
        "return_elsewhere_photo",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("return_id", sa.String(36), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("ext", sa.String(4), nullable=False),
        sa.Column("bytes", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(36), nullable=True),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("told", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_return_elsewhere_photo_code", "return_elsewhere_photo", ["code"])
    op.create_index("ix_return_elsewhere_photo_return_id", "return_elsewhere_photo", ["return_id"])


def downgrade() -> None:
    op.drop_index("ix_return_elsewhere_photo_return_id", "return_elsewhere_photo")
    op.drop_index("ix_return_elsewhere_photo_code", "return_elsewhere_photo")
    op.drop_table("return_elsewhere_photo")
    op.drop_table("return_elsewhere_unmatched")
