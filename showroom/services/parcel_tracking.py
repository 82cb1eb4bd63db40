"""Automatic tracking of parcels (off by default): the parcels on their way are looked up with the courier-tracking
aggregator (showroom/courier_tracking, Kuaidi100), and each one the courier says was signed for is marked delivered
at that time (source `tracking`), as a clerk would. Three steps, so the network is never inside a transaction and
the counter never waits on it: the parcels to ask about (a read), the questions (network only: `ask_couriers`,
which the UI runs in a lane of its own), then one short transaction per parcel delivered (`apply_tracking`).
`track_parcels` does all three."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from db.mailing_models import Shipment
from db.models import Loan
from db.uow import UnitOfWork
from showroom.courier_tracking import KUAIDI100_URL, TrackingConfig, TrackingResult, TrackingRun, TrackingState, Waybill
from showroom.courier_tracking import track_many as ask_aggregator
from showroom.domain.errors import ShipmentRefused
from showroom.domain.mailing import ShipmentState
from showroom.domain.model import Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, resolve_now, setting_value
from showroom.services.parcel_steps import delivered_rows

Ask = Callable[[list[Waybill]], TrackingRun]  # the waybills in turn -> what the courier says of each (never raises)


@dataclass(frozen=True)
class ParcelOnItsWay:
    loan_id: str
    courier: str
    waybill: str
    phone_tail: str
    coming_back: bool


@dataclass(frozen=True)
class CourierAnswers:
    answers: tuple[tuple[ParcelOnItsWay, TrackingResult], ...]
    unavailable: str  # the kind (courier_tracking.TrackingErrorKind) of the last answer missing; '' when none was


@dataclass(frozen=True)
class TrackingRound:
    asked: int
    delivered: tuple[str, ...]  # loan numbers marked delivered by this round
    back_at_the_door: tuple[str, ...]  # return waybills the courier says were signed for here: scan them in
    unavailable: str  # a TrackingErrorKind: why some parcel got no answer ('' when all did; 'disabled' when off)


def tracker(uow: UnitOfWork) -> TrackingConfig | None:
    """The showroom's own aggregator account as the settings say, or None while tracking is off (the default)."""
    with uow.read():
        if not setting_value(uow, "mailing.tracking_on"):
            return None
        return TrackingConfig(
            enabled=True,
            customer=str(setting_value(uow, "mailing.tracking_customer")),
            key=str(setting_value(uow, "mailing.tracking_key")),
            base_url=str(setting_value(uow, "mailing.tracking_url")) or KUAIDI100_URL,
        )


def asker(config: TrackingConfig, delay_s: float = 1.0) -> Ask:
    """The questions of one round, `delay_s` apart (the aggregator asks callers not to hurry it)."""
    return lambda waybills: ask_aggregator(config, waybills, delay_s)


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
    """Network only, no database: what the courier says of each parcel (the run stops early at an error every
    later question would meet too, such as a wrong key or no connection)."""
    run = ask([Waybill(p.waybill, p.courier, phone=p.phone_tail) for p in parcels])
    answers = tuple((p, o.result) for p, o in zip(parcels, run.outcomes, strict=False) if o.result is not None)
    errors = [o.error for o in run.outcomes if o.error is not None]
    problem = run.stopped_by or (errors[-1] if errors else None)
    return CourierAnswers(answers, problem.kind.value if problem else "")


@changes(Topic.LOANS, when=lambda result: bool(result.delivered))
def apply_tracking(uow: UnitOfWork, actor: Actor, found: CourierAnswers, now: datetime | None = None) -> TrackingRound:
    """Each outbound parcel signed for is delivered at the courier's time; a return parcel signed for here is
    only said (its samples are taken back by scanning them at the counter, with their condition)."""
    now = resolve_now(now)
    delivered, back = [], []
    for p, tracked in found.answers:
        if tracked.state != TrackingState.DELIVERED or tracked.delivered_at is None:
            continue  # 'back with the sender' (退签) is no delivery: the streamer never had the parcel
        if p.coming_back:
            back.append(p.waybill)
        elif (number := _mark(uow, actor, p.loan_id, tracked.delivered_at, now)) is not None:
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
def track_parcels(
    uow: UnitOfWork, actor: Actor, ask: Ask | None = None, delay_s: float = 1.0, now: datetime | None = None
) -> TrackingRound:
    """One whole round in the caller's thread (the command line, tests): `ask` defaults to the configured
    aggregator; with tracking off, nothing is asked."""
    if ask is None:
        config = tracker(uow)
        if config is None:
            return TrackingRound(0, (), (), "disabled")
        ask = asker(config, delay_s)
    parcels = parcels_on_their_way(uow)
    result = apply_tracking(uow, actor, ask_couriers(ask, parcels), now)
    return TrackingRound(len(parcels), result.delivered, result.back_at_the_door, result.unavailable)
