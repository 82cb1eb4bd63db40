"""The main window only wires the screens together: navigation, menus, status bar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from present import i18n
from showroom.domain.model import Role
from ui.auto_print import AutoPrint
from ui.command_sheet import command_sheet_actions
from ui.context import UiContext
from ui.dialogs.questions import log_out_anyway
from ui.dialogs.reprint_dialog import ReprintDialog
from ui.preferences import LANGUAGE, WINDOW_GEOMETRY, Preferences
from ui.screens.checkin import CheckinScreen
from ui.screens.checkout import CheckoutScreen
from ui.screens.intake import IntakeScreen
from ui.screens.mailing import MailingScreen
from ui.screens.overdue import OverdueScreen
from ui.screens.reports import ReportsScreen
from ui.screens.samples import SamplesScreen
from ui.screens.stocktake import StocktakeScreen
from ui.screens.streamers import StreamersScreen
from ui.screens.transfers import TransfersScreen
from ui.status_bar import CounterStatusBar
from ui.widgets.accessibility import name_qt_parts, named

SCREENS = (
    CheckoutScreen,
    CheckinScreen,
    IntakeScreen,
    SamplesScreen,
    StreamersScreen,
    OverdueScreen,
    ReportsScreen,
    StocktakeScreen,  # F8: after Reports, so the keys the counter already knows stay where they are
    TransfersScreen,  # F10: F9 is "Sync now"
    MailingScreen,  # F11: samples by courier
)


def function_key(index: int) -> str:
    """F1 to F8 in order; then F10 and on (F9 syncs, F12 confirms)."""
    return f"F{index + 1}" if index < 8 else f"F{index + 2}"


DEFAULT_SIZE = QSize(1280, 780)
# What a window manager adds around the window (title bar, borders) before Qt can measure it.
FRAME_ALLOWANCE = QSize(16, 40)


class MainWindow(QMainWindow):
    logout_requested = Signal()
    language_switched = Signal(str)

    def __init__(self, ctx: UiContext, prefs: Preferences, demo: bool = False, sync_runner=None):
        super().__init__()
        self.ctx, self.prefs, self.demo = ctx, prefs, demo
        self.setObjectName("mainWindow")
        title = "{} · {} ({})".format(self.tr("Showroom"), ctx.showroom.name, ctx.showroom.code)
        self.setWindowTitle(title + (" · " + self.tr("DEMO") if demo else ""))
        self.nav = named(QListWidget(), "navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 15px; border: none; background: #f3f5f8; }"
            "QListWidget::item { padding: 12px 10px; border-radius: 6px; margin: 2px 6px; }"
            "QListWidget::item:selected { background: #1f6feb; color: white; }"
        )
        self.stack = named(QStackedWidget(), "screens")
        self.screens = []
        for index, screen_class in enumerate(SCREENS):
            key = function_key(index)
            screen = screen_class(ctx, self)
            self.screens.append(screen)
            self.stack.addWidget(screen)
            item = QListWidgetItem(f"{key}  {screen_class.screen_title()}")
            self.nav.addItem(item)
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda i=index: self.show_screen(i))
        self.nav.currentRowChanged.connect(self._on_nav)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sync_runner = sync_runner  # ui.sync_runner.SyncRunner, owned by the session
        self.status = CounterStatusBar(ctx, demo, self, sync=sync_runner)
        self.setStatusBar(self.status)
        self._wire_printing()
        self._build_menus()
        name_qt_parts(self)
        self._place(prefs.get(WINDOW_GEOMETRY))
        self.show_screen(0)

    def _place(self, saved: bytes | None) -> None:
        available = self.screen().availableGeometry()
        if saved and self.restoreGeometry(saved) and self._fits(self.size(), available):
            return
        self.fit_to(available)

    @staticmethod
    def _fits(size: QSize, available: QRect) -> bool:
        return (
            size.width() + FRAME_ALLOWANCE.width() <= available.width()
            and size.height() + FRAME_ALLOWANCE.height() <= available.height()
        )

    def fit_to(self, available: QRect) -> None:
        """The default size where it fits with its frame; on a smaller screen (a 1366×768 counter PC)
        the window fills the screen, so that the status bar is never below its bottom edge."""
        if self._fits(DEFAULT_SIZE, available):
            self.resize(DEFAULT_SIZE)
            return
        self.resize(DEFAULT_SIZE.boundedTo(available.size() - FRAME_ALLOWANCE).expandedTo(self.minimumSizeHint()))
        self.move(available.topLeft())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        logout = named(QAction(self.tr("Log out"), self), "logoutAction")
        logout.setShortcut(QKeySequence("Ctrl+L"))
        logout.triggered.connect(self._log_out)
        quit_action = named(QAction(self.tr("Quit"), self), "quitAction")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        reprint = named(QAction(self.tr("Reprint…"), self), "reprintAction")
        reprint.setShortcut(QKeySequence.StandardKey.Print)
        reprint.triggered.connect(self._reprint)
        settings = named(QAction(self.tr("Settings…"), self), "settingsAction")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.setEnabled(self._is_manager())  # the services refuse a clerk too
        settings.triggered.connect(self._settings)
        staff = named(QAction(self.tr("Staff…"), self), "staffAction")
        staff.setEnabled(self._is_admin())
        staff.triggered.connect(self._staff)
        backup = named(QAction(self.tr("Backup and restore…"), self), "backupAction")
        backup.setEnabled(self._is_admin())
        backup.triggered.connect(self._backup)
        file_menu.addActions([reprint, settings])
        file_menu.addSeparator()
        file_menu.addActions([staff, backup])
        file_menu.addSeparator()
        file_menu.addActions([logout, quit_action])
        view_menu = self.menuBar().addMenu(self.tr("&Language"))
        for code, name in i18n.LANGUAGES.items():
            action = named(QAction(name, self), f"language_{code}")
            action.setCheckable(True)
            action.setChecked(self.prefs.get(LANGUAGE) == code)
            action.triggered.connect(lambda _checked, c=code: self.language_switched.emit(c))
            view_menu.addAction(action)
        self._build_sync_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = named(QAction(self.tr("About Showroom"), self), "aboutAction")
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        help_menu.addActions(command_sheet_actions(self, self.ctx))

    def _log_out(self) -> None:
        """A list not yet recorded would be dropped: ask first (keeping it is the default)."""
        unfinished = [text for screen in self.screens if (text := getattr(screen, "work_in_progress", str)())]
        if not unfinished or log_out_anyway(self, unfinished):
            self.logout_requested.emit()

    def _build_sync_menu(self) -> None:
        sync_menu = self.menuBar().addMenu(self.tr("&Sync"))
        sync_now = named(QAction(self.tr("Sync now"), self), "syncNowAction")
        sync_now.setShortcut(QKeySequence("F9"))
        sync_now.triggered.connect(lambda: self.sync_runner.sync_now())
        connect = named(QAction(self.tr("Connect to HQ…"), self), "enrolAction")
        connect.triggered.connect(self._enrol)
        sync_now.setEnabled(self.sync_runner is not None)
        connect.setEnabled(self.sync_runner is not None and self._is_manager())  # it binds the showroom to an HQ
        came_back = named(QAction(self.tr("What came back from HQ…"), self), "catchUpAction")
        came_back.triggered.connect(self._what_came_back)
        sync_menu.addActions([sync_now, connect])
        sync_menu.addSeparator()
        sync_menu.addAction(came_back)

    def _enrol(self) -> None:
        from ui.dialogs.enrol_dialog import EnrolDialog

        status = self.sync_runner.last_status
        EnrolDialog(self.sync_runner, self, url=status.hq_url if status else "").exec()

    def _what_came_back(self) -> None:
        from ui.dialogs.catch_up_dialog import CatchUpDialog

        CatchUpDialog(self.ctx, self).exec()

    def _is_manager(self) -> bool:
        return self.ctx.actor is not None and Role(self.ctx.actor.role).at_least(Role.MANAGER)

    def _is_admin(self) -> bool:
        return self.ctx.actor is not None and Role(self.ctx.actor.role).at_least(Role.ADMIN)

    def _wire_printing(self) -> None:
        desk = self.ctx.print_desk
        self.auto_print = AutoPrint(self.ctx)
        self.auto_print.attach(
            *(
                next(s for s in self.screens if isinstance(s, cls))
                for cls in (CheckoutScreen, CheckinScreen, IntakeScreen)
            )
        )
        desk.printed.connect(self._printed)
        desk.failed.connect(self._print_failed)

    def _printed(self, title: str, where: str) -> None:
        self.statusBar().showMessage(self.tr("Printed {title} ({where})").format(title=title, where=where), 8000)

    def _print_failed(self, title: str, problem: str) -> None:
        self.last_print_problem = self.tr(
            "{title} was not printed: {problem}. The record is saved; reprint it with File → Reprint (Ctrl+P)."
        ).format(title=title, problem=problem)
        self.statusBar().showMessage("⚠ " + self.last_print_problem, 30000)

    def _reprint(self) -> None:
        ReprintDialog(self.ctx, self).exec()

    def settings_dialog(self):
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.prefs, self)
        # queued: the window is replaced only after the dialog's own event loop has ended
        dialog.language_chosen.connect(self.language_switched, Qt.ConnectionType.QueuedConnection)
        return dialog

    def _settings(self) -> None:
        self.settings_dialog().exec()

    def _staff(self) -> None:
        from ui.dialogs.staff_dialog import StaffDialog  # written alongside; imported only when used

        StaffDialog(self.ctx, self).exec()

    def _backup(self) -> None:
        from ui.dialogs.backup_dialog import BackupDialog

        BackupDialog(self.ctx, self).exec()

    def show_screen(self, index: int) -> None:
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)
        else:
            self._on_nav(index)

    def _on_nav(self, index: int) -> None:
        if 0 <= index < len(self.screens):
            self.stack.setCurrentIndex(index)
            self.screens[index].activate()

    def _about(self) -> None:
        self.about_dialog().exec()

    def about_dialog(self):
        from ui.dialogs.about_dialog import AboutDialog

        return AboutDialog(self.ctx, self.demo, self)

    def closeEvent(self, event) -> None:
        self.prefs.set(WINDOW_GEOMETRY, bytes(self.saveGeometry()))
        super().closeEvent(event)
