"""Samples by courier replayed: each parcel step's rows, written by the helpers its use cases use
(showroom/services/mailing_rows.py). The loan of a parcel and its check-ins are their own events."""

from __future__ import annotations

from db.mailing_models import Shipment
from db.models import Loan, Streamer
from kernel.events import ParcelDelivered, ParcelReceived, ParcelShipped, ReturnShipped, StreamerAddressSet
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services import mailing_rows as rows


def _parcel(r: Replaying, loan_id: str, number: str) -> tuple[Shipment, Loan]:
    shipment, loan = r.session.get(Shipment, loan_id), r.session.get(Loan, loan_id)
    if shipment is None or loan is None:
        raise ReplayConflict("unknown_loan", number)
    return shipment, loan


def streamer_address_set(r: Replaying, e: StreamerAddressSet) -> None:
    if r.session.get(Streamer, e.streamer_id) is None:
        raise ReplayConflict("unknown_streamer", e.streamer_id)
    fields = {k: getattr(e, k) for k in ("recipient", "phone", "province", "city", "address")}
    rows.write_address(r.session, e.streamer_id, fields, e.verified, r.staff_id, r.at)


def parcel_shipped(r: Replaying, e: ParcelShipped) -> None:
    if r.session.get(Loan, e.loan_id) is None:
        raise ReplayConflict("unknown_loan", e.number)
    rows.write_shipment(r.session, e, r.at)


def parcel_delivered(r: Replaying, e: ParcelDelivered) -> None:
    shipment, loan = _parcel(r, e.loan_id, e.number)
    rows.deliver(r.session, shipment, loan, e.delivered_at, e.new_due_at, r.staff_id)


def return_shipped(r: Replaying, e: ReturnShipped) -> None:
    shipment, _loan = _parcel(r, e.loan_id, e.number)
    rows.return_shipped(shipment, e.courier, e.waybill, r.at)


def parcel_received(r: Replaying, e: ParcelReceived) -> None:
    shipment, _loan = _parcel(r, e.loan_id, e.number)
    rows.received(shipment, e.state, r.at)


PROJECTIONS = {
    StreamerAddressSet: streamer_address_set,
    ParcelShipped: parcel_shipped,
    ParcelDelivered: parcel_delivered,
    ReturnShipped: return_shipped,
    ParcelReceived: parcel_received,
}
