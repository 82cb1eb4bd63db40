"""Buttons of the counter screens: every one named for tests and screen readers; Confirm is big."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def named_button(parent: QWidget, object_name: str, text: str, accessible_name: str,
                 slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(object_name)
    button.setAccessibleName(accessible_name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def confirm_button(parent: QWidget, object_name: str, text: str, slot: Callable[[], None]) -> QPushButton:
    """The one button the clerk looks for; Enter on the empty scan field does the same."""
    button = named_button(parent, object_name, text, text, slot)
    button.setMinimumHeight(64)
    button.setMinimumWidth(200)
    font = button.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    button.setFont(font)
    return button
