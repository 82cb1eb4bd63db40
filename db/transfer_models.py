"""ORM rows of transfers between showrooms (调拨): a transfer, sent from here or to here, and its lines.

Mapped on the shared Base; the schema belongs to the Alembic branch "transfers" (1301_transfers). An incoming
transfer is written by a pull (showroom/sync/transfers_pull.py) before its samples exist here, so a line names
its sample by id and code without a foreign key; the products it carries wait in `products` (JSON) until the
samples are received.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime, uuid_pk


class Transfer(Base):
    __tablename__ = "transfer"
    id: Mapped[str] = uuid_pk()
    number: Mapped[str] = mapped_column(String(24), unique=True)
    direction: Mapped[str] = mapped_column(String(4), index=True)  # out | in
    from_code: Mapped[str] = mapped_column(String(4))
    from_name: Mapped[str] = mapped_column(String(100))
    to_code: Mapped[str] = mapped_column(String(4))
    to_name: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20), index=True)  # sent | received | partly_received | cancelled
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_by: Mapped[str] = mapped_column(String(100))  # a name: the sender's staff are not known here
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    received_by: Mapped[str] = mapped_column(String(100), default="")
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # received or cancelled
    note: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")  # why it was called back
    products: Mapped[str] = mapped_column(Text, default="[]")  # JSON: kernel.events.TransferredProduct payloads


class TransferLine(Base):
    __tablename__ = "transfer_line"
    __table_args__ = (UniqueConstraint("transfer_id", "code"),)
    id: Mapped[str] = uuid_pk(ordered=True)  # a slip's lines are written together
    transfer_id: Mapped[str] = mapped_column(String(36), index=True)
    position: Mapped[int] = mapped_column(Integer)
    sample_id: Mapped[str | None] = mapped_column(String(36), index=True)  # None: an extra code
    code: Mapped[str] = mapped_column(String(20))
    product_id: Mapped[str | None] = mapped_column(String(36))
    outcome: Mapped[str] = mapped_column(String(10), default="")  # '' in transit; received | short | extra | damaged
    note: Mapped[str] = mapped_column(String(300), default="")
