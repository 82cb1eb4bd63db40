"""ORM rows of login security: every login attempt, and each account's run of wrong PINs and lock.

Mapped on the shared Base; the schema belongs to the Alembic branch "staff" (0301_staff_security).
Kept apart from db/models.py so that the staff table itself stays as it was.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime, uuid_pk


class LoginRecord(Base):
    """One attempt to prove who one is (login screen or a manager's override PIN), right or wrong."""

    __tablename__ = "login_record"
    __table_args__ = (Index("ix_login_record_staff_id_at", "staff_id", "at"),)
    id: Mapped[str] = uuid_pk()
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))  # NULL: nobody has that name
    name: Mapped[str] = mapped_column(String(100))  # the name as given
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    channel: Mapped[str] = mapped_column(String(20))  # login | override
    outcome: Mapped[str] = mapped_column(String(20))  # see showroom.domain.staff_rules.LoginOutcome


class StaffLock(Base):
    """Per account: consecutive wrong PINs and the lock they started. No row: nothing against it."""

    __tablename__ = "staff_lock"
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
