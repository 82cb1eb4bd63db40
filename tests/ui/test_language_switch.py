"""Chinese by default; switching the language rebuilds the window in the other language."""

from __future__ import annotations

from present import i18n
from ui.app import Session
from ui.preferences import LANGUAGE, Preferences


def test_switching_language_rebuilds_the_window_and_is_remembered(qtbot, ui_ctx, tmp_path):
    prefs = Preferences(tmp_path)
    assert prefs.get(LANGUAGE) == "zh_CN"  # the default
    i18n.install("zh_CN")
    session = Session(ui_ctx, prefs, demo=False)
    try:
        session.open_window()
        qtbot.addWidget(session.window)
        assert session.window.nav.item(0).text().endswith("借出")
        session.switch_language("en")
        qtbot.addWidget(session.window)
        assert session.window.nav.item(0).text().endswith("Check-out")
        assert Preferences(tmp_path).get(LANGUAGE) == "en"
    finally:
        i18n.install("en")  # the other UI tests read the English source strings


def test_old_windows_do_not_react_after_a_switch(qtbot, ui_ctx, tmp_path):
    """The replaced window's widgets are gone; a change announced later must not reach them."""
    errors = []
    import sys

    hook, sys.excepthook = sys.excepthook, lambda *exc: errors.append(exc)
    session = Session(ui_ctx, Preferences(tmp_path), demo=False)
    try:
        session.open_window()
        for code in ("en", "zh_CN", "en"):
            session.switch_language(code)
            qtbot.wait(10)  # let deleteLater run
        qtbot.addWidget(session.window)
        ui_ctx.bus.changed.emit({"samples", "loans"})
        qtbot.waitUntil(lambda: ui_ctx.tasks.pending() == 0)
        qtbot.wait(50)
        assert errors == []
    finally:
        sys.excepthook = hook
        i18n.install("en")
