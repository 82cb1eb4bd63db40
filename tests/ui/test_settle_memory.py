"""Once the counter's window is up, what start-up made is frozen out of the cyclic garbage collector, so a full
collection never walks it in the middle of a scan (kernel/long_lived.py)."""

from __future__ import annotations

import gc

from ui.app import Session
from ui.preferences import Preferences


def test_the_window_up_settles_the_long_lived_objects(qtbot, ui_ctx, tmp_path):
    gc.unfreeze()
    session = Session(ui_ctx, Preferences(tmp_path), demo=False)
    try:
        session.open_window()
        qtbot.addWidget(session.window)
        assert gc.get_freeze_count() == 0  # not while the window is being drawn
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
    finally:
        gc.unfreeze()
