"""ORM rows of returns anywhere (issue 17 part 3): the open loan lines of other showrooms this counter pulled
from HQ (so a return of one of their samples can be taken here), and the returns taken here of other showrooms'
loans. Mapped on the shared Base; the schema belongs to the Alembic branch "anywhere" (1601_anywhere).
Neither names a row of the lender by foreign key: the lender's loans and streamers are not kept here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime, uuid_pk


class ForeignLoanLine(Base):
    """One sample another showroom has out on loan, as HQ last said (PIPL: no name, no phone; the keyed hash
    of the streamer's phone only). Deleted when HQ says the line is closed."""

    __tablename__ = "foreign_loan_line"
    sample_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    loan_id: Mapped[str] = mapped_column(String(36))
    number: Mapped[str] = mapped_column(String(24))
    lender_code: Mapped[str] = mapped_column(String(4))
    lender_name: Mapped[str] = mapped_column(String(100))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    phone_hash: Mapped[str] = mapped_column(String(32), default="")
    product: Mapped[str] = mapped_column(Text)  # JSON: a kernel.events.TransferredProduct payload


class ReturnTakenElsewhere(Base):
    """A return taken at this counter of another showroom's loan (`state` taken), or of a sample this counter
    had not heard of (`held`: received for another showroom, not lent here until HQ reconciles it)."""

    __tablename__ = "return_elsewhere"
    id: Mapped[str] = uuid_pk()
    sample_id: Mapped[str | None] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(20), index=True)
    loan_id: Mapped[str | None] = mapped_column(String(36))
    number: Mapped[str | None] = mapped_column(String(24))
    lender_code: Mapped[str] = mapped_column(String(4), default="")
    lender_name: Mapped[str] = mapped_column(String(100), default="")
    condition: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(10))  # taken | held
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(String(36))
