"""money rules: deposit rounding per tier, the terms a loan's deposit was reached by, system-made
reasons stored as a key, and a ledger index for what is owed to streamers

Revision ID: 0501
Revises: 0001
Create Date: 2026-12-01

A branch of its own ("money"); columns added with defaults, nothing rewritten:
- tier_policy.deposit_rounding: fen | yuan | ten_yuan. Until now a percent deposit was rounded up to
  the yuan in code, so the percent tiers get 'yuan' and the others 'fen': every tier lends on the
  terms it lent on yesterday;
- loan.deposit_rule / deposit_rate / deposit_rounding: the terms the deposit was computed by, so a
  reprinted receipt explains it the same way after the tier changes (NULL on older loans: their
  receipts show the amount alone, as they did);
- streamer.status_reason_key / status_reason_params: a reason the system wrote (an automatic
  suspension) as a key and JSON parameters, worded in the reader's language; '' for a person's words;
- deposit_entry (kind, at): the rare "owe" / "pay_out" entries of a period without reading the ledger.
"""

import sqlalchemy as sa
from alembic import op

revision = "0501"
down_revision = "0001"
branch_labels = ("money",)
depends_on = None


def upgrade() -> None:
    op.add_column(
        "tier_policy", sa.Column("deposit_rounding", sa.String(length=10), nullable=False, server_default="fen")
    )
    op.execute("UPDATE tier_policy SET deposit_rounding = 'yuan' WHERE deposit_rule = 'percent_of_value'")
    op.add_column("loan", sa.Column("deposit_rule", sa.String(length=20), nullable=True))
    op.add_column("loan", sa.Column("deposit_rate", sa.Integer(), nullable=True))
    op.add_column("loan", sa.Column("deposit_rounding", sa.String(length=10), nullable=True))
    op.add_column("streamer", sa.Column("status_reason_key", sa.String(length=40), nullable=False, server_default=""))
    op.add_column("streamer", sa.Column("status_reason_params", sa.Text(), nullable=False, server_default=""))
    op.create_index("ix_deposit_entry_kind_at", "deposit_entry", ["kind", "at"])


def downgrade() -> None:
    op.drop_index("ix_deposit_entry_kind_at", table_name="deposit_entry")
    for table, column in (
        ("streamer", "status_reason_params"),
        ("streamer", "status_reason_key"),
        ("loan", "deposit_rounding"),
        ("loan", "deposit_rate"),
        ("loan", "deposit_rule"),
        ("tier_policy", "deposit_rounding"),
    ):
        op.drop_column(table, column)
