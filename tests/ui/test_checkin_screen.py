"""The check-in screen driven by the scanner and keyboard alone: scan what came back, 1/2/3 for the
condition, F12 (or CMD-CONFIRM) to confirm; a suffix never records a return."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from showroom.services import checkout, samples, streamers
from showroom.services.views import ReturnLine
from tests.conftest import T0
from tests.ui import keyboard_wedge
from tests.ui.conftest import scan, wait_idle
from ui.models.return_model import ReturnModel
from ui.screens.checkin import CheckinScreen
from ui.tasks import Lane


@pytest.fixture
def screen(qtbot, ui_ctx):
    widget = CheckinScreen(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activate()
    return widget


@pytest.fixture
def loan(counter):
    """Three samples lent to the silver streamer, with a cash deposit."""
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:3], "cash")


def status(counter, code: str) -> str:
    return samples.sample_detail(counter.uow(), code).row.status


def test_scanner_only_check_in_closes_the_loan_and_refunds(qtbot, screen, ui_ctx, counter, loan):
    for code in counter.codes[:3]:
        scan(qtbot, screen.scan, code)
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == counter.codes[:3]
    assert screen.confirm.isEnabled()

    with qtbot.waitSignal(screen.returns_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    result = recorded.args[0]
    [after] = result.loans
    assert after.loan_number == loan.number and after.closed
    assert after.refunded_fen == loan.deposit_fen > 0
    assert [status(counter, c) for c in counter.codes[:3]] == ["in_stock"] * 3
    assert streamers.streamer_panel(counter.uow(), counter.streamer_id).holdings == []
    assert screen.model.rowCount() == 0
    html = screen.result_view.toPlainText()
    assert loan.number in html and "¥" in html
    assert screen.scan.hasFocus()
    wait_idle(qtbot, ui_ctx)


def test_partial_return_says_what_is_still_out(qtbot, screen, ui_ctx, counter, loan):
    with qtbot.waitSignal(screen.returns_recorded, timeout=5000) as recorded:
        scan(qtbot, screen.scan, counter.codes[0])
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    [after] = recorded.args[0].loans
    assert not after.closed and after.refunded_fen == 0
    assert [h.sample_code for h in after.still_out] == counter.codes[1:3]
    text = screen.result_view.toPlainText()
    assert counter.codes[1] in text and counter.codes[2] in text
    wait_idle(qtbot, ui_ctx)


def test_condition_is_recorded_per_line(qtbot, screen, ui_ctx, counter, loan):
    scan(qtbot, screen.scan, counter.codes[0])
    scan(qtbot, screen.scan, counter.codes[1])
    wait_idle(qtbot, ui_ctx)
    screen.table.selectRow(0)
    screen.condition.setCurrentIndex(screen.condition.findData("damaged"))
    screen.condition.activated.emit(screen.condition.currentIndex())
    screen.model.setData(screen.model.index(0, ReturnModel.COL_NOTE), "屏幕划痕")
    assert [e.condition for e in screen.model.entries()] == ["damaged", "good"]

    with qtbot.waitSignal(screen.returns_recorded, timeout=5000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    assert "damaged" in samples.sample_detail(counter.uow(), counter.codes[0]).row.condition_note
    assert "屏幕划痕" in samples.sample_detail(counter.uow(), counter.codes[0]).row.condition_note
    wait_idle(qtbot, ui_ctx)


def test_refusals_are_inline_and_change_nothing(qtbot, screen, ui_ctx, counter, loan):
    scan(qtbot, screen.scan, "CS-999999")
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and "CS-999999" in screen.message.text()

    scan(qtbot, screen.scan, counter.codes[4])  # in stock: nothing to return
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and counter.codes[4] in screen.message.text()

    scan(qtbot, screen.scan, counter.codes[0])
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == [counter.codes[0]]
    assert screen.message.kind == "error"
    assert status(counter, counter.codes[0]) == "on_loan"
    assert screen.scan.hasFocus()


def test_confirming_an_empty_list_records_nothing(qtbot, screen, ui_ctx):
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error"
    assert not screen.confirm.isEnabled()


def test_overdue_lines_show_days_late(qtbot, screen, ui_ctx, counter):
    # Lent at T0 (silver: 5 days), so by now it is late.
    checkout.check_out(
        counter.uow(), counter.clerk, counter.streamer_id, [counter.codes[3]], "cash", now=T0 + timedelta(hours=1)
    )
    scan(qtbot, screen.scan, counter.codes[3])
    wait_idle(qtbot, ui_ctx)
    [entry] = screen.model.entries()
    assert entry.line.days_overdue > 0
    late = screen.model.index(0, ReturnModel.COL_LATE)
    assert screen.model.data(late) == str(entry.line.days_overdue)
    assert screen.model.data(late, Qt.ItemDataRole.ForegroundRole) is not None


def test_screen_contract(screen):
    assert CheckinScreen.screen_title() == "Check-in"
    assert screen.scan.objectName() == "checkin_scan"
    assert screen.confirm.objectName() == "checkin_confirm"
    assert screen.scan.hasFocus()


def test_return_model_edits_condition_and_note_only(qtbot, ui_ctx):
    model = ReturnModel(ui_ctx.tz)
    now = datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc)
    model.append(ReturnLine("CS-000001", "每日坚果", "CS-L261127001", "小美", now, now, 0))
    condition = model.index(0, ReturnModel.COL_CONDITION)
    assert model.data(condition) == "Good"
    assert not model.setData(condition, "burnt")
    assert model.set_condition(0, "parts_missing")
    assert model.data(condition) == "Parts missing"
    assert model.data(condition, Qt.ItemDataRole.EditRole) == "parts_missing"
    assert not model.setData(model.index(0, ReturnModel.COL_CODE), "CS-000009")
    assert model.flags(model.index(0, ReturnModel.COL_NOTE)) & Qt.ItemFlag.ItemIsEditable


def test_a_scan_during_recording_a_return_is_taken_right_after(qtbot, ui_ctx, counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    screen = CheckinScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.returns_recorded, timeout=5000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
        scan(qtbot, screen.scan, counter.codes[1])  # scanned while the first return is recorded
    wait_idle(qtbot, ui_ctx)
    assert screen.model.rowCount() == 1  # the second sample waits in the list, not lost


def conditions(screen) -> list[str]:
    return [e.condition for e in screen.model.entries()]


def test_condition_keys_on_the_selected_line_and_tab_leaves_the_table(qtbot, screen, ui_ctx, counter, loan):
    for code in counter.codes[:3]:
        keyboard_wedge.scan(qtbot, code)
    wait_idle(qtbot, ui_ctx)
    assert "1" in screen.returns.keys_hint.text() and "3" in screen.returns.keys_hint.text()
    keyboard_wedge.after_a_pause(screen.scan)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Tab)  # Tab on the empty field: into the list
    assert screen.table.hasFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Up)
    qtbot.keyClick(screen.table, Qt.Key.Key_2)
    qtbot.keyClick(screen.table, Qt.Key.Key_Up)
    qtbot.keyClick(screen.table, Qt.Key.Key_3)
    assert conditions(screen) == ["parts_missing", "damaged", "good"]
    assert counter.codes[0] in screen.message.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Tab)  # never trapped cell by cell
    assert not screen.table.hasFocus()
    with qtbot.waitSignal(screen.returns_recorded, timeout=5000):
        qtbot.keyClick(keyboard_wedge.focused(), Qt.Key.Key_F12)
    assert "damaged" in samples.sample_detail(counter.uow(), counter.codes[1]).row.condition_note
    wait_idle(qtbot, ui_ctx)


def test_a_scan_typed_while_the_list_has_the_keyboard_goes_to_the_scan_field(qtbot, screen, ui_ctx, counter, loan):
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    screen.table.setFocus()
    keyboard_wedge.scan(qtbot, counter.codes[1])  # CS-000002: its digits are not condition keys
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == counter.codes[:2] and conditions(screen) == ["good", "good"]
    assert screen.scan.hasFocus()


def test_condition_and_confirm_by_printed_command_codes(qtbot, screen, ui_ctx, counter, loan):
    keyboard_wedge.scan(qtbot, "CMD-DAMAGED")  # nothing to set yet
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and "CMD-DAMAGED" in screen.message.text()
    keyboard_wedge.scan(qtbot, counter.codes[0], "cr_lf")
    keyboard_wedge.scan(qtbot, "CMD-DAMAGED", "cr_lf")
    keyboard_wedge.scan(qtbot, counter.codes[1], "tab")
    keyboard_wedge.scan(qtbot, "CMD-PARTS", "tab")
    keyboard_wedge.scan(qtbot, counter.codes[2], "lf")
    wait_idle(qtbot, ui_ctx)
    assert conditions(screen) == ["damaged", "parts_missing", "good"]
    keyboard_wedge.scan(qtbot, "CMD-GOOD")
    with qtbot.waitSignal(screen.returns_recorded, timeout=5000) as recorded:
        keyboard_wedge.scan(qtbot, "CMD-CONFIRM")
    assert len(recorded.args[0].loans[0].returned) == 3
    assert "parts_missing" in samples.sample_detail(counter.uow(), counter.codes[1]).row.condition_note
    wait_idle(qtbot, ui_ctx)


@contextmanager
def slow_database(ui_ctx):
    """Holds the DB lane, as a busy PC does, so scans pile up before their answers come back."""
    gate = threading.Event()
    ui_ctx.tasks.run(Lane.DB, lambda: gate.wait(10))
    try:
        yield
    finally:
        gate.set()


def test_commands_wait_for_the_scans_before_them(qtbot, screen, ui_ctx, counter, loan):
    with slow_database(ui_ctx):
        keyboard_wedge.scan(qtbot, counter.codes[0])
        keyboard_wedge.scan(qtbot, "CMD-DAMAGED")  # for codes[0], whose answer has not come yet
        keyboard_wedge.scan(qtbot, counter.codes[1])
        keyboard_wedge.scan(qtbot, "CMD-PARTS")
        keyboard_wedge.scan(qtbot, counter.codes[2])
        keyboard_wedge.scan(qtbot, "CMD-CANCEL")  # a list of three by now: it asks
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == counter.codes[:3]
    assert conditions(screen) == ["damaged", "parts_missing", "good"]
    assert screen.question.is_open() and screen.message.kind != "error"


def test_cancel_code_asks_before_clearing_the_list(qtbot, screen, ui_ctx, counter, loan):
    keyboard_wedge.scan(qtbot, counter.codes[0])
    keyboard_wedge.scan(qtbot, "CMD-CANCEL")
    wait_idle(qtbot, ui_ctx)
    assert screen.question.is_open() and screen.model.rowCount() == 1
    keyboard_wedge.scan(qtbot, counter.codes[1])  # held while the question is open
    wait_idle(qtbot, ui_ctx)
    qtbot.keyClick(screen.scan, Qt.Key.Key_1)  # keep
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == counter.codes[:2]
    keyboard_wedge.scan(qtbot, "CMD-CANCEL")
    qtbot.keyClick(screen.scan, Qt.Key.Key_2)  # clear
    assert screen.model.rowCount() == 0 and not screen.question.is_open()
    assert status(counter, counter.codes[0]) == "on_loan"
