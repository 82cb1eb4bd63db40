"""ORM rows of the manager's desk: reminders to streamers and the tiers' automatic suspension rule.

Mapped on the shared Base; the schema belongs to the Alembic branch "desk" (0201_manager_desk).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime, uuid_pk


class Reminder(Base):
    """One attempt to get samples back: how, by whom, when, and what came of it."""

    __tablename__ = "reminder"
    id: Mapped[str] = uuid_pk()
    streamer_id: Mapped[str] = mapped_column(ForeignKey("streamer.id"), index=True)
    loan_id: Mapped[str | None] = mapped_column(ForeignKey("loan.id"), index=True)
    channel: Mapped[str] = mapped_column(String(20))  # phone | wechat | sms
    outcome: Mapped[str] = mapped_column(String(30))  # promised | no_answer | refused | ...
    note: Mapped[str] = mapped_column(String(300), default="")
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class TierSuspensionRule(Base):
    """Per tier: a streamer holding a sample this many days late is suspended automatically (NULL: never)."""

    __tablename__ = "tier_suspension_rule"
    tier: Mapped[str] = mapped_column(ForeignKey("tier_policy.tier"), primary_key=True)
    suspend_after_days_late: Mapped[int | None] = mapped_column(Integer)
