"""The counter in its window: F2 then Enter records nothing, logging out with a list asks first, and
the printed command barcodes are one menu away (issue 12, items 1, 4 and 14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from showroom.services import checkout, samples
from tests.printing import paper_tools
from tests.ui import keyboard_wedge
from tests.ui.conftest import wait_idle
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.screens.checkin import CheckinScreen
from ui.screens.checkout import CheckoutScreen


@pytest.fixture
def window(qtbot, ui_ctx, tmp_path):
    win = MainWindow(ui_ctx, Preferences(tmp_path), demo=True)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    wait_idle(qtbot, ui_ctx)
    return win


def screen_of(window, cls):
    return next(s for s in window.screens if isinstance(s, cls))


def test_f2_then_enter_records_no_return(qtbot, window, ui_ctx, counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash")
    screen = screen_of(window, CheckinScreen)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.waitUntil(screen.scan.hasFocus)
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    qtbot.keyClick(window, Qt.Key.Key_F2)  # the screen's shortcut again, then Enter
    keyboard_wedge.after_a_pause(screen.scan)
    qtbot.keyClick(keyboard_wedge.focused(), Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == [counter.codes[0]]
    assert samples.sample_detail(counter.uow(), counter.codes[0]).row.status == "on_loan"
    assert "F12" in screen.message.text()


def answer_logout_question(button: str | None) -> list[str]:
    """Clicks `button` of the log-out question when it opens (None: presses Enter); says what was asked."""
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        asked.append(box.text() if box is not None else "")
        if box is None:
            return
        if button is None:
            box.defaultButton().click()
        else:
            box.findChild(QPushButton, button).click()

    QTimer.singleShot(0, answer)
    return asked


def test_logging_out_with_a_basket_asks_and_keeps_it_by_default(qtbot, window, ui_ctx, counter):
    screen = screen_of(window, CheckoutScreen)
    keyboard_wedge.scan(qtbot, "CS-M00001")
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    asked = answer_logout_question(None)
    window.findChild(type(window.menuBar().actions()[0]), "logoutAction").trigger()
    assert "小美" in asked[0] and logged_out == [] and screen.basket.count() == 1
    asked = answer_logout_question("logOutAnywayButton")
    window.findChild(type(window.menuBar().actions()[0]), "logoutAction").trigger()
    assert logged_out == [True]


def test_logging_out_with_returns_in_the_list_asks_too(qtbot, window, ui_ctx, counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    asked = answer_logout_question("keepWorkingButton")
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    window.findChild(type(window.menuBar().actions()[0]), "logoutAction").trigger()
    assert asked and logged_out == []


def test_logging_out_with_nothing_in_progress_asks_nothing(qtbot, window):
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    window.findChild(type(window.menuBar().actions()[0]), "logoutAction").trigger()
    assert logged_out == [True]


@pytest.mark.parametrize(
    "action, kind, pages", [("commandSheetAction", "report", 1), ("commandLabelsAction", "label", 5)]
)
def test_the_command_barcodes_are_one_menu_away_and_scan(qtbot, window, ui_ctx, action, kind, pages, monkeypatch):
    shown = []
    monkeypatch.setattr(ui_ctx.print_desk, "preview", lambda parent, k, title, pdf: shown.append((k, pdf)))
    window.findChild(type(window.menuBar().actions()[0]), action).trigger()
    [(shown_kind, pdf)] = shown
    assert shown_kind == kind and len(paper_tools.page_sizes(pdf)) == pages
    assert sorted(paper_tools.decoded(pdf)) == sorted(
        ["CMD-CANCEL", "CMD-CONFIRM", "CMD-DAMAGED", "CMD-GOOD", "CMD-PARTS"]
    )
