"""The overdue list's parcel tiers: which mailed loans are stuck at a step of their parcel as a moment stood,
read from the steps' times (so a past day's report says what that day knew)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import select

from db.mailing_models import Shipment
from db.uow import UnitOfWork
from showroom.domain.mailing import ParcelDates, PostTerms, ShipmentState, shipment_tier

OPEN_PARCELS = select(Shipment.loan_id).where(Shipment.state != ShipmentState.RECEIVED.value)


def _state_then(s: Shipment, as_of: datetime) -> str:
    for state, at in (
        (ShipmentState.RECEIVED, s.received_at),
        (ShipmentState.RETURN_SHIPPED, s.return_shipped_at),
        (ShipmentState.DELIVERED, s.delivered_at),
    ):
        if at is not None and at <= as_of:
            return state.value
    return ShipmentState.SHIPPED.value


ON_ITS_WAY_BACK = ""  # posted back in time: no "due soon" call for it (the streamer did their part)


def parcel_tiers(uow: UnitOfWork, loan_ids: set[str], as_of: datetime, tz: tzinfo) -> dict[str, tuple[str, int]]:
    """loan id -> (its parcel tier, days past that step's limit), for the mailed loans among `loan_ids` stuck; a
    parcel on its way back in time is there as ON_ITS_WAY_BACK."""
    found = {}
    for s in uow.session.scalars(select(Shipment).where(Shipment.loan_id.in_(loan_ids))):
        if s.shipped_at > as_of:
            continue
        then = ParcelDates(
            _state_then(s, as_of),
            s.shipped_at,
            s.delivered_at if s.delivered_at and s.delivered_at <= as_of else None,
            s.return_shipped_at if s.return_shipped_at and s.return_shipped_at <= as_of else None,
        )
        tier = shipment_tier(then, PostTerms(True, 0, s.post_days, s.return_transit_days), as_of, tz)
        if tier is not None:
            found[s.loan_id] = (tier[0].value, tier[1])
        elif then.state == ShipmentState.RETURN_SHIPPED:
            found[s.loan_id] = (ON_ITS_WAY_BACK, 0)
    return found
