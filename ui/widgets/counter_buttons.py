"""Buttons and keys of the counter screens: every button named; Confirm is big and says its key.

Confirming is a deliberate act no scanner suffix can produce: F12 (scanners never send it), the
confirm button, or the printed CMD-CONFIRM barcode. Enter only ends a scan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget

CONFIRM_KEY = Qt.Key.Key_F12


def named_button(
    parent: QWidget, object_name: str, text: str, accessible_name: str, slot: Callable[[], None]
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(object_name)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def confirm_button(parent: QWidget, object_name: str, text: str, slot: Callable[[], None]) -> QPushButton:
    """The one button the clerk looks for (its text names F12, which does the same)."""
    button = named_button(parent, object_name, text, text, slot)
    button.setMinimumHeight(64)
    button.setMinimumWidth(200)
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    button.setFont(font)
    return button


def confirm_hint() -> str:
    """What Enter on the empty scan field says instead of confirming."""
    return QCoreApplication.translate(
        "CounterKeys",
        "Enter only ends a scan. To confirm, press F12, click the confirm button or scan the printed CMD-CONFIRM code.",
    )


def answer_first() -> str:
    return QCoreApplication.translate("CounterKeys", "Answer the question above first (keys 1, 2 or Esc).")
