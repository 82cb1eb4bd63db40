"""Photos at check-in: P (or Photo…) on the selected line picks a file, the photo is kept and the line shows a
camera mark; a tier that needs a photo of damage refuses the return until the damaged line has one. The file
dialog is the screen's `choose_photo_file`, replaced here by a chooser that answers at once."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from showroom.services import checkout, samples, tier_policies
from tests.photo_images import image_file
from tests.ui import keyboard_wedge
from tests.ui.conftest import wait_idle
from ui.models.return_model import CAMERA_MARK, ReturnModel
from ui.screens.checkin import CheckinScreen


@pytest.fixture
def screen(qtbot, ui_ctx):
    widget = CheckinScreen(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activate()
    return widget


@pytest.fixture
def lent(counter):
    """Two samples lent to the silver streamer, whose tier needs a photo of damage."""
    policy = next(p for p in tier_policies.read_tier_policies(counter.uow()) if p.tier == "silver")
    changed = dataclasses.replace(policy, photo_required_for_damage=True)
    tier_policies.save_tier_policies(counter.uow(), counter.manager, [changed])
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash")


def _code_cell(screen, row: int) -> str:
    return screen.model.index(row, ReturnModel.COL_CODE).data()


def _scan_both_and_mark_the_second_damaged(qtbot, screen, ui_ctx, counter):
    for code in counter.codes[:2]:
        keyboard_wedge.scan(qtbot, code)
    wait_idle(qtbot, ui_ctx)
    keyboard_wedge.after_a_pause(screen.scan)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Tab)  # into the list, the last line selected
    qtbot.keyClick(screen.table, Qt.Key.Key_2)


def test_p_on_the_line_keeps_a_photo_and_the_damaged_return_goes_through(
    qtbot, screen, ui_ctx, counter, lent, tmp_path
):
    chosen = image_file(tmp_path, "IMG_2001.JPG")
    asked = []
    screen.choose_photo_file = lambda parent: asked.append(parent) or str(chosen)
    _scan_both_and_mark_the_second_damaged(qtbot, screen, ui_ctx, counter)
    qtbot.keyClick(screen.table, Qt.Key.Key_P)
    wait_idle(qtbot, ui_ctx)
    assert asked == [screen]
    assert _code_cell(screen, 1) == f"{counter.codes[1]} {CAMERA_MARK}" and _code_cell(screen, 0) == counter.codes[0]
    assert screen.returns.entries()[1].photo_ids and "kept" in screen.message.text()
    with qtbot.waitSignal(screen.returns_recorded, timeout=5000):
        qtbot.keyClick(keyboard_wedge.focused(), Qt.Key.Key_F12)
    assert samples.sample_detail(counter.uow(), counter.codes[1]).row.status == "in_stock"
    wait_idle(qtbot, ui_ctx)


def test_without_a_photo_the_damaged_return_is_refused_on_screen(qtbot, screen, ui_ctx, counter, lent):
    _scan_both_and_mark_the_second_damaged(qtbot, screen, ui_ctx, counter)
    qtbot.keyClick(screen.table, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert counter.codes[1] in screen.message.text() and "photo" in screen.message.text()
    assert screen.model.rowCount() == 2
    assert samples.sample_detail(counter.uow(), counter.codes[1]).row.status == "on_loan"


def test_a_file_that_is_no_photo_is_refused_and_no_mark_is_shown(qtbot, screen, ui_ctx, counter, lent, tmp_path):
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a photo")
    screen.choose_photo_file = lambda parent: str(fake)
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    screen.returns.photo_button.click()
    wait_idle(qtbot, ui_ctx)
    assert "JPEG" in screen.message.text() and CAMERA_MARK not in _code_cell(screen, 0)


def test_cancelling_the_dialog_keeps_nothing_and_scans_still_reach_the_field(qtbot, screen, ui_ctx, counter, lent):
    screen.choose_photo_file = lambda parent: ""
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_P)
    assert screen.returns.entries()[0].photo_ids == ()
    screen.table.setFocus()
    keyboard_wedge.scan(qtbot, counter.codes[1])  # a scan typed into the list still goes to the scan field
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == counter.codes[:2]
