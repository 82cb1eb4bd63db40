"""One line under the scan field that answers every scan: refusals in red, results in green."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

_STYLES = {
    "error": "background:#fdecea; color:#a61b1b; border:1px solid #f5c2c0;",
    "success": "background:#e8f5e9; color:#1b5e20; border:1px solid #b9dfbb;",
    "info": "background:#eef3fb; color:#1f3b63; border:1px solid #c9d8ef;",
}


class MessageBar(QLabel):
    """Read by screen readers as a live status line; `kind` tells tests and styles what it says."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(36)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.clear_message()

    def show_error(self, text: str) -> None:
        self._show("error", text)

    def show_success(self, text: str) -> None:
        self._show("success", text)

    def show_info(self, text: str) -> None:
        self._show("info", text)

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.setStyleSheet("padding:6px 10px; border:1px solid transparent;")

    def _show(self, kind: str, text: str) -> None:
        self.kind = kind
        self.setText(text)
        self.setStyleSheet(f"padding:6px 10px; border-radius:4px; {_STYLES[kind]}")
