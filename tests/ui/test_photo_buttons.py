"""Photos at intake and at check-out: after the units are received, or the loan recorded, one button keeps a
photo of all of them (the file dialog is the button's `choose_photo_file`, answered at once here)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from showroom.services.photos import photos_of_sample
from tests.photo_images import image_file
from tests.ui.conftest import scan, wait_idle
from ui.screens.checkout import CheckoutScreen
from ui.screens.intake import IntakeScreen

EAN = "6901234567892"


@pytest.fixture
def show(qtbot, ui_ctx):
    def shown(kind):
        widget = kind(ui_ctx)
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        widget.activate()
        wait_idle(qtbot, ui_ctx)
        return widget

    return shown


def _photos(counter, code):
    return photos_of_sample(counter.uow(), counter.store.data_dir, code)


def test_intake_keeps_one_photo_of_the_units_just_received(qtbot, show, ui_ctx, counter, tmp_path):
    screen = show(IntakeScreen)
    assert not screen.photo_button.isEnabled()  # nothing received yet
    scan(qtbot, screen.search_field, EAN)
    qtbot.waitUntil(lambda: screen.product is not None)
    screen.quantity_spin.setValue(2)
    with qtbot.waitSignal(screen.samples_received, timeout=5000) as received:
        qtbot.mouseClick(screen.receive_button, Qt.MouseButton.LeftButton)
    codes = received.args[0].codes
    assert screen.photo_button.isEnabled() and "2" in screen.photo_button.text()
    screen.photo_button.choose_photo_file = lambda parent: str(image_file(tmp_path))
    qtbot.mouseClick(screen.photo_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert "2" in screen.receive_message.text()
    assert [[p.kind for p in _photos(counter, code)] for code in codes] == [["intake"], ["intake"]]


def test_check_out_keeps_a_photo_of_the_loan_as_it_leaves(qtbot, show, ui_ctx, counter, tmp_path):
    screen = show(CheckoutScreen)
    assert not screen.photo_button.isEnabled()
    scan(qtbot, screen.scan, "CS-M00001")
    for code in counter.codes[:2]:
        scan(qtbot, screen.scan, code)
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    number = recorded.args[0].number
    assert screen.photo_button.isEnabled() and number in screen.photo_button.text()
    screen.photo_button.choose_photo_file = lambda parent: ""  # cancelled: nothing kept, the button stays
    screen.photo_button.click()
    assert _photos(counter, counter.codes[0]) == [] and screen.photo_button.isEnabled()
    screen.photo_button.choose_photo_file = lambda parent: str(image_file(tmp_path))
    screen.photo_button.click()
    wait_idle(qtbot, ui_ctx)
    kept = [p for code in counter.codes[:2] for p in _photos(counter, code)]
    assert [(p.kind, p.loan_number) for p in kept] == [("checkout", number)] * 2
    assert screen.message.kind == "success" and "2" in screen.message.text()


def test_a_file_that_is_no_photo_is_refused_in_words(qtbot, show, ui_ctx, counter, tmp_path):
    screen = show(CheckoutScreen)
    scan(qtbot, screen.scan, "CS-M00001")
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a photo")
    screen.photo_button.choose_photo_file = lambda parent: str(fake)
    screen.photo_button.click()
    wait_idle(qtbot, ui_ctx)
    assert screen.message.kind == "error" and "JPEG" in screen.message.text()
    assert _photos(counter, counter.codes[0]) == []
