"""The check-out screen driven like a scanner would: card, samples, then F12 (a suffix never confirms)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QPushButton

from showroom.services import catalog, checkout, streamers
from showroom.services.views import BasketLine, Override, StaffView
from tests.ui.conftest import scan, wait_idle
from ui.dialogs.override_dialog import OverrideDialog, managers_only
from ui.dialogs.streamer_dialog import StreamerDialog
from ui.models.basket_model import BasketModel
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
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
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
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
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

    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
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


def card_over_a_basket(qtbot, screen, ui_ctx, counter):
    """小美 has one sample in the basket when 大雄's card is scanned; returns 大雄."""
    other = streamers.register_streamer(counter.uow(), counter.clerk, "大雄", "13900139000", "kuaishou")
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    scan(qtbot, screen.scan, other.member_code)
    wait_idle(qtbot, ui_ctx)
    return other


def test_another_streamers_card_over_a_basket_asks_inline_and_keeps_it_for_them(qtbot, screen, ui_ctx, counter):
    card_over_a_basket(qtbot, screen, ui_ctx, counter)
    assert screen.question.is_open()
    assert "小美" in screen.question.question() and "大雄" in screen.question.question()
    assert screen.basket.codes() == [counter.codes[0]] and screen.panel_view.name.text() == "小美"
    assert screen.scan.hasFocus()  # asked inline: the scanner still types here
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)  # a suffix answers nothing
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)  # nor confirms while the question is open
    wait_idle(qtbot, ui_ctx)
    assert screen.question.is_open() and held(counter) == []
    qtbot.keyClick(screen.scan, Qt.Key.Key_1)
    wait_idle(qtbot, ui_ctx)
    assert not screen.question.is_open()
    assert screen.panel_view.name.text() == "大雄" and screen.basket.codes() == [counter.codes[0]]
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    assert recorded.args[0].streamer_name == "大雄"
    wait_idle(qtbot, ui_ctx)


def test_the_basket_is_cleared_only_when_the_clerk_chooses_it(qtbot, screen, ui_ctx, counter):
    card_over_a_basket(qtbot, screen, ui_ctx, counter)
    qtbot.keyClick(screen.scan, Qt.Key.Key_2)
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.name.text() == "大雄" and screen.basket.count() == 0


def test_esc_keeps_serving_the_first_streamer(qtbot, screen, ui_ctx, counter):
    card_over_a_basket(qtbot, screen, ui_ctx, counter)
    screen.question.findChild(QPushButton, "question_stay").click()  # the mouse answers too
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.name.text() == "小美" and screen.basket.codes() == [counter.codes[0]]
    assert screen.scan.hasFocus()


def test_samples_scanned_while_the_question_is_open_are_held_then_added_or_refused(qtbot, screen, ui_ctx, counter):
    third = streamers.register_streamer(counter.uow(), counter.clerk, "静香", "13700137000", "douyin")
    checkout.check_out(counter.uow(), counter.clerk, third.id, [counter.codes[5]], "cash")
    other = streamers.register_streamer(counter.uow(), counter.clerk, "大雄", "13900139000", "kuaishou")
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    # One fast burst: 大雄's card, then two of his samples before the card's answer is back.
    scan(qtbot, screen.scan, other.member_code)
    scan(qtbot, screen.scan, counter.codes[1])
    scan(qtbot, screen.scan, counter.codes[5])  # lent to 静香: must be refused, visibly
    wait_idle(qtbot, ui_ctx)
    scan(qtbot, screen.scan, counter.codes[2])  # while the question is open
    wait_idle(qtbot, ui_ctx)
    assert screen.question.is_open() and screen.basket.codes() == [counter.codes[0]]
    assert counter.codes[2] in screen.message.text()  # said to wait, not dropped
    qtbot.keyClick(screen.scan, Qt.Key.Key_2)  # a fresh basket for 大雄
    wait_idle(qtbot, ui_ctx)
    assert screen.panel_view.name.text() == "大雄"
    assert screen.basket.codes() == [counter.codes[1], counter.codes[2]]
    assert screen.message.kind == "error" and counter.codes[5] in screen.message.text()
    assert "静香" in screen.message.text()


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
    assert screen.panel_view.banner.isVisible()  # known before confirming
    assert screen.confirm.isEnabled()  # a manager may override it

    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
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
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: screen.message.kind == "error" and not screen._submitting, timeout=5000)
    wait_idle(qtbot, ui_ctx)
    assert len(held(counter)) == 5
    assert screen.basket.count() == 2 and screen.confirm.isEnabled()


def test_override_dialog_offers_managers_and_hides_the_pin(qtbot):
    people = [
        StaffView("1", "王店长", "admin", True),
        StaffView("2", "李经理", "manager", True),
        StaffView("3", "小张", "clerk", True),
    ]
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
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
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
    queue.cancel_confirm()  # the scan was refused
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
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    receipt = recorded.args[0]
    assert receipt.deposit_fen == 12000  # silver: half of 3 × ¥80
    assert submitted_with == ["¥120.00"]  # the quote was on screen when it was sent
    assert "¥120.00" in screen.message.text()
    wait_idle(qtbot, ui_ctx)


def test_a_scan_during_recording_is_taken_right_after(qtbot, screen, ui_ctx, counter):
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
        scan(qtbot, screen.scan, MEMBER)  # the next streamer steps up at once
    wait_idle(qtbot, ui_ctx)
    assert screen._streamer is not None and screen._streamer.name == "小美"  # the card was not lost


def test_an_unknown_phone_asks_inline_then_registers_a_newcomer_and_serves_them(qtbot, screen, ui_ctx, counter):
    scan(qtbot, screen.scan, "+86 139 0013 9999")
    wait_idle(qtbot, ui_ctx)
    assert screen.question.is_open() and "13900139999" in screen.question.question()
    assert screen.findChild(StreamerDialog) is None and screen.scan.hasFocus()
    qtbot.keyClick(screen.scan, Qt.Key.Key_1)
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


def test_esc_declines_registering_and_nothing_else_happens(qtbot, screen, ui_ctx):
    scan(qtbot, screen.scan, "13900139999")
    wait_idle(qtbot, ui_ctx)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Escape)
    assert not screen.question.is_open() and screen.findChild(StreamerDialog) is None


@pytest.mark.parametrize("code", ["6901234567893", "1380013800012", "4006381333931"])
def test_a_thirteen_digit_code_is_never_offered_as_a_phone_number(qtbot, screen, ui_ctx, code):
    scan(qtbot, screen.scan, code)
    wait_idle(qtbot, ui_ctx)
    assert not screen.question.is_open() and screen.findChild(StreamerDialog) is None
    assert screen.message.kind == "error"


def test_a_scan_typed_into_the_registration_form_is_held_for_the_new_streamer(qtbot, screen, ui_ctx, counter):
    scan(qtbot, screen.scan, "13900139999")
    wait_idle(qtbot, ui_ctx)
    qtbot.keyClick(screen.scan, Qt.Key.Key_1)
    dialog = screen.findChild(StreamerDialog)
    wait_idle(qtbot, ui_ctx)
    qtbot.keyClicks(dialog.name_edit, counter.codes[0], delay=2)  # the scanner, at its own speed
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, delay=2)
    assert dialog.name_edit.text() == "" and dialog.isVisible()  # neither typed in nor submitted
    dialog.name_edit.setText("阿花")
    dialog.accept()
    qtbot.waitUntil(lambda: screen.basket.codes() == [counter.codes[0]], timeout=5000)
    assert screen.panel_view.name.text() == "阿花"
    wait_idle(qtbot, ui_ctx)


def test_a_scan_while_the_override_dialog_is_open_is_held_not_typed_into_the_pin(qtbot, screen, ui_ctx, counter):
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:5], "cash")
    extra = catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 2).codes
    scan(qtbot, screen.scan, MEMBER)
    scan(qtbot, screen.scan, counter.codes[5])
    scan(qtbot, screen.scan, extra[0])
    wait_idle(qtbot, ui_ctx)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)  # over the limit: a manager is asked
    qtbot.waitUntil(lambda: screen.findChild(OverrideDialog) is not None, timeout=5000)
    dialog = screen.findChild(OverrideDialog)
    qtbot.keyClicks(dialog.pin, extra[1], delay=2)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return, delay=2)
    assert dialog.pin.text() == "" and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, "22", delay=120)  # a person typing still gets through
    qtbot.waitUntil(lambda: dialog.pin.text() == "22")
    dialog.reject()
    qtbot.waitUntil(lambda: extra[1] in screen.basket.codes(), timeout=5000)
    assert sorted(held(counter)) == sorted(counter.codes[:5])  # nothing recorded


def test_start_over_while_a_question_is_open_takes_the_held_scans_afresh(qtbot, screen, ui_ctx, counter):
    card_over_a_basket(qtbot, screen, ui_ctx, counter)
    scan(qtbot, screen.scan, "CS-M00001")  # held: the question is open
    screen.basket.reset_button.click()  # the clerk starts over with the mouse
    wait_idle(qtbot, ui_ctx)
    assert not screen.question.is_open() and screen.basket.count() == 0
    assert screen.panel_view.name.text() == "小美"  # the held card was taken, not forgotten
