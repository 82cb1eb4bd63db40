"""Deposit rounding is a stated rule of each tier: to the fen, up to the whole yuan, or up to ¥10."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom.domain.policy import DEPOSIT_ROUNDING_STEPS, TierPolicy, deposit_calculation, deposit_for

PERCENT = TierPolicy(tier="silver", max_samples_out=6, loan_days=5, deposit_rule="percent_of_value", deposit_percent=30)


def test_a_policy_rounds_to_the_fen_unless_it_says_otherwise():
    assert TierPolicy("new", 3, 3, "percent_of_value", deposit_percent=30).deposit_rounding == "fen"


@pytest.mark.parametrize("rounding, expected", [("fen", 17991), ("yuan", 18000), ("ten_yuan", 18000)])
def test_thirty_percent_of_599_70(rounding, expected):
    calc = deposit_calculation(replace(PERCENT, deposit_rounding=rounding), [29985, 29985])
    assert (calc.rule, calc.rate, calc.samples, calc.value_fen) == ("percent_of_value", 30, 2, 59970)
    assert calc.share_centifen == 1_799_100  # ¥179.91 exactly
    assert calc.deposit_fen == expected
    assert calc.rounded == (expected != 17991)


def test_ten_yuan_rounds_up_to_the_next_ten():
    calc = deposit_calculation(replace(PERCENT, deposit_rounding="ten_yuan"), [60100])  # 30% = ¥180.30
    assert calc.deposit_fen == 19000


def test_a_share_of_a_fen_is_rounded_up_to_the_fen_even_when_rounding_to_the_fen():
    calc = deposit_calculation(replace(PERCENT, deposit_percent=33), [12345])  # ¥40.7385
    assert (calc.share_centifen, calc.deposit_fen, calc.rounded) == (407_385, 4074, True)


def test_per_sample_deposits_round_too():
    policy = replace(PERCENT, deposit_rule="per_sample", deposit_per_sample_fen=4550, deposit_rounding="ten_yuan")
    calc = deposit_calculation(policy, [100, 200, 300])
    assert (calc.rate, calc.samples, calc.share_centifen, calc.deposit_fen) == (4550, 3, 1_365_000, 14000)


def test_no_deposit_rule_is_zero_whatever_the_rounding():
    calc = deposit_calculation(replace(PERCENT, deposit_rule="none", deposit_rounding="ten_yuan"), [59970])
    assert (calc.deposit_fen, calc.rounded) == (0, False)


def test_an_unknown_rounding_is_refused():
    with pytest.raises(ValueError):
        deposit_for(replace(PERCENT, deposit_rounding="jiao"), [100])


@given(
    st.lists(st.integers(0, 10_000_000), max_size=30),
    st.integers(0, 100),
    st.sampled_from(sorted(DEPOSIT_ROUNDING_STEPS)),
)
def test_the_deposit_is_the_smallest_step_covering_the_share(values, percent, rounding):
    calc = deposit_calculation(replace(PERCENT, deposit_percent=percent, deposit_rounding=rounding), values)
    step = DEPOSIT_ROUNDING_STEPS[rounding]
    assert calc.deposit_fen % step == 0
    assert calc.deposit_fen * 100 >= calc.share_centifen == sum(values) * percent
    assert (calc.deposit_fen - step) * 100 < calc.share_centifen or calc.deposit_fen == 0
