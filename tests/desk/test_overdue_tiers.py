"""Tier edges of the overdue list at exact local day boundaries (Changsha, UTC+8), without a database."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from showroom.domain.overdue_tiers import OverdueTier, call_order, classify, should_suspend
from showroom.domain.policy import TierPolicy, end_of_local_day
from showroom.domain.reliability import Reliability, ReliabilityRule, effective_policy

CS = ZoneInfo("Asia/Shanghai")
DUE = end_of_local_day(date(2026, 11, 20), CS)  # 20 Nov 23:59:59 local = 15:59:59 UTC


def local(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=CS)


@pytest.mark.parametrize(
    "now, tier",
    [
        (local(17, 23, 59, 59), None),  # three days ahead
        (local(18, 0, 0, 0), OverdueTier.DUE_SOON),  # local midnight: now two days ahead
        (local(20, 23, 59, 59), OverdueTier.DUE_SOON),  # the due instant itself is still on time
        (local(21, 0, 0, 0), OverdueTier.LATE),  # one second later, across midnight: 1 day late
        (local(26, 23, 59, 59), OverdueTier.LATE),  # 6 days late
        (local(27, 0, 0, 0), OverdueTier.OVERDUE),  # 7 days late
    ],
)
def test_tier_edges_fall_on_local_midnight(now, tier):
    assert classify(DUE, now, CS) == tier
    assert classify(DUE, now.astimezone(timezone.utc), CS) == tier  # the same instant given in UTC


def test_a_late_sample_of_a_partly_returned_loan_is_missing_whatever_its_days():
    assert classify(DUE, local(21, 0), CS, partly_returned=True) == OverdueTier.MISSING
    assert classify(DUE, local(30, 0), CS, partly_returned=True) == OverdueTier.MISSING
    assert classify(DUE, local(19, 0), CS, partly_returned=True) == OverdueTier.DUE_SOON  # not late yet


def test_the_call_order_puts_the_worst_first():
    keys = sorted(
        [
            (OverdueTier.DUE_SOON, 0),
            (OverdueTier.LATE, 2),
            (OverdueTier.OVERDUE, 9),
            (OverdueTier.LATE, 5),
            (OverdueTier.MISSING, 1),
        ],
        key=lambda t: call_order(*t),
    )
    assert keys == [
        (OverdueTier.OVERDUE, 9),
        (OverdueTier.MISSING, 1),
        (OverdueTier.LATE, 5),
        (OverdueTier.LATE, 2),
        (OverdueTier.DUE_SOON, 0),
    ]


def test_automatic_suspension_rule():
    assert not should_suspend(None, 400)
    assert not should_suspend(5, 4)
    assert should_suspend(5, 5)


SILVER = TierPolicy("silver", 6, 5, "percent_of_value", deposit_percent=50)
NEW = TierPolicy("new", 3, 3, "percent_of_value", deposit_percent=100)
RULE = ReliabilityRule(min_samples=5, min_on_time_percent=80)


@pytest.mark.parametrize(
    "record, lowered",
    [
        (Reliability(3, 1, 0, 0, 0), False),  # too few finished samples to judge
        (Reliability(4, 1, 0, 0, 0), False),  # exactly 80 % on time
        (Reliability(3, 1, 1, 0, 0), True),  # 60 %: a loss counts against
        (Reliability(0, 0, 0, 9, 9), False),  # nothing finished yet
    ],
)
def test_a_poor_record_lends_on_the_tier_below(record, lowered):
    policy = effective_policy(SILVER, NEW, record, RULE)
    assert (policy.max_samples_out, policy.deposit_percent, policy.reduced_from) == (
        (3, 100, "silver") if lowered else (6, 50, None)
    )
    assert policy.tier == "silver" and policy.block_on_overdue == SILVER.block_on_overdue


def test_the_lowest_tier_has_nothing_below():
    assert effective_policy(NEW, None, Reliability(0, 5, 5, 0, 0), RULE) == NEW
    assert Reliability(0, 0, 0, 1, 0).on_time_percent is None
    assert Reliability(2, 1, 0, 0, 0).on_time_percent == 66
