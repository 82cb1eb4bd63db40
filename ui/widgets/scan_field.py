"""The scan field: a USB scanner types a code and ends it with a suffix; a suffix never confirms.

Scanners end a code with Enter, keypad Enter, Tab, CR+LF (two Enters a few ms apart) or LF (Ctrl+J
on X11). Each of them ends exactly one scan and does nothing else:
- with text in the field, the suffix hands the text on (`scanned`) and the focus stays here;
- a suffix key within SUFFIX_TAIL_S of the end of a scan is the rest of that scan's suffix: swallowed;
- Enter on the empty field confirms nothing (`enter_on_empty`: the screen says how to confirm);
- Tab on the empty field, outside that tail, moves the focus as usual (keyboard navigation).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

SUFFIX_TAIL_S = 0.15  # CR+LF arrives 1-30 ms apart; a person pressing Enter twice takes far longer
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CONTROL_LINE_ENDS = (Qt.Key.Key_J, Qt.Key.Key_M)  # Ctrl+J (LF) and Ctrl+M (CR) from a scanner
_NAVIGATION = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def is_suffix(event: QKeyEvent) -> bool:
    """True for every key a scanner ends a code with."""
    key, modifiers = event.key(), event.modifiers()
    if key in _ENTER_KEYS or event.text() in ("\r", "\n"):
        return True
    if key == Qt.Key.Key_Tab and not modifiers & _NAVIGATION:
        return True
    return key in _CONTROL_LINE_ENDS and modifiers == Qt.KeyboardModifier.ControlModifier


class ScanField(QLineEdit):
    scanned = Signal(str)
    enter_on_empty = Signal()  # Enter with nothing typed: never a confirm

    def __init__(self, placeholder: str = "", parent=None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.setFont(font)
        self.clock = time.monotonic  # replaceable in tests
        self._scan_ended_at: float | None = None

    def event(self, event) -> bool:
        # Before QWidget.event: it would turn Tab into a focus move, and QLineEdit Enter into returnPressed.
        if event.type() == QEvent.Type.KeyPress and is_suffix(event):
            self._on_suffix(event)
            return True
        return super().event(event)

    def _on_suffix(self, event: QKeyEvent) -> None:
        text, now = self.text().strip(), self.clock()
        if text:
            self.clear()
            self._scan_ended_at = now
            self.scanned.emit(text)
        elif self._scan_ended_at is not None and now - self._scan_ended_at < SUFFIX_TAIL_S:
            pass  # the LF of a CR+LF, or a Tab after an Enter: the scan has already ended
        elif event.key() == Qt.Key.Key_Tab:
            self.clear()
            self.focusNextPrevChild(True)
        else:
            self.clear()
            self.enter_on_empty.emit()
