"""Returns for other showrooms at the check-in screen, scanner and keyboard: samples of Xiamen taken back here are
held (the button says how many wait), listed with where each stands, offline; a scan typed while the list is open
waits for the scan field; HQ's word that it found no open loan (as a pull brings it) lets a manager keep one in
stock or send it back on a transfer, each by pressing its button twice; a clerk may look but not settle. A
damaged one needs its photo, kept with P on its line though the sample is in no stock here."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from showroom.services import elsewhere_views, samples
from showroom.services.elsewhere_views import ElsewhereState
from showroom.sync.elsewhere_pull import apply_elsewhere
from tests.integration.elsewhere_walk import xiamen_word
from tests.photo_images import image_file
from tests.ui import keyboard_wedge
from tests.ui.conftest import wait_idle
from ui.models.return_model import CAMERA_MARK
from ui.screens.checkin import CheckinScreen


@pytest.fixture
def screen(qtbot, ui_ctx):
    widget = CheckinScreen(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.activate()
    wait_idle(qtbot, ui_ctx)
    return widget


def _take_back(qtbot, screen, ui_ctx, tmp_path) -> None:
    """XM-000001 good and XM-000002 damaged with its photo, scanned at scanner speed and confirmed with F12."""
    for code in ("XM-000001", "XM-000002"):
        keyboard_wedge.scan(qtbot, code)
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == ["XM-000001", "XM-000002"]
    keyboard_wedge.after_a_pause(screen.scan)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Tab)  # into the list, the last line selected
    qtbot.keyClick(screen.table, Qt.Key.Key_2)  # damaged
    qtbot.keyClick(screen.table, Qt.Key.Key_F12)
    wait_idle(qtbot, ui_ctx)
    assert "XM-000002" in screen.message.text() and "photo" in screen.message.text()  # refused: no photo yet
    screen.choose_photo_file = lambda parent: str(image_file(tmp_path))
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_P)
    wait_idle(qtbot, ui_ctx)
    assert screen.model.index(1, 0).data() == f"XM-000002 {CAMERA_MARK}"
    with qtbot.waitSignal(screen.returns_recorded, timeout=5000) as recorded:
        qtbot.keyClick(keyboard_wedge.focused(), Qt.Key.Key_F12)
    assert [r.held for r in recorded.args[0].elsewhere] == [True, True]
    assert recorded.args[0].elsewhere[1].photo_paths  # printed on the receipt's damage line
    wait_idle(qtbot, ui_ctx)


def _hq_found_no_loan(counter) -> None:
    held = {r.code: r.return_id for r in elsewhere_views.returns_for_others(counter.uow())}
    words = {held[code]: xiamen_word(held[code], code, n) for n, code in enumerate(sorted(held))}
    with counter.uow() as u:
        apply_elsewhere(u, "CS", {"return_unmatched": words})
        u.commit()


def _open_list(qtbot, screen, ui_ctx):
    screen.elsewhere.click()  # (Alt+O in the app: Qt's mnemonic, which offscreen key clicks do not reach)
    dialog = screen.elsewhere.dialog
    assert dialog is not None
    wait_idle(qtbot, ui_ctx)
    return dialog


def _states(dialog) -> dict[str, str]:
    return {row.code: row.state for row in dialog.model.rows()}


def test_held_returns_are_listed_and_a_scan_while_open_waits(qtbot, screen, ui_ctx, counter, tmp_path):
    _take_back(qtbot, screen, ui_ctx, tmp_path)
    assert "2" in screen.elsewhere.text()  # Returns for other showrooms (2 waiting)
    dialog = _open_list(qtbot, screen, ui_ctx)
    assert _states(dialog) == {"XM-000001": ElsewhereState.NOT_SENT, "XM-000002": ElsewhereState.NOT_SENT}
    row = dialog.model.rows()[0]
    assert row.lender_code == "XM" and row.taken_by == counter.clerk.name
    assert not dialog.keep_button.isEnabled()  # nothing HQ has said no to yet
    dialog.table.setFocus()
    keyboard_wedge.scan(qtbot, counter.codes[0])  # a scan typed into the list: held for the scan field
    assert screen.model.codes() == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_idle(qtbot, ui_ctx)
    assert screen.elsewhere.dialog is None
    qtbot.waitUntil(screen.scan.hasFocus)  # the keyboard is the scan field's again
    assert counter.codes[0] in screen.message.text()  # the held scan was taken: in stock, not on loan


def test_a_manager_keeps_one_and_sends_the_other_back(qtbot, screen, ui_ctx, counter, tmp_path):
    _take_back(qtbot, screen, ui_ctx, tmp_path)
    _hq_found_no_loan(counter)
    ui_ctx.actor = counter.manager
    dialog = _open_list(qtbot, screen, ui_ctx)
    assert set(_states(dialog).values()) == {ElsewhereState.UNMATCHED}
    assert dialog.table.select_where(lambda r: r.code == "XM-000002")
    assert "厦门样品间" in dialog.explanation.text() and dialog.keep_button.isEnabled()
    dialog.keep_button.click()  # the first press only says what it will do
    assert "again" in dialog.message.text() and _states(dialog)["XM-000002"] == ElsewhereState.UNMATCHED
    with qtbot.waitSignal(dialog.settled, timeout=5000):
        dialog.keep_button.click()
    wait_idle(qtbot, ui_ctx)
    assert _states(dialog)["XM-000002"] == ElsewhereState.KEPT
    assert samples.sample_detail(counter.uow(), "XM-000002").row.status == "in_stock"

    assert dialog.table.select_where(lambda r: r.code == "XM-000001")
    dialog.note.setText("非本店样品")
    dialog.send_back_button.click()
    with qtbot.waitSignal(dialog.settled, timeout=5000) as settled:
        dialog.send_back_button.click()
    wait_idle(qtbot, ui_ctx)
    number = settled.args[0].transfer_number
    assert number.startswith("CS-T") and number in dialog.message.text()
    assert _states(dialog)["XM-000001"] == ElsewhereState.SENT_BACK
    assert samples.sample_detail(counter.uow(), "XM-000001").row.status == "in_transit"
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert "0" in screen.elsewhere.text()


def test_a_clerk_sees_what_waits_for_a_manager_but_cannot_settle_it(qtbot, screen, ui_ctx, counter, tmp_path):
    _take_back(qtbot, screen, ui_ctx, tmp_path)
    _hq_found_no_loan(counter)
    dialog = _open_list(qtbot, screen, ui_ctx)
    assert dialog.table.select_where(lambda r: r.code == "XM-000001")
    assert not dialog.keep_button.isEnabled() and not dialog.send_back_button.isEnabled()
    assert "manager" in dialog.explanation.text()
    dialog.accept()


def test_a_sample_hq_knows_nothing_of_says_so(qtbot, screen, ui_ctx, counter, tmp_path):
    _take_back(qtbot, screen, ui_ctx, tmp_path)
    held = {r.code: r.return_id for r in elsewhere_views.returns_for_others(counter.uow())}
    word = xiamen_word(held["XM-000001"], "XM-000001", 0) | {"sample_id": None, "product": None}
    word["exception_id"] = str(uuid.uuid4())
    with counter.uow() as u:
        apply_elsewhere(u, "CS", {"return_unmatched": {word["id"]: word}})
        u.commit()
    ui_ctx.actor = counter.manager
    dialog = _open_list(qtbot, screen, ui_ctx)
    assert dialog.table.select_where(lambda r: r.code == "XM-000001")
    assert _states(dialog)["XM-000001"] == ElsewhereState.UNKNOWN_SAMPLE
    assert "ask HQ" in dialog.explanation.text() and not dialog.keep_button.isEnabled()
    dialog.accept()
