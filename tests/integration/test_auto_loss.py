"""Automatic loss on a real SQLite store: a tier's threshold of days late declares a sample lost by itself;
a manager confirms it (the deposit kept) or reverses it (on loan again); the loan waits for the manager."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from showroom.domain.errors import NotFound, PermissionDenied
from showroom.services import checkout, samples, streamers, tier_policies
from showroom.services.auto_loss import (
    confirm_automatic_loss,
    enforce_losses,
    pending_automatic_losses,
    reverse_automatic_loss,
)
from showroom.services.overdue import overdue_board
from showroom.services.records import deposit_balance
from showroom.services.returns import ReturnRequest, check_in
from tests.conftest import T0


def status(counter, code: str) -> str:
    return samples.sample_detail(counter.uow(), code).row.status


@pytest.fixture
def silver_loses_after_10(counter):
    policies = {p.tier: p for p in tier_policies.read_tier_policies(counter.uow())}
    changed = dataclasses.replace(policies["silver"], lose_after_days_late=10)
    tier_policies.save_tier_policies(counter.uow(), counter.manager, [changed], now=T0)
    return changed


@pytest.fixture
def loan(counter, silver_loses_after_10):
    """Two samples lent to the silver streamer with a deposit."""
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)


def late_by(loan, days: int):
    return loan.due_at + timedelta(days=days, hours=1)


def test_the_threshold_is_a_tier_term_that_round_trips(counter, silver_loses_after_10):
    silver = next(p for p in tier_policies.read_tier_policies(counter.uow()) if p.tier == "silver")
    assert silver.lose_after_days_late == 10


def test_nothing_happens_before_the_threshold_or_without_one(counter, loan):
    assert enforce_losses(counter.uow(), now=late_by(loan, 8)) == []
    assert status(counter, counter.codes[0]) == "on_loan"


def test_past_the_threshold_the_counter_declares_and_a_manager_confirms(counter, loan):
    board = overdue_board(counter.uow(), now=late_by(loan, 11))
    assert sorted(board.lost_now) == counter.codes[:2]
    assert [status(counter, c) for c in counter.codes[:2]] == ["lost", "lost"]
    assert not [line for line in board.lines if line.sample_code in counter.codes[:2]]  # off the call list
    pending = pending_automatic_losses(counter.uow())
    assert [p.code for p in pending] == counter.codes[:2] and all(p.days_late >= 10 for p in pending)
    # the deposit is shared out between the two, up to each one's value; the rest is owed
    assert sum(p.forfeitable_fen for p in pending) == loan.deposit_fen
    assert all(p.forfeitable_fen + p.charge_due_fen > 0 for p in pending)
    panel = streamers.streamer_panel(counter.uow(), counter.streamer_id, now=late_by(loan, 11))
    assert panel.holdings == [] and panel.reliability.lost == 2
    assert enforce_losses(counter.uow(), now=late_by(loan, 12)) == []  # declared once

    with pytest.raises(PermissionDenied):
        confirm_automatic_loss(counter.uow(), counter.clerk, counter.codes[0], now=late_by(loan, 12))
    confirm_automatic_loss(counter.uow(), counter.manager, counter.codes[0], "电话不通", now=late_by(loan, 12))
    uow = counter.uow()
    with uow.read():
        loan_open = checkout_loan(uow, loan.loan_id).closed_at is None
    assert loan_open  # the other loss still waits: no deposit goes back meanwhile
    confirm_automatic_loss(counter.uow(), counter.manager, counter.codes[1], now=late_by(loan, 12))
    uow = counter.uow()
    with uow.read():
        assert checkout_loan(uow, loan.loan_id).closed_at is not None
        assert deposit_balance(uow, loan_id=loan.loan_id) == 0
    assert pending_automatic_losses(counter.uow()) == []
    with pytest.raises(NotFound):
        confirm_automatic_loss(counter.uow(), counter.manager, counter.codes[1], now=late_by(loan, 13))


def test_a_reversed_loss_is_on_loan_again_and_can_be_checked_in(counter, loan):
    from showroom.domain.errors import LostAutomatically
    from showroom.services.returns import scan_for_checkin

    enforce_losses(counter.uow(), now=late_by(loan, 11))
    with pytest.raises(LostAutomatically) as refused:  # the streamer came back with it: the clerk is told what to do
        scan_for_checkin(counter.uow(), counter.codes[0], now=late_by(loan, 12))
    assert refused.value.days_late >= 10
    reverse_automatic_loss(counter.uow(), counter.manager, counter.codes[0], "主播已寄回", now=late_by(loan, 12))
    assert status(counter, counter.codes[0]) == "on_loan"
    assert enforce_losses(counter.uow(), now=late_by(loan, 20)) == []  # a manager's reversal sticks
    confirm_automatic_loss(counter.uow(), counter.manager, counter.codes[1], now=late_by(loan, 12))
    result = check_in(counter.uow(), counter.clerk, [ReturnRequest(counter.codes[0])], now=late_by(loan, 13))
    assert result.loans[0].closed and status(counter, counter.codes[0]) == "in_stock"
    history = samples.sample_detail(counter.uow(), counter.codes[0]).history
    assert [h.kind for h in history][-2:] == ["loss_reversed", "checked_in"]


def test_a_check_in_of_the_other_sample_does_not_close_the_loan_while_a_loss_waits(counter, loan):
    enforce_losses(counter.uow(), now=late_by(loan, 11))
    reverse_automatic_loss(counter.uow(), counter.manager, counter.codes[1], "主播来了", now=late_by(loan, 11))
    result = check_in(counter.uow(), counter.clerk, [ReturnRequest(counter.codes[1])], now=late_by(loan, 12))
    assert not result.loans[0].closed and result.loans[0].refunded_fen == 0


def checkout_loan(uow, loan_id):
    from db.models import Loan

    return uow.session.get(Loan, loan_id)
