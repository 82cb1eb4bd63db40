"""An answer that comes back after its screen is gone is dropped, not delivered to a dead widget."""

from __future__ import annotations

import shiboken6

from tests.ui.conftest import wait_idle
from ui.screens.samples import SamplesScreen
from ui.screens.streamers import StreamersScreen


def test_a_deleted_screen_gets_no_late_answer(qtbot, ui_ctx, counter):
    for screen_class in (StreamersScreen, SamplesScreen):
        screen = screen_class(ui_ctx)
        screen.activate()  # queries are now in flight on the DB worker
        ui_ctx.bus.changed.emit({"samples", "loans", "streamers"})
        shiboken6.delete(screen)  # the window was replaced meanwhile
        wait_idle(qtbot, ui_ctx)  # pytest-qt fails the test on any exception in a slot
