"""Every common scanner suffix ends exactly one scan and does nothing else (issue 12, item 1).

Enter, keypad Enter, Tab, CR+LF (two Enters a few ms apart) and LF, typed at scanner speed into
whatever has the focus: each adds one line, keeps the focus in the scan field, and records nothing.
Confirming takes F12, the confirm button or the printed CMD-CONFIRM.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from showroom.services import checkout, samples, streamers
from tests.ui.conftest import wait_idle
from tests.ui.keyboard_wedge import SUFFIXES, after_a_pause, focused, scan
from ui.screens.checkin import CheckinScreen
from ui.screens.checkout import CheckoutScreen

MEMBER = "CS-M00001"


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    widget.activate()
    qtbot.waitUntil(widget.scan.hasFocus)
    return widget


def held(counter) -> list[str]:
    return [h.sample_code for h in streamers.streamer_panel(counter.uow(), counter.streamer_id).holdings]


@pytest.mark.parametrize("suffix", sorted(SUFFIXES))
def test_check_out_each_suffix_adds_one_line_and_records_nothing(qtbot, ui_ctx, counter, suffix):
    screen = show(qtbot, CheckoutScreen(ui_ctx))
    recorded = []
    screen.loan_recorded.connect(recorded.append)
    scan(qtbot, MEMBER, suffix)
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.name.text() == "小美"
    for count, code in enumerate(counter.codes[:3], start=1):
        scan(qtbot, code, suffix)
        wait_idle(qtbot, ui_ctx)
        assert screen.basket.codes() == counter.codes[:count]
        assert screen.scan.hasFocus() and screen.scan.text() == ""
    assert recorded == [] and held(counter) == []


@pytest.mark.parametrize("suffix", sorted(SUFFIXES))
def test_check_in_each_suffix_adds_one_line_and_records_nothing(qtbot, ui_ctx, counter, suffix):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:3], "cash")
    screen = show(qtbot, CheckinScreen(ui_ctx))
    recorded = []
    screen.returns_recorded.connect(recorded.append)
    for count, code in enumerate(counter.codes[:3], start=1):
        scan(qtbot, code, suffix)
        wait_idle(qtbot, ui_ctx)
        assert screen.model.codes() == counter.codes[:count]
        assert screen.scan.hasFocus() and screen.scan.text() == ""
    assert recorded == []
    assert [samples.sample_detail(counter.uow(), c).row.status for c in counter.codes[:3]] == ["on_loan"] * 3


def test_enter_on_the_empty_field_says_how_to_confirm_and_records_nothing(qtbot, ui_ctx, counter):
    screen = show(qtbot, CheckoutScreen(ui_ctx))
    scan(qtbot, MEMBER)
    scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    after_a_pause(screen.scan)  # a person pressing Enter on purpose, not a suffix
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    assert "F12" in screen.message.text() and "CMD-CONFIRM" in screen.message.text()
    assert held(counter) == [] and screen.basket.codes() == [counter.codes[0]]


def test_f12_and_the_printed_confirm_code_record_the_loan(qtbot, ui_ctx, counter):
    screen = show(qtbot, CheckoutScreen(ui_ctx))
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000):
        scan(qtbot, MEMBER, "cr_lf")
        scan(qtbot, counter.codes[0], "cr_lf")
        qtbot.keyClick(focused(), Qt.Key.Key_F12)
    assert held(counter) == [counter.codes[0]]
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as second:
        scan(qtbot, MEMBER, "tab")
        scan(qtbot, counter.codes[1], "tab")
        scan(qtbot, "CMD-CONFIRM", "tab")
    assert [line.sample_code for line in second.args[0].lines] == [counter.codes[1]]
    wait_idle(qtbot, ui_ctx)


def test_tab_on_the_empty_field_still_moves_the_focus(qtbot, ui_ctx, counter):
    screen = show(qtbot, CheckoutScreen(ui_ctx))
    qtbot.keyClick(screen.scan, Qt.Key.Key_Tab)
    assert not screen.scan.hasFocus()
