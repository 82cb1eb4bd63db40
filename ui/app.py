"""Application start: logging, translations, the store, login, then the main window."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

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
from ui.ops import DbWorker
from ui.preferences import LANGUAGE, Preferences

log = logging.getLogger("showroom")
ASSETS = Path(__file__).resolve().parent.parent / "assets"   # same root as present/i18n.py; _internal/assets when frozen


def install_excepthook() -> None:
    """Anything not foreseen is logged in full and told calmly; the data is safe (commit or nothing)."""

    def hook(exc_type, exc, tb):
        log.error("uncaught error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        app = QApplication.instance()
        if app is None:
            return
        problem = storage_refusal(exc)   # the disk or the database refused: that is said plainly
        QMessageBox.warning(None, app.translate("App", "Unexpected error"), describe(problem) if problem else
                            app.translate("App", "Something went wrong. Nothing half-done was saved; the details "
                                                 "are in the log."))

    sys.excepthook = hook


def wait_for(worker: DbWorker, fn, label: str):
    """Run fn on the DB worker while the GUI stays alive; a progress dialog shows if it takes a while."""
    loop, outcome = QEventLoop(), {}
    progress = QProgressDialog(label, "", 0, 0)
    progress.setCancelButton(None)
    progress.setMinimumDuration(600)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)

    def done(key, value):
        outcome[key] = value
        loop.quit()

    worker.run(fn, lambda r: done("result", r), lambda e: done("error", e))
    if worker.pending:
        loop.exec()
    progress.close()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def open_store(worker: DbWorker, data_dir: Path, demo: bool) -> Store:
    if demo:
        from demo.seed import ensure_demo
        return wait_for(worker, lambda: ensure_demo(data_dir),
                        QApplication.translate("App", "Preparing the demo showroom…"))
    return wait_for(worker, lambda: Store(data_dir), QApplication.translate("App", "Opening the showroom…"))


def demo_hint() -> str:
    from demo.seed import DEMO_STAFF
    people = "，".join(f"{person.name} {person.pin}" for person in DEMO_STAFF)
    return QApplication.translate("App", "Demo showroom. Staff and PINs: {people}").format(people=people)


def refuse_to_open(exc: BaseException) -> int:
    """The showroom cannot be opened (a newer version's database, a full or read-only disk, ...): said in
    words, and the app ends having changed nothing."""
    app = QApplication.instance()
    if isinstance(exc, DatabaseTooNew):
        text = app.translate("App", "This database was made by a newer version of Showroom. Please install the "
                                    "newer version; the database was not changed.")
    else:
        text = describe(exc)
    log.error("cannot open the showroom: %r", exc)
    QMessageBox.critical(None, app.translate("App", "Showroom"), text)
    return 1


def second_start(data_dir: Path, exc: FolderInUse) -> int:
    """Another program holds this folder: the first window comes forward, or the user is told who holds it."""
    if exc.holder == "app" and single_instance.knock(data_dir):
        sys.stderr.write(QApplication.translate("App", "Showroom is already open on {folder}: its window was "
                                                       "brought forward.").format(folder=data_dir) + "\n")
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
    lock = FolderLock(data_dir, "app")   # one window per folder: held until this session ends
    try:
        lock.acquire()
    except FolderInUse as exc:
        return second_start(data_dir, exc)
    except OSError as exc:   # not even a lock file can be made there: a read-only or missing drive
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
    worker = DbWorker()
    try:
        store = open_store(worker, data_dir, demo)
    except (DatabaseTooNew, StorageProblem) as exc:
        worker.shutdown()
        return refuse_to_open(exc)
    log.info("opened %s (log: %s)", store.db_path, log_place.path or "console")
    from ui.sync_runner import SyncRunner
    sync = SyncRunner(store.data_dir)   # one per session; the wizard enrols through it too
    if not wait_for(worker, lambda: setup.is_set_up(store.uow()), ""):   # the demo is seeded: never here
        wizard = SetupWizard(worker, store.uow, prefs, runner=sync)
        if wizard.exec() != SetupWizard.DialogCode.Accepted:
            sync.stop()
            worker.shutdown()
            store.close()
            return 0   # cancelled: the folder holds no showroom, the wizard comes back next start
        log.info("showroom set up by the first-run wizard")
    ctx = UiContext(store=store, worker=worker, showroom=wait_for(worker, lambda: setup.showroom_info(store.uow()), ""),
                    log_path=log_place.path)
    if store.restore_outcome is not None:   # a restore staged by an admin was applied (or refused) on this open
        from present.backup_text import restore_outcome_text
        show = QMessageBox.information if store.restore_outcome.applied else QMessageBox.warning
        show(None, app.translate("App", "Showroom"), restore_outcome_text(store.restore_outcome, ctx.tz))
    return Session(ctx, prefs, demo, sync).start(app)


class Session:
    """Login, main window, log out, language switch: the loop of who is at the counter."""

    def __init__(self, ctx: UiContext, prefs: Preferences, demo: bool, sync=None):
        self.ctx, self.prefs, self.demo = ctx, prefs, demo
        self.window = None
        if sync is None:
            from ui.sync_runner import SyncRunner
            sync = SyncRunner(ctx.store.data_dir)
        self.sync = sync   # one per session: survives log-outs and language switches
        from ui.backup_runner import DailyBackup
        self.daily_backup = DailyBackup(ctx.store)   # its own thread and connection, not the counter's worker
        self.daily_backup.failed.connect(self._backup_failed)

    def start(self, app: QApplication) -> int:
        self.daily_backup.start()   # also while the login screen waits: the PC may sit there all day
        if not self.login():
            self.stop_background()
            return 0
        code = app.exec()
        self.stop_background()
        self.ctx.worker.shutdown()
        self.ctx.store.close()
        return code

    def stop_background(self) -> None:
        self.daily_backup.stop()
        self.sync.stop()

    def _backup_failed(self, exc) -> None:
        if self.window is not None:   # logged already; the counter is told, not interrupted
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

    def logout(self) -> None:
        self.window.hide()
        self.ctx.actor = None
        if not self.login():
            QApplication.instance().quit()

    def switch_language(self, code: str) -> None:
        self.prefs.set(LANGUAGE, code)
        i18n.install(code)
        self.open_window()
