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
    """A picture a camera could send: a sample box on the counter, its label (code and bars) on it."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9d4c7"))
    painter = QPainter(image)
    box = QRect(width // 4, height // 5, width // 2, height * 3 // 5)
    painter.fillRect(box.translated(width // 60, height // 40), QColor("#a9a396"))  # its shadow
    painter.fillRect(box, QColor(colour))
    label = box.adjusted(box.width() // 8, box.height() // 2, -box.width() // 8, -box.height() // 10)
    painter.fillRect(label, Qt.GlobalColor.white)
    bars = label.adjusted(label.width() // 10, label.height() // 8, -label.width() // 10, -label.height() // 2)
    for x in range(bars.left(), bars.right(), 7):
        painter.fillRect(x, bars.top(), 2 + (x * 7919) % 3, bars.height(), Qt.GlobalColor.black)
    font = QFont()
    font.setPixelSize(label.height() // 4)
    painter.setFont(font)
    painter.drawText(label.adjusted(0, label.height() // 2, 0, 0), Qt.AlignmentFlag.AlignCenter, text)
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
