"""A name with a character no shipped font has is flagged while it is typed; rare CJK and emoji are not."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import wait_idle
from ui.dialogs.merchant_dialog import MerchantDialog
from ui.dialogs.product_dialog import ProductDialog
from ui.screens.streamers import StreamersScreen

NOWHERE = "𰻞"  # U+30EDE (biáng), CJK Extension G: in none of the shipped faces


def type_by_input_method(widget, text: str) -> None:
    """Chinese arrives from an input method as committed text (a key event cannot carry 𠮷)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def register_dialog(qtbot, ui_ctx):
    screen = StreamersScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    dialog = screen.register_streamer()
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ui_ctx)
    return dialog


def test_registering_a_name_that_will_not_print_names_the_characters(qtbot, ui_ctx, counter):
    dialog = register_dialog(qtbot, ui_ctx)
    type_by_input_method(dialog.name_edit, "吉𠮷😀")  # rare CJK and an emoji print: no warning
    assert dialog.name_edit.text() == "吉𠮷😀" and not dialog.name_warning.isVisible()
    type_by_input_method(dialog.name_edit, f"{NOWHERE}{NOWHERE}面")
    assert dialog.name_warning.isVisible()
    warning = dialog.name_warning.text()
    assert f"{NOWHERE} (U+30EDE)" in warning and warning.count(NOWHERE) == 1 and "面" not in warning
    dialog.name_edit.setText("吉𠮷")
    assert not dialog.name_warning.isVisible()
    type_by_input_method(dialog.handle_edit, f"@{NOWHERE}")
    assert dialog.handle_warning.isVisible()


def test_the_warning_does_not_stop_saving_the_real_name(qtbot, ui_ctx, counter):
    dialog = register_dialog(qtbot, ui_ctx)
    type_by_input_method(dialog.name_edit, f"{NOWHERE}{NOWHERE}")
    dialog.phone_edit.setText("13912345678")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.accept()
    assert saved.args[0].name == f"{NOWHERE}{NOWHERE}"
    wait_idle(qtbot, ui_ctx)


def test_merchant_and_product_names_are_flagged_too(qtbot, ui_ctx, counter):
    product = ProductDialog(ui_ctx)
    qtbot.addWidget(product)
    product.show()
    type_by_input_method(product.name_edit, f"{NOWHERE}{NOWHERE}面 2 碗")
    assert product.name_warning.isVisible() and NOWHERE in product.name_warning.text()
    merchant = MerchantDialog(ui_ctx)
    qtbot.addWidget(merchant)
    merchant.show()
    type_by_input_method(merchant.name_edit, f"{NOWHERE}家面馆")
    assert merchant.name_warning.isVisible()
    wait_idle(qtbot, ui_ctx)
