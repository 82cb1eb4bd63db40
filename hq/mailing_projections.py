"""What HQ keeps of samples by courier (寄样, issue 18): each parcel's state and waybills (hq_shipment), and the
loan's due date set again on delivery. The loan, its returns and its deposit are the loan events', as at the
counter, so a mailed loan counts in the streamer's network record and standing like any other.

An event naming another showroom's loan applies nothing (hq/ownership.py, before any projection here); a
parcel HQ never saw leave (its event could not be read) is reported once per step as `unknown_shipment`.
"""

from __future__ import annotations

from hq.applying import Applying, record_exception
from hq.models import NetShipment
from kernel.events import Event, ParcelDelivered, ParcelReceived, ParcelShipped, ReturnShipped


def _find(a: Applying, loan_id: str) -> NetShipment | None:
    for row in a.session.new:  # a parcel shipped in this batch is not flushed yet
        if isinstance(row, NetShipment) and row.loan_id == loan_id:
            return row
    return a.session.get(NetShipment, loan_id)


def _shipment(a: Applying, e: Event) -> NetShipment | None:
    row = _find(a, e.loan_id)
    if row is None:
        record_exception(a.session, "unknown_shipment", [a.showroom.code], a.event_id, {"loan": e.number})
    return row


def parcel_shipped(a: Applying, e: ParcelShipped) -> None:
    if _find(a, e.loan_id) is not None:
        record_exception(a.session, "shipment_reported_twice", [a.showroom.code], a.event_id, {"loan": e.number})
        return
    a.session.add(
        NetShipment(
            loan_id=e.loan_id,
            showroom_id=a.showroom.id,
            number=e.number,
            state="shipped",
            courier=e.courier,
            waybill=e.waybill,
            return_courier="",
            return_waybill="",
            province=e.province,
            city=e.city,
            shipped_at=a.at,
        )
    )


def parcel_delivered(a: Applying, e: ParcelDelivered) -> None:
    if (row := _shipment(a, e)) is not None:
        row.state, row.delivered_at = "delivered", e.delivered_at
    if (loan := a.cache.loans.get(e.loan_id)) is not None:
        loan.due_at = e.new_due_at


def return_shipped(a: Applying, e: ReturnShipped) -> None:
    if (row := _shipment(a, e)) is not None:
        row.state, row.return_courier, row.return_waybill, row.return_shipped_at = (
            "return_shipped",
            e.courier,
            e.waybill,
            a.at,
        )


def parcel_received(a: Applying, e: ParcelReceived) -> None:
    if (row := _shipment(a, e)) is not None:
        row.state = e.state
        if e.state == "received":
            row.received_at = a.at


MAILING_APPLY = {
    ParcelShipped: parcel_shipped,
    ParcelDelivered: parcel_delivered,
    ReturnShipped: return_shipped,
    ParcelReceived: parcel_received,
}
