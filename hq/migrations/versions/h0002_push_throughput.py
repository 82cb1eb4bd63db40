"""A partial index on the loan items still out, by sample.

Every pushed batch looks up the open item of each sample it names. The index on sample_id alone
makes that read every item a sample ever had (hundreds, for a popular sample after a year), then
filter; the items still out are a small, stable share of the table, so a partial index stays small
and answers from the index alone.

Revision ID: h0002
Revises: h0001
Create Date: 2026-11-27 15:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0002'
down_revision = 'h0001'
branch_labels = None
depends_on = None

OPEN = "returned_at IS NULL AND lost_at IS NULL AND superseded_at IS NULL"


def upgrade() -> None:
    op.create_index('ix_hq_loan_item_open_sample', 'hq_loan_item', ['sample_id'], unique=False,
                    postgresql_where=sa.text(OPEN), sqlite_where=sa.text(OPEN))


def downgrade() -> None:
    op.drop_index('ix_hq_loan_item_open_sample', 'hq_loan_item')
