"""Faults as the counter sees them: a full disk and a clock put back are said on the screen in words (local
time for times), nothing is recorded, and the same click works once the cause is fixed; the app opens
with an unwritable log folder and says where its log went; an unwritable showroom folder is refused."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from showroom.services import catalog, common
from tests.conftest import T0
from tests.faults import cap_pages, read_only_view  # noqa: F401  (a fixture)
from tests.ui.conftest import wait_idle
from ui import logging_setup
from ui.dialogs.about_dialog import AboutDialog
from ui.screens.intake import IntakeScreen

EAN = "6901234567892"


def stock(counter) -> int:
    return catalog.search_products(counter.uow(), EAN)[0].samples_total


@pytest.fixture
def intake(qtbot, ui_ctx):
    screen = IntakeScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    qtbot.keyClicks(screen.search_field, EAN, delay=2)
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.product is not None and screen.receive_button.isEnabled())
    wait_idle(qtbot, ui_ctx)
    return screen


def receive(qtbot, screen, ui_ctx) -> None:
    qtbot.mouseClick(screen.receive_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)


def test_a_full_disk_is_said_on_the_screen_and_the_same_click_works_after(qtbot, ui_ctx, counter, intake):
    lift = cap_pages(counter.store)
    intake.quantity_spin.setValue(200)
    receive(qtbot, intake, ui_ctx)
    text = intake.receive_message.text()
    assert "is full" in text and "nothing was saved" in text and "Something went wrong" not in text
    assert stock(counter) == 6
    lift()
    with qtbot.waitSignal(intake.samples_received, timeout=5000):
        qtbot.mouseClick(intake.receive_button, Qt.MouseButton.LeftButton)
    assert stock(counter) == 206
    wait_idle(qtbot, ui_ctx)


def test_a_clock_put_back_is_refused_on_the_screen_naming_the_last_time_in_local_time(
    qtbot, ui_ctx, counter, intake, monkeypatch
):
    monkeypatch.setattr(common, "utcnow", lambda: T0 + timedelta(days=1))  # 21 Nov 10:00 in Changsha
    with qtbot.waitSignal(intake.samples_received, timeout=5000):
        qtbot.mouseClick(intake.receive_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    monkeypatch.setattr(common, "utcnow", lambda: T0 + timedelta(days=1, hours=-3))  # reset to 07:00
    receive(qtbot, intake, ui_ctx)
    text = intake.receive_message.text()
    assert "2026-11-21 07:00" in text and "2026-11-21 10:00" in text and "clock" in text
    assert stock(counter) == 7


def test_an_unwritable_log_folder_falls_back_and_about_says_so(qtbot, ui_ctx, tmp_path):
    data_dir = tmp_path / "room"
    data_dir.mkdir()
    (data_dir / "logs").write_text("a file where the log folder should be")  # mkdir fails, even for root
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        place = logging_setup.configure_logging(data_dir)
        logging.getLogger("showroom").info("still logging")
        assert place.path == logging_setup.fallback_path(data_dir) and place.problem
        assert "still logging" in place.path.read_text(encoding="utf-8")
        ui_ctx.log_path = place.path
        about = AboutDialog(ui_ctx)
        qtbot.addWidget(about)
        text = about.text_label.text()
        assert f"The log cannot be written in {data_dir / 'logs'}" in text and str(place.path) in text
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        logging_setup._current = None


def test_the_app_on_a_read_only_folder_says_so_and_ends(qtbot, read_only_view, monkeypatch):
    from ui import app as app_module

    _folder, view = read_only_view
    said = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert app_module.run_gui(view, language="en") == 1
    assert said and str(view) in said[0] and "cannot be written" in said[0]
