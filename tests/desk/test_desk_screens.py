"""The overdue and reports screens, offscreen over a real store (driven like a manager would)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from showroom.services import checkout, streamers
from tests.desk.scenario import DAY1, build
from tests.ui.conftest import wait_idle
from ui.screens.overdue import OverdueScreen
from ui.screens.reports import ReportsScreen


@pytest.fixture
def long_late(counter):
    """小美 took two samples twenty days ago: about two weeks late whatever day the tests run."""
    out = datetime.now(timezone.utc) - timedelta(days=20)
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=out)


def open_overdue(qtbot, ui_ctx, actor) -> OverdueScreen:
    ui_ctx.actor = actor
    screen = OverdueScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    return screen


def test_the_overdue_screen_lists_who_to_call_and_suspends(qtbot, ui_ctx, counter, long_late):
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    model = screen.model
    assert model.rowCount() == 2
    first = model.row_at(0)
    assert (first.tier, first.phone, first.loan_number) == ("overdue", "13800138000", long_late.number)
    assert model.display(first, model.PHONE) == "13800138000"        # the screen shows the number to dial
    assert "小美" in screen.message.text()                            # suspended automatically
    assert streamers.find_streamer(counter.uow(), "13800138000").status == "suspended"
    wait_idle(qtbot, ui_ctx)


def test_a_clerk_logs_a_reminder_but_cannot_extend_or_write_off(qtbot, ui_ctx, counter, long_late):
    screen = open_overdue(qtbot, ui_ctx, counter.clerk)
    screen.table.selectRow(0)
    assert screen.remind_button.isEnabled()
    assert not screen.extend_button.isEnabled() and screen.declare_lost() is None
    dialog = screen.log_reminder()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promised"))
    dialog.note_edit.setText("周六送回")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert "小美" in screen.message.text()
    row = screen.model.row_at(0)
    assert row.last_reminder is not None and row.last_reminder.staff_name == "小张"


def test_a_manager_declares_a_sample_lost_from_the_list(qtbot, ui_ctx, counter, long_late):
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    screen.table.selectRow(0)
    code = screen.selected_line().sample_code
    dialog = screen.declare_lost()
    dialog.note_edit.setText("客户说寄丢了")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert [r.sample_code for r in screen.model.rows()] == [c for c in counter.codes[:2] if c != code]


def test_the_call_list_exports_as_shown(qtbot, ui_ctx, counter, long_late, tmp_path):
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    screen.export_button.export_to(tmp_path / "calls.xlsx")
    sheet = load_workbook(tmp_path / "calls.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["Tier", "Streamer", "Phone"] and sheet["A1"].font.bold
    assert sheet["C2"].value == "13800138000" and sheet["J2"].value == 80.0     # deposit held, in yuan
    screen.export_button.export_to(tmp_path / "calls.csv")
    assert (tmp_path / "calls.csv").read_text(encoding="utf-8-sig").splitlines()[1].count("13800138000") == 1


def test_the_reports_screen_previews_a_daily_report_and_a_statement(qtbot, ui_ctx, counter):
    build(counter)
    ui_ctx.actor = counter.manager
    screen = ReportsScreen(ui_ctx)
    qtbot.addWidget(screen)
    wait_idle(qtbot, ui_ctx)
    assert not screen.print_button.isEnabled()
    screen.first_edit.setDate(QDate(DAY1))
    screen.last_edit.setDate(QDate(DAY1))
    screen.language_combo.setCurrentIndex(screen.language_combo.findData("en"))
    screen.make_daily()
    wait_idle(qtbot, ui_ctx)
    assert screen.pdf.startswith(b"%PDF") and screen.title == "daily-report-2026-11-20"
    assert len(screen.pages.page_labels) >= 1 and screen.print_button.isEnabled()
    assert not screen.progress.isVisible()
    screen.merchant_first.setDate(QDate(date(2026, 11, 1)))
    screen.make_statement()
    wait_idle(qtbot, ui_ctx)
    assert screen.title.startswith("statement-良品铺子") and screen.pages.page_labels
    screen.first_edit.setDate(QDate(date(2026, 12, 5)))   # ends before it starts: said, nothing shown new
    screen.last_edit.setDate(QDate(date(2026, 12, 1)))
    screen.make_daily()
    wait_idle(qtbot, ui_ctx)
    assert "before the first" in screen.message.text()
