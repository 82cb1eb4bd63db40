"""Samples by courier (寄样): mail a parcel of samples to a streamer. A mailed loan is a loan: the same loan rows,
deposit ledger, blocks and event as a check-out at the counter (showroom/services/new_loan.py), with a parcel
(db.mailing_models.Shipment) attached and the tier's post terms on top."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from db.mailing_models import Shipment
from db.models import Loan, LoanItem
from db.uow import UnitOfWork
from kernel.events import ParcelShipped
from showroom.domain.codes import scanned_codes
from showroom.domain.errors import ShipmentRefused
from showroom.domain.mailing import TRANSFER_METHODS, checked_waybill, post_blocks, post_terms, provisional_due
from showroom.domain.model import Role
from showroom.domain.policy import deposit_calculation
from showroom.services.changes import Topic, changes
from showroom.services.checkout import _authorise, _basket, _blocks
from showroom.services.common import Actor, acting_staff, local_tz, resolve_now
from showroom.services.delivery_address import address_of
from showroom.services.mailing_rows import write_shipment
from showroom.services.mailing_views import ShipmentView, shipment_view
from showroom.services.new_loan import NewLoan, loan_event, numbered_loan, write_loan
from showroom.services.overdue import enforce_suspensions
from showroom.services.records import OPEN_ITEM, get_streamer, lending_policy
from showroom.services.staff import override_pins_counted
from showroom.services.views import Override


@dataclass(frozen=True)
class ParcelRequest:
    """What the clerk entered on the Mail-out screen."""

    streamer_id: str
    codes: list[str]
    courier: str
    waybill: str
    deposit_method: str  # wechat | alipay: a parcel's deposit is paid by transfer
    transfer_ref: str  # the WeChat or Alipay transaction number


def held_by_post(uow: UnitOfWork, streamer_id: str) -> int:
    """Samples the streamer holds by post now (the tier's post limit counts these)."""
    return uow.session.scalar(
        select(func.count())
        .select_from(LoanItem)
        .join(Loan, Loan.id == LoanItem.loan_id)
        .join(Shipment, Shipment.loan_id == Loan.id)
        .where(Loan.streamer_id == streamer_id, *OPEN_ITEM)
    )


def _checked_request(request: ParcelRequest) -> tuple[list[str], str, str]:
    codes = scanned_codes(request.codes)
    waybill = checked_waybill(request.courier, request.waybill)
    ref = (request.transfer_ref or "").strip()
    if request.deposit_method not in TRANSFER_METHODS or not 4 <= len(ref) <= 64:
        raise ShipmentRefused("transfer_required")
    return codes, waybill, ref


def _refuse_used_waybill(uow: UnitOfWork, waybill: str) -> None:
    used = select(Shipment.loan_id).where((Shipment.waybill == waybill) | (Shipment.return_waybill == waybill))
    if uow.session.scalar(used) is not None:
        raise ShipmentRefused("waybill_used", waybill=waybill)


def _new_loan(uow, staff, streamer, basket, calc, method, terms, blocks, manager, override, now) -> NewLoan:
    """The loan of a parcel, as check_out opens one: no signature (the streamer is not here), the deposit as
    the rule says (paid by transfer before the parcel leaves), due by the post terms until delivery."""
    tz = local_tz(uow)
    return numbered_loan(
        uow,
        tz,
        now,
        streamer=streamer,
        staff=staff,
        basket=basket,
        due=provisional_due(now, terms, tz),
        planned_stream_date=None,
        calc=calc,
        collected=calc.deposit_fen,
        method=method,
        signature_png=None,
        manager=manager,
        reason=override.reason.strip() if manager else "",
        blocks=blocks,
    )


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def mail_out(
    uow: UnitOfWork, actor: Actor, request: ParcelRequest, override: Override | None = None, now: datetime | None = None
) -> ShipmentView:
    """Packs and ships the parcel: the loan (as a check-out), its deposit paid by transfer, and the parcel with its
    waybill and the address as it is now. The tier must allow post, within its post limit; the counter's own blocks
    (blacklisted, suspended, overdue, over the limit) apply as at a check-out, overridable the same way."""
    now = resolve_now(now)
    codes, waybill, ref = _checked_request(request)
    enforce_suspensions(uow, now, [request.streamer_id])
    with override_pins_counted(uow, override, now), uow:
        staff = acting_staff(uow, actor, Role.CLERK, "mail_out")
        streamer = get_streamer(uow, request.streamer_id)
        address = address_of(uow, streamer.id)
        if address is None or address.verified_at is None:
            raise ShipmentRefused("no_address" if address is None else "address_not_verified", name=streamer.name)
        _refuse_used_waybill(uow, waybill)
        basket = _basket(uow, codes)
        policy = lending_policy(uow, streamer, now)
        terms = post_terms(policy)
        held = held_by_post(uow, streamer.id)
        problem = post_blocks(terms, held, len(basket))
        if problem:
            raise ShipmentRefused(problem, tier=policy.tier, limit=terms.post_limit, count=held + len(basket))
        tz = local_tz(uow)
        calc = deposit_calculation(policy, [b.value_fen for b in basket])
        blocks = _blocks(uow, streamer, len(basket), calc.deposit_fen, request.deposit_method, now, policy, tz)
        manager = _authorise(uow, override, blocks, streamer, now)
        loan = _new_loan(
            uow, staff, streamer, basket, calc, request.deposit_method, terms, blocks, manager, override, now
        )
        write_loan(uow, loan)
        uow.record_event(loan_event(loan), staff_id=staff.id, at=now)
        shipped = ParcelShipped(
            loan_id=loan.loan_id,
            number=loan.number,
            courier=request.courier,
            waybill=waybill,
            transfer_ref=ref,
            post_days=terms.post_days,
            return_transit_days=terms.return_transit_days,
            **{k: getattr(address, k) for k in ("recipient", "phone", "province", "city", "address")},
        )
        write_shipment(uow.session, shipped, now)
        uow.record_event(shipped, staff_id=staff.id, at=now)
        view = shipment_view(uow, loan.loan_id, now)
        uow.commit()
        return view
