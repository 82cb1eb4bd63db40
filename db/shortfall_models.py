"""ORM rows of samples short on a transfer, settled afterwards: one row per short line that was settled, by
either city (showroom/services/transfer_shortfalls.py; pulled from HQ for the other city's word).

Mapped on the shared Base; the schema belongs to the Alembic branch "shortfalls" (1801_shortfalls). A line of
a transfer keeps its outcome at the receipt (`short`); this row says what became of it since. Keyed like the
line (transfer and code), with no foreign key: the transfer's rows belong to another branch.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class TransferShortfall(Base):
    __tablename__ = "transfer_shortfall"
    transfer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    sample_id: Mapped[str] = mapped_column(String(36), index=True)
    settlement: Mapped[str] = mapped_column(String(20))  # found_at_sender | declared_lost | arrived_late
    settled_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    settled_by: Mapped[str] = mapped_column(String(100))  # a name: the other city's staff are not known here
    note: Mapped[str] = mapped_column(String(300), default="")
