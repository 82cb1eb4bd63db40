"""The app syncs in the background: the status bar tells the state calmly; enrolment from a dialog."""

from __future__ import annotations

import threading

import httpx
import pytest
from PySide6.QtWidgets import QApplication

from showroom.services import checkout, setup
from tests.hq.helpers import Offline
from tests.hq.rooms import Room
from ui.context import UiContext
from ui.dialogs.enrol_dialog import EnrolDialog
from ui.status_bar import CounterStatusBar
from ui.sync_runner import SyncRunner
from ui.tasks import TaskRunner


class Gate(httpx.BaseTransport):
    """Holds every request until opened: HQ answering slowly."""

    def __init__(self, inner):
        self.inner, self.open = inner, threading.Event()

    def handle_request(self, request):
        assert self.open.wait(10)
        return self.inner.handle_request(request)


@pytest.fixture
def counter_room(hq, room_templates, tmp_path, qtbot):
    hq.add_showroom("CS", "长沙")
    room = Room(tmp_path / "cs", room_templates["CS"])
    worker = TaskRunner()
    ctx = UiContext(store=room.store, tasks=worker, showroom=setup.showroom_info(room.uow()), actor=room.admin)
    yield room, ctx
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=5000)
    worker.shutdown()
    room.close()


def _bar(qtbot, ctx, runner) -> CounterStatusBar:
    bar = CounterStatusBar(ctx, False, None, sync=runner)
    qtbot.addWidget(bar)
    return bar


def _runner(qtbot, room, transport, tasks) -> SyncRunner:
    runner = SyncRunner(room.data_dir, tasks, first_sync_ms=-1, transport=transport)
    return runner


def test_enrol_from_the_dialog_then_the_bar_says_online(qtbot, hq, counter_room):
    room, ctx = counter_room
    runner = _runner(qtbot, room, hq.transport, ctx.tasks)
    try:
        bar = _bar(qtbot, ctx, runner)
        qtbot.waitUntil(lambda: "not connected" in bar.sync_label.text())
        dialog = EnrolDialog(runner)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.url_edit, "http://testserver")
        qtbot.keyClicks(dialog.code_edit, hq.enrol_code("CS"))
        with qtbot.waitSignal(runner.synced, timeout=15000):
            dialog.ok_button.click()
        qtbot.waitUntil(lambda: "Online" in bar.sync_label.text(), timeout=5000)
        assert "0 change(s) waiting" in bar.sync_label.text()
        assert dialog.result() == EnrolDialog.DialogCode.Accepted
    finally:
        runner.stop()


def test_a_refused_code_is_said_inline(qtbot, hq, counter_room):
    room, ctx = counter_room
    runner = _runner(qtbot, room, hq.transport, ctx.tasks)
    try:
        dialog = EnrolDialog(runner, url="http://testserver")
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.code_edit, "WRONG-CODE1")
        with qtbot.waitSignal(runner.enrol_failed, timeout=10000):
            dialog.ok_button.click()
        assert "unknown, already used or expired" in dialog.message.text()
        assert dialog.ok_button.isEnabled()
    finally:
        runner.stop()


def test_hq_away_is_shown_calmly_and_changes_keep_waiting(qtbot, hq, counter_room):
    room, ctx = counter_room
    room.enrol(hq)
    runner = _runner(qtbot, room, Offline(), ctx.tasks)
    try:
        bar = _bar(qtbot, ctx, runner)
        with qtbot.waitSignal(runner.failed, timeout=10000):
            runner.sync_now()
        qtbot.waitUntil(lambda: "HQ not reachable" in bar.sync_label.text(), timeout=5000)
        assert f"{len(room.events())} change(s) waiting" in bar.sync_label.text()
        assert "Nothing is lost" in bar.sync_label.toolTip()
        assert QApplication.activeModalWidget() is None
    finally:
        runner.stop()


def test_sync_never_blocks_the_screen_and_pulls_the_network_blacklist(
    qtbot, hq, counter_room, room_templates, tmp_path
):
    room, ctx = counter_room
    room.enrol(hq)
    hq.add_showroom("JN", "济南")
    other = Room(tmp_path / "jn", room_templates["JN"])
    try:
        other.enrol(hq)
        other.blacklist(other.register("老赖", "13688889999"), "跑路")
        other.sync(hq.transport)
        gate = Gate(hq.transport)
        runner = _runner(qtbot, room, gate, ctx.tasks)
        bar = _bar(qtbot, ctx, runner)
        assert runner.sync_now()
        assert runner.busy and not runner.sync_now()  # one at a time
        qtbot.waitUntil(lambda: "syncing" in bar.sync_label.text(), timeout=5000)
        qtbot.wait(100)  # the GUI thread keeps running meanwhile
        with qtbot.waitSignal(ctx.bus.changed, timeout=15000):
            gate.open.set()
        newcomer = room.register("老赖", "13688889999")  # never here before: known by her phone's hash
        with pytest.raises(Exception) as refused:
            checkout.check_out(room.uow(), room.admin, newcomer, room.sample_codes[:1], "cash")
        assert type(refused.value).__name__ == "StreamerBlocked"
        runner.stop()
    finally:
        other.close()


def test_the_main_window_offers_sync_now_and_connect(qtbot, hq, counter_room, tmp_path):
    from PySide6.QtGui import QAction

    from ui.main_window import MainWindow
    from ui.preferences import Preferences

    room, ctx = counter_room
    room.enrol(hq)
    runner = _runner(qtbot, room, Offline(), ctx.tasks)
    try:
        window = MainWindow(ctx, Preferences(tmp_path), sync_runner=runner)
        qtbot.addWidget(window)
        actions = {a.objectName(): a for a in window.findChildren(QAction)}
        assert actions["enrolAction"].isEnabled()
        with qtbot.waitSignal(runner.failed, timeout=10000):
            actions["syncNowAction"].trigger()
        qtbot.waitUntil(lambda: "HQ not reachable" in window.status.sync_label.text(), timeout=5000)
        qtbot.waitUntil(lambda: ctx.tasks.pending() == 0, timeout=5000)
    finally:
        runner.stop()
