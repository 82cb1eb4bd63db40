"""Who may take samples now, and against what deposit. Pure rules: no database."""

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from showroom.domain.policy import Standing, TierPolicy, checkout_blocks, deposit_for

SILVER = TierPolicy(
    tier="silver",
    max_samples_out=6,
    loan_days=5,
    deposit_rule="percent_of_value",
    deposit_percent=50,
    deposit_rounding="yuan",
    block_on_overdue=True,
    allow_override=True,
)


def standing(status="active", reason="", holding=0, overdue=0) -> Standing:
    return Standing(status=status, status_reason=reason, holding=holding, overdue=overdue)


def kinds(blocks) -> list[str]:
    return [b.kind for b in blocks]


def test_an_active_streamer_within_limits_is_not_blocked():
    assert checkout_blocks(standing(holding=2), SILVER, 4) == []


@pytest.mark.parametrize("allow_override", [True, False])
def test_blacklisted_is_never_overridable(allow_override):
    policy = replace(SILVER, allow_override=allow_override)
    [block] = checkout_blocks(standing("blacklisted", "stole samples"), policy, 1)
    assert (block.kind, block.overridable, block.reason) == ("blacklisted", False, "stole samples")


def test_blacklisted_with_other_problems_stays_not_overridable():
    blocks = checkout_blocks(standing("blacklisted", "fraud", holding=6, overdue=2), SILVER, 1)
    assert kinds(blocks) == ["blacklisted", "overdue", "over_limit"]
    assert not all(b.overridable for b in blocks)


@pytest.mark.parametrize("allow_override", [True, False])
def test_suspended_is_overridable_only_when_policy_allows(allow_override):
    [block] = checkout_blocks(standing("suspended", "late twice"), replace(SILVER, allow_override=allow_override), 1)
    assert (block.kind, block.overridable, block.reason) == ("suspended", allow_override, "late twice")


def test_overdue_blocks_when_the_policy_says_so():
    [block] = checkout_blocks(standing(holding=3, overdue=2), SILVER, 1)
    assert (block.kind, block.count, block.overridable) == ("overdue", 2, True)


def test_overdue_does_not_block_when_the_policy_says_not():
    assert checkout_blocks(standing(holding=3, overdue=2), replace(SILVER, block_on_overdue=False), 1) == []


def test_limit_reached_exactly_is_allowed():
    assert checkout_blocks(standing(holding=4), SILVER, 2) == []
    assert checkout_blocks(standing(holding=0), SILVER, 6) == []


def test_one_over_the_limit_is_blocked_with_the_numbers():
    [block] = checkout_blocks(standing(holding=4), SILVER, 3)
    assert (block.kind, block.count, block.limit, block.overridable) == ("over_limit", 7, 6, True)


def test_over_limit_follows_allow_override():
    [block] = checkout_blocks(standing(holding=6), replace(SILVER, allow_override=False), 1)
    assert not block.overridable


# -- deposits --------------------------------------------------------------------------------


def test_no_deposit_rule_takes_nothing():
    assert deposit_for(replace(SILVER, deposit_rule="none"), [8000, 12000]) == 0


def test_per_sample_deposit_counts_samples_not_value():
    policy = replace(SILVER, deposit_rule="per_sample", deposit_per_sample_fen=5000)
    assert deposit_for(policy, [1, 99999, 8000]) == 15000
    assert deposit_for(policy, []) == 0


@pytest.mark.parametrize(
    "values, percent, expected",
    [
        ([8000], 50, 4000),  # exact yuan stays as it is
        ([8000, 8001], 50, 8100),  # 8000.5 fen rounds up to the next yuan
        ([1], 100, 100),  # one fen of value still costs a whole yuan
        ([199], 100, 200),
        ([12345], 33, 4100),  # 4073.85 fen -> 41 yuan
        ([], 50, 0),
        ([8000], 0, 0),
    ],
)
def test_percent_deposit_rounds_up_to_the_yuan(values, percent, expected):
    policy = replace(SILVER, deposit_rule="percent_of_value", deposit_percent=percent)
    assert deposit_for(policy, values) == expected


@given(st.lists(st.integers(0, 10_000_000), max_size=30), st.integers(0, 200))
def test_percent_deposit_is_the_smallest_whole_yuan_covering_the_share(values, percent):
    deposit = deposit_for(replace(SILVER, deposit_percent=percent), values)
    share_x100 = sum(values) * percent  # the exact share, in hundredths of a fen
    assert deposit % 100 == 0
    assert deposit * 100 >= share_x100
    assert (deposit - 100) * 100 < share_x100 or deposit == 0
    assert isinstance(deposit, int)
