"""A parcel's steps after it left: delivered (typed by a clerk, the waybill scanned again, or tracking), and
posted back (the return waybill). Taking the samples back is a check-in (returns.check_in), which marks the parcel
received when nothing of it is out any more."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.mailing_models import Shipment
from db.models import Loan
from db.uow import UnitOfWork
from kernel.events import ParcelDelivered, ReturnShipped
from showroom.domain.mailing import PostTerms, ShipmentState, checked_waybill, due_after_delivery, refuse_move
from showroom.domain.model import Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, local_tz, resolve_now
from showroom.services.mailing_rows import deliver, return_shipped
from showroom.services.mailing_views import ShipmentView, find_shipment, shipment_view


def delivered_rows(
    uow: UnitOfWork, shipment: Shipment, delivered_at: datetime, source: str, staff_id: str, now: datetime
) -> None:
    """Inside the caller's transaction: the parcel delivered and its event (also tracking's use case)."""
    loan = uow.session.get(Loan, shipment.loan_id)
    refuse_move(shipment.state, ShipmentState.DELIVERED, loan.number)
    delivered_at = max(min(delivered_at, now), shipment.shipped_at)  # never in the future, nor before it left
    terms = PostTerms(True, 0, shipment.post_days, shipment.return_transit_days)
    old_due, new_due = loan.due_at, due_after_delivery(delivered_at, terms, local_tz(uow))
    deliver(uow.session, shipment, loan, delivered_at, new_due, staff_id)
    uow.record_event(
        ParcelDelivered(
            loan_id=loan.id,
            number=loan.number,
            delivered_at=delivered_at,
            source=source,
            old_due_at=old_due,
            new_due_at=new_due,
        ),
        staff_id=staff_id,
        at=now,
    )


@changes(Topic.LOANS)
def mark_delivered(
    uow: UnitOfWork,
    actor: Actor,
    key: str,
    delivered_at: datetime | None = None,
    source: str = "hand",
    now: datetime | None = None,
) -> ShipmentView:
    """The parcel (by loan number or waybill) reached the streamer at `delivered_at` (default: now); the loan is
    due again counted from then."""
    now = resolve_now(now)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "mark_delivered")
        shipment = find_shipment(uow, key)
        delivered_rows(uow, shipment, delivered_at or now, source, staff.id, now)
        view = shipment_view(uow, shipment.loan_id, now)
        uow.commit()
        return view


@changes(Topic.LOANS)
def record_return_shipped(
    uow: UnitOfWork, actor: Actor, key: str, courier: str, waybill: str, now: datetime | None = None
) -> ShipmentView:
    """The streamer posted the samples back: the return waybill (they send its number or a photo of it)."""
    now = resolve_now(now)
    waybill = checked_waybill(courier, waybill)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "record_return_shipped")
        shipment = find_shipment(uow, key)
        loan = uow.session.get(Loan, shipment.loan_id)
        refuse_move(shipment.state, ShipmentState.RETURN_SHIPPED, loan.number)
        return_shipped(shipment, courier, waybill, now)
        uow.record_event(
            ReturnShipped(loan_id=loan.id, number=loan.number, courier=courier, waybill=waybill),
            staff_id=staff.id,
            at=now,
        )
        view = shipment_view(uow, shipment.loan_id, now)
        uow.commit()
        return view


@dataclass(frozen=True)
class WaybillScanned:
    """What scanning a waybill at the counter did: `delivered` (the outbound waybill of a parcel in transit), or
    `to_receive` (a return waybill, or a delivered parcel's: its samples, to take back with their condition)."""

    outcome: str  # delivered | to_receive | nothing
    parcel: ShipmentView


@changes(Topic.LOANS, when=lambda result: result.outcome == "delivered")
def scan_waybill(uow: UnitOfWork, actor: Actor, waybill: str, now: datetime | None = None) -> WaybillScanned:
    """A waybill scanned again at the counter moves its parcel on: in transit -> delivered; coming back -> its
    samples are listed to be taken back (the check-in records their condition and marks it received)."""
    now = resolve_now(now)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "scan_waybill")
        shipment = find_shipment(uow, waybill)
        if shipment.state == ShipmentState.SHIPPED:
            delivered_rows(uow, shipment, now, "scan", staff.id, now)
            outcome = "delivered"
        elif shipment.state in (ShipmentState.DELIVERED, ShipmentState.RETURN_SHIPPED):
            outcome = "to_receive"
        else:
            outcome = "nothing"
        view = shipment_view(uow, shipment.loan_id, now)
        uow.commit()
        return WaybillScanned(outcome, view)
