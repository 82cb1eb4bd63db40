"""Stand-ins for the cameras (there is none on the build machine): devices with a name and an id, a camera list that
can be plugged into, a feed that opens nothing and can fail like a camera in use, and synthetic frames (a QVideoFrame
made from a QImage) that tests put into the dialog's QVideoSink as the camera would."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication


class FakeDevice:
    def __init__(self, name: str, ident: bytes, default: bool = False):
        self._name, self._id, self._default = name, ident, default

    def description(self) -> str:
        return self._name

    def id(self) -> bytes:
        return self._id

    def isDefault(self) -> bool:  # noqa: N802 (QCameraDevice's name)
        return self._default


class FakeCameras(QObject):
    changed = Signal()

    def __init__(self, devices: list[FakeDevice], parent: QObject | None = None):
        super().__init__(parent)
        self.devices = list(devices)

    def cameras(self) -> list[FakeDevice]:
        return list(self.devices)

    def plug(self, devices: list[FakeDevice]) -> None:
        self.devices = list(devices)
        self.changed.emit()


class FakeFeed(QObject):
    """Records what was opened; `fail` says what a camera in use says."""

    failed = Signal(str)
    opened: list[FakeFeed] = []

    def __init__(self, device, sink, parent: QObject | None = None):
        super().__init__(parent)
        self.device, self.sink, self.stopped = device, sink, False
        FakeFeed.opened.append(self)

    def stop(self) -> None:
        self.stopped = True

    def fail(self, words: str) -> None:
        self.failed.emit(words)


def sample_image(colour: str = "#c0392b", text: str = "CS-000317", size=(1280, 720)) -> QImage:
    """A picture a camera could send: a sample box on a counter, its code written on it."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    painter = QPainter(image)
    box = QRect(size[0] // 4, size[1] // 5, size[0] // 2, size[1] * 3 // 5)
    painter.fillRect(box, QColor(colour))
    painter.fillRect(box.adjusted(box.width() // 8, box.height() // 3, -box.width() // 8, -box.height() // 3), Qt.white)
    font = QFont()
    font.setPixelSize(box.height() // 6)
    painter.setFont(font)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def frame(colour: str = "#c0392b", text: str = "CS-000317") -> QVideoFrame:
    return QVideoFrame(sample_image(colour, text))


def when_shown(kind: type, act) -> QTimer:
    """Runs act(dialog) once a dialog of `kind` is showing: the photo chooser's dialogs run their own event loop
    (exec), so a test acts on them from inside it. Keep the returned timer until the chooser answers."""

    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            timer.stop()
            act(shown[0])

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(5)
    return timer
