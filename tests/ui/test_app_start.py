"""The whole start of the app in this process, in one event loop: the store opens in the database lane,
the login follows, the main window opens, and closing it ends the app with everything stopped."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from showroom.services import staff


class LoginAsClerk:
    """The login dialog, answered as the clerk would (PIN 1111) the moment it opens."""

    DialogCode = QDialog.DialogCode

    def __init__(self, ctx, _prefs, _hint=""):
        self.ctx = ctx

    def exec(self) -> int:
        self.ctx.actor = staff.login(self.ctx.store.uow(), "小张", "1111")
        return QDialog.DialogCode.Accepted


def _close_the_main_window_once_shown(seen: list) -> None:
    from ui.main_window import MainWindow

    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if windows:
        seen.append(windows[0].ctx)
        windows[0].close()
    else:
        QTimer.singleShot(50, lambda: _close_the_main_window_once_shown(seen))


def test_the_app_opens_logs_in_shows_the_window_and_ends_cleanly(qtbot, counter, monkeypatch):
    from ui import app as app_module

    folder = counter.store.data_dir
    counter.store.close()
    monkeypatch.setattr(app_module, "LoginDialog", LoginAsClerk)
    seen = []
    QTimer.singleShot(0, lambda: _close_the_main_window_once_shown(seen))
    assert app_module.run_gui(folder, language="en") == 0
    ctx = seen[0]
    assert ctx.actor.name == "小张" and ctx.showroom.code == "CS"
    assert not ctx.tasks.run("db", lambda: None)  # every lane stopped: nothing more runs


def test_a_cancelled_login_ends_the_app_having_changed_nothing(qtbot, counter, monkeypatch):
    from ui import app as app_module

    class Cancelled(LoginAsClerk):
        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    folder = counter.store.data_dir
    counter.store.close()
    monkeypatch.setattr(app_module, "LoginDialog", Cancelled)
    assert app_module.run_gui(folder, language="en") == 0


def test_a_start_step_that_fails_unforeseen_ends_the_app_in_words(qtbot, counter, monkeypatch):
    from ui import app as app_module

    class Broken(LoginAsClerk):
        def exec(self) -> int:
            raise RuntimeError("a bug in the login screen")

    folder = counter.store.data_dir
    counter.store.close()
    said = []
    monkeypatch.setattr(app_module, "LoginDialog", Broken)
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert app_module.run_gui(folder, language="en") == 1  # not a window-less app left running
    assert said
