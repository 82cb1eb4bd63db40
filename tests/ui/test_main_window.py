"""The main window wires the five counter screens, the status bar and the menus."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
                               QTextEdit)

from tests.ui.conftest import wait_idle
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.merchant_dialog import MerchantDialog
from ui.dialogs.override_dialog import OverrideDialog
from ui.dialogs.product_dialog import ProductDialog
from ui.dialogs.setup_dialog import SetupDialog
from ui.dialogs.streamer_dialog import StreamerDialog
from ui.main_window import MainWindow
from ui.preferences import Preferences

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit)


def make_window(qtbot, ui_ctx, tmp_path):
    window = MainWindow(ui_ctx, Preferences(tmp_path), demo=True)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, ui_ctx)
    return window


def test_function_keys_switch_screens_and_focus_follows(qtbot, ui_ctx, tmp_path):
    window = make_window(qtbot, ui_ctx, tmp_path)
    assert window.stack.count() == 7   # counter screens F1-F5, then Overdue (F6) and Reports (F7)
    for index in range(7):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_F{index + 1}"))
        assert window.stack.currentIndex() == index
    wait_idle(qtbot, ui_ctx)


def test_status_bar_names_showroom_staff_and_offline_outbox(qtbot, ui_ctx, tmp_path):
    window = make_window(qtbot, ui_ctx, tmp_path)
    qtbot.waitUntil(lambda: window.status.sync_label.text() != "")
    assert "CS" in window.status.showroom_label.text()
    assert "小张" in window.status.staff_label.text()
    assert "Offline" in window.status.sync_label.text()


def unnamed_widgets(root) -> list[str]:
    """Interactive widgets a test or a screen reader could not find by name."""
    missing = []
    for widget in {w for kind in INTERACTIVE for w in root.findChildren(kind)}:
        if widget.parent() is not None and type(widget.parent()).__name__ in ("QComboBox", "QAbstractSpinBox",
                                                                              "QDateEdit", "QSpinBox"):
            continue  # Qt's own sub-widgets of a combo or spin box
        if widget.objectName().startswith("qt_"):
            continue  # Qt-internal (scroll bars, line edit of a spin box, ...)
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' in {type(widget.parent()).__name__}")
    return missing


def test_every_interactive_widget_has_object_and_accessible_names(qtbot, ui_ctx, tmp_path):
    window = make_window(qtbot, ui_ctx, tmp_path)
    assert not unnamed_widgets(window)


def test_every_dialog_names_its_widgets(qtbot, ui_ctx, tmp_path):
    dialogs = [MerchantDialog(ui_ctx), ProductDialog(ui_ctx), StreamerDialog(ui_ctx),
               OverrideDialog(["李经理"], "over the limit"), SetupDialog(ui_ctx.worker, ui_ctx.store.uow),
               LoginDialog(ui_ctx, Preferences(tmp_path))]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    wait_idle(qtbot, ui_ctx)
    for dialog in dialogs:
        assert not unnamed_widgets(dialog), type(dialog).__name__
