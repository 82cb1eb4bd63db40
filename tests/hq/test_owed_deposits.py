"""A loss declared at the desk leaves the rest of the deposit owed to the streamer: HQ keeps it counted as
held until the counter pays it out (deposit.owed_paid@1), on PostgreSQL and SQLite."""

from __future__ import annotations

from sqlalchemy import select

from hq.models import DepositTotal
from showroom.services import owed, returns, streamers
from tests.hq.rooms import Room


def _totals(hq) -> DepositTotal:
    with hq.sessions() as session:
        return session.scalars(select(DepositTotal)).one()


def test_what_a_loss_left_owed_counts_as_held_at_hq_until_it_is_paid(hq, room_templates, tmp_path):
    hq.add_showroom("CS", "长沙")
    cs = Room(tmp_path / "cs", room_templates["CS"])
    cs.enrol(hq)
    try:
        # a tier that takes a deposit (the rooms register diamond streamers, who pay none)
        streamer = streamers.register_streamer(cs.uow(), cs.admin, "小美", "13800138000", "douyin", tier="new").id
        cs.lend(streamer, cs.sample_codes[:1])
        loss = returns.declare_lost(cs.uow(), cs.admin, cs.sample_codes[0], "charge", "摔坏了", charge_method="wechat")
        assert loss.loan_closed and loss.owed_fen > 0 and loss.refunded_fen == 0
        cs.sync(hq.transport)
        before = _totals(hq)
        assert before.refunded_fen == 0 and before.collected_fen >= loss.owed_fen

        paid = owed.pay_owed(cs.uow(), cs.admin, streamer, "cash")
        assert paid.amount_fen == loss.owed_fen
        cs.sync(hq.transport)
        assert _totals(hq).refunded_fen == loss.owed_fen
    finally:
        cs.close()
