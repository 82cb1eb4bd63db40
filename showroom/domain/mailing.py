"""Samples by courier (寄样): a mailed loan is a loan with a parcel attached. Its states, its dates and what of
it is worth a call, as plain rules a unit test exercises with no database.

    packed -> shipped -> delivered -> return_shipped -> received

Packing and shipping happen at once at the counter (the waybill is scanned into the parcel before it leaves),
so a shipment is recorded `shipped`; `packed` names a parcel in the event's vocabulary only. A partial return
by post takes the returned samples back and leaves the parcel `delivered` (the rest is still with the
streamer), so a second return waybill can follow; the last sample back makes it `received`.

Dates (a tier's post terms, `PostTerms`):
- the streamer keeps the samples `post_days` local days counted from delivery, then posts them back: that
  day is the send-back date;
- the loan is due `return_transit_days` after the send-back date (the parcel's way back);
- before delivery, the loan's due date counts `return_transit_days` for the way out too (a provisional date,
  set again on delivery).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum

from kernel.lateness import days_overdue
from kernel.waybills import COURIERS, clean_waybill, is_waybill
from showroom.domain.errors import ShipmentRefused
from showroom.domain.policy import TierPolicy, end_of_local_day


class ShipmentState(StrEnum):
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    RETURN_SHIPPED = "return_shipped"
    RECEIVED = "received"


# state -> the states a use case may move it to
MOVES = {
    ShipmentState.PACKED: (ShipmentState.SHIPPED,),
    ShipmentState.SHIPPED: (ShipmentState.DELIVERED,),
    ShipmentState.DELIVERED: (ShipmentState.RETURN_SHIPPED, ShipmentState.RECEIVED),
    ShipmentState.RETURN_SHIPPED: (ShipmentState.RECEIVED, ShipmentState.DELIVERED),  # a partial return
    ShipmentState.RECEIVED: (),
}
TRANSFER_METHODS = ("wechat", "alipay")  # a deposit for a parcel is paid by transfer, never in cash


class ShipmentTier(StrEnum):
    """The overdue list's tiers of a mailed loan, apart from its days late."""

    NOT_DELIVERED = "not_delivered"  # shipped, and not delivered in the transit days
    NOT_SENT_BACK = "not_sent_back"  # delivered, past the send-back date, no return waybill
    RETURN_TOO_LONG = "return_too_long"  # return waybill recorded, and on its way longer than the transit days


@dataclass(frozen=True)
class PostTerms:
    """A tier's terms for lending by post. No terms (the default): the tier may not borrow by post."""

    may_post: bool = False
    post_limit: int = 0  # samples out by post at once
    post_days: int = 0  # days kept, counted from delivery
    return_transit_days: int = 0  # days a parcel may take either way


def post_terms(policy: TierPolicy) -> PostTerms:
    return PostTerms(policy.may_post, policy.post_limit, policy.post_days, policy.return_transit_days)


def refuse_move(state: str, to: ShipmentState, number: str) -> None:
    """ShipmentRefused unless a parcel in `state` may become `to`."""
    if to not in MOVES[ShipmentState(state)]:
        raise ShipmentRefused("wrong_state", number=number, state=state, to=to.value)


def checked_waybill(courier: str, raw: str) -> str:
    """The waybill as the courier prints it, or ShipmentRefused (unknown courier, or not its form)."""
    if courier not in COURIERS:
        raise ShipmentRefused("unknown_courier", courier=courier)
    waybill = clean_waybill(raw)
    if not is_waybill(courier, waybill):
        raise ShipmentRefused("waybill_invalid", courier=courier, waybill=waybill[:30])
    return waybill


def post_blocks(terms: PostTerms, held_by_post: int, basket: int) -> str | None:
    """Why the tier refuses this parcel ('not_allowed', 'over_post_limit'), or None."""
    if not terms.may_post:
        return "not_allowed"
    if held_by_post + basket > terms.post_limit:
        return "over_post_limit"
    return None


def provisional_due(shipped_at: datetime, terms: PostTerms, tz: tzinfo) -> datetime:
    """The due date before delivery: the way out, the days kept, the way back."""
    day = shipped_at.astimezone(tz).date() + timedelta(days=2 * terms.return_transit_days + terms.post_days)
    return end_of_local_day(day, tz)


def send_back_by(delivered_at: datetime, terms: PostTerms, tz: tzinfo) -> datetime:
    return end_of_local_day(delivered_at.astimezone(tz).date() + timedelta(days=terms.post_days), tz)


def due_after_delivery(delivered_at: datetime, terms: PostTerms, tz: tzinfo) -> datetime:
    """The loan's due date once delivered: the send-back date plus the way back."""
    return send_back_by(delivered_at, terms, tz) + timedelta(days=terms.return_transit_days)


@dataclass(frozen=True)
class ParcelDates:
    state: str
    shipped_at: datetime
    delivered_at: datetime | None
    return_shipped_at: datetime | None


def shipment_tier(parcel: ParcelDates, terms: PostTerms, now: datetime, tz: tzinfo) -> tuple[ShipmentTier, int] | None:
    """Which of the parcel tiers it is in, with the days past that step's limit; None when on time."""
    transit = timedelta(days=terms.return_transit_days)
    if parcel.state == ShipmentState.SHIPPED:
        late = days_overdue(end_of_local_day((parcel.shipped_at + transit).astimezone(tz).date(), tz), now, tz)
        return (ShipmentTier.NOT_DELIVERED, late) if late > 0 else None
    if parcel.state == ShipmentState.DELIVERED and parcel.delivered_at is not None:
        late = days_overdue(send_back_by(parcel.delivered_at, terms, tz), now, tz)
        return (ShipmentTier.NOT_SENT_BACK, late) if late > 0 else None
    if parcel.state == ShipmentState.RETURN_SHIPPED and parcel.return_shipped_at is not None:
        limit = end_of_local_day((parcel.return_shipped_at + transit).astimezone(tz).date(), tz)
        late = days_overdue(limit, now, tz)
        return (ShipmentTier.RETURN_TOO_LONG, late) if late > 0 else None
    return None
