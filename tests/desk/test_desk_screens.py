"""The overdue and reports screens, offscreen over a real store (driven like a manager would)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from showroom.services import checkout, streamers
from tests.desk.scenario import DAY1, build
from tests.printing.paper_tools import text as pdf_text
from tests.ui.conftest import wait_idle
from ui.models.row_model import ROW_ROLE
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


@pytest.fixture
def two_loans(counter, long_late):
    """小美 came back the next day for one more sample: two loans late, three samples."""
    out = datetime.now(timezone.utc) - timedelta(days=19)
    second = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[2:3], "cash", now=out)
    return long_late, second


def person_index(screen, row: int = 0):
    return screen.table.model().index(row, 0)


def sample_index(screen, code: str):
    proxy, person = screen.table.model(), person_index(screen)
    return next(
        proxy.index(r, 0, person)
        for r in range(proxy.rowCount(person))
        if proxy.index(r, 0, person).data(ROW_ROLE).sample_code == code
    )


def test_the_overdue_screen_lists_who_to_call_and_suspends(qtbot, ui_ctx, counter, long_late):
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    model = screen.model
    [person] = model.people()  # one row per person to call
    assert (person.tier, person.phone, person.loan_numbers) == ("overdue", "13800138000", (long_late.number,))
    assert [line.sample_code for line in person.lines] == counter.codes[:2]
    assert model.display(person, model.PHONE) == "13800138000"  # the screen shows the number to dial
    assert model.display(person, model.CODE) == "2 sample(s)"
    assert model.display(person, model.DEPOSIT) == "¥80.00"
    assert "小美" in screen.message.text()  # suspended automatically
    assert streamers.find_streamer(counter.uow(), "13800138000").status == "suspended"
    wait_idle(qtbot, ui_ctx)


def test_a_person_row_counts_their_samples_and_each_loans_deposit_once(qtbot, ui_ctx, counter, two_loans):
    first, second = two_loans
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    model, table = screen.model, screen.table
    assert table.model().rowCount() == 1
    [person] = model.people()
    assert len(person.lines) == 3 and person.loan_numbers == (first.number, second.number)
    assert person.deposit_held_fen == first.deposit_fen + second.deposit_fen
    assert model.display(person, model.LOAN) == "2 loan(s)"
    assert model.display(person, model.VALUE) == "¥240.00"
    # the keyboard opens the person onto their samples
    table.setFocus()
    table.setCurrentIndex(person_index(screen))
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.isExpanded(person_index(screen))
    assert table.model().rowCount(person_index(screen)) == 3
    # a person with two loans and three samples: a reminder, but the loan or the sample must be chosen
    assert screen.remind_button.isEnabled()
    assert not screen.extend_button.isEnabled() and not screen.lost_button.isEnabled()
    assert "choose a sample" in screen.extend_button.toolTip()
    table.setCurrentIndex(sample_index(screen, counter.codes[2]))
    assert screen.extend_button.isEnabled() and screen.lost_button.isEnabled()
    dialog = screen.extend_due()
    assert dialog.holding.loan_number == second.number
    dialog.reason_edit.setText("直播改期")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert second.number in screen.message.text()
    # the refresh kept the person open and the sample selected
    assert table.isExpanded(person_index(screen)) and screen.selected().sample_code == counter.codes[2]


def test_a_clerk_logs_a_reminder_but_cannot_extend_or_write_off(qtbot, ui_ctx, counter, long_late):
    screen = open_overdue(qtbot, ui_ctx, counter.clerk)
    screen.table.setCurrentIndex(person_index(screen))
    assert screen.remind_button.isEnabled()
    assert not screen.extend_button.isEnabled() and screen.declare_lost() is None
    dialog = screen.log_reminder()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promised"))
    dialog.note_edit.setText("周六送回")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert "小美" in screen.message.text()
    person = screen.model.people()[0]
    assert person.last_reminder is not None and person.last_reminder.staff_name == "小张"


def test_a_manager_declares_a_sample_lost_from_the_list(qtbot, ui_ctx, counter, long_late):
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    screen.table.expand(person_index(screen))
    screen.table.setCurrentIndex(sample_index(screen, counter.codes[1]))
    dialog = screen.declare_lost()
    assert dialog is not None
    dialog.note_edit.setText("客户说寄丢了")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert [line.sample_code for line in screen.model.lines()] == [counter.codes[0]]
    # one sample left: the person's row itself now names it, as a sample row does
    screen.table.setCurrentIndex(person_index(screen))
    assert screen.lost_button.isEnabled() and screen.declare_lost().holding.sample_code == counter.codes[0]


def test_samples_missing_at_stocktake_show_apart_from_the_call_list(qtbot, ui_ctx, counter, long_late):
    from showroom.services.stocktake import count_code, finish_stocktake, start_stocktake

    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    assert screen.missing.isHidden()
    count = start_stocktake(counter.uow(), counter.manager, ["A-01"])
    for code in counter.codes[2:5]:
        count_code(counter.uow(), counter.clerk, count.id, code)
    ui_ctx.call_as_actor(finish_stocktake, count.id)  # as the stocktake screen does: the overdue screen hears of it
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert not screen.missing.isHidden() and screen.missing.model.rowCount() == 1
    assert screen.missing.model.row_at(0).code == counter.codes[5]
    assert "1" in screen.missing.title.text()
    screen.missing.table.selectRow(0)
    assert screen.missing.found_button.isEnabled()
    qtbot.mouseClick(screen.missing.found_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert screen.missing.isHidden()  # in stock again: nothing is missing any more


def test_a_sample_past_its_tiers_loss_limit_is_declared_and_a_manager_reverses_or_confirms(
    qtbot, ui_ctx, counter, long_late
):
    import dataclasses

    from showroom.services import samples, tier_policies

    silver = next(p for p in tier_policies.read_tier_policies(counter.uow()) if p.tier == "silver")
    tier_policies.save_tier_policies(
        counter.uow(), counter.manager, [dataclasses.replace(silver, lose_after_days_late=7)]
    )
    screen = open_overdue(qtbot, ui_ctx, counter.clerk)
    wait_idle(qtbot, ui_ctx)
    panel = screen.auto_losses
    assert not panel.isHidden() and panel.model.rowCount() == 2
    assert "declared lost automatically" in screen.message.text().lower()
    panel.table.selectRow(0)
    assert not panel.confirm_button.isEnabled()  # a clerk sees, a manager decides
    ui_ctx.actor = counter.manager
    panel.table.selectRow(1)
    panel.table.selectRow(0)
    first = panel.table.selected_row().code
    qtbot.mouseClick(panel.reverse_button, Qt.MouseButton.LeftButton)  # no reason: refused in words
    wait_idle(qtbot, ui_ctx)
    assert panel.model.rowCount() == 2 and panel.message.text()
    panel.note.setText("主播说明天寄回")
    qtbot.mouseClick(panel.reverse_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert samples.sample_detail(counter.uow(), first).row.status == "on_loan"
    assert panel.model.rowCount() == 1
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)
    assert panel.isHidden()


def test_the_call_list_exports_as_shown(qtbot, ui_ctx, counter, long_late, tmp_path):
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    screen.export_button.export_to(tmp_path / "calls.xlsx")
    sheet = load_workbook(tmp_path / "calls.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["Tier", "Streamer", "Phone"] and sheet["A1"].font.bold
    assert sheet["C2"].value == "13800138000" and sheet["J2"].value == 80.0  # deposit held, in yuan
    assert sheet["E2"].value == 2  # the person's samples
    assert [sheet["E3"].value, sheet["E4"].value] == counter.codes[:2] and sheet.max_row == 4
    assert sheet["J3"].value in ("", None)  # the deposit is counted once
    screen.export_button.export_to(tmp_path / "calls.csv")
    assert (tmp_path / "calls.csv").read_text(encoding="utf-8-sig").splitlines()[1].count("13800138000") == 1


def test_the_printed_call_list_has_the_person_once(qtbot, ui_ctx, counter, two_loans, monkeypatch):
    shown = []
    monkeypatch.setattr(ui_ctx.print_desk, "preview", lambda parent, kind, title, pdf: shown.append(pdf))
    screen = open_overdue(qtbot, ui_ctx, counter.manager)
    screen.print_list()
    words = " ".join(pdf_text(shown[0]).split())
    assert words.count("小美") == 1 and all(code in words for code in counter.codes[:3])


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
    screen.first_edit.setDate(QDate(date(2026, 12, 5)))  # ends before it starts: said, nothing shown new
    screen.last_edit.setDate(QDate(date(2026, 12, 1)))
    screen.make_daily()
    wait_idle(qtbot, ui_ctx)
    assert "before the first" in screen.message.text()
