"""staff security: login records and the lock after wrong PINs

Revision ID: 0301
Revises: 0001
Create Date: 2026-11-27

A branch of its own ("staff"): the app upgrades to every head.
"""

import sqlalchemy as sa
from alembic import op

revision = "0301"
down_revision = "0001"
branch_labels = ("staff",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_record",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_record_at"), ["at"], unique=False)
        batch_op.create_index("ix_login_record_staff_id_at", ["staff_id", "at"], unique=False)
    op.create_table(
        "staff_lock",
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("failed_count", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("staff_id"),
    )


def downgrade() -> None:
    op.drop_table("staff_lock")
    with op.batch_alter_table("login_record", schema=None) as batch_op:
        batch_op.drop_index("ix_login_record_staff_id_at")
        batch_op.drop_index(batch_op.f("ix_login_record_at"))
    op.drop_table("login_record")
