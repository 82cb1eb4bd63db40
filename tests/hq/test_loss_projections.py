"""HQ sees automatic losses (issue 17.4), on PostgreSQL and SQLite: a sample the counter declared lost by
itself is lost at HQ; a reversal puts it back on its loan; a confirmation keeps the deposit."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from hq.models import DepositTotal, NetLoanItem
from showroom.services import tier_policies
from showroom.services.auto_loss import confirm_automatic_loss, enforce_losses, reverse_automatic_loss
from tests.hq.helpers import hq_exceptions, hq_samples


def lose_diamond_after(room, days: int) -> None:
    policies = {p.tier: p for p in tier_policies.read_tier_policies(room.uow())}
    changed = dataclasses.replace(
        policies["diamond"], lose_after_days_late=days, deposit_rule="per_sample", deposit_per_sample_fen=5000
    )
    tier_policies.save_tier_policies(room.uow(), room.admin, [changed])


def forfeited_at_the_counter(room) -> int:
    from db.models import DepositEntry

    uow = room.uow()
    with uow.read():
        return uow.session.scalar(select(func.sum(DepositEntry.amount_fen)).where(DepositEntry.kind == "forfeit"))


def test_an_automatic_loss_reversed_and_one_confirmed_reach_hq(hq, cs):
    lose_diamond_after(cs, 3)
    loan = cs.lend(cs.register("小美", "13800138000"), cs.sample_codes[:2])
    late = max(loan.due_at, datetime.now(timezone.utc)) + timedelta(days=4, hours=1)
    assert sorted(enforce_losses(cs.uow(), now=late)) == sorted(cs.sample_codes[:2])
    cs.sync(hq.transport)
    ids = cs.sample_ids()
    first, second = (ids[c] for c in cs.sample_codes[:2])
    assert (hq_samples(hq)[first], hq_samples(hq)[second]) == ("lost", "lost")

    reverse_automatic_loss(cs.uow(), cs.admin, cs.sample_codes[0], "主播已寄回", now=late + timedelta(minutes=1))
    confirm_automatic_loss(cs.uow(), cs.admin, cs.sample_codes[1], now=late + timedelta(minutes=2))
    cs.sync(hq.transport)
    assert (hq_samples(hq)[first], hq_samples(hq)[second]) == ("on_loan", "lost")
    with hq.sessions() as s:
        items = {i.sample_id: i for i in s.scalars(select(NetLoanItem).where(NetLoanItem.loan_id == loan.loan_id))}
        assert items[first].lost_at is None and items[second].lost_at is not None
        assert s.scalar(select(DepositTotal.forfeited_fen)) == forfeited_at_the_counter(cs) > 0
    assert hq_exceptions(hq) == []
    assert {sid: hq_samples(hq)[sid] for sid in ids.values()} == cs.sample_statuses()
