"""Column types shared by the models."""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone

from sqlalchemy import DateTime, String
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    """A random (version 4) UUID's string, as str(uuid.uuid4()) gives it, formatted without a UUID object: a
    recovery makes ~2.5 of them an event (a third of the time the ORM-free replay spent making ids)."""
    h = os.urandom(16).hex()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def new_ordered_id() -> str:
    """A time-ordered (version 7, RFC 9562) UUID's string: its first 48 bits are the Unix time in milliseconds,
    the rest random. For rows written many at a time into a big table (a transfer's 200 movements): ids made
    together sort together, so the id index takes them on a page or two instead of a random page each (on the
    three-year showroom, two-fifths of the pages a transfer wrote, each copied again by the checkpoint)."""
    t = f"{time.time_ns() // 1_000_000:012x}"
    h = os.urandom(10).hex()
    return f"{t[:8]}-{t[8:]}-7{h[:3]}-{'89ab'[int(h[3], 16) & 3]}{h[4:7]}-{h[7:19]}"


class UTCDateTime(TypeDecorator):
    """Stores naive UTC, hands back aware UTC: SQLite keeps no zone, and local time never reaches the DB."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


def uuid_pk(ordered: bool = False):
    """A UUID primary key made when the row is, random or time-ordered (new_ordered_id says when)."""
    from sqlalchemy.orm import mapped_column

    return mapped_column(String(36), primary_key=True, default=new_ordered_id if ordered else new_id)
