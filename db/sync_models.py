"""Local sync state of a showroom: where HQ is, who this device is, how far it has pulled.

The device secret is not here: it lives in the data folder's `device-secret` file (owner-only), so
a copied or backed-up database does not carry it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models import Base
from db.types import UTCDateTime


class SyncState(Base):
    """One row (id 1) once the device is enrolled."""

    __tablename__ = "sync_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hq_url: Mapped[str] = mapped_column(String(300))
    device_id: Mapped[str] = mapped_column(String(36))
    showroom_code: Mapped[str] = mapped_column(String(4))
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(40))  # a SyncError kind, translated by the UI
    last_error_detail: Mapped[str] = mapped_column(String(500), default="")


class ReceivedSyncException(Base):
    """A contradiction HQ found that involves this showroom (a sample lent in two places, ...)."""

    __tablename__ = "sync_exception"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    showroom_codes: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CatalogAlias(Base):
    """An HQ merchant or product that matched a local one (same name / same EAN): HQ id -> local id."""

    __tablename__ = "sync_catalog_alias"
    hq_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    local_id: Mapped[str] = mapped_column(String(36))


class NetworkState(Base):
    """One row (id 1) after the first pull: the key of the phone hashes (kernel/standing.py) and
    when the network standing was last pulled whole (what the counter says of its age)."""

    __tablename__ = "network_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(64))  # None until HQ sends it
    standing_as_of: Mapped[datetime | None] = mapped_column(UTCDateTime)


class NetworkStanding(Base):
    """What the network holds against a streamer, by the keyed hash of their phone: who blacklisted them,
    and per other showroom a suspension and the due times of what they hold there (JSON of kernel.standing's
    HeldAt). No name, no phone: a counter finds the row of a phone it knows."""

    __tablename__ = "network_standing"
    phone_hash: Mapped[str] = mapped_column(String(32), primary_key=True)
    blacklisted_at: Mapped[str] = mapped_column(String(100), default="")
    held_at: Mapped[str] = mapped_column(Text, default="[]")


class CatchUpState(Base):
    """One row (id 1) once a restored or replaced counter has begun replaying its own events from HQ
    (migration 0901): the place in HQ's copy of its history to reach, and what came back."""

    __tablename__ = "catch_up"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target_seq: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hq_knew_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the newest event HQ had of this counter
    replayed: Mapped[int] = mapped_column(Integer, default=0)
    already_here: Mapped[int] = mapped_column(Integer, default=0)
    moved: Mapped[int] = mapped_column(Integer, default=0)  # unsent events renumbered after HQ's history
