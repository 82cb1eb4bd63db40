"""Application start: logging, translations, the store, login, then the main window."""

from __future__ import annotations

import functools
import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from kernel.long_lived import settle_long_lived_objects
from kernel.storage_faults import storage_refusal
from present import i18n
from present.errors import describe
from showroom.domain.errors import FolderInUse, StorageProblem
from showroom.folder_lock import FolderLock
from showroom.services import setup
from showroom.store import DatabaseTooNew, Store
from ui import single_instance
from ui.context import UiContext
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.setup_wizard import SetupWizard
from ui.logging_setup import configure_logging
from ui.preferences import LANGUAGE, Preferences
from ui.tasks import Lane, TaskRunner

SETTLE_AFTER_MS = 1500  # the window is up and painted; the clerk has not scanned yet

log = logging.getLogger("showroom")
ASSETS = Path(__file__).resolve().parent.parent / "assets"  # same root as present/i18n.py; _internal/assets when frozen


def install_excepthook() -> None:
    """Anything not foreseen is logged in full and told calmly; the data is safe (commit or nothing)."""

    def hook(exc_type, exc, tb):
        log.error("uncaught error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        app = QApplication.instance()
        if app is None:
            return
        problem = storage_refusal(exc)  # the disk or the database refused: that is said plainly
        QMessageBox.warning(
            None,
            app.translate("App", "Unexpected error"),
            describe(problem)
            if problem
            else app.translate("App", "Something went wrong. Nothing half-done was saved; the details are in the log."),
        )

    sys.excepthook = hook


def opening(demo: bool) -> QProgressDialog:
    """Shown only when opening takes a while (a migration, seeding the demo)."""
    progress = QProgressDialog(
        QApplication.translate("App", "Preparing the demo showroom…")
        if demo
        else QApplication.translate("App", "Opening the showroom…"),
        "",
        0,
        0,
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(600)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    return progress


def open_store(data_dir: Path, demo: bool) -> Store:
    if demo:
        from demo.seed import ensure_demo

        return ensure_demo(data_dir)
    return Store(data_dir)


def demo_hint() -> str:
    from demo.seed import DEMO_STAFF

    people = "，".join(f"{person.name} {person.pin}" for person in DEMO_STAFF)
    return QApplication.translate("App", "Demo showroom. Staff and PINs: {people}").format(people=people)


def refuse_to_open(exc: BaseException) -> int:
    """The showroom cannot be opened (a newer version's database, a full or read-only disk, ...): said in
    words, and the app ends having changed nothing."""
    app = QApplication.instance()
    if isinstance(exc, DatabaseTooNew):
        text = app.translate(
            "App",
            "This database was made by a newer version of Showroom. Please install the "
            "newer version; the database was not changed.",
        )
    else:
        text = describe(exc)
    log.error("cannot open the showroom: %r", exc)
    QMessageBox.critical(None, app.translate("App", "Showroom"), text)
    return 1


def second_start(data_dir: Path, exc: FolderInUse) -> int:
    """Another program holds this folder: the first window comes forward, or the user is told who holds it."""
    if exc.holder == "app" and single_instance.knock(data_dir):
        sys.stderr.write(
            QApplication.translate(
                "App", "Showroom is already open on {folder}: its window was brought forward."
            ).format(folder=data_dir)
            + "\n"
        )
        return 0
    QMessageBox.warning(None, QApplication.translate("App", "Showroom"), describe(exc))
    return 1


def run_gui(data_dir: Path, demo: bool = False, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setWindowIcon(QIcon(str(ASSETS / "icons" / "showroom.png")))
    # Chinese must not turn into empty boxes on a PC without a CJK system font: Qt gets the one we ship.
    QFontDatabase.addApplicationFont(str(ASSETS / "fonts" / "wqy-microhei.ttc"))
    app.setApplicationName("Showroom")
    prefs = Preferences(data_dir)
    i18n.install(language or prefs.get(LANGUAGE))
    lock = FolderLock(data_dir, "app")  # one window per folder: held until this session ends
    try:
        lock.acquire()
    except FolderInUse as exc:
        return second_start(data_dir, exc)
    except OSError as exc:  # not even a lock file can be made there: a read-only or missing drive
        return refuse_to_open(storage_refusal(exc, data_dir) or exc)
    door = single_instance.FrontDoor(data_dir)
    try:
        if language:
            prefs.set(LANGUAGE, language)
        return _run_locked(app, data_dir, demo, prefs)
    finally:
        door.close()
        lock.release()


def main(argv: list[str]) -> int:
    """The checks of `showroom --selftest` that need widgets or printing (ui/selftest.py): cli/ imports nothing
    of ui/ but this and run_gui."""
    from ui import selftest

    return selftest.main(argv)


def _run_locked(app: QApplication, data_dir: Path, demo: bool, prefs: Preferences) -> int:
    log_place = configure_logging(data_dir)
    install_excepthook()
    tasks = TaskRunner()
    start = Start(app, tasks, data_dir, demo, prefs, log_place.path)
    app.setQuitOnLastWindowClosed(False)  # the login and the wizard come and go before the first window
    start.begin()
    code = app.exec()
    start.end()
    return code


def _or_end(step):
    """A start step that fails unforeseen ends the app in words, instead of leaving it running windowless."""

    @functools.wraps(step)
    def guarded(self, *args):
        try:
            step(self, *args)
        except Exception as exc:
            self._refused(exc)

    return guarded


class Start:
    """Opening the showroom without a nested event loop: each step runs in the database lane and the next
    one starts from its answer; the app's one event loop runs throughout."""

    def __init__(
        self,
        app: QApplication,
        tasks: TaskRunner,
        data_dir: Path,
        demo: bool,
        prefs: Preferences,
        log_path: Path | None,
    ):
        self.app, self.tasks, self.data_dir, self.demo, self.prefs, self.log_path = (
            app,
            tasks,
            data_dir,
            demo,
            prefs,
            log_path,
        )
        self.store: Store | None = None
        self.sync = None
        self.session: Session | None = None
        self.progress: QProgressDialog | None = None

    def begin(self) -> None:
        self.progress = opening(self.demo)
        self.tasks.run(Lane.DB, lambda: open_store(self.data_dir, self.demo), self._opened, self._refused)

    def _refused(self, exc: Exception) -> None:
        if self.progress is not None:
            self.progress.close()
        if not isinstance(exc, (DatabaseTooNew, StorageProblem)):
            log.error("opening the showroom failed unexpectedly", exc_info=exc)
        self.app.exit(refuse_to_open(exc))

    @_or_end
    def _opened(self, store: Store) -> None:
        self.progress.close()
        self.store = store
        log.info("opened %s (log: %s)", store.db_path, self.log_path or "console")
        from ui.sync_runner import SyncRunner

        self.sync = SyncRunner(store.data_dir, self.tasks)  # one per session; the wizard enrols through it too
        self.tasks.run(Lane.DB, lambda: setup.is_set_up(store.uow()), self._checked_set_up, self._refused)

    @_or_end
    def _checked_set_up(self, set_up: bool) -> None:
        if not set_up:  # the demo is seeded: never here
            wizard = SetupWizard(self.tasks, self.store.uow, self.prefs, runner=self.sync)
            if wizard.exec() != SetupWizard.DialogCode.Accepted:
                self.app.exit(0)  # cancelled: the folder holds no showroom, the wizard comes back next start
                return
            log.info("showroom set up by the first-run wizard")
        self.tasks.run(Lane.DB, lambda: setup.showroom_info(self.store.uow()), self._ready, self._refused)

    @_or_end
    def _ready(self, showroom) -> None:
        ctx = UiContext(store=self.store, tasks=self.tasks, showroom=showroom, log_path=self.log_path)
        if self.store.restore_outcome is not None:  # a restore staged by an admin was applied (or refused)
            from present.backup_text import restore_outcome_text

            show = QMessageBox.information if self.store.restore_outcome.applied else QMessageBox.warning
            show(None, self.app.translate("App", "Showroom"), restore_outcome_text(self.store.restore_outcome, ctx.tz))
        self.session = Session(ctx, self.prefs, self.demo, self.sync)
        if not self.session.begin():
            self.app.exit(0)

    def end(self) -> None:
        """After the event loop: background work let finish, the store closed."""
        if self.session is not None:
            self.session.stop_background()
        elif self.sync is not None:
            self.sync.stop()
        self.tasks.shutdown()
        if self.store is not None:
            self.store.close()


class Session:
    """Login, main window, log out, language switch: the loop of who is at the counter."""

    def __init__(self, ctx: UiContext, prefs: Preferences, demo: bool, sync=None):
        self.ctx, self.prefs, self.demo = ctx, prefs, demo
        self.window = None
        if sync is None:
            from ui.sync_runner import SyncRunner

            sync = SyncRunner(ctx.store.data_dir, ctx.tasks)
        self.sync = sync  # one per session: survives log-outs and language switches
        from ui.backup_runner import DailyBackup

        self.daily_backup = DailyBackup(ctx.store, ctx.tasks)  # the backup lane, its own connection
        self.daily_backup.failed.connect(self._backup_failed)

    def begin(self) -> bool:
        """The daily backup starts, then the login; False when the login was cancelled."""
        self.daily_backup.start()  # also while the login screen waits: the PC may sit there all day
        if not self.login():
            return False
        QApplication.instance().setQuitOnLastWindowClosed(True)  # closing the main window ends the app
        return True

    def stop_background(self) -> None:
        self.daily_backup.stop()
        self.sync.stop()

    def _backup_failed(self, exc) -> None:
        if self.window is not None:  # logged already; the counter is told, not interrupted
            self.window.statusBar().showMessage("⚠ " + describe(exc), 60000)

    def login(self) -> bool:
        dialog = LoginDialog(self.ctx, self.prefs, demo_hint() if self.demo else "")
        if dialog.exec() != LoginDialog.DialogCode.Accepted:
            return False
        self.open_window()
        return True

    def open_window(self) -> None:
        from ui.main_window import MainWindow

        old, self.window = self.window, MainWindow(self.ctx, self.prefs, self.demo, sync_runner=self.sync)
        self.window.logout_requested.connect(self.logout)
        self.window.language_switched.connect(self.switch_language)
        self.window.show()
        if old is not None:  # after the new one shows, so the app never has zero windows and quits
            old.close()
            old.deleteLater()
        # full garbage collections stay short (kernel/long_lived.py); once the window is drawn, not before
        QTimer.singleShot(SETTLE_AFTER_MS, settle_long_lived_objects)

    def logout(self) -> None:
        self.window.hide()
        self.ctx.actor = None
        if not self.login():
            QApplication.instance().quit()

    def switch_language(self, code: str) -> None:
        self.prefs.set(LANGUAGE, code)
        i18n.install(code)
        self.open_window()
