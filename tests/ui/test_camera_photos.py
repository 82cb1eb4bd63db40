"""Camera… beside File… wherever a photo is taken (check-in lines, check-out, intake), through the real photo
chooser: a camera photo is kept exactly as a file is (row, file, event); with no camera connected, or no camera
module in the build, the chooser says so and File… still works. The cameras are stand-ins fed synthetic frames
(tests/ui/camera_fakes.py): the build machine has none."""

from __future__ import annotations

import hashlib
import io
import json
import sys

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QCameraDevice, QMediaDevices, QVideoSink

from showroom.services import checkout
from tests.integration.helpers import rows
from tests.photo_images import image_file
from tests.ui import keyboard_wedge
from tests.ui.camera_fakes import FakeCameras, FakeDevice, FakeFeed, frame, when_shown
from tests.ui.conftest import scan, wait_idle
from ui.models.return_model import CAMERA_MARK
from ui.screens.checkin import CheckinScreen
from ui.screens.checkout import CheckoutScreen
from ui.widgets import camera_dialog, camera_feed, photo_chooser
from ui.widgets.photo_chooser import PhotoSourceDialog

DOC_CAM = FakeDevice("高拍仪 USB Document Camera", b"/dev/video2", default=True)


@pytest.fixture
def one_camera(monkeypatch):
    """A document camera is connected (the chooser and the dialog see the stand-ins)."""
    FakeFeed.opened = []
    monkeypatch.setattr(camera_dialog, "CameraList", lambda parent=None: FakeCameras([DOC_CAM], parent))
    monkeypatch.setattr(camera_dialog, "CameraFeed", FakeFeed)


@pytest.fixture
def files_picked(monkeypatch):
    """The system's file dialog, answered at once with the paths put in the list."""
    answers: list[str] = []
    monkeypatch.setattr(photo_chooser, "pick_photo_file", lambda parent, title: answers.pop(0))
    return answers


@pytest.fixture
def show(qtbot, ui_ctx):
    def shown(kind):
        widget = kind(ui_ctx)
        qtbot.addWidget(widget)
        widget.resize(1200, 800)
        widget.show()
        active(qtbot, widget)
        widget.activate()
        wait_idle(qtbot, ui_ctx)
        return widget

    return shown


def active(qtbot, dialog):
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def clerk_takes_a_photo(qtbot, colour: str) -> list:
    """C in the chooser; in the camera window Space, R (the first was blurred), Space again, Enter."""

    def in_camera(dialog):
        active(qtbot, dialog)
        dialog.sink.setVideoFrame(frame("#7f8c8d"))
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_R)
        dialog.sink.setVideoFrame(frame(colour))
        qtbot.keyClick(dialog, Qt.Key.Key_Space)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    def in_chooser(dialog):
        timers.append(when_shown(camera_dialog.CameraDialog, in_camera))
        qtbot.keyClick(active(qtbot, dialog), Qt.Key.Key_C)

    timers = [when_shown(PhotoSourceDialog, in_chooser)]
    return timers  # kept alive until the chooser answers


def no_camera_here() -> None:
    """These tests use the machine's own (absent) cameras: a developer's webcam would change their answer."""
    if QMediaDevices.videoInputs():
        pytest.skip("a camera is connected to this machine")


def kept(counter) -> list[tuple]:
    """Each photo row with its file's bytes and its event's payload."""
    found = rows(counter.store.db_path, "SELECT id, sha256, ext, kind, loan_id FROM photo ORDER BY rowid")
    events = {
        json.loads(p)["photo_id"]: json.loads(p)
        for (p,) in rows(counter.store.db_path, "SELECT payload FROM outbox_event WHERE type = 'photo.attached@1'")
    }
    data = counter.store.data_dir / "photos"
    return [(row, (data / row[1][:2] / f"{row[1]}.{row[2]}").read_bytes(), events[row[0]]) for row in found]


def middle_colour(jpeg: bytes) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(jpeg)) as image:
        return image.convert("RGB").getpixel((image.width // 2, image.height // 3))


def test_p_on_a_check_in_line_then_the_camera_keeps_the_photo_as_a_file_would_be(
    qtbot, show, ui_ctx, counter, one_camera
):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash")
    screen = show(CheckinScreen)
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    keyboard_wedge.after_a_pause(screen.scan)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Tab)  # into the list, the line selected
    timers = clerk_takes_a_photo(qtbot, "#2e86c1")
    qtbot.keyClick(screen.table, Qt.Key.Key_P)
    wait_idle(qtbot, ui_ctx)
    assert not timers[-1].isActive() and FakeFeed.opened[0].stopped
    ((row, jpeg, event),) = kept(counter)
    assert row[1] == hashlib.sha256(jpeg).hexdigest() and row[2:4] == ("jpg", "return")
    assert row[4] == event["loan_id"] and event["code"] == counter.codes[0] and event["size"] == len(jpeg)
    assert middle_colour(jpeg) == pytest.approx((0x2E, 0x86, 0xC1), abs=12)  # the second picture, not the first
    assert screen.model.index(0, 0).data() == f"{counter.codes[0]} {CAMERA_MARK}" and loan.number


def test_check_out_keeps_a_camera_photo_of_the_loan_for_each_of_its_samples(qtbot, show, ui_ctx, counter, one_camera):
    screen = show(CheckoutScreen)
    scan(qtbot, screen.scan, "CS-M00001")
    for code in counter.codes[:2]:
        scan(qtbot, screen.scan, code)
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    timers = clerk_takes_a_photo(qtbot, "#27ae60")
    screen.photo_button.click()
    wait_idle(qtbot, ui_ctx)
    photos = kept(counter)
    assert [row[3] for row, _, _ in photos] == ["checkout", "checkout"] and len({row[1] for row, _, _ in photos}) == 1
    assert sorted(event["code"] for _, _, event in photos) == sorted(counter.codes[:2])
    assert screen.message.kind == "success" and not timers[-1].isActive()


def test_with_no_camera_connected_the_chooser_says_so_and_f_takes_a_file(
    qtbot, ui_ctx, counter, show, files_picked, tmp_path
):
    """The real cameras of this machine: there are none (QMediaDevices.videoInputs() is empty)."""
    no_camera_here()
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash")
    screen = show(CheckinScreen)
    keyboard_wedge.scan(qtbot, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    files_picked.append(str(image_file(tmp_path)))
    seen = []

    def in_chooser(dialog):
        active(qtbot, dialog)
        seen.append((dialog.message.text(), dialog.camera_button.isEnabled(), dialog.file_button.isDefault()))
        qtbot.keyClick(dialog, Qt.Key.Key_C)  # no camera: C does nothing
        qtbot.keyClick(dialog, Qt.Key.Key_F)

    timer = when_shown(PhotoSourceDialog, in_chooser)
    screen.returns.photo_button.click()
    wait_idle(qtbot, ui_ctx)
    assert not timer.isActive() and files_picked == []
    ((text, camera_enabled, file_default),) = seen
    assert "No camera is connected" in text and not camera_enabled and file_default
    assert [row[3] for row, _, _ in kept(counter)] == ["return"]


def test_the_camera_window_with_no_camera_connected_says_so(qtbot):
    no_camera_here()
    dialog = camera_dialog.CameraDialog("Photo")  # the real camera list: empty here
    qtbot.addWidget(dialog)
    assert dialog.state == dialog.FAILED and "No camera is connected" in dialog.message.text()


def test_a_camera_that_cannot_be_opened_says_so_later_not_at_once(qtbot):
    """The real feed on a camera that is not there: QtMultimedia answers at once, the feed tells it like the
    asynchronous answers of a real camera (busy, unplugged), from the event loop."""
    no_camera_here()
    sink = QVideoSink()
    feed = camera_feed.CameraFeed(QCameraDevice(), sink)
    with qtbot.waitSignal(feed.failed, timeout=2000) as failed:
        pass
    assert failed.args[0]  # the system's words
    feed.stop()


def test_without_the_camera_module_the_chooser_offers_files_and_they_are_kept(
    qtbot, ui_ctx, counter, show, files_picked, tmp_path, monkeypatch
):
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)  # as a build without PySide6-Addons
    for name in ("ui.widgets.camera_dialog", "ui.widgets.camera_feed", "ui.widgets.live_picture"):
        monkeypatch.delitem(sys.modules, name)
    assert photo_chooser.camera_module() is None
    screen = show(CheckoutScreen)
    scan(qtbot, screen.scan, "CS-M00001")
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    files_picked.append(str(image_file(tmp_path)))
    seen = []

    def in_chooser(dialog):
        seen.append((dialog.message.text(), dialog.camera_button.isEnabled()))
        qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)

    timer = when_shown(PhotoSourceDialog, in_chooser)
    screen.photo_button.click()
    wait_idle(qtbot, ui_ctx)
    assert not timer.isActive() and seen == [(seen[0][0], False)] and "no camera support" in seen[0][0]
    assert [row[3] for row, _, _ in kept(counter)] == ["checkout"]
