"""Wire formats of the sync protocol (version 1). Strict, so a malformed request is a 422, never a 500."""
from __future__ import annotations

import re
import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

MAX_BATCH = 500


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid_text(value: str) -> str:
    """Any spelling uuid.UUID accepts, stored in its canonical form (the common case is checked first)."""
    return value if _CANONICAL_UUID.fullmatch(value) else str(uuid.UUID(value))


UuidText = Annotated[str, Field(min_length=32, max_length=36), AfterValidator(_uuid_text)]
AwareTime = Annotated[datetime, AfterValidator(lambda v: _aware(v))]


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("times must carry a UTC offset")
    return value


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrolRequest(Strict):
    code: str = Field(min_length=4, max_length=40)
    showroom_code: str = Field(pattern=r"^[A-Z]{2,4}$")
    local_showroom_id: UuidText
    device_name: str = Field(default="", max_length=100)
    first_unacked_seq: int = Field(default=1, ge=1, le=2**53)


class EnrolResponse(BaseModel):
    device_id: str
    secret: str
    showroom_code: str
    showroom_name: str


class EventIn(Strict):
    id: UuidText
    seq: int = Field(ge=1, le=2**53)
    type: str = Field(min_length=3, max_length=60, pattern=r"^[a-z_.]+@[0-9]+$")
    payload: dict[str, Any]
    occurred_at: AwareTime
    staff_id: str | None = Field(default=None, max_length=36)


class PushRequest(Strict):
    events: list[EventIn] = Field(min_length=1, max_length=MAX_BATCH)
    sent_at: AwareTime | None = None  # the device clock, to measure skew


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
    """The body of every refusal: a stable machine code the client maps to a typed error."""

    code: str
    message: str
    acked_seq: int | None = None
