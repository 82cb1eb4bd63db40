"""The rows of a parcel's steps, written the same way by the use cases (showroom/services/mailing.py,
parcel_steps.py, returns.check_in) and by the replay of their events (showroom/replay/mailing.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.mailing_models import Shipment, StreamerAddress
from db.models import DueDateChange, Loan, LoanItem
from db.uow import UnitOfWork
from kernel.events import ParcelReceived, ParcelShipped
from showroom.domain.mailing import ShipmentState
from showroom.services.records import OPEN_ITEM

DELIVERED_REASON = "delivered by post"  # the due date change a delivery makes (shown in the loan's history)


def write_shipment(session: Session, e: ParcelShipped, now: datetime) -> Shipment:
    shipment = Shipment(
        loan_id=e.loan_id,
        state=ShipmentState.SHIPPED.value,
        courier=e.courier,
        waybill=e.waybill,
        return_courier="",
        return_waybill="",
        recipient=e.recipient,
        phone=e.phone,
        province=e.province,
        city=e.city,
        address=e.address,
        transfer_ref=e.transfer_ref,
        post_days=e.post_days,
        return_transit_days=e.return_transit_days,
        shipped_at=now,
    )
    session.add(shipment)
    return shipment


def write_address(
    session: Session, streamer_id: str, fields: dict[str, str], verified: bool, staff_id: str, now: datetime
) -> None:
    row = session.get(StreamerAddress, streamer_id)
    if row is None:
        row = StreamerAddress(streamer_id=streamer_id)
        session.add(row)
    for name, value in fields.items():
        setattr(row, name, value)
    row.verified_at, row.verified_by = (now, staff_id) if verified else (None, None)


def deliver(
    session: Session, shipment: Shipment, loan: Loan, delivered_at: datetime, new_due: datetime, staff_id: str
) -> None:
    """The parcel delivered, and the loan due again counted from then (kept as a due date change)."""
    shipment.state, shipment.delivered_at = ShipmentState.DELIVERED.value, delivered_at
    session.add(
        DueDateChange(
            loan_id=loan.id,
            old_due_at=loan.due_at,
            new_due_at=new_due,
            reason=DELIVERED_REASON,
            staff_id=staff_id,
            at=delivered_at,
        )
    )
    loan.due_at = new_due


def return_shipped(shipment: Shipment, courier: str, waybill: str, now: datetime) -> None:
    shipment.state = ShipmentState.RETURN_SHIPPED.value
    shipment.return_courier, shipment.return_waybill, shipment.return_shipped_at = courier, waybill, now


def received(shipment: Shipment, state: str, now: datetime) -> None:
    shipment.state = state
    if state == ShipmentState.RECEIVED.value:
        shipment.received_at = now


def parcels_received(uow: UnitOfWork, touched: dict[str, int], staff_id: str, now: datetime) -> None:
    """After a check-in: each mailed loan among `touched` (loan id -> samples back) is received when nothing of
    it is out any more, else delivered again (the streamer still holds the rest; a later return waybill follows)."""
    for shipment in uow.session.scalars(
        select(Shipment).where(Shipment.loan_id.in_(touched)).order_by(Shipment.shipped_at)
    ):
        loan = uow.session.get(Loan, shipment.loan_id)
        out = uow.session.scalar(
            select(func.count()).select_from(LoanItem).where(LoanItem.loan_id == loan.id, *OPEN_ITEM)
        )
        state = ShipmentState.DELIVERED.value if out else ShipmentState.RECEIVED.value
        received(shipment, state, now)
        uow.record_event(
            ParcelReceived(loan_id=loan.id, number=loan.number, state=state, returned=touched[loan.id]),
            staff_id=staff_id,
            at=now,
        )
