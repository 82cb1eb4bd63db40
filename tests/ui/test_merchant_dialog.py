"""A merchant's phone may be a landline or a 400 number; one nobody can dial is refused in the form."""

from __future__ import annotations

from tests.ui.conftest import wait_idle
from ui.dialogs.merchant_dialog import MerchantDialog


def open_dialog(qtbot, ui_ctx) -> MerchantDialog:
    dialog = MerchantDialog(ui_ctx, name="湘味坊")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_landline_with_its_area_code_is_saved_in_canonical_form(qtbot, ui_ctx):
    dialog = open_dialog(qtbot, ui_ctx)
    dialog.phone_edit.setText("(0731) 8888 6666")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.accept()
    assert saved.args[0].phone == "0731-88886666"


def test_a_number_without_area_code_is_refused_and_says_what_is_wanted(qtbot, ui_ctx):
    dialog = open_dialog(qtbot, ui_ctx)
    dialog.phone_edit.setText("8888 6666")
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert "0731-88886666" in dialog.error_text() and dialog.isVisible()
    assert "area code" in dialog.phone_edit.placeholderText()
