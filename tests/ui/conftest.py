"""UI fixtures: real widgets offscreen over a real migrated store, driven like a scanner would."""

from __future__ import annotations

import pytest

from showroom.services import setup
from ui.context import UiContext
from ui.tasks import TaskRunner


@pytest.fixture
def ui_ctx(qtbot, counter):
    """A UiContext logged in as the clerk of the `counter` fixture's showroom."""
    worker = TaskRunner()
    ctx = UiContext(store=counter.store, tasks=worker, showroom=setup.showroom_info(counter.uow()), actor=counter.clerk)
    yield ctx
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=5000)
    worker.shutdown()


def wait_idle(qtbot, ctx: UiContext, timeout: int = 5000) -> None:
    """Wait until every service call has come back to the GUI thread."""
    qtbot.waitUntil(lambda: ctx.tasks.pending() == 0, timeout=timeout)


def scan(qtbot, widget, text: str) -> None:
    """A USB scanner is a keyboard: it types the code fast and presses Enter."""
    from PySide6.QtCore import Qt

    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_login_dialog(qtbot, ctx: UiContext, prefs_dir):
    """The login screen as the counter first sees it: nobody logged in."""
    from ui.dialogs.login_dialog import LoginDialog
    from ui.preferences import Preferences

    ctx.actor = None
    dialog = LoginDialog(ctx, Preferences(prefs_dir))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ctx)
    return dialog
