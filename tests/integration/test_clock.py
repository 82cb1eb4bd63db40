"""A clock put back (a PC whose date was reset) may not record: no return before its loan.

The PC clock is `showroom.services.common.utcnow`, which every use case reads when it is given no
`now`; these tests set it as a reset CMOS clock would. Times a caller places on purpose (`now=`, as the
demo's history and the other tests do) are not readings of this clock and are not checked.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from db.clock_models import HqClock
from showroom.domain.clock import CLOCK_TOLERANCE
from showroom.domain.errors import ClockBehind
from showroom.services import checkout, common, samples
from showroom.services.returns import ReturnRequest, check_in
from tests.conftest import T0

NOW = T0 + timedelta(days=1)


def set_clock(monkeypatch, when) -> None:
    monkeypatch.setattr(common, "utcnow", lambda: when)


def outbox_size(counter) -> int:
    with sqlite3.connect(counter.store.db_path) as conn:
        return conn.execute("SELECT count(*) FROM outbox_event").fetchone()[0]


@pytest.fixture
def lent(counter, monkeypatch):
    """One sample lent by the PC clock at NOW."""
    set_clock(monkeypatch, NOW)
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash")
    return counter.codes[0]


def test_a_return_stamped_before_the_loan_is_refused_naming_the_last_recorded_time(counter, lent, monkeypatch):
    set_clock(monkeypatch, NOW - timedelta(hours=3))
    before = outbox_size(counter)
    with pytest.raises(ClockBehind) as refused:
        check_in(counter.uow(), counter.clerk, [ReturnRequest(lent)])
    assert refused.value.last_recorded == NOW
    assert refused.value.now == NOW - timedelta(hours=3)
    assert refused.value.timezone == "Asia/Shanghai" and refused.value.hq_now is None
    assert outbox_size(counter) == before  # nothing was saved
    assert samples.sample_detail(counter.uow(), lent).row.status == "on_loan"
    set_clock(monkeypatch, NOW + timedelta(minutes=1))  # the clock put right
    check_in(counter.uow(), counter.clerk, [ReturnRequest(lent)])
    assert samples.sample_detail(counter.uow(), lent).row.status == "in_stock"


def test_a_clock_a_little_behind_is_within_the_tolerance(counter, lent, monkeypatch):
    set_clock(monkeypatch, NOW - CLOCK_TOLERANCE + timedelta(seconds=10))  # a resync moved it back a bit
    check_in(counter.uow(), counter.clerk, [ReturnRequest(lent)])
    assert samples.sample_detail(counter.uow(), lent).row.status == "in_stock"


def test_a_time_placed_on_purpose_is_not_a_clock_reading(counter, lent):
    """The demo's history and the tests place actions with now=: compared like with like, they pass."""
    check_in(counter.uow(), counter.clerk, [ReturnRequest(lent)], now=NOW - timedelta(hours=3))
    assert samples.sample_detail(counter.uow(), lent).row.status == "in_stock"


def _hq_said(counter, skew: timedelta, checked_at) -> None:
    uow = counter.uow()
    with uow:
        uow.session.add(HqClock(id=1, skew_s=int(skew.total_seconds()), checked_at=checked_at))
        uow.commit()


def test_hq_saying_the_clock_is_right_lets_work_go_on(counter, lent, monkeypatch):
    """The loan was stamped by a clock set ahead; the clock is right now, and HQ said so at the last sync."""
    back = NOW - timedelta(hours=3)
    set_clock(monkeypatch, back)
    _hq_said(counter, timedelta(seconds=1), back - timedelta(minutes=1))
    check_in(counter.uow(), counter.clerk, [ReturnRequest(lent)])
    assert samples.sample_detail(counter.uow(), lent).row.status == "in_stock"


def test_hq_saying_the_clock_is_behind_is_named_in_the_refusal(counter, lent, monkeypatch):
    back = NOW - timedelta(hours=3)
    set_clock(monkeypatch, back)
    _hq_said(counter, timedelta(hours=3), back - timedelta(minutes=1))
    with pytest.raises(ClockBehind) as refused:
        check_in(counter.uow(), counter.clerk, [ReturnRequest(lent)])
    assert refused.value.hq_now == NOW


def test_an_old_word_from_hq_does_not_cover_a_clock_put_back_since(counter, lent, monkeypatch):
    back = NOW - timedelta(hours=3)
    set_clock(monkeypatch, back)
    _hq_said(counter, timedelta(0), NOW)  # measured before the clock went back: later than "now"
    with pytest.raises(ClockBehind):
        check_in(counter.uow(), counter.clerk, [ReturnRequest(lent)])
