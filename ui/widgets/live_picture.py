"""The camera window's picture: the latest frame of a QVideoSink, scaled to fit, held still once the clerk takes the
photo; and the photo as the JPEG the use case keeps. Each frame is made an image only when it is shown or taken."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

JPEG_QUALITY = 90  # a 1080p photo of a sample stays well under 1 MB; the use case keeps up to 15 MB
REPAINT_MS = 66  # at most ~15 previews a second: each is converted on the GUI thread


def jpeg_bytes(image: QImage) -> bytes:
    """The photo as the JPEG the use case keeps."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPG", JPEG_QUALITY)
    buffer.close()
    return bytes(data.data())


def one_shot_timer(parent: QWidget, msec: int) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msec)
    return timer


class LivePicture(QWidget):
    """The latest frame of a QVideoSink, scaled to fit; held still once frozen."""

    frame_arrived = Signal()

    def __init__(self, sink: QVideoSink, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cameraPicture")
        self.setAccessibleName(self.tr("Live picture from the camera"))
        self.setMinimumSize(640, 400)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # holds the keyboard while the camera starts
        self._frame: QVideoFrame | None = None
        self._image: QImage | None = None  # the frame as an image, made when first needed (paint or take)
        self.frozen = False
        self._repaint = one_shot_timer(self, REPAINT_MS)
        self._repaint.timeout.connect(self.update)
        sink.videoFrameChanged.connect(self._arrived)

    def _arrived(self, frame: QVideoFrame) -> None:
        if self.frozen or not frame.isValid():
            return
        self._frame, self._image = frame, None
        self.frame_arrived.emit()
        if not self._repaint.isActive():
            self._repaint.start()

    def image(self) -> QImage | None:
        if self._image is None and self._frame is not None:
            self._image = self._frame.toImage()
        return self._image if self._image is not None and not self._image.isNull() else None

    def freeze(self) -> QImage | None:
        """The picture shown now, held still; None when there is none yet."""
        image = self.image()
        self.frozen = image is not None
        self.update()
        return image

    def clear(self) -> None:
        """Live again, with no picture until the next frame."""
        self.frozen, self._frame, self._image = False, None, None
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202124"))
        image = self.image()
        if image is not None:
            size = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
            if self.frozen:  # held still: framed, so it is not mistaken for the live picture
                painter.setPen(QPen(QColor("#1f6feb"), 6))
                painter.drawRect(target.adjusted(3, 3, -3, -3))
        painter.end()
