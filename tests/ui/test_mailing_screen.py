"""The Mail-out screen driven like the counter drives it: the streamer's card, the address confirmed, three
samples and the waybill scanned at scanner speed, F12; the packing slip comes out; the waybill scanned again
marks the parcel delivered; the return waybill; the parcel back with one sample damaged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from showroom.services import streamers
from showroom.services.mailing_views import parcel
from tests.conftest import T0
from tests.integration.mailing_fixtures import GUANGZHOU, RETURN_WAYBILL, WAYBILL, allow_post
from tests.integration.test_parcel_tracking import aggregator  # noqa: F401  (the fake aggregator)
from tests.ui.conftest import scan, wait_idle
from ui.screens.mailing import MailingScreen


def open_screen(qtbot, ctx) -> MailingScreen:
    screen = MailingScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ctx)
    return screen


def test_a_parcel_mailed_delivered_and_back_with_one_damaged(qtbot, ui_ctx, counter):
    allow_post(counter)
    screen = open_screen(qtbot, ui_ctx)
    member = streamers.find_streamer(counter.uow(), "13800138000").member_code
    scan(qtbot, screen.form.streamer_field, member)
    wait_idle(qtbot, ui_ctx)
    assert "小美" in screen.form.streamer_label.text()
    for key in ("recipient", "phone", "province", "city", "address"):
        screen.form.address[key].setText(getattr(GUANGZHOU, key))  # typed through an input method
    screen.form.verified.setChecked(True)
    qtbot.mouseClick(screen.form.save_address, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    for code in counter.codes[:3]:
        scan(qtbot, screen.form.samples_field, code)  # at scanner speed, one after another
    wait_idle(qtbot, ui_ctx)
    assert screen.form.codes() == counter.codes[:3]
    scan(qtbot, screen.form.waybill, WAYBILL)
    qtbot.keyClicks(screen.form.transfer_ref, "4200001234202612010001")
    qtbot.keyClick(screen, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: ui_ctx.print_desk.pending == 0, timeout=10000)
    assert "SF1428574306421" in screen.message.text()
    assert screen.model.rowCount() == 1 and screen.form.codes() == []

    scan(qtbot, screen.waybill_scan, WAYBILL)  # the waybill again: delivered
    wait_idle(qtbot, ui_ctx)
    assert parcel(counter.uow(), WAYBILL).state == "delivered"
    screen.table.selectRow(0)
    screen.return_courier.setCurrentIndex(screen.return_courier.findData("yto"))
    scan(qtbot, screen.return_waybill, RETURN_WAYBILL)
    wait_idle(qtbot, ui_ctx)
    assert parcel(counter.uow(), WAYBILL).state == "return_shipped"

    scan(qtbot, screen.waybill_scan, RETURN_WAYBILL)  # the parcel back at the counter
    wait_idle(qtbot, ui_ctx)
    assert screen.receive.isVisible() and screen.receive.table.rowCount() == 3
    screen.receive.set_condition(counter.codes[0], "damaged")
    screen.receive.set_condition(counter.codes[1], "")
    screen.receive.set_condition(counter.codes[2], "")
    qtbot.mouseClick(screen.receive.receive, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    back = parcel(counter.uow(), WAYBILL)
    assert back.state == "delivered" and len(back.out) == 2
    assert [line.condition for line in back.lines if line.returned_at] == ["damaged"]
    assert "2" in screen.message.text()


def test_a_refusal_is_said_and_nothing_is_mailed(qtbot, ui_ctx, counter):
    screen = open_screen(qtbot, ui_ctx)
    scan(qtbot, screen.form.streamer_field, "13800138000")
    wait_idle(qtbot, ui_ctx)
    scan(qtbot, screen.form.samples_field, counter.codes[0])
    scan(qtbot, screen.form.waybill, "SF123")
    qtbot.keyClicks(screen.form.transfer_ref, "42000012")
    qtbot.mouseClick(screen.mail_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert "SF123" in screen.message.text() or "顺丰" in screen.message.text()
    assert screen.model.rowCount() == 0
    assert T0


def test_tracking_runs_off_the_gui_thread_and_marks_the_parcel_delivered(qtbot, ui_ctx, counter, aggregator):
    from tests.integration.mailing_fixtures import mail_three
    from tests.integration.test_parcel_tracking import turn_on

    mail_three(counter)
    screen = open_screen(qtbot, ui_ctx)
    qtbot.mouseClick(screen.findChild(QPushButton, "mailing_track"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert parcel(counter.uow(), WAYBILL).state == "shipped"  # off by default: nobody asked
    turn_on(counter, aggregator)
    qtbot.mouseClick(screen.findChild(QPushButton, "mailing_track"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: parcel(counter.uow(), WAYBILL).state == "delivered", timeout=10000)
    wait_idle(qtbot, ui_ctx)
    assert "1" in screen.message.text()
