"""Automatic tracking of parcels (off by default): the parcels on their way are looked up with the courier-tracking
aggregator, and each one the courier says was signed for is marked delivered at that time (source `tracking`), as
a clerk would. Three steps, so the network is never inside a transaction and the counter never waits on it: the
parcels to ask about (a read), the questions (network only: `ask_couriers`, which the UI runs in a lane of its
own), then one short transaction per parcel delivered (`apply_tracking`). `track_parcels` does all three."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.mailing_models import Shipment
from db.models import Loan
from db.uow import UnitOfWork
from showroom.domain.errors import ShipmentRefused
from showroom.domain.mailing import ShipmentState
from showroom.domain.model import Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, resolve_now, setting_value
from showroom.services.parcel_steps import delivered_rows
from showroom.tracking.kuaidi100 import Kuaidi100, Tracked, TrackingUnavailable

Ask = Callable[[str, str, str], Tracked]  # (courier, waybill, last 4 digits of the phone) -> what the courier says


@dataclass(frozen=True)
class ParcelOnItsWay:
    loan_id: str
    courier: str
    waybill: str
    phone_tail: str
    coming_back: bool


@dataclass(frozen=True)
class CourierAnswers:
    answers: tuple[tuple[ParcelOnItsWay, Tracked], ...]
    unavailable: str  # the last reason an answer was missing ('' when every parcel was answered)


@dataclass(frozen=True)
class TrackingRound:
    asked: int
    delivered: tuple[str, ...]  # loan numbers marked delivered by this round
    back_at_the_door: tuple[str, ...]  # return waybills the courier says were signed for here: scan them in
    unavailable: str  # why the aggregator gave nothing ('' when it answered), 'off' when tracking is off


def tracker(uow: UnitOfWork) -> Kuaidi100 | None:
    """The adapter as the settings say, or None while tracking is off (the default)."""
    with uow.read():
        if not setting_value(uow, "mailing.tracking_on"):
            return None
        customer = str(setting_value(uow, "mailing.tracking_customer"))
        key = str(setting_value(uow, "mailing.tracking_key"))
        url = str(setting_value(uow, "mailing.tracking_url"))
    return Kuaidi100(customer, key, url) if url else Kuaidi100(customer, key)


def parcels_on_their_way(uow: UnitOfWork) -> list[ParcelOnItsWay]:
    """Every parcel in transit, either way, oldest first."""
    with uow.read():
        rows = uow.session.scalars(
            select(Shipment)
            .where(Shipment.state.in_([ShipmentState.SHIPPED.value, ShipmentState.RETURN_SHIPPED.value]))
            .order_by(Shipment.shipped_at, Shipment.waybill)
        ).all()
        return [
            ParcelOnItsWay(s.loan_id, s.return_courier, s.return_waybill, s.phone[-4:], True)
            if s.state == ShipmentState.RETURN_SHIPPED
            else ParcelOnItsWay(s.loan_id, s.courier, s.waybill, s.phone[-4:], False)
            for s in rows
        ]


def ask_couriers(ask: Ask, parcels: list[ParcelOnItsWay]) -> CourierAnswers:
    """Network only, no database: what the courier says of each parcel."""
    answers, problem = [], ""
    for p in parcels:
        try:
            answers.append((p, ask(p.courier, p.waybill, p.phone_tail)))
        except TrackingUnavailable as failed:
            problem = str(failed)
    return CourierAnswers(tuple(answers), problem)


@changes(Topic.LOANS, when=lambda result: bool(result.delivered))
def apply_tracking(uow: UnitOfWork, actor: Actor, found: CourierAnswers, now: datetime | None = None) -> TrackingRound:
    """Each outbound parcel signed for is delivered at the courier's time; a return parcel signed for here is
    only said (its samples are taken back by scanning them at the counter, with their condition)."""
    now = resolve_now(now)
    delivered, back = [], []
    for p, tracked in found.answers:
        if not tracked.delivered:
            continue
        if p.coming_back:
            back.append(p.waybill)
        elif (number := _mark(uow, actor, p.loan_id, tracked.signed_at, now)) is not None:
            delivered.append(number)
    return TrackingRound(len(found.answers), tuple(delivered), tuple(back), found.unavailable)


def _mark(uow: UnitOfWork, actor: Actor, loan_id: str, signed_at: datetime, now: datetime) -> str | None:
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "track_parcels")
        try:
            delivered_rows(uow, uow.session.get(Shipment, loan_id), signed_at, "tracking", staff.id, now)
        except ShipmentRefused:  # marked by hand meanwhile
            return None
        number = uow.session.get(Loan, loan_id).number
        uow.commit()
        return number


@changes(Topic.LOANS, when=lambda result: bool(result.delivered))
def track_parcels(uow: UnitOfWork, actor: Actor, ask: Ask | None = None, now: datetime | None = None) -> TrackingRound:
    """One whole round in the caller's thread (the command line, tests): `ask` defaults to the configured
    aggregator; with tracking off, nothing is asked."""
    if ask is None:
        adapter = tracker(uow)
        if adapter is None:
            return TrackingRound(0, (), (), "off")
        ask = adapter.query
    parcels = parcels_on_their_way(uow)
    result = apply_tracking(uow, actor, ask_couriers(ask, parcels), now)
    return TrackingRound(len(parcels), result.delivered, result.back_at_the_door, result.unavailable)
