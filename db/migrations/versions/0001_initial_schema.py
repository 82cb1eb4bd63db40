"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27

Tier policies start with sensible defaults (they are data: managers change them later);
the deposit ledger is append-only, enforced by triggers; a sample has at most one open loan item.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "code_counter",
        sa.Column("series", sa.String(length=40), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series"),
    )
    op.create_table(
        "merchant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "outbox_event",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("type", sa.String(length=60), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=True),
        sa.Column("acked_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "showroom",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=4), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "tier_policy",
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("max_samples_out", sa.Integer(), nullable=False),
        sa.Column("loan_days", sa.Integer(), nullable=False),
        sa.Column("deposit_rule", sa.String(length=20), nullable=False),
        sa.Column("deposit_per_sample_fen", sa.Integer(), nullable=False),
        sa.Column("deposit_percent", sa.Integer(), nullable=False),
        sa.Column("block_on_overdue", sa.Boolean(), nullable=False),
        sa.Column("allow_override", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("tier"),
    )
    op.create_table(
        "product",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("merchant_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("brand", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("spec", sa.String(length=200), nullable=False),
        sa.Column("retail_price_fen", sa.Integer(), nullable=False),
        sa.Column("live_price_fen", sa.Integer(), nullable=False),
        sa.Column("commission_bp", sa.Integer(), nullable=False),
        sa.Column("sample_value_fen", sa.Integer(), nullable=False),
        sa.Column("ean", sa.String(length=14), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["merchant_id"], ["merchant.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("ean"),
    )
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_product_merchant_id"), ["merchant_id"], unique=False)

    op.create_table(
        "streamer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("platform", sa.String(length=30), nullable=False),
        sa.Column("handle", sa.String(length=100), nullable=False),
        sa.Column("tier", sa.String(length=20), nullable=False),
        sa.Column("member_code", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_reason", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["tier"], ["tier_policy.tier"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("member_code"),
        sa.UniqueConstraint("phone"),
    )
    op.create_table(
        "loan",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("streamer_id", sa.String(length=36), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("planned_stream_date", sa.Date(), nullable=True),
        sa.Column("deposit_fen", sa.Integer(), nullable=False),
        sa.Column("deposit_method", sa.String(length=20), nullable=False),
        sa.Column("signature_png", sa.LargeBinary(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("override_by", sa.String(length=36), nullable=True),
        sa.Column("override_reason", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["override_by"], ["staff.id"]),
        sa.ForeignKeyConstraint(["showroom_id"], ["showroom.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["streamer_id"], ["streamer.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_closed_at"), ["closed_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_opened_at"), ["opened_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_streamer_id"), ["streamer_id"], unique=False)

    op.create_table(
        "sample",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("product_id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("shelf", sa.String(length=40), nullable=False),
        sa.Column("condition_note", sa.String(length=300), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("received_by", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["product.id"]),
        sa.ForeignKeyConstraint(["received_by"], ["staff.id"]),
        sa.ForeignKeyConstraint(["showroom_id"], ["showroom.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    with op.batch_alter_table("sample", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sample_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sample_status"), ["status"], unique=False)

    op.create_table(
        "deposit_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("streamer_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["streamer_id"], ["streamer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("deposit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deposit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_entry_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deposit_entry_streamer_id"), ["streamer_id"], unique=False)

    op.create_table(
        "due_date_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("old_due_at", sa.DateTime(), nullable=False),
        sa.Column("new_due_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("due_date_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_due_date_change_loan_id"), ["loan_id"], unique=False)

    op.create_table(
        "loan_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=False),
        sa.Column("sample_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("value_fen", sa.Integer(), nullable=False),
        sa.Column("out_at", sa.DateTime(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("return_condition", sa.String(length=20), nullable=True),
        sa.Column("return_note", sa.String(length=300), nullable=False),
        sa.Column("return_staff_id", sa.String(length=36), nullable=True),
        sa.Column("return_showroom_id", sa.String(length=36), nullable=True),
        sa.Column("lost_at", sa.DateTime(), nullable=True),
        sa.Column("charge_fen", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"]),
        sa.ForeignKeyConstraint(["return_showroom_id"], ["showroom.id"]),
        sa.ForeignKeyConstraint(["return_staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["sample_id"], ["sample.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("loan_id", "sample_id"),
    )
    with op.batch_alter_table("loan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loan_item_loan_id"), ["loan_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loan_item_sample_id"), ["sample_id"], unique=False)

    op.create_table(
        "sample_movement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("sample_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.String(length=36), nullable=False),
        sa.Column("loan_id", sa.String(length=36), nullable=True),
        sa.Column("streamer_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["loan_id"], ["loan.id"]),
        sa.ForeignKeyConstraint(["sample_id"], ["sample.id"]),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["streamer_id"], ["streamer.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("sample_movement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sample_movement_sample_id"), ["sample_id"], unique=False)

    op.execute(
        "CREATE UNIQUE INDEX ux_loan_item_open_sample ON loan_item (sample_id) "
        "WHERE returned_at IS NULL AND lost_at IS NULL"
    )
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER deposit_entry_no_{verb.lower()} BEFORE {verb} ON deposit_entry "
            "BEGIN SELECT RAISE(ABORT, 'deposit ledger is append-only'); END"
        )
    tiers = sa.table(
        "tier_policy",
        sa.column("tier", sa.String),
        sa.column("rank", sa.Integer),
        sa.column("max_samples_out", sa.Integer),
        sa.column("loan_days", sa.Integer),
        sa.column("deposit_rule", sa.String),
        sa.column("deposit_per_sample_fen", sa.Integer),
        sa.column("deposit_percent", sa.Integer),
        sa.column("block_on_overdue", sa.Boolean),
        sa.column("allow_override", sa.Boolean),
    )
    op.bulk_insert(
        tiers,
        [
            dict(
                tier="new",
                rank=1,
                max_samples_out=3,
                loan_days=3,
                deposit_rule="percent_of_value",
                deposit_per_sample_fen=0,
                deposit_percent=100,
                block_on_overdue=True,
                allow_override=True,
            ),
            dict(
                tier="silver",
                rank=2,
                max_samples_out=6,
                loan_days=5,
                deposit_rule="percent_of_value",
                deposit_per_sample_fen=0,
                deposit_percent=50,
                block_on_overdue=True,
                allow_override=True,
            ),
            dict(
                tier="gold",
                rank=3,
                max_samples_out=12,
                loan_days=7,
                deposit_rule="per_sample",
                deposit_per_sample_fen=5000,
                deposit_percent=0,
                block_on_overdue=True,
                allow_override=True,
            ),
            dict(
                tier="diamond",
                rank=4,
                max_samples_out=30,
                loan_days=10,
                deposit_rule="none",
                deposit_per_sample_fen=0,
                deposit_percent=0,
                block_on_overdue=False,
                allow_override=True,
            ),
        ],
    )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ux_loan_item_open_sample")
    op.execute("DROP TRIGGER IF EXISTS deposit_entry_no_update")
    op.execute("DROP TRIGGER IF EXISTS deposit_entry_no_delete")
    with op.batch_alter_table("sample_movement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_movement_sample_id"))

    op.drop_table("sample_movement")
    with op.batch_alter_table("loan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_item_sample_id"))
        batch_op.drop_index(batch_op.f("ix_loan_item_loan_id"))

    op.drop_table("loan_item")
    with op.batch_alter_table("due_date_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_due_date_change_loan_id"))

    op.drop_table("due_date_change")
    with op.batch_alter_table("deposit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deposit_entry_streamer_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_entry_loan_id"))
        batch_op.drop_index(batch_op.f("ix_deposit_entry_at"))

    op.drop_table("deposit_entry")
    with op.batch_alter_table("sample", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sample_status"))
        batch_op.drop_index(batch_op.f("ix_sample_product_id"))

    op.drop_table("sample")
    with op.batch_alter_table("loan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_loan_streamer_id"))
        batch_op.drop_index(batch_op.f("ix_loan_opened_at"))
        batch_op.drop_index(batch_op.f("ix_loan_due_at"))
        batch_op.drop_index(batch_op.f("ix_loan_closed_at"))

    op.drop_table("loan")
    op.drop_table("streamer")
    with op.batch_alter_table("product", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_product_merchant_id"))

    op.drop_table("product")
    op.drop_table("tier_policy")
    op.drop_table("staff")
    op.drop_table("showroom")
    op.drop_table("setting")
    op.drop_table("outbox_event")
    op.drop_table("merchant")
    op.drop_table("code_counter")
