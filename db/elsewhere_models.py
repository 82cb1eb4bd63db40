"""ORM rows of returns anywhere (issue 17 part 3): the open loan lines of other showrooms this counter pulled
from HQ (so a return of one of their samples can be taken here), and the returns taken here of other showrooms'
loans. Mapped on the shared Base; the schema belongs to the Alembic branch "anywhere" (1601_anywhere); HQ's word
on a return it could not match, its settlement and the photos waiting for their sample to the branch
"elsewhere_settled" (1901). None names a row of the lender by foreign key: the lender's loans and streamers are
not kept here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text
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
    state: Mapped[str] = mapped_column(String(10))  # taken | held | kept | sent_back (elsewhere_settle.py)
    returned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(String(36))


class UnmatchedReturn(Base):
    """HQ's word on a return taken here that it could not match to any open loan (pull `return_unmatched`): the
    exception it raised and, when HQ knows the sample, its id, product (JSON, a TransferredProduct payload) and
    showroom. A manager's settlement of it (showroom/services/elsewhere_settle.py) fills `settled_at`. Schema: the
    Alembic branch "elsewhere_settled" (1901_elsewhere_settled)."""

    __tablename__ = "return_elsewhere_unmatched"
    return_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    exception_id: Mapped[str] = mapped_column(String(36))
    sample_id: Mapped[str | None] = mapped_column(String(36))
    product: Mapped[str | None] = mapped_column(Text)
    lender_code: Mapped[str] = mapped_column(String(4))
    lender_name: Mapped[str] = mapped_column(String(100))
    settled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    settled_by: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(String(300), default="")


class WaitingPhoto(Base):
    """A photo kept at check-in of another showroom's sample, before the sample is this showroom's: its file is in
    the photos folder as any photo's; it becomes a `photo` row (same id) once the sample is laid in here, and its
    event photo.attached@1 is recorded then (`told` once it is). Branch "elsewhere_settled" (1901)."""

    __tablename__ = "return_elsewhere_photo"
    id: Mapped[str] = uuid_pk()
    code: Mapped[str] = mapped_column(String(20), index=True)
    return_id: Mapped[str | None] = mapped_column(String(36), index=True)  # set when the return is recorded
    sha256: Mapped[str] = mapped_column(String(64))
    ext: Mapped[str] = mapped_column(String(4))
    bytes: Mapped[int] = mapped_column(Integer)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(String(300), default="")
    told: Mapped[bool] = mapped_column(Boolean, default=False)
