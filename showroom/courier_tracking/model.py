"""What tracking a waybill gives, what can go wrong, and how it is configured: plain values, no HTTP."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

KUAIDI100_URL = "https://poll.kuaidi100.com/poll/query.do"


class TrackingState(StrEnum):
    """Where a parcel is, in the counter's words (the aggregator's own codes are kept as `raw_state`)."""

    IN_TRANSIT = "in_transit"
    PICKED_UP = "picked_up"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    RETURNING = "returning"  # on its way back to the sender
    RETURNED_TO_SENDER = "returned_to_sender"  # back and signed for by the sender (Kuaidi100 退签)
    REFUSED = "refused"  # the addressee would not take it
    PROBLEM = "problem"  # the courier marks it a problem parcel (疑难, customs trouble)
    UNKNOWN = "unknown"  # a code this adapter does not know: shown, never acted on


class TrackingErrorKind(StrEnum):
    DISABLED = "disabled"  # automatic tracking is switched off (the default)
    NOT_CONFIGURED = "not_configured"  # on, but no customer id, key or a usable address
    UNKNOWN_COURIER = "unknown_courier"  # a courier the aggregator has no code for here
    AUTH = "auth"  # wrong key or customer, expired key or no queries left: every later query fails too
    REJECTED = "rejected"  # the aggregator refused this query (unknown company, phone digits needed ...)
    NO_RECORDS = "no_records"  # the courier has no scans of this waybill yet
    BUSY = "busy"  # the aggregator (or the courier behind it) failed or is overloaded: ask again later
    TIMEOUT = "timeout"  # no answer in time
    UNREACHABLE = "unreachable"  # no connection (offline, DNS, refused)
    MALFORMED = "malformed"  # an answer this adapter cannot read (not JSON, an HTML page, missing fields)


# A polling run stops at these: asking about the next waybill would fail the same way.
STOPS_POLLING = frozenset(
    {
        TrackingErrorKind.DISABLED,
        TrackingErrorKind.NOT_CONFIGURED,
        TrackingErrorKind.AUTH,
        TrackingErrorKind.UNREACHABLE,
    }
)


class TrackingError(Exception):
    """The only exception this package raises. `kind` says what went wrong (present/tracking_text.py words
    it); `code` is the aggregator's own return code when it gave one; `detail` is for the log, never shown."""

    def __init__(self, kind: TrackingErrorKind, detail: str = "", code: str = ""):
        super().__init__(kind, detail, code)
        self.kind = TrackingErrorKind(kind)
        self.detail = detail
        self.code = code

    @property
    def stops_polling(self) -> bool:
        return self.kind in STOPS_POLLING

    def __str__(self) -> str:
        return f"{self.kind.value}{f' [{self.code}]' if self.code else ''}{f': {self.detail}' if self.detail else ''}"


@dataclass(frozen=True)
class Waybill:
    """A parcel to ask about. `phone`: the sender's or addressee's phone; only its last four digits are sent
    (SF Express answers only with them; the other couriers do without)."""

    number: str
    courier: str  # our name for the courier: "SF", "ZTO", "YTO", "Yunda", "JD", "EMS" (or 顺丰, 中通 ...)
    phone: str = field(default="", repr=False)


@dataclass(frozen=True)
class TrackingResult:
    waybill: str
    courier: str  # as the Waybill named it
    state: TrackingState
    delivered_at: datetime | None  # UTC; set only when delivered: the time of the newest scan
    last_event_text: str  # the courier's own words for its newest scan (Chinese, as the courier wrote it)
    last_event_at: datetime  # UTC
    checked_at: datetime  # UTC, when this answer came
    raw_state: str = ""  # the aggregator's state code, for the log and for codes mapped to UNKNOWN


@dataclass(frozen=True, kw_only=True)
class TrackingConfig:
    """Off by default; the showroom's own Kuaidi100 account (customer id and key) switches it on."""

    enabled: bool = False
    provider: str = "kuaidi100"
    customer: str = ""
    key: str = field(default="", repr=False)  # a secret: never in a repr or a log line
    base_url: str = KUAIDI100_URL
    timeout_s: float = 5.0


@dataclass(frozen=True)
class TrackingOutcome:
    """One waybill of a polling run: a result, or the error that came instead."""

    waybill: Waybill
    result: TrackingResult | None = None
    error: TrackingError | None = None


@dataclass(frozen=True)
class TrackingRun:
    """What a polling run did: an outcome per waybill asked about, in order; when an error stopped it
    (`stopped_by`: a bad key, no connection), the waybills never asked about are `not_tried`."""

    outcomes: tuple[TrackingOutcome, ...]
    stopped_by: TrackingError | None = None
    not_tried: tuple[Waybill, ...] = ()
