"""anywhere: other showrooms' open loan lines pulled from HQ, and the returns of them taken here

Revision ID: 1601
Revises: 0001
Create Date: 2026-12-06

A branch of its own ("anywhere"). A sample returned here of another showroom's loan becomes this showroom's,
in stock, like a received transfer's; statuses are strings, so no change to `sample`.
"""

import sqlalchemy as sa
from alembic import op

revision = "1601"
down_revision = "0001"
branch_labels = ("anywhere",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "foreign_loan_line",
        sa.Column("sample_id", sa.String(36), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("loan_id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(24), nullable=False),
        sa.Column("lender_code", sa.String(4), nullable=False),
        sa.Column("lender_name", sa.String(100), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("phone_hash", sa.String(32), nullable=False),
        sa.Column("product", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sample_id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "return_elsewhere",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("sample_id", sa.String(36), nullable=True),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("loan_id", sa.String(36), nullable=True),
        sa.Column("number", sa.String(24), nullable=True),
        sa.Column("lender_code", sa.String(4), nullable=False),
        sa.Column("lender_name", sa.String(100), nullable=False),
        sa.Column("condition", sa.String(20), nullable=False),
        sa.Column("note", sa.String(300), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_return_elsewhere_code", "return_elsewhere", ["code"])


def downgrade() -> None:
    op.drop_index("ix_return_elsewhere_code", "return_elsewhere")
    op.drop_table("return_elsewhere")
    op.drop_table("foreign_loan_line")
