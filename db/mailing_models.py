"""ORM rows of samples by courier: each tier's post terms, each streamer's delivery address, and the parcel of
each mailed loan. Mapped on the shared Base; the schema belongs to the Alembic branch "mailed" (1401)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class TierPostRule(Base):
    """Per tier: whether it may borrow by post, how many samples at once, and the days (no row: not by post)."""

    __tablename__ = "tier_post_rule"
    tier: Mapped[str] = mapped_column(ForeignKey("tier_policy.tier"), primary_key=True)
    may_post: Mapped[bool] = mapped_column(Boolean)
    post_limit: Mapped[int] = mapped_column(Integer)
    post_days: Mapped[int] = mapped_column(Integer)
    return_transit_days: Mapped[int] = mapped_column(Integer)


class StreamerAddress(Base):
    """Where a streamer's parcels go; verified_at set once a clerk confirmed it with them."""

    __tablename__ = "streamer_address"
    streamer_id: Mapped[str] = mapped_column(ForeignKey("streamer.id"), primary_key=True)
    recipient: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(20))
    province: Mapped[str] = mapped_column(String(40))
    city: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    verified_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))


class Shipment(Base):
    """The parcel of a mailed loan: its state, both waybills, the address it went to (as it was then), the
    transfer the deposit came by, the post terms it was lent on, and when each step happened."""

    __tablename__ = "shipment"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    state: Mapped[str] = mapped_column(String(20), index=True)
    courier: Mapped[str] = mapped_column(String(10))
    waybill: Mapped[str] = mapped_column(String(30), index=True)
    return_courier: Mapped[str] = mapped_column(String(10), default="")
    return_waybill: Mapped[str] = mapped_column(String(30), default="", index=True)
    recipient: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(20))
    province: Mapped[str] = mapped_column(String(40))
    city: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300))
    transfer_ref: Mapped[str] = mapped_column(String(64))
    post_days: Mapped[int] = mapped_column(Integer)
    return_transit_days: Mapped[int] = mapped_column(Integer)
    shipped_at: Mapped[datetime] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    return_shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
