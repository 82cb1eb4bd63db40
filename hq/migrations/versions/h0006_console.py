"""The HQ console: staff accounts, sessions, the audit trail, resolutions, catalog imports; what devices say
about themselves; and the indexes the console's pages read through.

A device's app version, protocol version and newest outbox sequence come in request headers on every sync
(recorded by hq/console/devices.py), so the console can show what each counter runs and how much it still
holds. The indexes keep every page under a second at 5 cities after three years (bench/console_bench.py):
loans by opening and closing time (today, this week, the 30-day trend), the open loans by due date (overdue:
a few thousand of 1.7 million), each with the showroom (and due date) inside so the dashboard's counts read
the index alone, samples per showroom and status (likewise), a merchant's samples (by product), the newest exceptions and alerts, and the streamer status
changes among all events (a partial index: a streamer's record lists them).

Revision ID: h0006
Revises: h0005
Create Date: 2026-12-06 12:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "h0006"
down_revision = "h0005"
branch_labels = None
depends_on = None

OPEN_LOAN = "closed_at IS NULL"
STATUS_EVENT = "type LIKE 'streamer.status_changed@%'"
INDEXES = (
    ("ix_hq_loan_opened_at", "hq_loan", ["opened_at", "showroom_id"], None),
    ("ix_hq_loan_closed_at", "hq_loan", ["closed_at", "showroom_id", "due_at"], None),
    ("ix_hq_loan_open_due", "hq_loan", ["due_at", "showroom_id"], OPEN_LOAN),
    ("ix_hq_sample_showroom_status", "hq_sample", ["showroom_id", "status"], None),
    ("ix_hq_sample_product_id", "hq_sample", ["product_id"], None),
    ("ix_hq_sync_exception_at", "hq_sync_exception", ["at"], None),
    ("ix_hq_alert_at", "hq_alert", ["at"], None),
    ("ix_hq_event_status_change", "hq_event", ["occurred_at"], STATUS_EVENT),
)


def upgrade() -> None:
    with op.batch_alter_table("hq_device", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_seen_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("app_version", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("protocol_version", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("outbox_seq", sa.BigInteger(), nullable=True))
    op.create_table(
        "hq_staff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("login", sa.String(length=50), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("login"),
    )
    op.create_table(
        "hq_console_session",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["hq_staff.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_hq_console_session_staff_id", "hq_console_session", ["staff_id"], unique=False)
    op.create_table(
        "hq_audit",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("login", sa.String(length=50), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_hq_audit_at", "hq_audit", ["at"], unique=False)
    op.create_index("ix_hq_audit_target", "hq_audit", ["target"], unique=False)
    op.create_table(
        "hq_resolution",
        sa.Column("subject", sa.String(length=20), nullable=False),
        sa.Column("subject_id", sa.String(length=36), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("subject", "subject_id"),
    )
    op.create_table(
        "hq_catalog_import",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("rows", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    for name, table, columns, where in INDEXES:
        partial = {"postgresql_where": sa.text(where), "sqlite_where": sa.text(where)} if where else {}
        op.create_index(name, table, columns, unique=False, **partial)


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table)
    op.drop_table("hq_catalog_import")
    op.drop_table("hq_resolution")
    op.drop_index("ix_hq_audit_target", "hq_audit")
    op.drop_index("ix_hq_audit_at", "hq_audit")
    op.drop_table("hq_audit")
    op.drop_index("ix_hq_console_session_staff_id", "hq_console_session")
    op.drop_table("hq_console_session")
    op.drop_table("hq_staff")
    with op.batch_alter_table("hq_device", schema=None) as batch_op:
        batch_op.drop_column("outbox_seq")
        batch_op.drop_column("protocol_version")
        batch_op.drop_column("app_version")
        batch_op.drop_column("last_seen_at")
