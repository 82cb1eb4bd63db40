"""The streamer signs with the mouse or a pen; the loan keeps the picture as a small PNG."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class SignatureCanvas(QWidget):
    """Strokes are kept as paths so the picture can be redrawn at any size; pen input arrives as
    mouse events (Qt synthesises them from unhandled tablet events)."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._strokes: list[QPainterPath] = []
        self._current: QPainterPath | None = None
        self.setMinimumSize(320, 120)
        self.setCursor(Qt.CursorShape.CrossCursor)
        # The scan field keeps the keyboard; signing needs only the pointer.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def is_empty(self) -> bool:
        return not self._strokes

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._current = QPainterPath(event.position())
        # A tap is a dot: give the path some length so it paints and counts as ink.
        self._current.lineTo(event.position() + QPointF(0.1, 0.1))
        self._strokes.append(self._current)
        self.update()

    def mouseMoveEvent(self, event) -> None:
        if self._current is not None:
            self._current.lineTo(event.position())
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._current is not None:
            self._current.lineTo(event.position())
            self._current = None
            self.update()
            self.changed.emit()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#c8c8c8"), 1, Qt.PenStyle.DashLine))
        baseline = int(self.height() * 0.75)
        painter.drawLine(12, baseline, self.width() - 12, baseline)
        self._paint_strokes(painter)
        painter.end()

    def _paint_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("black"), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for path in self._strokes:
            painter.drawPath(path)

    def png_bytes(self) -> bytes | None:
        """The signature on white, cropped to the ink with a margin; None when nothing was drawn."""
        if not self._strokes:
            return None
        bounds = self._strokes[0].boundingRect()
        for path in self._strokes[1:]:
            bounds = bounds.united(path.boundingRect())
        bounds = bounds.adjusted(-6, -6, 6, 6)
        image = QImage(max(1, int(bounds.width())), max(1, int(bounds.height())), QImage.Format.Format_Grayscale8)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(-bounds.topLeft())
        self._paint_strokes(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


class SignaturePad(QWidget):
    """A canvas with a caption and a Clear button. Signing is optional."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = SignatureCanvas(self)
        self.canvas.setObjectName("signature_canvas")
        self.canvas.setAccessibleName(self.tr("Signature area"))
        self.canvas.setAccessibleDescription(self.tr("The streamer signs here with the mouse or a pen"))
        self.canvas.changed.connect(self.changed)
        self.clear_button = QPushButton(self.tr("Clear signature"), self)
        self.clear_button.setObjectName("signature_clear")
        self.clear_button.setAccessibleName(self.tr("Clear signature"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.clicked.connect(self.clear)

        caption = QLabel(self.tr("Streamer's signature (optional)"), self)
        top = QHBoxLayout()
        top.addWidget(caption)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def clear(self) -> None:
        self.canvas.clear()

    def png_bytes(self) -> bytes | None:
        return self.canvas.png_bytes()
