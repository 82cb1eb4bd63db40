"""manager desk: reminders and automatic suspension per tier

Revision ID: 0201
Revises: 0001
Create Date: 2026-11-27

A branch of its own ("desk"): the app upgrades to every head. Default suspension thresholds are data
that a manager may change: newcomers after 5 days late, silver 7, gold 10, diamond 14.
"""

import sqlalchemy as sa
from alembic import op

revision = "0201"
down_revision = "0001"
branch_labels = ("desk",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("streamer_id", sa.String(length=36), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["streamer_id"], ["streamer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_streamer_id"), ["streamer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_at"), ["at"], unique=False)
    op.create_table(
        "tier_suspension_rule",
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("suspend_after_days_late", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["tier"], ["tier_policy.tier"]),
        sa.PrimaryKeyConstraint("tier"),
    )
    rules = sa.table(
        "tier_suspension_rule", sa.column("tier", sa.String), sa.column("suspend_after_days_late", sa.Integer)
    )
    defaults = {"new": 5, "silver": 7, "gold": 10, "diamond": 14}
    tiers = [row[0] for row in op.get_bind().execute(sa.text("SELECT tier FROM tier_policy"))]
    op.bulk_insert(rules, [{"tier": t, "suspend_after_days_late": defaults.get(t)} for t in tiers])


def downgrade() -> None:
    op.drop_table("tier_suspension_rule")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_at"))
        batch_op.drop_index(batch_op.f("ix_reminder_loan_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_streamer_id"))
    op.drop_table("reminder")
