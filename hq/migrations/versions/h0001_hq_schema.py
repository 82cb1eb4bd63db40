"""HQ schema: devices, events (exactly once), the change log, and the projections.

Revision ID: h0001
Revises:
Create Date: 2026-11-27 12:53:22.175621
"""

import sqlalchemy as sa
from alembic import op

revision = "h0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_alert",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hq_change",
        sa.Column("pos", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("key", sa.String(length=36), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("pos"),
    )
    op.create_table(
        "hq_merchant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("origin_showroom_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hq_product",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("merchant_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("brand", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("spec", sa.String(length=200), nullable=False),
        sa.Column("retail_price_fen", sa.BigInteger(), nullable=False),
        sa.Column("live_price_fen", sa.BigInteger(), nullable=False),
        sa.Column("commission_bp", sa.Integer(), nullable=False),
        sa.Column("sample_value_fen", sa.BigInteger(), nullable=False),
        sa.Column("ean", sa.String(length=14), nullable=True),
        sa.Column("origin_showroom_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hq_product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_product_merchant_id"), ["merchant_id"], unique=False)

    op.create_table(
        "hq_showroom",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "hq_streamer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("platform", sa.String(length=30), nullable=False),
        sa.Column("handle", sa.String(length=100), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("member_code", sa.String(length=20), nullable=False),
        sa.Column("blacklisted", sa.Boolean(), nullable=False),
        sa.Column("blacklist_reason", sa.String(length=300), nullable=False),
        sa.Column("blacklisted_by", sa.String(length=4), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("phone"),
    )
    op.create_table(
        "hq_sync_exception",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("showroom_codes", sa.String(length=200), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hq_deposit_total",
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("collected_fen", sa.BigInteger(), nullable=False),
        sa.Column("refunded_fen", sa.BigInteger(), nullable=False),
        sa.Column("forfeited_fen", sa.BigInteger(), nullable=False),
        sa.Column("charged_fen", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("showroom_id"),
    )
    op.create_table(
        "hq_device",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("local_showroom_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("secret_hash", sa.String(length=64), nullable=False),
        sa.Column("acked_seq", sa.BigInteger(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_push_at", sa.DateTime(), nullable=True),
        sa.Column("last_pull_at", sa.DateTime(), nullable=True),
        sa.Column("clock_skew_s", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hq_device", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_device_showroom_id"), ["showroom_id"], unique=False)

    op.create_table(
        "hq_enrol_code",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("code_hash"),
    )
    op.create_table(
        "hq_loan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("streamer_id", sa.String(length=36), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("deposit_fen", sa.BigInteger(), nullable=False),
        sa.Column("deposit_method", sa.String(length=20), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hq_loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_loan_showroom_id"), ["showroom_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_hq_loan_streamer_id"), ["streamer_id"], unique=False)

    op.create_table(
        "hq_sample",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=True),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("current_loan_id", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("hq_sample", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_sample_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_hq_sample_showroom_id"), ["showroom_id"], unique=False)

    op.create_table(
        "hq_streamer_alias",
        sa.Column("local_id", sa.String(length=36), nullable=False),
        sa.Column("streamer_id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.ForeignKeyConstraint(["streamer_id"], ["hq_streamer.id"]),
        sa.PrimaryKeyConstraint("local_id"),
    )
    with op.batch_alter_table("hq_streamer_alias", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_streamer_alias_streamer_id"), ["streamer_id"], unique=False)

    op.create_table(
        "hq_event",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=60), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("payload_hash", sa.String(length=64), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["hq_device.id"]),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("device_id", "seq"),
    )
    with op.batch_alter_table("hq_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_event_showroom_id"), ["showroom_id"], unique=False)

    op.create_table(
        "hq_loan_item",
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("sample_id", sa.String(length=36), nullable=False),
        sa.Column("value_fen", sa.BigInteger(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("lost_at", sa.DateTime(), nullable=True),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["loan_id"], ["hq_loan.id"]),
        sa.PrimaryKeyConstraint("loan_id", "sample_id"),
    )
    with op.batch_alter_table("hq_loan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hq_loan_item_sample_id"), ["sample_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("hq_loan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_loan_item_sample_id"))

    op.drop_table("hq_loan_item")
    with op.batch_alter_table("hq_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_event_showroom_id"))

    op.drop_table("hq_event")
    with op.batch_alter_table("hq_streamer_alias", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_streamer_alias_streamer_id"))

    op.drop_table("hq_streamer_alias")
    with op.batch_alter_table("hq_sample", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_sample_showroom_id"))
        batch_op.drop_index(batch_op.f("ix_hq_sample_code"))

    op.drop_table("hq_sample")
    with op.batch_alter_table("hq_loan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_loan_streamer_id"))
        batch_op.drop_index(batch_op.f("ix_hq_loan_showroom_id"))

    op.drop_table("hq_loan")
    op.drop_table("hq_enrol_code")
    with op.batch_alter_table("hq_device", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_device_showroom_id"))

    op.drop_table("hq_device")
    op.drop_table("hq_deposit_total")
    op.drop_table("hq_sync_exception")
    op.drop_table("hq_streamer")
    op.drop_table("hq_showroom")
    with op.batch_alter_table("hq_product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hq_product_merchant_id"))

    op.drop_table("hq_product")
    op.drop_table("hq_merchant")
    op.drop_table("hq_change")
    op.drop_table("hq_alert")
