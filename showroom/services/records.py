"""Reads shared by several use cases: policies, a streamer's holdings, deposits held, row -> view."""

from __future__ import annotations

from datetime import datetime, tzinfo

from sqlalchemy import and_, case, func, literal_column, select
from sqlalchemy.orm import joinedload

from db.desk_models import TierSuspensionRule
from db.loss_models import TierLossRule
from db.mailing_models import TierPostRule
from db.models import DepositEntry, Loan, LoanItem, Product, Sample, Streamer
from db.models import TierPolicy as PolicyRow
from db.photo_models import TierPhotoRule
from db.uow import UnitOfWork
from showroom.domain.codes import clean_scan
from showroom.domain.errors import NotFound, UnknownCode
from showroom.domain.model import DepositKind
from showroom.domain.policy import Standing, TierPolicy, days_overdue
from showroom.domain.reasons import StatusReason
from showroom.domain.reliability import Reliability, ReliabilityRule, effective_policy
from showroom.services.settings import setting_value
from showroom.services.views import HoldingLine, StreamerView

# An item still out: neither back, nor lost, nor superseded (its sample lent again on a later loan, found
# when a restored counter caught up: showroom/replay/superseded.py). The one test every query of items out uses.
OPEN_ITEM = (LoanItem.returned_at.is_(None), LoanItem.lost_at.is_(None), LoanItem.superseded_at.is_(None))
# The same, for queries keyed by streamer: an open item's loan is open too, and ix_loan_open_streamer
# finds a streamer's open loans at once. The unary "+" keeps SQLite off the (returned_at, lost_at)
# index, which would read every item out in the showroom to find one streamer's.
HELD_BY_STREAMER = (
    Loan.closed_at.is_(None),
    literal_column("+loan_item.returned_at").is_(None),
    literal_column("+loan_item.lost_at").is_(None),
    LoanItem.superseded_at.is_(None),
)


def item_is_open(item: LoanItem) -> bool:
    """OPEN_ITEM, of an item in hand."""
    return item.returned_at is None and item.lost_at is None and item.superseded_at is None


# How each ledger entry moves the deposit held (a charge is billed on top, it holds nothing; what is
# owed to a streamer is no longer held against samples: services/owed.py keeps that balance).
HELD_SIGN = {
    DepositKind.COLLECT.value: 1,
    DepositKind.REFUND.value: -1,
    DepositKind.FORFEIT.value: -1,
    DepositKind.OWE.value: -1,
}


def policy_for(uow: UnitOfWork, tier: str) -> TierPolicy:
    row = uow.session.get(PolicyRow, tier)
    if row is None:
        raise NotFound("tier", tier)
    return TierPolicy(
        tier=row.tier,
        max_samples_out=row.max_samples_out,
        loan_days=row.loan_days,
        deposit_rule=row.deposit_rule,
        deposit_per_sample_fen=row.deposit_per_sample_fen,
        deposit_percent=row.deposit_percent,
        deposit_rounding=row.deposit_rounding,
        block_on_overdue=row.block_on_overdue,
        allow_override=row.allow_override,
        suspend_after_days_late=uow.session.scalar(
            select(TierSuspensionRule.suspend_after_days_late).where(TierSuspensionRule.tier == tier)
        ),
        lose_after_days_late=uow.session.scalar(
            select(TierLossRule.lose_after_days_late).where(TierLossRule.tier == tier)
        ),
        photo_required_for_damage=bool(
            uow.session.scalar(select(TierPhotoRule.photo_required_for_damage).where(TierPhotoRule.tier == tier))
        ),
        **post_terms_of(uow, tier),
    )


def post_terms_of(uow: UnitOfWork, tier: str) -> dict[str, object]:
    """A tier's terms for lending by post (no row: not by post), as TierPolicy's fields."""
    rule = uow.session.get(TierPostRule, tier)
    if rule is None:
        return {}
    return dict(
        may_post=rule.may_post,
        post_limit=rule.post_limit,
        post_days=rule.post_days,
        return_transit_days=rule.return_transit_days,
    )


def entry_tier(uow: UnitOfWork) -> str:
    """The lowest-ranked tier: where a new streamer starts unless a manager decides otherwise."""
    return uow.session.scalar(select(PolicyRow.tier).order_by(PolicyRow.rank).limit(1))


def list_policies(uow: UnitOfWork) -> list[TierPolicy]:
    with uow.read():
        tiers = uow.session.scalars(select(PolicyRow.tier).order_by(PolicyRow.rank)).all()
        return [policy_for(uow, t) for t in tiers]


def status_reason(s: Streamer) -> StatusReason:
    return StatusReason.stored(s.status_reason, s.status_reason_key, s.status_reason_params)


def streamer_view(s: Streamer) -> StreamerView:
    reason = status_reason(s)
    return StreamerView(
        id=s.id,
        name=s.name,
        phone=s.phone,
        platform=s.platform,
        handle=s.handle,
        tier=s.tier,
        member_code=s.member_code,
        status=s.status,
        status_reason=s.status_reason,
        created_at=s.created_at,
        status_reason_key=reason.key,
        status_reason_params=dict(reason.params),
    )


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


def samples_by_codes(uow: UnitOfWork, codes: list[str]) -> list[Sample]:
    """Cleaned codes -> samples with product and merchant, in one query; the first unknown code refuses."""
    q = select(Sample).where(Sample.code.in_(codes)).options(joinedload(Sample.product).joinedload(Product.merchant))
    found = {s.code: s for s in uow.session.scalars(q)}
    for code in codes:
        if code not in found:
            raise UnknownCode(code)
    return [found[c] for c in codes]


def open_item_of(uow: UnitOfWork, sample_id: str) -> LoanItem | None:
    return uow.session.scalar(select(LoanItem).where(LoanItem.sample_id == sample_id, *OPEN_ITEM))


def holdings(uow: UnitOfWork, streamer_id: str, now: datetime, tz: tzinfo) -> list[HoldingLine]:
    q = (
        select(Sample.code, Product.name, Loan.number, LoanItem.out_at, Loan.due_at, LoanItem.value_fen)
        .select_from(LoanItem)
        .join(Loan)
        .join(Sample, LoanItem.sample_id == Sample.id)
        .join(Product)
        .where(Loan.streamer_id == streamer_id, *HELD_BY_STREAMER)
        .order_by(Loan.due_at, Sample.code)
    )
    return [
        HoldingLine(
            sample_code=c,
            product_name=p,
            loan_number=n,
            out_at=o,
            due_at=d,
            days_overdue=days_overdue(d, now, tz),
            value_fen=v,
        )
        for c, p, n, o, d, v in uow.session.execute(q)
    ]


def standing(streamer: Streamer, lines: list[HoldingLine], now: datetime) -> Standing:
    return Standing(
        status=streamer.status,
        status_reason=streamer.status_reason,
        holding=len(lines),
        overdue=sum(1 for h in lines if now > h.due_at),
        reason=status_reason(streamer),
    )


def deposit_balance(uow: UnitOfWork, *, loan_id: str | None = None, streamer_id: str | None = None) -> int:
    """Deposit still held: collected less refunded less forfeited (charges are billed separately)."""
    sign = HELD_SIGN
    q = select(DepositEntry.kind, func.sum(DepositEntry.amount_fen)).group_by(DepositEntry.kind)
    if loan_id:
        q = q.where(DepositEntry.loan_id == loan_id)
    if streamer_id:
        q = q.where(DepositEntry.streamer_id == streamer_id)
    return sum(sign.get(kind, 0) * (total or 0) for kind, total in uow.session.execute(q))


def reliability_of(uow: UnitOfWork, streamer_ids: list[str], now: datetime) -> dict[str, Reliability]:
    """Each streamer's record in one grouped query: on time, late, lost, holding, overdue now."""
    back = LoanItem.returned_at.is_not(None)
    held = and_(*OPEN_ITEM)
    q = (
        select(
            Loan.streamer_id,
            func.sum(case((back & (LoanItem.returned_at <= Loan.due_at), 1), else_=0)),
            func.sum(case((back & (LoanItem.returned_at > Loan.due_at), 1), else_=0)),
            func.sum(case((LoanItem.lost_at.is_not(None), 1), else_=0)),
            func.sum(case((held, 1), else_=0)),
            func.sum(case((held & (Loan.due_at < now), 1), else_=0)),
        )
        .select_from(LoanItem)
        .join(Loan)
        .where(Loan.streamer_id.in_(streamer_ids))
        .group_by(Loan.streamer_id)
    )
    found = {sid: Reliability(*(int(v or 0) for v in values)) for sid, *values in uow.session.execute(q)}
    return {sid: found.get(sid, Reliability(0, 0, 0, 0, 0)) for sid in streamer_ids}


def reliability_rule(uow: UnitOfWork) -> ReliabilityRule:
    """A manager turns the rule on by setting a threshold (0, the default, lends on the tier's own terms)."""
    return ReliabilityRule(
        setting_value(uow, "reliability.min_samples"), setting_value(uow, "reliability.min_on_time_percent")
    )


def lending_policy(uow: UnitOfWork, streamer: Streamer, now: datetime, record: Reliability | None = None) -> TierPolicy:
    """The terms this streamer borrows on now: their tier's, lowered one tier by a poor on-time record.

    Pass the `record` when it is already read: for a regular it is the costliest query of the panel."""
    own = policy_for(uow, streamer.tier)
    rank = uow.session.scalar(select(PolicyRow.rank).where(PolicyRow.tier == streamer.tier))
    lower_tier = uow.session.scalar(
        select(PolicyRow.tier).where(PolicyRow.rank < rank).order_by(PolicyRow.rank.desc()).limit(1)
    )
    lower = policy_for(uow, lower_tier) if lower_tier else None
    rule = reliability_rule(uow)
    if lower is None or not rule.is_on:  # the record could change nothing: not read (costly for a regular)
        return own
    if record is None:
        record = reliability_of(uow, [streamer.id], now)[streamer.id]
    return effective_policy(own, lower, record, rule)
