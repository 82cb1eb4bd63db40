"""The check-out screen driven like a scanner would: card, samples, Enter on the empty field."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from showroom.services import catalog, checkout, streamers
from showroom.services.views import BasketLine, Override, StaffView
from tests.ui.conftest import scan, wait_idle
from ui.dialogs.override_dialog import OverrideDialog, managers_only
from ui.models.basket_model import BasketModel
from ui.dialogs.streamer_dialog import StreamerDialog
from ui.screens.checkout import CheckoutScreen
from ui.widgets.scan_queue import ScanQueue

MEMBER = "CS-M00001"


@pytest.fixture
def screen(qtbot, ui_ctx):
    widget = CheckoutScreen(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activate()
    return widget


def held(counter) -> list[str]:
    return [h.sample_code for h in streamers.streamer_panel(counter.uow(), counter.streamer_id).holdings]


def test_scanner_only_check_out_of_three_samples(qtbot, screen, ui_ctx, counter):
    scan(qtbot, screen.scan, MEMBER)
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.name.text() == "小美"
    assert screen.panel_view.banner.isHidden()
    for code in counter.codes[:3]:
        scan(qtbot, screen.scan, code)
    wait_idle(qtbot, ui_ctx)
    assert screen.basket.codes() == counter.codes[:3]
    assert screen.terms.due.text() != "—"
    assert screen.confirm.isEnabled()

    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    receipt = recorded.args[0]
    assert [line.sample_code for line in receipt.lines] == counter.codes[:3]
    assert sorted(held(counter)) == sorted(counter.codes[:3])
    assert screen.basket.count() == 0
    assert receipt.number in screen.message.text() and screen.message.kind == "success"
    assert not screen.confirm.isEnabled()
    wait_idle(qtbot, ui_ctx)


def test_enter_right_after_the_scans_waits_for_them(qtbot, screen, ui_ctx, counter):
    """A scanner is faster than the worker: Enter queued behind the scans still lends all of them."""
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        scan(qtbot, screen.scan, MEMBER)
        for code in counter.codes[:3]:
            scan(qtbot, screen.scan, code)
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert len(recorded.args[0].lines) == 3
    assert len(held(counter)) == 3
    wait_idle(qtbot, ui_ctx)


def test_phone_number_finds_the_streamer(qtbot, screen, ui_ctx):
    scan(qtbot, screen.scan, "138 0013 8000")
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.name.text() == "小美"


def test_blacklisted_streamer_shows_the_reason_and_cannot_confirm(qtbot, screen, ui_ctx, counter):
    streamers.block_streamer(counter.uow(), counter.manager, counter.streamer_id, "逾期未还", blacklist=True)
    scan(qtbot, screen.scan, MEMBER)
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.banner.isVisible()
    assert "逾期未还" in screen.panel_view.banner.text()
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    assert not screen.confirm.isEnabled()

    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and "逾期未还" in screen.message.text()
    assert held(counter) == []
    assert not screen.confirm.isEnabled()


def test_unknown_code_and_sample_on_loan_are_refused_inline(qtbot, screen, ui_ctx, counter):
    other = streamers.register_streamer(counter.uow(), counter.clerk, "大雄", "13900139000", "kuaishou")
    checkout.check_out(counter.uow(), counter.clerk, other.id, [counter.codes[0]], "cash")
    scan(qtbot, screen.scan, MEMBER)
    wait_idle(qtbot, ui_ctx)

    scan(qtbot, screen.scan, "CS-999999")
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and "CS-999999" in screen.message.text()

    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error"
    assert "大雄" in screen.message.text() and counter.codes[0] in screen.message.text()
    assert screen.basket.count() == 0

    scan(qtbot, screen.scan, counter.codes[1])
    scan(qtbot, screen.scan, counter.codes[1])
    wait_idle(qtbot, ui_ctx)
    assert screen.basket.codes() == [counter.codes[1]]
    assert screen.message.kind == "error" and counter.codes[1] in screen.message.text()
    assert screen.scan.hasFocus()


def test_a_member_card_switches_streamer_and_clears_the_basket(qtbot, screen, ui_ctx, counter):
    other = streamers.register_streamer(counter.uow(), counter.clerk, "大雄", "13900139000", "kuaishou")
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    assert screen.basket.count() == 1
    scan(qtbot, screen.scan, other.member_code)
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.name.text() == "大雄"
    assert screen.basket.count() == 0


def test_manager_override_of_an_over_limit_block_records_the_loan(qtbot, screen, ui_ctx, counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:5], "cash")
    extra = catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 1).codes
    asked = []

    def manager_at_the_counter(exc, done):
        asked.append(exc)
        done(Override("李经理", "2222", "老客户，本周直播"))

    screen.request_override = manager_at_the_counter
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[5])
    scan(qtbot, screen.scan, extra[0])
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.banner.isVisible()          # known before confirming
    assert screen.confirm.isEnabled()                     # a manager may override it

    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert [b.kind for b in asked[0].blocks] == ["over_limit"]
    assert recorded.args[0].override_by == "李经理"
    assert len(held(counter)) == 7
    wait_idle(qtbot, ui_ctx)


def test_a_wrong_manager_pin_records_nothing(qtbot, screen, ui_ctx, counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:5], "cash")
    extra = catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 1).codes
    screen.request_override = lambda exc, done: done(Override("李经理", "0000", "试试"))
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[5])
    scan(qtbot, screen.scan, extra[0])
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.message.kind == "error" and not screen._submitting, timeout=5000)
    wait_idle(qtbot, ui_ctx)
    assert len(held(counter)) == 5
    assert screen.basket.count() == 2 and screen.confirm.isEnabled()


def test_override_dialog_offers_managers_and_hides_the_pin(qtbot):
    people = [StaffView("1", "王店长", "admin", True), StaffView("2", "李经理", "manager", True),
              StaffView("3", "小张", "clerk", True)]
    dialog = OverrideDialog(managers_only(people), "holds 1 overdue sample(s)")
    qtbot.addWidget(dialog)
    assert [dialog.manager.itemText(i) for i in range(dialog.manager.count())] == ["王店长", "李经理"]
    assert dialog.pin.echoMode() == dialog.pin.EchoMode.Password
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.manager.setCurrentIndex(1)
    qtbot.keyClicks(dialog.pin, "2222")
    dialog.reason.setText("熟客")  # QTest.keyClicks types Latin-1 only
    assert ok.isEnabled()
    assert dialog.override() == Override("李经理", "2222", "熟客")


def test_screen_contract(screen):
    assert CheckoutScreen.screen_title() == "Check-out"
    assert screen.scan.objectName() == "checkout_scan"
    assert screen.confirm.objectName() == "checkout_confirm"
    assert screen.scan.hasFocus()


def test_planned_stream_date_moves_the_due_date_or_is_refused(qtbot, screen, ui_ctx, counter):
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    today = datetime.now(ui_ctx.tz).date()
    screen.terms.planned_enabled.setChecked(True)
    tomorrow = today + timedelta(days=1)
    screen.terms.planned_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    wait_idle(qtbot, ui_ctx)
    assert screen.terms.due.text() == (today + timedelta(days=2)).isoformat()
    assert screen.confirm.isEnabled()

    late = today + timedelta(days=30)  # silver lends for 5 days
    screen.terms.planned_date.setDate(QDate(late.year, late.month, late.day))
    wait_idle(qtbot, ui_ctx)
    assert screen.terms.error_label.isVisible()
    assert not screen.confirm.isEnabled()
    screen.terms.planned_enabled.setChecked(False)
    wait_idle(qtbot, ui_ctx)
    assert screen.confirm.isEnabled() and not screen.terms.error_label.isVisible()


def test_waiving_the_deposit_needs_a_manager(qtbot, screen, ui_ctx, counter):
    asked = []
    screen.request_override = lambda exc, done: (asked.append(exc), done(None))
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    screen.terms.method.setCurrentIndex(screen.terms.method.findData("waived"))
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.banner.isVisible()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    assert [b.kind for b in asked[0].blocks] == ["deposit_waived"]
    assert screen.message.kind == "error" and held(counter) == []
    assert screen.confirm.isEnabled()


def test_scan_queue_runs_a_queued_confirm_after_the_last_answer_unless_refused():
    ran = []
    queue = ScanQueue()
    queue.start("CS-000001")
    queue.start("CS-000002")
    queue.confirm(lambda: ran.append("confirm"))
    assert ran == [] and queue.pending_codes == ["CS-000001", "CS-000002"]
    queue.finish("CS-000001")
    assert ran == []
    queue.finish("CS-000002")
    assert ran == ["confirm"] and queue.pending_codes == []

    generation = queue.start("CS-000003")
    queue.confirm(lambda: ran.append("again"))
    queue.cancel_confirm()          # the scan was refused
    queue.finish("CS-000003")
    assert ran == ["confirm"]
    queue.reset()
    assert not queue.is_current(generation)


def test_basket_model_rows_and_totals(qtbot):
    model = BasketModel()
    lines = [BasketLine(str(i), f"CS-00000{i}", "每日坚果", "良品铺子", 8000, "A-01") for i in (1, 2, 3)]
    for line in lines:
        model.append(line)
    assert model.rowCount() == 3 and model.total_value_fen() == 24000
    assert model.data(model.index(2, BasketModel.COL_VALUE)) == "¥80.00"
    assert model.remove_row(0) == lines[0]
    assert model.codes() == ["CS-000002", "CS-000003"]
    assert model.data(model.index(0, BasketModel.COL_NUMBER)) == "1"
    model.clear()
    assert model.rowCount() == 0


def test_a_fast_enter_never_records_a_deposit_the_clerk_has_not_seen(qtbot, screen, ui_ctx, counter):
    """Enter can beat the quote: the loan waits for it, and the success line names the deposit."""
    submitted_with = []
    real_submit = screen._submit
    screen._submit = lambda override: (submitted_with.append(screen.terms.deposit.text()), real_submit(override))
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        scan(qtbot, screen.scan, MEMBER)
        for code in counter.codes[:3]:
            scan(qtbot, screen.scan, code)
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    receipt = recorded.args[0]
    assert receipt.deposit_fen == 12000                      # silver: half of 3 × ¥80
    assert submitted_with == ["¥120.00"]                     # the quote was on screen when it was sent
    assert "¥120.00" in screen.message.text()
    wait_idle(qtbot, ui_ctx)


def test_a_scan_during_recording_is_taken_right_after(qtbot, screen, ui_ctx, counter):
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
        scan(qtbot, screen.scan, MEMBER)                     # the next streamer steps up at once
    wait_idle(qtbot, ui_ctx)
    assert screen._streamer is not None and screen._streamer.name == "小美"   # the card was not lost


def test_an_unknown_phone_registers_a_newcomer_and_serves_them(qtbot, screen, ui_ctx, counter):
    screen.ask_yes_no = lambda title, question: "13900139999" in question
    scan(qtbot, screen.scan, "13900139999")
    wait_idle(qtbot, ui_ctx)
    dialog = screen.findChild(StreamerDialog)
    assert dialog is not None and dialog.phone_edit.text() == "13900139999"
    dialog.name_edit.setText("阿花")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: screen.panel_view.name.text() == "阿花")
    assert screen._streamer.tier == "new"
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    assert screen.basket.codes() == [counter.codes[0]]
