"""Wire formats of the sync protocol (version 1). Strict, so a malformed request is a 422, never a 500.

Every field is bounded here as HQ stores it: ids are UUIDs, text holds no NUL (PostgreSQL refuses it),
times are ISO 8601 text with an offset (a bare number is not a time) and an event's time lies in the
window the event declarations use (kernel.events.fields), so it converts to UTC and fits every column.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from kernel.events.fields import TIME_FROM, TIME_UNTIL

MAX_BATCH = 500
_LONGEST_TIME = 40  # "2026-11-27T10:00:00.123456+08:00" is 32


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_text(value: str) -> str:
    """Any spelling uuid.UUID accepts, stored in its canonical form (the common case is checked first)."""
    return value if _CANONICAL_UUID.fullmatch(value) else str(uuid.UUID(value))


def _time_text(value: object) -> object:
    if not isinstance(value, str) or len(value) > _LONGEST_TIME:
        raise ValueError("a time is ISO 8601 text with its offset, e.g. 2026-11-27T10:00:00+08:00")
    return value


def _aware(value: datetime) -> datetime:
    if value.utcoffset() is None:
        raise ValueError("times must carry a UTC offset")
    return value


def _in_window(value: datetime) -> datetime:
    # the year first: comparing an aware time of year 1 or 9999 overflows on its offset
    if not TIME_FROM.year <= value.year < TIME_UNTIL.year or not TIME_FROM <= _aware(value) < TIME_UNTIL:
        raise ValueError(f"times lie from {TIME_FROM:%Y-%m-%d} to {TIME_UNTIL:%Y-%m-%d}")
    return value


def _plain_text(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text may not hold NUL")
    return value


UuidText = Annotated[str, Field(min_length=32, max_length=36), AfterValidator(_uuid_text)]
# An event's time (stored, converted to UTC); the device's clock when it sent a batch (only compared).
EventTime = Annotated[datetime, BeforeValidator(_time_text), AfterValidator(_in_window)]
ClockTime = Annotated[datetime, BeforeValidator(_time_text), AfterValidator(_aware)]
PlainText = Annotated[str, AfterValidator(_plain_text)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrolRequest(Strict):
    code: str = Field(min_length=4, max_length=40)
    showroom_code: str = Field(pattern=r"^[A-Z]{2,4}$")
    local_showroom_id: UuidText
    device_name: PlainText = Field(default="", max_length=100)
    first_unacked_seq: int = Field(default=1, ge=1, le=2**53)
    # the counter replays HQ's copy of its history before it records anything new (hq/PROTOCOL.md, Catch-up)
    catch_up: bool = False


class EnrolResponse(BaseModel):
    device_id: str
    secret: str
    showroom_code: str
    showroom_name: str
    history_seq: int = 0  # the highest place of this counter's history HQ holds: replay past yours first


class RecoverRequest(Strict):
    code: str = Field(min_length=4, max_length=40)
    device_name: PlainText = Field(default="", max_length=100)


class RecoverResponse(EnrolResponse):
    local_showroom_id: str  # the counter this PC becomes: its showroom row's id


class HistoryEvent(BaseModel):
    id: str
    seq: int
    type: str
    payload: dict[str, Any]
    occurred_at: datetime
    staff_id: str | None


class HistoryResponse(BaseModel):
    events: list[HistoryEvent]
    latest_seq: int
    has_more: bool


class EventIn(Strict):
    id: UuidText
    seq: int = Field(ge=1, le=2**53)
    type: str = Field(min_length=3, max_length=60, pattern=r"^[a-z_.]+@[0-9]+$")
    payload: dict[str, Any]
    occurred_at: EventTime
    staff_id: UuidText | None = None


class PushRequest(Strict):
    events: list[EventIn] = Field(min_length=1, max_length=MAX_BATCH)
    sent_at: ClockTime | None = None  # the device clock, to measure skew


class PushResponse(BaseModel):
    acked_seq: int
    inserted: int
    duplicates: int


class ChangeOut(BaseModel):
    pos: int
    kind: str
    key: str
    data: dict[str, Any]


class ChangesResponse(BaseModel):
    changes: list[ChangeOut]
    next_cursor: int
    latest: int
    has_more: bool


class SyncExceptionOut(BaseModel):
    id: str
    kind: str
    showroom_codes: list[str]
    event_id: str | None
    detail: dict[str, Any]
    at: datetime


class Problem(BaseModel):
    """What a refusal says: a stable machine code the client maps to a typed error, and plain words."""

    code: str
    message: str
    acked_seq: int | None = None


class Refused(BaseModel):
    """The body of every refusal (4xx, and 503): `{"detail": {code, message, acked_seq?}}`."""

    detail: Problem
