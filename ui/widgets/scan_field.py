"""The scan field: a USB scanner types a code and presses Enter; Enter on an empty field confirms."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit


class ScanField(QLineEdit):
    scanned = Signal(str)
    confirm_requested = Signal()

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        self.returnPressed.connect(self._on_return)

    def _on_return(self) -> None:
        text = self.text().strip()
        self.clear()
        if text:
            self.scanned.emit(text)
        else:
            self.confirm_requested.emit()
