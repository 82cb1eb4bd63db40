"""A PDF shown as its pages, one under the other, in a scroll area (rendered with pypdfium2)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.paper import page_images

PREVIEW_DPI = 96


class PdfPagesView(QScrollArea):
    """`show_pdf(bytes)` replaces the pages; `clear()` shows the placeholder text again."""

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("pdfPages")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._inner = QWidget()
        self._inner.setStyleSheet("background:#8a8f96;")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setSpacing(12)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self._placeholder = placeholder
        self.page_labels: list[QLabel] = []
        self.clear()

    def _reset(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.page_labels = []

    def clear(self) -> None:
        self._reset()
        label = QLabel(self._placeholder)
        label.setObjectName("pdfPlaceholder")
        label.setStyleSheet("color:white; padding:40px; font-size:15px;")
        label.setWordWrap(True)
        self._layout.addWidget(label)

    def show_pdf(self, pdf: bytes, dpi: float = PREVIEW_DPI) -> int:
        """Shows every page; returns how many."""
        self._reset()
        for image, _size in page_images(pdf, dpi, crisp=False):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QFrame.Shape.Box)
            page.setStyleSheet("background:white; border:1px solid #555;")
            self._layout.addWidget(page)
            self.page_labels.append(page)
        return len(self.page_labels)
