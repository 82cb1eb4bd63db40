"""A USB scanner as the app sees it: a keyboard that types a code at 1-5 ms per key, then a suffix.

Keys go to whichever widget has the keyboard focus, as a real scanner's do, so a suffix that moves
the focus sends the next scan somewhere else — which is what the tests must catch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

KEY_DELAY_MS = 2


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus: a scanner would type into nothing"
    return widget


def _key(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifiers, delay=KEY_DELAY_MS)


def line_feed(qtbot) -> None:
    """LF as X11 delivers a scanner's Ctrl+J: key J with Control, text "\\n" (QTest would say "j")."""
    qtbot.wait(KEY_DELAY_MS)
    widget = focused()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier, "\n"))


SUFFIXES = {
    "enter": lambda qtbot: _key(qtbot, Qt.Key.Key_Return),
    "keypad_enter": lambda qtbot: _key(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
    "tab": lambda qtbot: _key(qtbot, Qt.Key.Key_Tab),
    "cr_lf": lambda qtbot: (_key(qtbot, Qt.Key.Key_Return), _key(qtbot, Qt.Key.Key_Return)),
    "lf": line_feed,
}


def scan(qtbot, text: str, suffix: str = "enter") -> None:
    """Types `text` at scanner speed, each key into whatever has the focus then, and ends it with `suffix`."""
    for character in text:
        qtbot.keyClicks(focused(), character, delay=KEY_DELAY_MS)
    SUFFIXES[suffix](qtbot)


def after_a_pause(field) -> None:
    """The next key comes long after the last scan ended (a person, not a suffix), without sleeping."""
    clock = field.clock
    field.clock = lambda: clock() + 10.0
