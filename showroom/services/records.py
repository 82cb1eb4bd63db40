"""Reads shared by several use cases: policies, a streamer's holdings, deposits held, row -> view."""
from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import func, select

from db.models import DepositEntry, Loan, LoanItem, Product, Sample, Streamer, TierPolicy as PolicyRow
from db.uow import UnitOfWork
from showroom.domain.codes import clean_scan
from showroom.domain.errors import NotFound, UnknownCode
from showroom.domain.model import DepositKind
from showroom.domain.policy import Standing, TierPolicy, days_overdue
from showroom.services.views import HoldingLine, StreamerView

OPEN_ITEM = (LoanItem.returned_at.is_(None), LoanItem.lost_at.is_(None))


def policy_for(uow: UnitOfWork, tier: str) -> TierPolicy:
    row = uow.session.get(PolicyRow, tier)
    if row is None:
        raise NotFound("tier", tier)
    return TierPolicy(tier=row.tier, max_samples_out=row.max_samples_out, loan_days=row.loan_days,
                      deposit_rule=row.deposit_rule, deposit_per_sample_fen=row.deposit_per_sample_fen,
                      deposit_percent=row.deposit_percent, block_on_overdue=row.block_on_overdue,
                      allow_override=row.allow_override)


def entry_tier(uow: UnitOfWork) -> str:
    """The lowest-ranked tier: where a new streamer starts unless a manager decides otherwise."""
    return uow.session.scalar(select(PolicyRow.tier).order_by(PolicyRow.rank).limit(1))


def list_policies(uow: UnitOfWork) -> list[TierPolicy]:
    with uow.read():
        tiers = uow.session.scalars(select(PolicyRow.tier).order_by(PolicyRow.rank)).all()
        return [policy_for(uow, t) for t in tiers]


def streamer_view(s: Streamer) -> StreamerView:
    return StreamerView(id=s.id, name=s.name, phone=s.phone, platform=s.platform, handle=s.handle,
                        tier=s.tier, member_code=s.member_code, status=s.status,
                        status_reason=s.status_reason, created_at=s.created_at)


def get_streamer(uow: UnitOfWork, streamer_id: str) -> Streamer:
    s = uow.session.get(Streamer, streamer_id)
    if s is None:
        raise NotFound("streamer", streamer_id)
    return s


def sample_by_code(uow: UnitOfWork, raw: str) -> Sample:
    code = clean_scan(raw)
    sample = uow.session.scalar(select(Sample).where(Sample.code == code))
    if sample is None:
        raise UnknownCode(code)
    return sample


def open_item_of(uow: UnitOfWork, sample_id: str) -> LoanItem | None:
    return uow.session.scalar(select(LoanItem).where(LoanItem.sample_id == sample_id, *OPEN_ITEM))


def holdings(uow: UnitOfWork, streamer_id: str, now: datetime, tz: tzinfo) -> list[HoldingLine]:
    q = (select(Sample.code, Product.name, Loan.number, LoanItem.out_at, Loan.due_at, LoanItem.value_fen)
         .select_from(LoanItem).join(Loan).join(Sample, LoanItem.sample_id == Sample.id).join(Product)
         .where(Loan.streamer_id == streamer_id, *OPEN_ITEM).order_by(Loan.due_at, Sample.code))
    return [HoldingLine(sample_code=c, product_name=p, loan_number=n, out_at=o, due_at=d,
                        days_overdue=days_overdue(d, now, tz), value_fen=v)
            for c, p, n, o, d, v in uow.session.execute(q)]


def standing(streamer: Streamer, lines: list[HoldingLine], now: datetime) -> Standing:
    return Standing(status=streamer.status, status_reason=streamer.status_reason, holding=len(lines),
                    overdue=sum(1 for h in lines if now > h.due_at))


def deposit_balance(uow: UnitOfWork, *, loan_id: str | None = None, streamer_id: str | None = None) -> int:
    """Deposit still held: collected less refunded less forfeited (charges are billed separately)."""
    sign = {DepositKind.COLLECT.value: 1, DepositKind.REFUND.value: -1, DepositKind.FORFEIT.value: -1}
    q = select(DepositEntry.kind, func.sum(DepositEntry.amount_fen)).group_by(DepositEntry.kind)
    if loan_id:
        q = q.where(DepositEntry.loan_id == loan_id)
    if streamer_id:
        q = q.where(DepositEntry.streamer_id == streamer_id)
    return sum(sign.get(kind, 0) * (total or 0) for kind, total in uow.session.execute(q))
