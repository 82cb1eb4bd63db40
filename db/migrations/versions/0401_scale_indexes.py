"""scale indexes: what a busy showroom's third year needs (found by bench.run at 200,000 samples)

Revision ID: 0401
Revises: 0001
Create Date: 2026-11-27

A branch of its own ("scale"): the app upgrades to every head. Only indexes, so an old store gains
them on its next start and nothing is rewritten:
- loan_item out_at, (returned_at, lost_at), lost_at: the daily report's counts by day and "items out
  at the end of that day" (each OR term of overdue.items_out_at gets an index instead of a
  1,000,000-row scan; "returned_at IS NULL AND lost_at IS NULL" needs both columns);
- sample received_at, streamer created_at: the report's "received" and "new streamers" of a day;
- product (name, brand, category, merchant_id, ean, id): catalog search reads this covering index in
  name order and stops at the first page, never the table; the Samples list sorted by product too;
- streamer name: streamer search and the Samples list sorted by holder;
- loan streamer_id WHERE closed_at IS NULL: what a streamer holds now, from their open loans only
  (the counter's panel and every check-out read it; a regular has thousands of closed loans).
"""

import sqlalchemy as sa
from alembic import op

revision = "0401"
down_revision = "0001"
branch_labels = ("scale",)
depends_on = None

INDEXES = (
    ("ix_loan_item_out_at", "loan_item", ["out_at"]),
    ("ix_loan_item_returned_at", "loan_item", ["returned_at", "lost_at"]),
    ("ix_loan_item_lost_at", "loan_item", ["lost_at"]),
    ("ix_sample_received_at", "sample", ["received_at"]),
    ("ix_streamer_created_at", "streamer", ["created_at"]),
    ("ix_streamer_name", "streamer", ["name"]),
    ("ix_product_search", "product", ["name", "brand", "category", "merchant_id", "ean", "id"]),
)


OPEN_LOANS = ("ix_loan_open_streamer", "loan", ["streamer_id"])


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)
    op.create_index(*OPEN_LOANS, unique=False, sqlite_where=sa.text("closed_at IS NULL"))


def downgrade() -> None:
    op.drop_index(OPEN_LOANS[0], table_name=OPEN_LOANS[1])
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
