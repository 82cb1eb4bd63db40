"""One line under the scan field that answers every scan: refusals in red, results in green.

Scans come in bursts (held scans replayed at once, a fast run of codes): a refusal stays on screen
until the burst is over, with the latest result under it, so no refused scan goes unseen. The
screen calls `new_burst()` when a scan starts while nothing else is in flight.
"""

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
        self._errors: list[str] = []  # refusals of the current burst, oldest first
        self._note = ""  # the latest result or hint of the burst
        self._note_kind = ""
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMinimumHeight(36)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.clear_message()

    def show_error(self, text: str) -> None:
        if text not in self._errors:
            self._errors.append(text)
        self._render()

    def show_success(self, text: str) -> None:
        self._note, self._note_kind = text, "success"
        self._render()

    def show_info(self, text: str) -> None:
        self._note, self._note_kind = text, "info"
        self._render()

    def new_burst(self) -> None:
        """What was said stays on screen, but the next message replaces it."""
        self._errors, self._note, self._note_kind = [], "", ""

    def clear_message(self) -> None:
        self.new_burst()
        self.kind = ""
        self.setText("")
        self.setStyleSheet("padding:6px 10px; border:1px solid transparent;")

    def _render(self) -> None:
        lines = self._errors + ([self._note] if self._note else [])
        self.kind = "error" if self._errors else self._note_kind
        self.setText("\n".join(lines))
        self.setStyleSheet(f"padding:6px 10px; border-radius:4px; {_STYLES[self.kind]}")
