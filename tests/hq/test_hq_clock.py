"""HQ's clock against the counter's (DESIGN.md "Clocks"): measured from HQ's Date header at each sync,
shown as a warning above 5 minutes (never blocking), and HQ's word decides a clock that looks put back."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from present.errors import describe
from showroom.domain.errors import ClockBehind
from showroom.services import common, setup
from tests.hq.rooms import Room
from ui.context import UiContext
from ui.status_bar import CounterStatusBar
from ui.sync_runner import SyncRunner
from ui.tasks import TaskRunner


class ClockedHq(httpx.BaseTransport):
    """HQ answering with a Date header from a clock `offset` away from this PC's."""

    def __init__(self, inner, offset: timedelta):
        self.inner, self.offset = inner, offset

    def handle_request(self, request):
        response = self.inner.handle_request(request)
        response.headers["Date"] = format_datetime(datetime.now(timezone.utc) + self.offset, usegmt=True)
        return response


def test_each_sync_measures_hq_s_clock(hq, cs):
    cs.sync(ClockedHq(hq.transport, timedelta(minutes=10)))
    status = cs.status()
    assert 598 <= status.hq_clock_skew_s <= 602 and status.clock_off
    cs.sync(ClockedHq(hq.transport, timedelta(seconds=0)))
    assert abs(cs.status().hq_clock_skew_s) <= 2 and not cs.status().clock_off


def test_a_clock_put_back_is_refused_with_hq_s_time(hq, cs, monkeypatch):
    cs.lend(cs.register("小美", "13800138000"), cs.sample_codes[:1])  # stamped by the right clock
    monkeypatch.setattr(common, "utcnow", lambda: datetime.now(timezone.utc) - timedelta(days=2))  # reset
    cs.sync(ClockedHq(hq.transport, timedelta(0)))  # HQ's clock is right: this one is two days behind it
    with pytest.raises(ClockBehind) as refused:
        cs.give_back(cs.sample_codes[:1])
    assert abs(refused.value.hq_now - datetime.now(timezone.utc)) < timedelta(minutes=1)
    text = describe(refused.value)
    assert "clock says" in text and "HQ's clock says" in text


def test_when_hq_confirms_this_clock_a_loan_stamped_ahead_does_not_stop_the_counter(hq, cs, monkeypatch):
    monkeypatch.setattr(common, "utcnow", lambda: datetime.now(timezone.utc) + timedelta(days=2))  # set ahead
    cs.lend(cs.register("小美", "13800138000"), cs.sample_codes[:1])
    monkeypatch.undo()  # put right
    with pytest.raises(ClockBehind):
        cs.give_back(cs.sample_codes[:1])
    cs.sync(ClockedHq(hq.transport, timedelta(0)))  # HQ agrees with this clock
    cs.give_back(cs.sample_codes[:1])


@pytest.fixture
def counter_room(hq, room_templates, tmp_path, qtbot):
    hq.add_showroom("CS", "长沙")
    room = Room(tmp_path / "cs", room_templates["CS"])
    room.enrol(hq)
    worker = TaskRunner()
    ctx = UiContext(store=room.store, tasks=worker, showroom=setup.showroom_info(room.uow()), actor=room.admin)
    yield room, ctx
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=5000)
    worker.shutdown()
    room.close()


def test_the_status_bar_warns_of_a_clock_off_by_more_than_five_minutes(qtbot, hq, counter_room):
    room, ctx = counter_room
    runner = SyncRunner(
        room.data_dir, ctx.tasks, first_sync_ms=-1, transport=ClockedHq(hq.transport, timedelta(minutes=-7))
    )
    try:
        bar = CounterStatusBar(ctx, False, None, sync=runner)
        qtbot.addWidget(bar)
        with qtbot.waitSignal(runner.synced, timeout=15000):
            runner.sync_now()
        qtbot.waitUntil(lambda: "7 min ahead of HQ's" in bar.sync_label.text(), timeout=5000)
        assert "Online" in bar.sync_label.text()  # a warning, not a stop
        assert "date and time" in bar.sync_label.toolTip()
        runner.transport = ClockedHq(hq.transport, timedelta(minutes=4))
        with qtbot.waitSignal(runner.synced, timeout=15000):
            runner.sync_now()
        qtbot.waitUntil(lambda: "HQ's" not in bar.sync_label.text(), timeout=5000)
    finally:
        runner.stop()
