"""The stocktake screen driven like the counter drives it: a manager starts a count of a shelf, the scanner
types codes at full speed with every suffix, a manager settles each unexpected find and finishes."""

from __future__ import annotations

import sys
import time
import types
from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from showroom.services import catalog, checkout, samples
from showroom.services.stocktake import count_code, start_stocktake
from showroom.services.stocktake_views import CountLine, CountTotals, current_stocktake
from tests.ui import keyboard_wedge
from tests.ui.conftest import wait_idle
from ui.models.count_line_model import CountLineFilter, CountLineModel
from ui.screens.stocktake import StocktakeScreen


@pytest.fixture
def shelf_b(counter):
    """Four more samples on shelf B-02 beside the six of A-01."""
    return catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 4, shelf="B-02").codes


@pytest.fixture
def lent(counter):
    """The first sample of A-01 is out with the streamer."""
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash")


def open_screen(qtbot, ctx, actor) -> StocktakeScreen:
    ctx.actor = actor
    screen = StocktakeScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ctx)
    return screen


def status(counter, code: str) -> str:
    return samples.sample_detail(counter.uow(), code).row.status


def figures(screen) -> tuple[int, ...]:
    return tuple(screen.figures.figure(k) for k in ("expected", "found", "missing", "unexpected", "unsettled"))


def start_a01(qtbot, screen, ctx) -> None:
    screen.start_panel.tick("A-01")
    qtbot.mouseClick(screen.start_panel.start, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)
    assert screen.counting() and screen.view.shelves == ("A-01",)
    assert screen.scan.hasFocus() and screen.shelf.text() == "A-01"


def scan_the_shelf(qtbot, screen, ctx, counter, shelf_b) -> None:
    """Two found, the lent one, another city's, one of B-02's, each with a different suffix; then a repeat."""
    for code, suffix in (
        (counter.codes[1], "cr_lf"),
        (counter.codes[2], "tab"),
        (counter.codes[0], "lf"),
        ("JN-000077", "enter"),
        (shelf_b[0], "keypad_enter"),
        (counter.codes[1].lower(), "cr_lf"),
    ):
        keyboard_wedge.scan(qtbot, code, suffix)
    wait_idle(qtbot, ctx)


def test_a_manager_counts_a_shelf_at_scanner_speed(qtbot, ui_ctx, counter, shelf_b, lent):
    screen = open_screen(qtbot, ui_ctx, counter.manager)
    assert [i.text() for i in map(screen.start_panel.shelves.item, range(2))] == [
        "A-01 · 5 in stock",
        "B-02 · 4 in stock",
    ]
    start_a01(qtbot, screen, ui_ctx)
    assert figures(screen) == (5, 0, 5, 0, 0)

    scan_the_shelf(qtbot, screen, ui_ctx, counter, shelf_b)
    assert screen.model.codes() == [counter.codes[1], counter.codes[2], counter.codes[0], "JN-000077", shelf_b[0]]
    assert [line.outcome for line in screen.model.lines()] == [
        "found",
        "found",
        "on_loan",
        "other_showroom",
        "wrong_shelf",
    ]
    assert "already" in screen.message.text() and screen.page.selected_line().code == counter.codes[1]
    assert figures(screen) == (5, 2, 3, 3, 3)
    assert screen.scan.hasFocus() and screen.scan.text() == ""
    on_loan = screen.model.line_at(2)
    assert lent.number in on_loan.holder and screen.model.index(2, CountLineModel.HOLDER).data() == on_loan.holder
    assert screen.model.index(2, CountLineModel.MEANING).data() == "On loan per the records"

    keyboard_wedge.scan(qtbot, "CS-M00001", "cr_lf")  # a member card: refused in words, no row
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and "CS-M00001" in screen.message.text()
    assert len(screen.model.codes()) == 5 and figures(screen) == (5, 2, 3, 3, 3)
    screen.page.filter.setCurrentIndex(screen.page.filter.findData(CountLineFilter.NEEDS_SETTLING))
    assert screen.page.proxy.rowCount() == 3
    # the figures counted scan by scan agree with the database's
    totals = current_stocktake(counter.uow()).totals
    assert (totals.expected, totals.found, totals.missing, totals.unexpected, totals.unsettled) == figures(screen)


def settle_selected(qtbot, screen, ctx, settlement: str, note: str = "") -> None:
    screen.settle_bar.note.setText(note)
    qtbot.mouseClick(screen.settle_bar.button(settlement), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)


def test_settling_each_find_then_finishing_marks_the_rest_missing(qtbot, ui_ctx, counter, shelf_b, lent):
    screen = open_screen(qtbot, ui_ctx, counter.manager)
    start_a01(qtbot, screen, ui_ctx)
    scan_the_shelf(qtbot, screen, ui_ctx, counter, shelf_b)

    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)  # three finds are not settled: refused, nothing asked
    wait_idle(qtbot, ui_ctx)
    assert not screen.question.is_open() and "3 unexpected" in screen.message.text()

    assert screen.page.next_to_settle() and screen.page.selected_line().code == counter.codes[0]
    assert [b.objectName() for b in screen.settle_bar.buttons] == ["stocktake_settle_returned", "stocktake_settle_left"]
    settle_selected(qtbot, screen, ui_ctx, "returned", "在货架上找到")
    assert status(counter, counter.codes[0]) == "in_stock" and screen.scan.hasFocus()
    assert figures(screen) == (6, 3, 3, 3, 2)

    screen.page.select("JN-000077")
    settle_selected(qtbot, screen, ui_ctx, "left")  # leaving it as it is needs a note
    assert screen.message.kind == "error" and screen.settle_bar.note.hasFocus()
    settle_selected(qtbot, screen, ui_ctx, "left", "放在一边,等济南来取")
    screen.page.select(shelf_b[0])
    settle_selected(qtbot, screen, ui_ctx, "moved")
    assert figures(screen) == (7, 4, 3, 3, 0)
    assert screen.model.index(screen.model.row_of("JN-000077"), CountLineModel.SETTLEMENT).data() == (
        "Left as it is · 放在一边,等济南来取"
    )

    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert screen.question.is_open() and "3 sample(s)" in screen.question.question()
    qtbot.keyClick(screen.scan, Qt.Key.Key_2)
    wait_idle(qtbot, ui_ctx)
    assert screen.view.status == "finished" and not screen.scan_row.isVisible()
    assert [status(counter, c) for c in counter.codes[3:6]] == ["missing_at_stocktake"] * 3
    shown = [screen.page.proxy.index(r, 0).data() for r in range(screen.page.proxy.rowCount())]
    assert shown == counter.codes[3:6]  # the missing samples
    assert "3 sample(s) recorded as missing" in screen.message.text() and "finished" in screen.header.text().lower()
    assert current_stocktake(counter.uow()) is None
    qtbot.mouseClick(screen.page.new_count, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert screen.pages.currentIndex() == 0 and screen.start_panel.recent.rowCount() == 1


def test_reopening_the_screen_shows_the_count_in_progress(qtbot, ui_ctx, counter):
    view = start_stocktake(counter.uow(), counter.manager, ["A-01"])
    for code in counter.codes[:2]:
        count_code(counter.uow(), counter.clerk, view.id, code, "A-01")
    screen = open_screen(qtbot, ui_ctx, counter.clerk)  # the app was closed half-way: a fresh screen
    assert screen.counting() and screen.view.number == view.number
    assert screen.model.codes() == counter.codes[:2] and figures(screen) == (6, 2, 4, 0, 0)
    assert screen.scan.hasFocus() and view.number in screen.header.text()
    keyboard_wedge.scan(qtbot, counter.codes[2], "tab")  # a clerk counts on
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == counter.codes[:3] and figures(screen) == (6, 3, 3, 0, 0)


def test_the_shelf_being_counted_is_typed_once_and_a_scan_into_it_still_counts(qtbot, ui_ctx, counter, shelf_b):
    start_stocktake(counter.uow(), counter.manager)  # the whole showroom: no shelf is assumed
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    assert screen.shelf.text() == "" and screen.scan.hasFocus()
    qtbot.keyClick(screen.scan, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Alt+S: the shelf
    assert screen.shelf.has_keyboard()
    qtbot.keyClicks(screen.shelf.combo.lineEdit(), "B-02")
    qtbot.keyClick(screen.shelf.combo.lineEdit(), Qt.Key.Key_Return)
    assert screen.scan.hasFocus() and "B-02" in screen.message.text()
    keyboard_wedge.scan(qtbot, shelf_b[0], "cr_lf")
    keyboard_wedge.scan(qtbot, counter.codes[0], "enter")  # recorded on A-01, found on B-02
    wait_idle(qtbot, ui_ctx)
    assert [(line.outcome, line.shelf) for line in screen.model.lines()] == [("found", "B-02"), ("wrong_shelf", "B-02")]
    screen.shelf.combo.lineEdit().setFocus()  # the keyboard is on the shelf when the scanner fires
    keyboard_wedge.scan(qtbot, counter.codes[1], "enter")
    wait_idle(qtbot, ui_ctx)
    assert screen.shelf.text() == "B-02" and screen.model.codes()[-1] == counter.codes[1]
    assert screen.scan.hasFocus()
    screen.table.setFocus()  # and on the lines
    keyboard_wedge.scan(qtbot, counter.codes[2], "cr_lf")
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes()[-1] == counter.codes[2] and screen.scan.hasFocus()


def test_a_clerk_scans_but_cannot_start_settle_or_finish(qtbot, ui_ctx, counter, shelf_b):
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    assert not screen.start_panel.start.isEnabled() and "manager" in screen.start_panel.hint.text()
    screen.start_count([])  # the use case refuses too, inline
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and "manager" in screen.message.text().lower()
    assert current_stocktake(counter.uow()) is None

    start_stocktake(counter.uow(), counter.manager, ["A-01"])
    screen = open_screen(qtbot, ui_ctx, counter.clerk)
    assert not screen.page.finish.isEnabled() and not screen.page.abandon.isEnabled()
    keyboard_wedge.scan(qtbot, shelf_b[0], "cr_lf")
    wait_idle(qtbot, ui_ctx)
    screen.page.select(shelf_b[0])
    assert screen.settle_bar.buttons and not any(b.isEnabled() for b in screen.settle_bar.buttons)
    keyboard_wedge.scan(qtbot, "CMD-CONFIRM", "enter")  # asks to finish: refused in words
    wait_idle(qtbot, ui_ctx)
    assert "Only a manager" in screen.message.text() and not screen.question.is_open()
    assert screen.abandon() is None and current_stocktake(counter.uow()) is not None


def test_a_manager_abandons_a_count_with_a_reason(qtbot, ui_ctx, counter):
    view = start_stocktake(counter.uow(), counter.manager)
    count_code(counter.uow(), counter.clerk, view.id, counter.codes[0])
    screen = open_screen(qtbot, ui_ctx, counter.manager)
    dialog = screen.abandon()
    dialog.accept()  # no reason: refused in the dialog
    wait_idle(qtbot, ui_ctx)
    assert dialog.isVisible() and dialog.error_text()
    dialog.reason.setText("盘到一半停电")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert screen.pages.currentIndex() == 0 and "abandoned" in screen.message.text()
    assert current_stocktake(counter.uow()) is None
    assert {status(counter, c) for c in counter.codes} == {"in_stock"}
    assert screen.start_panel.recent.row_at(0).note == "盘到一半停电"


def test_print_report_lays_out_the_count_off_the_gui_thread(qtbot, ui_ctx, counter, monkeypatch):
    import threading

    made = {}

    def build_stocktake_report(view, showroom_name, timezone, translate):
        made.update(
            view=view, name=showroom_name, tz=timezone, gui=threading.current_thread() is threading.main_thread()
        )
        return b"%PDF-stocktake"

    monkeypatch.setitem(
        sys.modules, "printing.stocktake_report", types.SimpleNamespace(build_stocktake_report=build_stocktake_report)
    )
    previews = []
    ui_ctx._print_desk = types.SimpleNamespace(preview=lambda *args: previews.append(args))
    view = start_stocktake(counter.uow(), counter.manager)
    count_code(counter.uow(), counter.clerk, view.id, counter.codes[0])
    screen = open_screen(qtbot, ui_ctx, counter.manager)
    qtbot.mouseClick(screen.page.print_report, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert made["view"].id == view.id and [line.code for line in made["view"].lines] == counter.codes[:1]
    assert made["name"] == ui_ctx.showroom.name and made["tz"] == ui_ctx.showroom.timezone and not made["gui"]
    [(parent, kind, title, pdf)] = previews
    assert (parent, kind, pdf) == (screen, "report", b"%PDF-stocktake") and view.number in title


def _line(n: int) -> CountLine:
    return CountLine(f"CS-{n:06d}", "found", "A-01", "A-01", "每日坚果", "in_stock", datetime(2026, 1, 1), "", "", "")


def test_five_thousand_scans_append_rows_and_never_reload(qtbot):
    """The count's own table (a vertical header that measured each row made this take a minute)."""
    from ui.widgets.count_page import CountPage

    page = CountPage()
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    resets = []
    page.model.modelReset.connect(lambda: resets.append(1))
    started = time.perf_counter()
    for n in range(5000):
        page.add_line(_line(n))
    qtbot.wait(1)
    elapsed = time.perf_counter() - started
    assert page.model.rowCount() == page.proxy.rowCount() == 5000 and not resets
    assert elapsed < 5.0, f"5,000 scans took {elapsed:.1f} s to list"
    page.add_line(_line(42))  # the same code again: no new row
    assert page.model.rowCount() == 5000


def test_figures_move_with_each_answer():
    from showroom.services.stocktake_views import CountAnswer
    from ui.widgets.count_figures import after_scan

    start = CountTotals(expected=5, found=0, unexpected=0, unsettled=0, scanned=0)
    found = CountAnswer(_line(1), again=False, expected=True)
    lent = CountAnswer(CountLine(**{**_line(2).__dict__, "outcome": "on_loan"}), again=False)
    after = after_scan(after_scan(after_scan(start, found), lent), CountAnswer(_line(1), again=True, expected=True))
    assert (after.expected, after.found, after.missing, after.unexpected, after.unsettled) == (5, 1, 4, 1, 1)
