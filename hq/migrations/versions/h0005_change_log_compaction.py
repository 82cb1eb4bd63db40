"""Change-log compaction and snapshots: an index on (kind, key, pos) of hq_change.

Compaction (hq/changelog.py, compact_changes) deletes a change when a later change of the same row
exists, and a snapshot read (read_snapshot) serves a change only when none does: both ask "is there a
later change of this (kind, key)?" once per change, which this index answers with one seek.

Revision ID: h0005
Revises: h0004
Create Date: 2026-12-06 12:00:00
"""

from alembic import op

revision = "h0005"
down_revision = "h0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_hq_change_kind_key_pos", "hq_change", ["kind", "key", "pos"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_hq_change_kind_key_pos", "hq_change")
