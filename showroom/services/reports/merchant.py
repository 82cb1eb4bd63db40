"""A merchant's statement: where every sample they consigned is, what was lent, lost and charged.

The list accounts for every sample received up to the end of the period, with its status at the
moment of printing; the period's figures (received, lent, lost, returned to the merchant) count
what happened between the first and last local day.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from db.mailing_models import Shipment
from db.models import Loan, LoanItem, Merchant, Product, Sample, SampleMovement, Streamer
from db.uow import UnitOfWork
from showroom.domain.errors import InvalidInput, NotFound
from showroom.domain.model import SampleStatus
from showroom.services.common import local_showroom, local_tz, resolve_now, timezone_name
from showroom.services.merchant_returns import RETURNED_TO_MERCHANT
from showroom.services.records import OPEN_ITEM
from showroom.services.reports.daily import local_midnight
from showroom.services.reports.merchant_views import MerchantSampleLine, MerchantStatement, StreamerUse
from showroom.services.shortfall_views import lost_on_transfers


def merchant_statement_by_name(
    uow: UnitOfWork, name: str, first_day: date, last_day: date, now: datetime | None = None
) -> MerchantStatement:
    with uow.read():
        merchant_id = uow.session.scalar(select(Merchant.id).where(Merchant.name == (name or "").strip()))
    if merchant_id is None:
        raise NotFound("merchant", name)
    return merchant_statement(uow, merchant_id, first_day, last_day, now)


def _lines(uow: UnitOfWork, merchant_id: str, end, now) -> list[MerchantSampleLine]:
    open_items = select(LoanItem).where(*OPEN_ITEM).subquery()
    q = (
        select(Sample, Product.name, Streamer.name, Streamer.phone, open_items.c.out_at, Loan.due_at, Loan.number)
        .join(Product, Sample.product_id == Product.id)
        .outerjoin(open_items, open_items.c.sample_id == Sample.id)
        .outerjoin(Loan, Loan.id == open_items.c.loan_id)
        .outerjoin(Streamer, Streamer.id == Loan.streamer_id)
        .where(Product.merchant_id == merchant_id, Sample.received_at < end)
        .order_by(Product.name, Sample.code)
    )
    found = uow.session.execute(q).all()
    ids = [s.id for s, *_ in found]
    gone = dict(
        uow.session.execute(
            select(SampleMovement.sample_id, func.max(SampleMovement.at))
            .where(SampleMovement.sample_id.in_(ids), SampleMovement.kind == RETURNED_TO_MERCHANT)
            .group_by(SampleMovement.sample_id)
        ).all()
    )
    # lost short on a transfer: no streamer held it, nothing charged
    lost = {sid: (at, 0) for sid, at in lost_on_transfers(uow, ids).items()} | {
        sid: (at, charge)
        for sid, at, charge in uow.session.execute(
            select(LoanItem.sample_id, LoanItem.lost_at, LoanItem.charge_fen).where(
                LoanItem.sample_id.in_(ids), LoanItem.lost_at.is_not(None)
            )
        )
    }
    loans = dict(
        uow.session.execute(
            select(LoanItem.sample_id, func.count(LoanItem.id))
            .where(LoanItem.sample_id.in_(ids))
            .group_by(LoanItem.sample_id)
        ).all()
    )
    parcels = _parcels(uow, {number for *_, number in found if number})
    return [
        MerchantSampleLine(
            code=s.code,
            product_name=product,
            status=s.status,
            received_at=s.received_at,
            holder_name=holder,
            holder_phone=phone,
            out_since=out_at,
            due_at=due,
            loan_number=number,
            returned_to_merchant_at=gone.get(s.id),
            lost_at=lost.get(s.id, (None, 0))[0],
            charged_fen=lost.get(s.id, (None, 0))[1],
            times_lent=loans.get(s.id, 0),
            by_post_to=parcels.get(number, ("", ""))[0],
            parcel_state=parcels.get(number, ("", ""))[1],
        )
        for s, product, holder, phone, out_at, due, number in found
    ]


def _streamers(uow: UnitOfWork, merchant_id: str, start, end) -> list[StreamerUse]:
    q = (
        select(Streamer.name, Streamer.phone, func.count(LoanItem.id), func.count(func.distinct(Product.id)))
        .select_from(LoanItem)
        .join(Loan)
        .join(Streamer, Streamer.id == Loan.streamer_id)
        .join(Sample, LoanItem.sample_id == Sample.id)
        .join(Product, Sample.product_id == Product.id)
        .where(Product.merchant_id == merchant_id, LoanItem.out_at >= start, LoanItem.out_at < end)
        .group_by(Streamer.id)
        .order_by(func.count(LoanItem.id).desc(), Streamer.name)
        .limit(10)
    )
    return [StreamerUse(name, phone, n, products) for name, phone, n, products in uow.session.execute(q)]


def merchant_statement(
    uow: UnitOfWork, merchant_id: str, first_day: date, last_day: date, now: datetime | None = None
) -> MerchantStatement:
    now = resolve_now(now)
    if last_day < first_day:
        raise InvalidInput("report_period", "end_before_start", last_day.isoformat())
    with uow.read():
        merchant = uow.session.get(Merchant, merchant_id)
        if merchant is None:
            raise NotFound("merchant", merchant_id)
        tz = local_tz(uow)
        start, end = local_midnight(first_day, tz), local_midnight(last_day + timedelta(days=1), tz)
        lines = _lines(uow, merchant_id, end, now)

        def within(moment) -> bool:
            return moment is not None and start <= moment < end

        lent = (
            uow.session.scalar(
                select(func.count(LoanItem.id))
                .join(Sample, LoanItem.sample_id == Sample.id)
                .join(Product)
                .where(Product.merchant_id == merchant_id, LoanItem.out_at >= start, LoanItem.out_at < end)
            )
            or 0
        )
        status = Counter(line.status for line in lines)
        room = local_showroom(uow)
        return MerchantStatement(
            showroom_name=room.name,
            showroom_code=room.code,
            timezone=timezone_name(uow),
            merchant_name=merchant.name,
            contact=merchant.contact,
            phone=merchant.phone,
            first_day=first_day,
            last_day=last_day,
            printed_at=now,
            samples=lines,
            received_in_period=sum(1 for line in lines if within(line.received_at)),
            lent_in_period=lent,
            lost_in_period=sum(1 for line in lines if within(line.lost_at)),
            returned_in_period=sum(1 for line in lines if within(line.returned_to_merchant_at)),
            in_stock=status[SampleStatus.IN_STOCK.value],
            on_loan=status[SampleStatus.ON_LOAN.value],
            returned_to_merchant=status[SampleStatus.RETURNED_TO_MERCHANT.value],
            lost=status[SampleStatus.LOST.value],
            charged_fen=sum(line.charged_fen for line in lines),
            top_streamers=_streamers(uow, merchant_id, start, end),
            mailed_in_period=_mailed(uow, merchant_id, start, end),
        )


def _parcels(uow: UnitOfWork, numbers: set[str]) -> dict[str, tuple[str, str]]:
    """Of these loans, the mailed ones: loan number -> (province and city, parcel state)."""
    return {
        loan_number: (f"{province}{city}", state)
        for loan_number, province, city, state in uow.session.execute(
            select(Loan.number, Shipment.province, Shipment.city, Shipment.state)
            .join(Shipment, Shipment.loan_id == Loan.id)
            .where(Loan.number.in_(numbers))
        )
    }


def _mailed(uow: UnitOfWork, merchant_id: str, start: datetime, end: datetime) -> int:
    """The merchant's samples lent by post in the period."""
    return (
        uow.session.scalar(
            select(func.count(LoanItem.id))
            .join(Shipment, Shipment.loan_id == LoanItem.loan_id)
            .join(Sample, LoanItem.sample_id == Sample.id)
            .join(Product)
            .where(Product.merchant_id == merchant_id, LoanItem.out_at >= start, LoanItem.out_at < end)
        )
        or 0
    )
