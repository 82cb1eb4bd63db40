"""Every late sample in every city, worst first: the network's call list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from hq.console.i18n import TIMEZONE
from hq.console.queries import item_open, like
from hq.models import HqShowroom, NetLoan, NetLoanItem, NetMerchant, NetProduct, NetSample, NetStreamer
from kernel.lateness import days_overdue

EXPORT_MAX = 100_000


@dataclass(frozen=True)
class OverdueFilter:
    city: str = ""  # showroom code
    tier: str = ""
    min_days: int = 1
    merchant: str = ""  # part of the merchant's name

    @classmethod
    def parse(cls, city: str | None, tier: str | None, days: str | None, merchant: str | None) -> OverdueFilter:
        try:
            min_days = max(1, min(int(days or 1), 3650))
        except ValueError:
            min_days = 1
        return cls(
            (city or "").strip().upper()[:4], (tier or "").strip()[:20], min_days, (merchant or "").strip()[:100]
        )


@dataclass(frozen=True)
class OverdueRow:
    showroom_code: str
    showroom_name: str
    sample_code: str
    product: str
    merchant: str
    streamer_id: str | None
    streamer: str
    phone: str
    tier: str
    loan_number: str
    opened_at: datetime
    due_at: datetime
    days_late: int
    value_fen: int


def _query(columns, f: OverdueFilter, now: datetime):
    # due before the local midnight that makes it at least min_days late
    cutoff = (
        now
        if f.min_days <= 1
        else datetime.combine(
            now.astimezone(TIMEZONE).date() - timedelta(days=f.min_days - 1), datetime.min.time(), tzinfo=TIMEZONE
        )
    )
    is_late = (NetLoan.closed_at.is_(None), NetLoan.due_at < min(now, cutoff), item_open())
    if f.merchant:
        # The late items on their own first: a few thousand open loans (a partial index) and their open items.
        # Left to itself the planner starts from the merchants the text matches (a thousand, for a common word)
        # and walks their every product, sample and item; materialized, the rest are key lookups on a small set.
        late = (
            select(NetLoanItem.loan_id, NetLoanItem.sample_id, NetLoanItem.value_fen)
            .join(NetLoan, NetLoan.id == NetLoanItem.loan_id)
            .where(*is_late)
            .cte("late")
            .prefix_with("MATERIALIZED")
        )
        q = select(*columns).select_from(late).join(NetLoan, NetLoan.id == late.c.loan_id)
        sample_id, value = late.c.sample_id, late.c.value_fen
    else:  # top-N by due date from the partial index; a count needs no lookups beyond the filters
        q = select(*columns).select_from(NetLoan).join(NetLoanItem, NetLoanItem.loan_id == NetLoan.id).where(*is_late)
        sample_id, value = NetLoanItem.sample_id, NetLoanItem.value_fen
    q = (
        q.join(HqShowroom, HqShowroom.id == NetLoan.showroom_id)
        .outerjoin(NetSample, NetSample.id == sample_id)
        .outerjoin(NetProduct, NetProduct.id == NetSample.product_id)
        .outerjoin(NetMerchant, NetMerchant.id == NetProduct.merchant_id)
        .outerjoin(NetStreamer, NetStreamer.id == NetLoan.streamer_id)
    )
    if f.city:
        q = q.where(HqShowroom.code == f.city)
    if f.tier:
        q = q.where(NetStreamer.tier == f.tier)
    if f.merchant:
        q = q.where(NetMerchant.name.like(like(f.merchant), escape="\\"))
    return q, value


_COLUMNS = (
    HqShowroom.code,
    HqShowroom.name,
    NetSample.code,
    NetProduct.name,
    NetMerchant.name,
    NetStreamer.id,
    NetStreamer.name,
    NetStreamer.phone,
    NetStreamer.tier,
    NetLoan.number,
    NetLoan.opened_at,
    NetLoan.due_at,
)


def overdue(
    session: Session, now: datetime, f: OverdueFilter, limit: int, offset: int = 0
) -> tuple[list[OverdueRow], int]:
    """A page of late samples, worst first, and how many there are."""
    q, value = _query(_COLUMNS, f, now)
    q = q.add_columns(value).order_by(NetLoan.due_at, NetLoan.number, NetSample.code).limit(limit).offset(offset)
    if f.merchant:  # every late item is joined anyway: the count rides along as a window, one pass
        rows = session.execute(q.add_columns(func.count().over())).all()
        if rows or not offset:
            return [_row(r[:-1], now) for r in rows], rows[0][-1] if rows else 0
    else:
        rows = session.execute(q).all()
    return [_row(r, now) for r in rows], session.scalar(_query([func.count()], f, now)[0])


def _row(r, now: datetime) -> OverdueRow:
    code, room, sample, product, merchant, sid, name, phone, tier, number, opened, due, value = r
    return OverdueRow(
        code,
        room,
        sample or "?",
        product or "",
        merchant or "",
        sid,
        name or "",
        phone or "",
        tier or "",
        number,
        opened,
        due,
        days_overdue(due, now, TIMEZONE),
        value or 0,
    )


def tiers(session: Session) -> list[str]:
    return [t for t in session.scalars(select(distinct(NetStreamer.tier)).order_by(NetStreamer.tier)) if t]


def showrooms(session: Session) -> list[HqShowroom]:
    return list(session.scalars(select(HqShowroom).order_by(HqShowroom.code)))
