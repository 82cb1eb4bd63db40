"""What the Mail-out screen, the packing slip and the reports read of parcels: plain frozen rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from db.mailing_models import Shipment
from db.models import Loan, LoanItem, Merchant, Product, Sample, ShowroomRow, Streamer
from db.uow import UnitOfWork
from kernel.waybills import clean_waybill
from showroom.domain.codes import clean_scan
from showroom.domain.errors import ShipmentRefused
from showroom.domain.mailing import ParcelDates, PostTerms, send_back_by, shipment_tier
from showroom.services.common import local_showroom, local_tz, resolve_now, setting_value


@dataclass(frozen=True)
class ParcelLine:
    code: str
    product_name: str
    merchant_name: str
    value_fen: int
    returned_at: datetime | None
    condition: str  # '' while out


@dataclass(frozen=True)
class ShipmentView:
    loan_id: str
    number: str
    state: str
    streamer_name: str
    streamer_phone: str
    courier: str
    waybill: str
    return_courier: str
    return_waybill: str
    recipient: str
    recipient_phone: str
    province: str
    city: str
    address: str
    deposit_fen: int
    deposit_method: str
    transfer_ref: str
    shipped_at: datetime
    delivered_at: datetime | None
    return_shipped_at: datetime | None
    received_at: datetime | None
    due_at: datetime
    send_back_by: datetime | None  # once delivered
    tier: str  # not_delivered | not_sent_back | return_too_long | '' (on time)
    days_late: int
    lines: tuple[ParcelLine, ...]
    post_days: int = 0
    return_transit_days: int = 0
    showroom_name: str = ""
    return_address: str = ""
    return_instructions: str = ""

    @property
    def out(self) -> list[ParcelLine]:
        return [line for line in self.lines if line.returned_at is None]


def shipment_view(uow: UnitOfWork, loan_id: str, now: datetime) -> ShipmentView:
    """Inside the caller's transaction."""
    shipment = uow.session.get(Shipment, loan_id)
    loan = uow.session.get(Loan, loan_id)
    streamer = uow.session.get(Streamer, loan.streamer_id)
    tz = local_tz(uow)
    terms = PostTerms(True, 0, shipment.post_days, shipment.return_transit_days)
    dates = ParcelDates(shipment.state, shipment.shipped_at, shipment.delivered_at, shipment.return_shipped_at)
    tier = shipment_tier(dates, terms, now, tz)
    q = (
        select(
            Sample.code,
            Product.name,
            Merchant.name,
            LoanItem.value_fen,
            LoanItem.returned_at,
            LoanItem.return_condition,
        )
        .select_from(LoanItem)
        .join(Sample, Sample.id == LoanItem.sample_id)
        .join(Product, Product.id == Sample.product_id)
        .join(Merchant, Merchant.id == Product.merchant_id)
        .where(LoanItem.loan_id == loan_id)
        .order_by(LoanItem.position)
    )
    lines = tuple(ParcelLine(c, p, m, v, r, cond or "") for c, p, m, v, r, cond in uow.session.execute(q))
    room = uow.session.get(ShowroomRow, loan.showroom_id) or local_showroom(uow)
    return ShipmentView(
        loan_id=loan.id,
        number=loan.number,
        state=shipment.state,
        streamer_name=streamer.name,
        streamer_phone=streamer.phone,
        courier=shipment.courier,
        waybill=shipment.waybill,
        return_courier=shipment.return_courier,
        return_waybill=shipment.return_waybill,
        recipient=shipment.recipient,
        recipient_phone=shipment.phone,
        province=shipment.province,
        city=shipment.city,
        address=shipment.address,
        deposit_fen=loan.deposit_fen,
        deposit_method=loan.deposit_method,
        transfer_ref=shipment.transfer_ref,
        shipped_at=shipment.shipped_at,
        delivered_at=shipment.delivered_at,
        return_shipped_at=shipment.return_shipped_at,
        received_at=shipment.received_at,
        due_at=loan.due_at,
        send_back_by=send_back_by(shipment.delivered_at, terms, tz) if shipment.delivered_at else None,
        tier=tier[0].value if tier else "",
        days_late=tier[1] if tier else 0,
        lines=lines,
        post_days=shipment.post_days,
        return_transit_days=shipment.return_transit_days,
        showroom_name=room.name,
        return_address=str(setting_value(uow, "mailing.return_address")) or f"{room.name} {room.city}",
        return_instructions=str(setting_value(uow, "mailing.return_instructions")),
    )


def list_shipments(uow: UnitOfWork, open_only: bool = True, now: datetime | None = None) -> list[ShipmentView]:
    """Parcels newest first (open ones only: not yet received)."""
    now = resolve_now(now)
    with uow.read():
        q = select(Shipment.loan_id).order_by(Shipment.shipped_at.desc(), Shipment.waybill)
        if open_only:
            q = q.where(Shipment.state != "received")
        return [shipment_view(uow, loan_id, now) for loan_id in uow.session.scalars(q)]


def find_shipment(uow: UnitOfWork, key: str) -> Shipment:
    """A parcel by its loan number or either waybill (inside the caller's transaction)."""
    waybill, number = clean_waybill(key), clean_scan(key)
    loan_id = uow.session.scalar(select(Loan.id).where(Loan.number == number))
    q = select(Shipment).where(
        or_(Shipment.loan_id == loan_id, Shipment.waybill == waybill, Shipment.return_waybill == waybill)
    )
    shipment = uow.session.scalar(q.order_by(Shipment.shipped_at.desc()))
    if shipment is None:
        if loan_id is not None:
            raise ShipmentRefused("not_mailed", number=number)
        raise ShipmentRefused("waybill_unknown", waybill=waybill[:30])
    return shipment


def parcel(uow: UnitOfWork, key: str, now: datetime | None = None) -> ShipmentView:
    """One parcel by loan number or waybill, for the screen and the packing slip."""
    now = resolve_now(now)
    with uow.read():
        return shipment_view(uow, find_shipment(uow, key).loan_id, now)


def loan_is_mailed(uow: UnitOfWork, loan_id: str) -> bool:
    return uow.session.get(Shipment, loan_id) is not None
