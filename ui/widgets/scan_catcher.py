"""While a real dialog is open at the counter, a scan typed into it goes to the scan field instead.

A scanner types a code at 1-30 ms per key and ends it with a suffix; a person types far slower. So
printable keys aimed at the dialog wait here up to GAP_MS for the next one: a run of at least
MIN_LENGTH of them ended by a suffix is a scan, handed to `deliver` (the screen holds it and replays
it when the dialog is gone), and never reaches the dialog's fields or its default button. Anything
else is passed on to where it was going, in order, a few ms late.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ui.widgets.scan_field import is_suffix

GAP_MS = 50
MIN_LENGTH = 4
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class ScanCatcher(QObject):
    def __init__(self, dialog: QDialog, deliver: Callable[[str], None]):
        super().__init__(dialog)
        self._dialog, self._deliver = dialog, deliver
        self._held: list[tuple[QWidget, QKeyEvent]] = []
        self._passing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GAP_MS)
        self._timer.timeout.connect(self._pass_on)
        QApplication.instance().installEventFilter(self)
        dialog.finished.connect(lambda _result: self.stop())

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._timer.stop()
        self._pass_on()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._passing or event.type() != QEvent.Type.KeyPress or not self._inside(watched):
            return False
        if is_suffix(event):
            if len(self._held) >= MIN_LENGTH and self._timer.isActive():
                text = "".join(held.text() for _widget, held in self._held)
                self._held = []
                self._timer.stop()
                self._deliver(text)
                return True
        elif event.text().isprintable() and event.text() and not event.modifiers() & ~_TYPING_MODIFIERS:
            self._held.append(
                (
                    watched,
                    QKeyEvent(
                        event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
                    ),
                )
            )
            self._timer.start()
            return True
        self._pass_on()  # a person's key (arrows, Backspace, a slow Enter): what came before goes first
        return False

    def _inside(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (watched is self._dialog or self._dialog.isAncestorOf(watched))

    def _pass_on(self) -> None:
        held, self._held = self._held, []
        self._passing = True
        try:
            for widget, event in held:
                QApplication.sendEvent(widget, event)
        finally:
            self._passing = False


def catch_scans(dialog: QDialog, deliver: Callable[[str], None]) -> ScanCatcher:
    """Scans typed while `dialog` is open go to `deliver`; it stops by itself when the dialog closes."""
    return ScanCatcher(dialog, deliver)
