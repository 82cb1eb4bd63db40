"""ORM rows of automatic loss: each tier's threshold, and each loss the counter declared by itself with what a
manager made of it. Mapped on the shared Base; the schema belongs to the Alembic branch "autoloss" (1101)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class TierLossRule(Base):
    """Per tier: a sample held this many days late is declared lost automatically (NULL: never)."""

    __tablename__ = "tier_loss_rule"
    tier: Mapped[str] = mapped_column(ForeignKey("tier_policy.tier"), primary_key=True)
    lose_after_days_late: Mapped[int | None] = mapped_column(Integer)


class AutomaticLoss(Base):
    """One sample of one loan declared lost by the counter; pending until a manager confirms or reverses it.
    The deposit is kept only on confirmation, so a reversal has no money to undo."""

    __tablename__ = "automatic_loss"
    loan_id: Mapped[str] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    sample_id: Mapped[str] = mapped_column(ForeignKey("sample.id"), primary_key=True)
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime)
    days_late: Mapped[int] = mapped_column(Integer)
    forfeitable_fen: Mapped[int] = mapped_column(Integer)  # deposit to keep on confirmation
    charge_due_fen: Mapped[int] = mapped_column(Integer)  # the rest of the sample's value, owed by the streamer
    outcome: Mapped[str] = mapped_column(String(20), default="", index=True)  # '' pending | confirmed | reversed
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    forfeited_fen: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(300), default="")
