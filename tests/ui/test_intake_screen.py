"""Intake: scan a product's barcode, receive units, get their codes; create products inline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from showroom.services import catalog
from tests.ui.conftest import scan, wait_idle
from ui.screens.intake import IntakeScreen

EAN = "6901234567892"


def stock(counter):
    [product] = catalog.search_products(counter.uow(), EAN)
    return product.samples_in_stock, product.samples_total


def type_text(widget, text: str) -> None:
    """Typed text, one key at a time; QTest.keyClicks only knows ASCII, so CJK goes as key text."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def make_screen(qtbot, ui_ctx):
    screen = IntakeScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    return screen


def test_title_and_names(qtbot, ui_ctx):
    screen = make_screen(qtbot, ui_ctx)
    assert IntakeScreen.screen_title() == "Intake"
    for name in (
        "productSearchField",
        "productTable",
        "quantitySpin",
        "shelfEdit",
        "receiveButton",
        "newCodesList",
        "newMerchantButton",
        "newProductButton",
    ):
        assert screen.findChild(object, name) is not None, name
    assert screen.receive_button.accessibleName()
    assert screen.model.rowCount() == 1  # everything, before any search


def test_scan_ean_selects_product_and_receive_adds_codes(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    assert not screen.receive_button.isEnabled()
    scan(qtbot, screen.search_field, EAN)
    qtbot.waitUntil(lambda: screen.product is not None and screen.table.selected_row() is not None)
    wait_idle(qtbot, ui_ctx)
    assert screen.product.id == counter.product_id
    assert screen.table.selected_row().id == counter.product_id
    assert screen.product.samples_in_stock == 6
    assert screen.receive_button.isEnabled()
    assert stock(counter) == (6, 6)

    screen.quantity_spin.setValue(3)
    screen.shelf_edit.setText("B-02")
    announced = []
    ui_ctx.bus.changed.connect(announced.append)
    with qtbot.waitSignal(screen.samples_received, timeout=5000) as received:
        qtbot.mouseClick(screen.receive_button, Qt.MouseButton.LeftButton)
    result = received.args[0]
    assert len(result.codes) == 3
    assert screen.new_codes() == result.codes
    assert not set(result.codes) & set(counter.codes)
    assert {"samples", "catalog"} <= announced[0]
    assert stock(counter) == (9, 9)
    wait_idle(qtbot, ui_ctx)  # the announce refreshed the results with the new counts
    assert screen.product.samples_in_stock == 9
    assert "9 in stock" in screen.product_label.text()


def test_typing_searches_after_a_pause(qtbot, ui_ctx):
    screen = make_screen(qtbot, ui_ctx)
    type_text(screen.search_field, "没有这个")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=3000)
    screen.search_field.clear()
    type_text(screen.search_field, "良品")  # by merchant
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=3000)
    assert screen.model.row_at(0).merchant_name == "良品铺子"


def test_unknown_ean_offers_a_new_product_with_it(qtbot, ui_ctx):
    screen = make_screen(qtbot, ui_ctx)
    asked = []
    screen.confirm = lambda title, question: asked.append(question) or True
    opened = []
    screen.new_product = lambda ean="": opened.append(ean)
    scan(qtbot, screen.search_field, "4006381333931")
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["4006381333931"] and "4006381333931" in asked[0]


def test_product_dialog_invalid_ean_shows_error_and_creates_nothing(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    dialog = screen.new_product(ean="6901234567890")  # wrong check digit
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui_ctx)  # merchants loaded
    assert dialog.merchant_combo.currentText() == "良品铺子"
    dialog.name_edit.setText("辣条 10包")
    dialog.retail_edit.setText("19.9")
    dialog.live_edit.setText("15")
    dialog.commission_spin.setValue(12.5)
    dialog.value_edit.setText("12.00")
    values = dialog.values()
    assert values["retail_price_fen"] == 1990 and values["commission_bp"] == 1250
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert "6901234567890" in dialog.error_text()
    assert "not a valid product barcode" in dialog.error_text()
    assert dialog.result_value is None
    assert [p.name for p in catalog.search_products(counter.uow())] == ["每日坚果 30包"]


def test_product_dialog_bad_money_is_refused_before_saving(qtbot, ui_ctx):
    screen = make_screen(qtbot, ui_ctx)
    dialog = screen.new_product()
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui_ctx)
    dialog.name_edit.setText("辣条")
    dialog.retail_edit.setText("abc")
    dialog.accept()
    assert "Retail price" in dialog.error_text()
    assert ui_ctx.tasks.pending() == 0


def test_product_dialog_creates_and_screen_selects_it(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    dialog = screen.new_product(ean="4006381333931")
    qtbot.addWidget(dialog)
    wait_idle(qtbot, ui_ctx)
    dialog.name_edit.setText("辣条 10包")
    for edit in (dialog.retail_edit, dialog.live_edit, dialog.value_edit):
        edit.setText("9.90")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert screen.product.name == "辣条 10包" and screen.product.ean == "4006381333931"
    assert screen.receive_button.isEnabled()
    assert len(catalog.search_products(counter.uow())) == 2


def test_merchant_dialog_shows_duplicate_inline(qtbot, ui_ctx):
    screen = make_screen(qtbot, ui_ctx)
    dialog = screen.new_merchant()
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("良品铺子")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert "already exists" in dialog.error_text()
    dialog.name_edit.setText("三只松鼠")
    dialog.phone_edit.setText("123")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert "not a phone number" in dialog.error_text()  # landlines and 400 numbers are fine too
    dialog.phone_edit.setText("13912345678")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    assert dialog.result_value.name == "三只松鼠"
    wait_idle(qtbot, ui_ctx)  # the screen refreshes after the announce
    assert "三只松鼠" in screen.message.text()


def test_receive_cannot_run_twice_while_the_first_is_on_its_way(qtbot, ui_ctx, counter):
    screen = make_screen(qtbot, ui_ctx)
    scan(qtbot, screen.search_field, EAN)
    qtbot.waitUntil(lambda: screen.product is not None)
    wait_idle(qtbot, ui_ctx)
    screen.quantity_spin.setValue(2)
    screen.refresh()  # a search answer may arrive while the receive is pending
    screen.receive()
    assert not screen.receive_button.isEnabled()
    screen.receive()  # a second click: ignored
    wait_idle(qtbot, ui_ctx)
    assert stock(counter) == (8, 8)  # 6 + 2, once
    assert screen.receive_button.isEnabled()
