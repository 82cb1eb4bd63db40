"""A PDF shown as its pages, one under the other, in a scroll area (rendered with pypdfium2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.paper import page_images

PREVIEW_DPI = 96
A4_WIDTH_INCHES = 8.27


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

    def fitting_dpi(self) -> float:
        """A resolution at which an A4 page fits the width of the view (never larger than PREVIEW_DPI)."""
        room = self.viewport().width() - 40
        return max(40.0, min(PREVIEW_DPI, room / A4_WIDTH_INCHES)) if room > 0 else PREVIEW_DPI

    def show_pdf(self, pdf: bytes, dpi: float | None = None) -> int:
        """Shows every page (fitted to the view's width unless a dpi is given); returns how many."""
        dpi = dpi or self.fitting_dpi()
        self._reset()
        for image, _size in page_images(pdf, dpi, crisp=False):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QFrame.Shape.Box)
            page.setStyleSheet("background:white; border:1px solid #555;")
            self._layout.addWidget(page)
            self.page_labels.append(page)
        return len(self.page_labels)
