"""The camera dialog driven like a clerk would, with synthetic frames put into its QVideoSink (no camera exists on
the build machine): Space takes, R retakes, Enter uses, Esc cancels; a choice of camera when there are several; a
camera in use, unplugged or silent is said in words and File… stays one key away."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog

from tests.ui.camera_fakes import FakeCameras, FakeDevice, FakeFeed, frame
from ui.widgets import camera_dialog, camera_feed
from ui.widgets.camera_dialog import CameraDialog

DOC_CAM = FakeDevice("高拍仪 USB Document Camera", b"/dev/video2")
WEBCAM = FakeDevice("HD Webcam", b"/dev/video0", default=True)


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    FakeFeed.opened = []
    monkeypatch.setattr(camera_dialog, "_last_camera_id", None)


def open_dialog(qtbot, devices):
    cameras = FakeCameras(devices)
    dialog = CameraDialog("Photo of the sample's condition", None, cameras=cameras, open_feed=FakeFeed)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # its keys are the window's shortcuts, as when the chooser opens it
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog, cameras


def colour_of(jpeg: bytes) -> tuple[int, int, int]:
    """The colour in the middle of the photo (the synthetic sample box)."""
    with Image.open(io.BytesIO(jpeg)) as image:
        assert image.format == "JPEG"
        return image.convert("RGB").getpixel((image.width // 2, image.height // 3))


def near(colour: tuple[int, int, int], hex_colour: str) -> bool:
    wanted = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= 12 for a, b in zip(colour, wanted))


def test_space_takes_r_retakes_and_enter_uses_the_photo_held(qtbot):
    dialog, _ = open_dialog(qtbot, [DOC_CAM])
    assert [feed.device for feed in FakeFeed.opened] == [DOC_CAM] and not dialog.chooser.isVisible()
    assert dialog.state == dialog.STARTING and not dialog.take_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # nothing to take before the first picture
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # nor does Enter do anything while it starts
    assert dialog.state == dialog.STARTING and dialog.isVisible()
    dialog.sink.setVideoFrame(frame("#c0392b"))
    assert dialog.state == dialog.LIVE and dialog.take_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.state == dialog.HELD and dialog.use_button.isVisible() and dialog.use_button.isDefault()
    dialog.sink.setVideoFrame(frame("#2e86c1"))  # the camera runs on; the photo held does not change
    qtbot.keyClick(dialog, Qt.Key.Key_R)
    assert dialog.state == dialog.STARTING and not dialog.use_button.isVisible()
    dialog.sink.setVideoFrame(frame("#27ae60"))
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    dialog.sink.setVideoFrame(frame("#2e86c1"))
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and near(colour_of(dialog.jpeg), "#27ae60")
    assert FakeFeed.opened[0].stopped  # the camera is let go: its light goes off


def test_esc_cancels_with_no_photo_and_lets_the_camera_go(qtbot):
    dialog, _ = open_dialog(qtbot, [WEBCAM])
    dialog.sink.setVideoFrame(frame())
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.jpeg == b"" and not dialog.wants_file and FakeFeed.opened[0].stopped


def test_with_several_cameras_the_clerk_chooses_one_and_it_is_chosen_again_next_time(qtbot):
    dialog, _ = open_dialog(qtbot, [DOC_CAM, WEBCAM])
    assert dialog.chooser.isVisible() and dialog.chooser.count() == 2
    dialog.chooser.setCurrentIndex(1)
    assert [feed.device for feed in FakeFeed.opened] == [DOC_CAM, WEBCAM] and FakeFeed.opened[0].stopped
    dialog.reject()
    again, _ = open_dialog(qtbot, [DOC_CAM, WEBCAM])
    assert again.chooser.currentText() == WEBCAM.description() and FakeFeed.opened[-1].device is WEBCAM


def test_a_camera_in_use_is_said_in_words_and_f_chooses_a_file(qtbot):
    dialog, _ = open_dialog(qtbot, [WEBCAM])
    FakeFeed.opened[0].fail("Device or resource busy")
    assert dialog.state == dialog.FAILED and not dialog.take_button.isEnabled()
    assert dialog.message.kind == "error" and "another program" in dialog.message.text()
    assert "Device or resource busy" in dialog.message.text() and dialog.file_button.isDefault()
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(dialog, Qt.Key.Key_F)
    assert dialog.wants_file and dialog.jpeg == b""


def test_a_camera_that_sends_no_picture_is_said_in_words(qtbot):
    dialog, _ = open_dialog(qtbot, [WEBCAM])
    dialog._no_picture.timeout.emit()  # as if NO_PICTURE_MS had passed (no test waits on the clock)
    assert dialog.message.kind == "error" and "no picture" in dialog.message.text()
    dialog.sink.setVideoFrame(frame())  # it comes after all
    assert dialog.state == dialog.LIVE and dialog.message.kind == "info"


def test_unplugging_the_camera_keeps_the_photo_held_and_plugging_one_in_goes_live(qtbot):
    dialog, cameras = open_dialog(qtbot, [WEBCAM])
    dialog.sink.setVideoFrame(frame("#8e44ad"))
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    FakeFeed.opened[0].fail("")
    cameras.plug([])
    assert dialog.state == dialog.HELD  # the photo taken is still good
    qtbot.keyClick(dialog, Qt.Key.Key_R)
    assert dialog.state == dialog.FAILED and "No camera is connected" in dialog.message.text()
    cameras.plug([DOC_CAM])
    assert dialog.state == dialog.STARTING and FakeFeed.opened[-1].device is DOC_CAM


def test_with_no_camera_connected_the_dialog_says_so(qtbot):
    dialog, _ = open_dialog(qtbot, [])
    assert FakeFeed.opened == [] and dialog.state == dialog.FAILED
    assert "No camera is connected" in dialog.message.text() and dialog.file_button.isDefault()


class Format:
    def __init__(self, width: int, height: int, fps: float):
        self.size, self.fps = QSize(width, height), fps

    def resolution(self) -> QSize:
        return self.size

    def maxFrameRate(self) -> float:  # noqa: N802
        return self.fps


def test_the_format_asked_for_is_the_largest_up_to_1080p_that_moves_smoothly():
    document_camera = [Format(3264, 2448, 15), Format(2592, 1944, 15), Format(1920, 1080, 30), Format(1280, 720, 30)]
    assert camera_feed.best_format(document_camera).resolution() == QSize(1920, 1080)
    slow_at_1080 = [Format(1920, 1080, 5), Format(1280, 720, 30), Format(640, 480, 30)]
    assert camera_feed.best_format(slow_at_1080).resolution() == QSize(1280, 720)
    only_huge = [Format(4208, 3120, 5), Format(3264, 2448, 8)]
    assert camera_feed.best_format(only_huge).resolution() == QSize(3264, 2448)
    assert camera_feed.best_format([]) is None
