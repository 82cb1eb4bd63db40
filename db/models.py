"""ORM rows of the local showroom store. Money is integer fen; times are UTC; ids are UUID strings.

The schema itself is owned by Alembic (db/migrations); these classes only map it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime, uuid_pk


class Base(DeclarativeBase):
    pass


class ShowroomRow(Base):
    __tablename__ = "showroom"
    id: Mapped[str] = uuid_pk()
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    city: Mapped[str] = mapped_column(String(100))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class CodeCounter(Base):
    """Last number handed out per code series (samples, member cards, loans of one day)."""

    __tablename__ = "code_counter"
    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[str] = uuid_pk()
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Merchant(Base):
    __tablename__ = "merchant"
    id: Mapped[str] = uuid_pk()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    contact: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Product(Base):
    __tablename__ = "product"
    # catalog search reads only this index, in name order (migration 0401)
    __table_args__ = (Index("ix_product_search", "name", "brand", "category", "merchant_id", "ean", "id"),)
    id: Mapped[str] = uuid_pk()
    merchant_id: Mapped[str] = mapped_column(ForeignKey("merchant.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    brand: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    spec: Mapped[str] = mapped_column(String(200), default="")
    retail_price_fen: Mapped[int] = mapped_column(Integer)
    live_price_fen: Mapped[int] = mapped_column(Integer)
    commission_bp: Mapped[int] = mapped_column(Integer)  # basis points: 2000 = 20 %
    sample_value_fen: Mapped[int] = mapped_column(Integer)
    ean: Mapped[str | None] = mapped_column(String(14), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    merchant: Mapped[Merchant] = relationship()


class Sample(Base):
    __tablename__ = "sample"
    id: Mapped[str] = uuid_pk()
    code: Mapped[str] = mapped_column(String(20), unique=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    showroom_id: Mapped[str] = mapped_column(ForeignKey("showroom.id"))
    # found by status through ix_sample_status_shelf (status, shelf), migration 1001; 1701 dropped status alone
    status: Mapped[str] = mapped_column(String(30))
    shelf: Mapped[str] = mapped_column(String(40), default="")
    condition_note: Mapped[str] = mapped_column(String(300), default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    received_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    product: Mapped[Product] = relationship()


class Streamer(Base):
    __tablename__ = "streamer"
    id: Mapped[str] = uuid_pk()
    name: Mapped[str] = mapped_column(String(100), index=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    platform: Mapped[str] = mapped_column(String(30))
    handle: Mapped[str] = mapped_column(String(100), default="")
    tier: Mapped[str] = mapped_column(ForeignKey("tier_policy.tier"))
    member_code: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    status_reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # a reason the system wrote (migration 0501): a key and JSON parameters, worded when shown; '' otherwise
    status_reason_key: Mapped[str] = mapped_column(String(40), default="", server_default="")
    status_reason_params: Mapped[str] = mapped_column(Text, default="", server_default="")


class TierPolicy(Base):
    __tablename__ = "tier_policy"
    tier: Mapped[str] = mapped_column(String(20), primary_key=True)
    rank: Mapped[int] = mapped_column(Integer)
    max_samples_out: Mapped[int] = mapped_column(Integer)
    loan_days: Mapped[int] = mapped_column(Integer)
    deposit_rule: Mapped[str] = mapped_column(String(20))  # none | per_sample | percent_of_value
    deposit_per_sample_fen: Mapped[int] = mapped_column(Integer, default=0)
    deposit_percent: Mapped[int] = mapped_column(Integer, default=0)
    block_on_overdue: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_override: Mapped[bool] = mapped_column(Boolean, default=True)
    deposit_rounding: Mapped[str] = mapped_column(String(10), default="fen", server_default="fen")  # 0501


class Loan(Base):
    __tablename__ = "loan"
    # what a streamer holds now: their open loans only (migration 0401)
    __table_args__ = (Index("ix_loan_open_streamer", "streamer_id", sqlite_where=text("closed_at IS NULL")),)
    id: Mapped[str] = uuid_pk()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    streamer_id: Mapped[str] = mapped_column(ForeignKey("streamer.id"), index=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    showroom_id: Mapped[str] = mapped_column(ForeignKey("showroom.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    planned_stream_date: Mapped[date | None] = mapped_column(Date)
    deposit_fen: Mapped[int] = mapped_column(Integer)
    deposit_method: Mapped[str] = mapped_column(String(20))
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    override_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    override_reason: Mapped[str] = mapped_column(String(300), default="")
    # the terms the deposit was reached by (migration 0501; NULL on older loans)
    deposit_rule: Mapped[str | None] = mapped_column(String(20))
    deposit_rate: Mapped[int | None] = mapped_column(Integer)
    deposit_rounding: Mapped[str | None] = mapped_column(String(10))
    items: Mapped[list[LoanItem]] = relationship(back_populates="loan", order_by="LoanItem.position")


class LoanItem(Base):
    __tablename__ = "loan_item"
    # (returned_at, lost_at): "neither back nor lost" is one index range (migration 0401)
    __table_args__ = (
        UniqueConstraint("loan_id", "sample_id"),
        Index("ix_loan_item_returned_at", "returned_at", "lost_at"),
    )
    id: Mapped[str] = uuid_pk()
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    sample_id: Mapped[str] = mapped_column(ForeignKey("sample.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    value_fen: Mapped[int] = mapped_column(Integer)
    out_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    return_condition: Mapped[str | None] = mapped_column(String(20))
    return_note: Mapped[str] = mapped_column(String(300), default="")
    return_staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    return_showroom_id: Mapped[str | None] = mapped_column(ForeignKey("showroom.id"))
    lost_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    charge_fen: Mapped[int] = mapped_column(Integer, default=0)
    # closed because the sample was lent again on a later loan before this one was known here (migration 1501)
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    loan: Mapped[Loan] = relationship(back_populates="items")
    sample: Mapped[Sample] = relationship()


class DueDateChange(Base):
    __tablename__ = "due_date_change"
    id: Mapped[str] = uuid_pk()
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    old_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    new_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(300), default="")
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class DepositEntry(Base):
    """Append-only (triggers refuse UPDATE and DELETE): collect / refund / forfeit / charge, and
    owe / pay_out (what a closed loan's deposit left is owed to a streamer who was not there)."""

    __tablename__ = "deposit_entry"
    __table_args__ = (Index("ix_deposit_entry_kind_at", "kind", "at"),)  # migration 0501
    id: Mapped[str] = uuid_pk()
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), index=True)
    streamer_id: Mapped[str] = mapped_column(ForeignKey("streamer.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    amount_fen: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(20))
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    note: Mapped[str] = mapped_column(String(300), default="")


class SampleMovement(Base):
    """Every movement of one sample, with who and when: the sample's history screen reads this."""

    __tablename__ = "sample_movement"
    id: Mapped[str] = uuid_pk(ordered=True)  # written 200 at a time by a transfer (db/types.new_ordered_id)
    sample_id: Mapped[str] = mapped_column(ForeignKey("sample.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    loan_id: Mapped[str | None] = mapped_column(ForeignKey("loan.id"))
    streamer_id: Mapped[str | None] = mapped_column(ForeignKey("streamer.id"))
    detail: Mapped[str] = mapped_column(String(300), default="")


class OutboxEvent(Base):
    """Domain facts for sync and audit, numbered gap-free per device in commit order."""

    __tablename__ = "outbox_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    type: Mapped[str] = mapped_column(String(60))
    payload: Mapped[str] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
