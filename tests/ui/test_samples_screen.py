"""Samples: every unit listed, filtered by status and merchant, searched, and one sample's history."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from showroom.services import checkout
from tests.conftest import T0
from tests.ui.conftest import scan, wait_idle
from ui.models.row_model import OVERDUE_COLOR
from ui.models.sample_table_model import SampleTableModel
from ui.screens.samples import SamplesScreen

LENT_AT = T0 + timedelta(hours=1)
SAMPLES_SCREEN_INDEX = 3
MUCH_LATER = T0 + timedelta(days=365)  # the screen's clock: every loan of the fixture is overdue by then


def lend_two(counter):
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=LENT_AT)


def make_screen(qtbot, ui_ctx):
    screen = SamplesScreen(ui_ctx)
    screen.model.clock = lambda: MUCH_LATER
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    return screen


def shown_codes(screen):
    proxy = screen.table.model()
    return [proxy.index(r, SampleTableModel.CODE).data() for r in range(proxy.rowCount())]


def choose(combo, data):
    combo.setCurrentIndex(combo.findData(data))


def test_table_shows_every_sample(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    assert SamplesScreen.screen_title() == "Samples"
    assert shown_codes(screen) == counter.codes
    assert screen.count_label.text() == "6 sample(s)"
    assert screen.model.index(0, SampleTableModel.STATUS).data() == "In stock"
    assert screen.model.index(0, SampleTableModel.SHELF).data() == "A-01"
    assert screen.model.index(0, SampleTableModel.VALUE).data() == "¥80.00"
    for name in ("sampleSearchField", "statusFilterCombo", "merchantFilterCombo", "sampleTable", "sampleHistoryTable"):
        widget = screen.findChild(object, name)
        assert widget is not None and widget.accessibleName(), name


def test_filter_by_status_and_merchant(qtbot, ui_ctx, counter):
    lend_two(counter)
    screen = make_screen(qtbot, ui_ctx)
    choose(screen.status_combo, "on_loan")
    wait_idle(qtbot, ui_ctx)
    assert shown_codes(screen) == counter.codes[:2]
    assert screen.model.index(0, SampleTableModel.HOLDER).data() == "小美"
    due = screen.model.index(0, SampleTableModel.DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert due is not None and due.color() == OVERDUE_COLOR
    choose(screen.status_combo, "in_stock")
    wait_idle(qtbot, ui_ctx)
    assert shown_codes(screen) == counter.codes[2:]
    choose(screen.status_combo, "lost")
    wait_idle(qtbot, ui_ctx)
    assert shown_codes(screen) == []
    choose(screen.status_combo, None)
    assert screen.merchant_combo.findText("良品铺子") > 0
    screen.merchant_combo.setCurrentIndex(screen.merchant_combo.findText("良品铺子"))
    wait_idle(qtbot, ui_ctx)
    assert len(shown_codes(screen)) == 6


def test_search_text_by_holder_and_code(qtbot, ui_ctx, counter):
    lend_two(counter)
    screen = make_screen(qtbot, ui_ctx)
    screen.search_field.setText("小美")
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    assert shown_codes(screen) == counter.codes[:2]
    screen.search_field.setText("no such thing")
    screen.refresh()
    wait_idle(qtbot, ui_ctx)
    assert shown_codes(screen) == []


def test_typing_is_debounced_into_one_query(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    qtbot.keyClicks(screen.search_field, "zzz")
    assert screen._search_timer.isActive()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=3000)


def test_scanning_a_code_jumps_to_it(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    code = counter.codes[3]
    scan(qtbot, screen.search_field, code.lower())
    wait_idle(qtbot, ui_ctx)
    assert screen.selected_sample().code == code
    assert code in screen.detail_title.text()
    scan(qtbot, screen.search_field, "CS-999999")  # replaces the selected text
    wait_idle(qtbot, ui_ctx)
    assert "CS-999999" in screen.message.text()


def test_selecting_a_row_shows_its_history(qtbot, ui_ctx, counter):
    lend_two(counter)
    screen = make_screen(qtbot, ui_ctx)
    screen.table.selectRow(0)
    wait_idle(qtbot, ui_ctx)
    assert counter.codes[0] in screen.detail_title.text()
    history = screen.history_model
    movements = [history.index(r, history.MOVEMENT).data() for r in range(history.rowCount())]
    assert movements == ["Received", "Lent out"]
    assert history.index(0, history.STAFF).data() == "小张"
    assert history.index(0, history.TIME).data() == "2026-11-20 10:00"  # T0 in Changsha
    assert history.index(1, history.STREAMER).data() == "小美"
    assert "overdue" in screen.detail_fields["due"].text()


def test_refreshes_when_samples_change(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    screen.table.selectRow(0)
    wait_idle(qtbot, ui_ctx)
    lend_two(counter)
    ui_ctx.bus.changed.emit({"loans"})  # as the task runner does after a loan
    wait_idle(qtbot, ui_ctx)
    assert screen.model.index(0, SampleTableModel.STATUS).data() == "On loan"
    assert screen.selected_sample().code == counter.codes[0]  # selection kept
    assert screen.history_model.rowCount() == 2  # detail reloaded


def test_columns_fit_the_codes_once_the_first_page_is_in(qtbot, ui_ctx, counter, tmp_path):
    """The view sits on the paged model directly; opened from the window (F4), its columns must still fit
    what they show, not only their headers."""
    from ui.main_window import MainWindow
    from ui.preferences import Preferences

    window = MainWindow(ui_ctx, Preferences(tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen(SAMPLES_SCREEN_INDEX)
    wait_idle(qtbot, ui_ctx)
    table = window.screens[SAMPLES_SCREEN_INDEX].table
    header = table.horizontalHeader()
    for column in (SampleTableModel.CODE, SampleTableModel.CODE + 1):  # the code and the product name
        assert table.columnWidth(column) == max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
    wait_idle(qtbot, ui_ctx)


def test_export_writes_every_matching_sample_not_only_the_pages_in_view(qtbot, ui_ctx, counter, tmp_path, monkeypatch):
    from showroom.services import samples as sample_service

    monkeypatch.setattr(sample_service, "PAGE", 2)  # the fixture's few samples then span several pages
    screen = make_screen(qtbot, ui_ctx)
    first_page = [screen.model.row_at(r) for r in range(2)]
    screen.model.set_page(first_page, len(counter.codes))  # as it stands before any scrolling
    target = tmp_path / "samples.csv"
    with qtbot.waitSignal(screen.export_button.exported, timeout=5000):
        screen.export_button.export_all_to(target)
    text = target.read_text(encoding="utf-8-sig")
    assert all(code in text for code in counter.codes)
    assert len(text.strip().splitlines()) == len(counter.codes) + 1  # the header and one line per sample
    assert screen.export_button.isEnabled()
    wait_idle(qtbot, ui_ctx)
