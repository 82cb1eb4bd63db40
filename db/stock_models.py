"""ORM rows of stocktakes (盘点): a count, and one line per code scanned or sample not found.

Mapped on the shared Base; the schema belongs to the Alembic branch "stocktake" (1001_stocktake).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime, uuid_pk


class Stocktake(Base):
    """One count: of the whole showroom (no shelves) or of the shelves named; counting until finished or
    abandoned. The figures are written when it finishes."""

    __tablename__ = "stocktake"
    id: Mapped[str] = uuid_pk()
    number: Mapped[str] = mapped_column(String(20), unique=True)
    shelves: Mapped[str] = mapped_column(Text, default="[]")  # JSON list; [] is the whole showroom
    status: Mapped[str] = mapped_column(String(20), index=True)  # counting | finished | abandoned
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    started_by: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(300), default="")  # why it was abandoned
    expected: Mapped[int] = mapped_column(Integer, default=0)
    found: Mapped[int] = mapped_column(Integer, default=0)
    missing: Mapped[int] = mapped_column(Integer, default=0)
    unexpected: Mapped[int] = mapped_column(Integer, default=0)


class StocktakeLine(Base):
    """A code scanned during a count (once: a second scan is not a second line), or, written when the count
    finishes, a sample expected and not found. An unexpected find carries how a manager settled it."""

    __tablename__ = "stocktake_line"
    __table_args__ = (UniqueConstraint("stocktake_id", "code"),)
    id: Mapped[str] = uuid_pk()
    stocktake_id: Mapped[str] = mapped_column(ForeignKey("stocktake.id"))
    code: Mapped[str] = mapped_column(String(40))
    sample_id: Mapped[str | None] = mapped_column(ForeignKey("sample.id"), index=True)
    loan_id: Mapped[str | None] = mapped_column(ForeignKey("loan.id"))  # the loan it was on when scanned
    outcome: Mapped[str] = mapped_column(String(20))
    shelf: Mapped[str] = mapped_column(String(40), default="")  # the shelf being counted; the recorded one if not found
    recorded_shelf: Mapped[str] = mapped_column(String(40), default="", server_default="")  # as at the scan
    at: Mapped[datetime] = mapped_column(UTCDateTime)  # scanned, or when the count found it missing
    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    settlement: Mapped[str] = mapped_column(String(20), default="")
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    settled_by: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(300), default="")
