"""ORM rows of photo evidence: each photo kept (its file is `photos/<2 hex>/<sha256>.<ext>` in the data folder,
never a blob here), and each tier's rule on damaged returns. Mapped on the shared Base; the schema belongs to the
Alembic branch "photos" (1201_photos)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime, uuid_pk


class Photo(Base):
    """A photo of a sample: at intake, at check-out or at return (then with its loan)."""

    __tablename__ = "photo"
    id: Mapped[str] = uuid_pk()
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    ext: Mapped[str] = mapped_column(String(4))  # jpg | png, by its content
    bytes: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # intake | checkout | return
    sample_id: Mapped[str] = mapped_column(ForeignKey("sample.id"), index=True)
    loan_id: Mapped[str | None] = mapped_column(ForeignKey("loan.id"))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    staff_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(String(300), default="")


class TierPhotoRule(Base):
    """Per tier: a return marked damaged is refused without a photo (no row: not required)."""

    __tablename__ = "tier_photo_rule"
    tier: Mapped[str] = mapped_column(ForeignKey("tier_policy.tier"), primary_key=True)
    photo_required_for_damage: Mapped[bool] = mapped_column(Boolean, default=False)
