"""What HQ's clock said at the last sync that reached HQ, against this PC's (DESIGN.md "Clocks")."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class HqClock(Base):
    """One row (id 1) once HQ has answered a sync."""

    __tablename__ = "hq_clock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    skew_s: Mapped[int] = mapped_column(Integer)  # HQ's time minus this PC's, in seconds
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when, by this PC's clock
