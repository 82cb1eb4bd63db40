"""Due dates and lateness are counted in local days (Asia/Shanghai), never in UTC days."""

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from showroom.domain.errors import PlannedDateInvalid
from showroom.domain.policy import TierPolicy, days_overdue, due_at, end_of_local_day, is_overdue

SHANGHAI = ZoneInfo("Asia/Shanghai")
POLICY = TierPolicy(tier="silver", max_samples_out=6, loan_days=5, deposit_rule="none")
NOW = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)  # 10:00 on 20 Nov in Changsha


def local(y, m, d, hh=0, mm=0, ss=0) -> datetime:
    return datetime(y, m, d, hh, mm, ss, tzinfo=SHANGHAI)


def test_policy_days_end_at_the_close_of_the_local_day():
    assert due_at(NOW, POLICY, SHANGHAI) == local(2026, 11, 25, 23, 59, 59)


def test_the_local_day_counts_not_the_utc_day():
    after_local_midnight = datetime(2026, 11, 20, 16, 30, tzinfo=timezone.utc)  # 00:30 on 21 Nov local
    assert due_at(after_local_midnight, POLICY, SHANGHAI) == local(2026, 11, 26, 23, 59, 59)


def test_planned_stream_gives_the_day_after_the_stream():
    assert due_at(NOW, POLICY, SHANGHAI, date(2026, 11, 22)) == local(2026, 11, 23, 23, 59, 59)


def test_a_stream_tonight_is_due_tomorrow():
    assert due_at(NOW, POLICY, SHANGHAI, date(2026, 11, 20)) == local(2026, 11, 21, 23, 59, 59)


def test_the_last_stream_day_the_policy_allows():
    assert due_at(NOW, POLICY, SHANGHAI, date(2026, 11, 24)) == due_at(NOW, POLICY, SHANGHAI)


def test_a_planned_stream_in_the_past_is_refused():
    with pytest.raises(PlannedDateInvalid) as err:
        due_at(NOW, POLICY, SHANGHAI, date(2026, 11, 19))
    assert err.value.problem == "in_past"


def test_a_planned_stream_beyond_the_policy_is_refused_with_the_latest_allowed():
    with pytest.raises(PlannedDateInvalid) as err:
        due_at(NOW, POLICY, SHANGHAI, date(2026, 11, 25))
    assert err.value.problem == "beyond_policy"
    assert err.value.latest == date(2026, 11, 24)


def test_longer_policies_allow_later_streams():
    ten_days = replace(POLICY, loan_days=10)
    assert due_at(NOW, ten_days, SHANGHAI, date(2026, 11, 29)) == local(2026, 11, 30, 23, 59, 59)


def test_end_of_local_day():
    assert end_of_local_day(date(2026, 11, 25), SHANGHAI) == datetime(2026, 11, 25, 15, 59, 59, tzinfo=timezone.utc)


# -- lateness --------------------------------------------------------------------------------

DUE = end_of_local_day(date(2026, 11, 25), SHANGHAI)


def test_returned_a_second_after_local_midnight_is_one_day_late():
    returned = local(2026, 11, 26, 0, 0, 1)
    assert returned.astimezone(timezone.utc).date() == date(2026, 11, 25)  # still the due day in UTC
    assert days_overdue(DUE, returned.astimezone(timezone.utc), SHANGHAI) == 1
    assert is_overdue(DUE, returned)


@pytest.mark.parametrize(
    "returned, late",
    [
        (local(2026, 11, 20, 10), 0),
        (local(2026, 11, 25, 23, 59, 58), 0),
        (local(2026, 11, 25, 23, 59, 59), 0),  # at the due instant is on time
        (local(2026, 11, 26, 23, 59, 59), 1),
        (local(2026, 11, 27, 0, 0, 1), 2),
        (local(2026, 12, 5, 12), 10),
    ],
)
def test_days_overdue_counts_local_days(returned, late):
    assert days_overdue(DUE, returned, SHANGHAI) == late
    assert is_overdue(DUE, returned) == (late > 0)


def test_days_overdue_does_not_depend_on_the_zone_of_the_instants():
    returned = local(2026, 11, 27, 8)
    for zone in (timezone.utc, SHANGHAI, ZoneInfo("America/New_York")):
        assert days_overdue(DUE.astimezone(zone), returned.astimezone(zone), SHANGHAI) == 2


def test_one_second_is_enough_to_be_overdue():
    assert not is_overdue(DUE, DUE)
    assert is_overdue(DUE, DUE + timedelta(seconds=1))
