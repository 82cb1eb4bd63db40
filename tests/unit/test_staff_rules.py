"""Login lockout, PIN form and who may change whom: the rules alone, no database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from showroom.domain import staff_rules as rules
from showroom.domain.errors import InvalidInput, StaffChangeRefused
from showroom.domain.staff_rules import LOCK_DURATION, MAX_WRONG_PINS, LockState, LoginOutcome

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)


def _wrong(times: int, state: LockState = LockState(), at: datetime = NOW) -> LockState:
    for _ in range(times):
        state = state.after_wrong_pin(at)
    return state


def test_the_constants_are_five_pins_and_fifteen_minutes():
    assert MAX_WRONG_PINS == 5 and LOCK_DURATION == timedelta(minutes=15)


def test_four_wrong_pins_count_but_do_not_lock():
    state = _wrong(4)
    assert state.failed == 4 and state.locked_until is None and not state.is_locked(NOW)


def test_the_fifth_wrong_pin_in_a_row_locks_for_fifteen_minutes():
    before = _wrong(4)
    after = before.after_wrong_pin(NOW)
    assert after.locked_until == NOW + LOCK_DURATION
    assert after.is_locked(NOW + LOCK_DURATION - timedelta(seconds=1))
    assert not after.is_locked(NOW + LOCK_DURATION)
    assert rules.wrong_pin_outcome(before, after, NOW) is LoginOutcome.LOCK_STARTED
    assert rules.wrong_pin_outcome(_wrong(3), before, NOW) is LoginOutcome.WRONG_PIN


def test_a_right_pin_starts_the_count_again():
    state = _wrong(4).after_right_pin()
    assert state == LockState()
    assert not _wrong(4, state).is_locked(NOW)


def test_an_expired_lock_leaves_nothing_behind():
    locked = _wrong(5)
    later = NOW + LOCK_DURATION
    assert locked.current(later) == LockState()
    again = locked.after_wrong_pin(later)  # counts from one, not from six
    assert again.failed == 1 and not again.is_locked(later)
    assert locked.current(NOW) == locked  # still locked: kept as it is


@pytest.mark.parametrize("pin", ["1234", "000000", "123456789012"])
def test_a_pin_is_four_to_twelve_digits(pin):
    assert rules.check_pin(pin) == pin


@pytest.mark.parametrize("pin", ["", None, "123", "1234567890123", "12a4", "12 34", "１２３４", "-1234"])
def test_other_pins_are_refused(pin):
    with pytest.raises(InvalidInput) as refused:
        rules.check_pin(pin)
    assert (refused.value.field, refused.value.problem) == ("pin", "pin_format")


def test_a_new_pin_must_be_typed_the_same_twice():
    assert rules.check_pin_twice("4321", "4321") == "4321"
    with pytest.raises(InvalidInput) as refused:
        rules.check_pin_twice("4321", "4312")
    assert (refused.value.field, refused.value.problem) == ("pin_again", "pins_differ")
    with pytest.raises(InvalidInput) as refused:  # the form is checked first
        rules.check_pin_twice("43", "43")
    assert refused.value.problem == "pin_format"


def test_nobody_disables_themselves():
    with pytest.raises(StaffChangeRefused) as refused:
        rules.check_can_disable("a1", "a1", "admin", {"a1", "a2"})
    assert refused.value.problem == "disable_self"


def test_the_last_active_admin_cannot_be_disabled():
    with pytest.raises(StaffChangeRefused) as refused:
        rules.check_can_disable("m1", "a1", "admin", {"a1"})
    assert refused.value.problem == "last_admin"
    rules.check_can_disable("a2", "a1", "admin", {"a1", "a2"})  # another admin remains
    rules.check_can_disable("a1", "c1", "clerk", {"a1"})


def test_the_last_active_admin_cannot_be_demoted_even_by_themselves():
    with pytest.raises(StaffChangeRefused) as refused:
        rules.check_can_change_role("a1", "admin", "manager", True, {"a1"})
    assert refused.value.problem == "last_admin"
    rules.check_can_change_role("a1", "admin", "manager", True, {"a1", "a2"})
    rules.check_can_change_role("a9", "admin", "clerk", False, {"a1"})  # a disabled admin is no admin now
    rules.check_can_change_role("c1", "clerk", "admin", True, {"a1"})
