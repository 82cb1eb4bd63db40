"""The main window wires the five counter screens, the status bar and the menus."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QTextEdit

from tests.ui.conftest import wait_idle
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.merchant_dialog import MerchantDialog
from ui.dialogs.override_dialog import OverrideDialog
from ui.dialogs.product_dialog import ProductDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.setup_wizard import SetupWizard
from ui.dialogs.streamer_dialog import StreamerDialog
from ui.main_window import FRAME_ALLOWANCE, MainWindow
from ui.preferences import WINDOW_GEOMETRY, Preferences

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit)


def make_window(qtbot, ui_ctx, tmp_path):
    window = MainWindow(ui_ctx, Preferences(tmp_path), demo=True)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, ui_ctx)
    return window


def test_function_keys_switch_screens_and_focus_follows(qtbot, ui_ctx, tmp_path):
    window = make_window(qtbot, ui_ctx, tmp_path)
    # counter screens F1-F5, Overdue (F6), Reports (F7), Stocktake (F8), Transfers (F10), Mail-out (F11)
    assert window.stack.count() == 10
    for index in range(10):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_F{index + 1 if index < 8 else index + 2}"))
        assert window.stack.currentIndex() == index
    window.nav.setCurrentRow(8)
    assert window.stack.currentIndex() == 8
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
        if widget.parent() is not None and type(widget.parent()).__name__ in (
            "QComboBox",
            "QAbstractSpinBox",
            "QDateEdit",
            "QSpinBox",
        ):
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
    from ui.dialogs.about_dialog import AboutDialog
    from ui.sync_runner import SyncRunner

    runner = SyncRunner(ui_ctx.store.data_dir, ui_ctx.tasks, first_sync_ms=-1)
    dialogs = [
        MerchantDialog(ui_ctx),
        ProductDialog(ui_ctx),
        StreamerDialog(ui_ctx),
        OverrideDialog(["李经理"], "over the limit"),
        SetupWizard(ui_ctx.tasks, ui_ctx.store.uow, Preferences(tmp_path), runner=runner),
        LoginDialog(ui_ctx, Preferences(tmp_path)),
        SettingsDialog(ui_ctx, Preferences(tmp_path)),
        AboutDialog(ui_ctx),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    wait_idle(qtbot, ui_ctx)
    wait_idle(qtbot, ui_ctx)  # the Settings dialog builds its pages once its values are read
    runner.stop()
    for dialog in dialogs:
        assert not unnamed_widgets(dialog), type(dialog).__name__


def test_admin_only_actions_and_the_manager_settings(qtbot, ui_ctx, counter, tmp_path):
    from PySide6.QtGui import QAction

    for actor, manager, admin in (
        (counter.clerk, False, False),
        (counter.manager, True, False),
        (counter.admin, True, True),
    ):
        ui_ctx.actor = actor
        window = MainWindow(ui_ctx, Preferences(tmp_path))
        qtbot.addWidget(window)
        enabled = {
            name: window.findChild(QAction, name).isEnabled()
            for name in ("settingsAction", "staffAction", "backupAction")
        }
        assert enabled == {"settingsAction": manager, "staffAction": admin, "backupAction": admin}, actor.role
        wait_idle(qtbot, ui_ctx)


def test_about_tells_version_data_folder_database_and_log(qtbot, ui_ctx, tmp_path, monkeypatch):
    from showroom import __version__

    ui_ctx.log_path = tmp_path / "logs" / "showroom.log"
    window = make_window(qtbot, ui_ctx, tmp_path)  # the demo window
    about = window.about_dialog()
    qtbot.addWidget(about)
    text = about.text_label.text()
    for part in (
        __version__,
        str(ui_ctx.store.data_dir),
        str(ui_ctx.store.db_path),
        str(ui_ctx.log_path),
        "DEMO",
        "Python",
    ):
        assert part in text, part
    opened = []
    monkeypatch.setattr(
        "ui.dialogs.about_dialog.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    about.open_button.click()
    assert opened == [str(ui_ctx.store.data_dir)]
    wait_idle(qtbot, ui_ctx)


SMALL_SCREEN = QRect(0, 0, 1366, 740)  # a 1366×768 counter PC less its taskbar


def small_screen_window(qtbot, ui_ctx, tmp_path, monkeypatch, saved: bytes | None = None) -> MainWindow:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda screen: SMALL_SCREEN)
    prefs = Preferences(tmp_path)
    if saved:
        prefs.set(WINDOW_GEOMETRY, saved)
    window = MainWindow(ui_ctx, prefs, demo=True)
    qtbot.addWidget(window)
    return window


def fits(size: QSize, room: QSize) -> bool:
    return size.width() <= room.width() and size.height() <= room.height()


def test_the_window_opens_inside_a_1366_by_768_screen(qtbot, ui_ctx, tmp_path, monkeypatch):
    room = SMALL_SCREEN.size() - FRAME_ALLOWANCE
    window = small_screen_window(qtbot, ui_ctx, tmp_path, monkeypatch)
    assert window.isMaximized() and fits(window.size(), room)
    # a size saved on a bigger screen is not restored past this one's edges
    big = MainWindow(ui_ctx, Preferences(tmp_path / "big"), demo=True)
    qtbot.addWidget(big)
    big.resize(1900, 1000)
    window = small_screen_window(qtbot, ui_ctx, tmp_path / "other", monkeypatch, bytes(big.saveGeometry()))
    assert fits(window.size(), room)
    wait_idle(qtbot, ui_ctx)


def test_every_screen_fits_1366_by_768_with_the_status_bar_showing(qtbot, ui_ctx, counter, tmp_path, monkeypatch):
    from tests.ui.conftest import scan

    room = SMALL_SCREEN.size() - FRAME_ALLOWANCE
    ui_ctx.actor = counter.manager
    window = small_screen_window(qtbot, ui_ctx, tmp_path, monkeypatch)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the test screen is another size: lay out at 1366×768's
    window.resize(room)
    window.show()
    for index in range(len(window.screens)):
        window.show_screen(index)
        wait_idle(qtbot, ui_ctx)
        if index == 0:  # a streamer at the counter: their panel is the tallest thing on any screen
            scan(qtbot, window.screens[0].scan, "CS-M00001")
        if index == 4:
            window.screens[4].table.select_where(lambda row: row.member_code == "CS-M00001")
        wait_idle(qtbot, ui_ctx)
        assert fits(window.minimumSizeHint(), room), (index, window.minimumSizeHint())
        assert window.size() == room
        status = window.statusBar()
        assert status.isVisible() and status.geometry().bottom() < window.height()
        assert window.stack.geometry().bottom() < status.geometry().top()
