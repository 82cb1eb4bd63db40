"""Live pictures from a USB camera (a webcam or a document camera, 高拍仪) through Qt's own QtMultimedia (README,
"Camera"): which cameras are connected, and one camera opened into a QVideoSink. Only this module, camera_dialog and
live_picture import QtMultimedia, and only ui.widgets.photo_chooser imports them, guarded: a build without it
offers files."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtMultimedia import QCamera, QCameraDevice, QCameraFormat, QMediaCaptureSession, QMediaDevices, QVideoSink

# The preview is converted to an image on the GUI thread, 9-15 ms a frame at 1920x1080 on the build machine but
# 24-72 ms at 5 MP, so the largest format up to 1080p is asked for: sharp enough to show a dent, and the counter
# stays quick. Below 10 frames a second the live picture lags behind the clerk's hand.
MAX_PIXELS = 1920 * 1080
MIN_FRAME_RATE = 10.0


class VideoFormat(Protocol):
    def resolution(self): ...  # QSize

    def maxFrameRate(self) -> float: ...  # noqa: N802 (Qt's name)


def best_format(formats: Sequence[VideoFormat]) -> VideoFormat | None:
    """The format to open a camera in: the most pixels up to MAX_PIXELS at MIN_FRAME_RATE or more, faster among
    equals; failing that the smallest format (a camera that offers only huge ones); None lets the camera choose."""

    def pixels(fmt: VideoFormat) -> int:
        return fmt.resolution().width() * fmt.resolution().height()

    fitting = [f for f in formats if pixels(f) <= MAX_PIXELS and f.maxFrameRate() >= MIN_FRAME_RATE]
    if fitting:
        return max(fitting, key=lambda f: (pixels(f), f.maxFrameRate()))
    return min(formats, key=pixels, default=None)


class CameraList(QObject):
    """The cameras connected now, the system's default first; `changed` when one is plugged in or out."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self.changed)

    def cameras(self) -> list[QCameraDevice]:
        found = list(QMediaDevices.videoInputs())
        return sorted(found, key=lambda device: not device.isDefault())


class CameraFeed(QObject):
    """One camera opened into `sink`. Opening is asynchronous: frames arrive in the sink once it runs, and `failed`
    carries the system's words when it cannot be opened (missing, in use by another program) or stops."""

    failed = Signal(str)

    def __init__(self, device: QCameraDevice, sink: QVideoSink, parent: QObject | None = None):
        super().__init__(parent)
        self._ended = False  # stopped, or failed once: what the camera says after that is not news
        self.camera = QCamera(device, self)
        chosen = best_format(device.videoFormats())
        if isinstance(chosen, QCameraFormat):
            self.camera.setCameraFormat(chosen)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.session.setVideoSink(sink)
        self.camera.errorOccurred.connect(lambda _error, words: self._fail(words))
        self.camera.activeChanged.connect(self._active_changed)
        if self.camera.error() != QCamera.Error.NoError:  # known at once (no such camera): told like the rest, later
            words = self.camera.errorString()
            QTimer.singleShot(0, self, lambda: self._fail(words))
        else:
            self.camera.start()

    def stop(self) -> None:
        """Lets the camera go (its light goes off; another program may use it)."""
        self._ended = True
        self.camera.stop()
        self.session.setVideoSink(None)

    def _active_changed(self, active: bool) -> None:
        if not active:
            self._fail("")  # unplugged, or taken by the system

    def _fail(self, words: str) -> None:
        if not self._ended:
            self._ended = True
            self.failed.emit(words)
