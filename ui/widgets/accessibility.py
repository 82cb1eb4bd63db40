"""Names for widgets, including the sub-widgets Qt creates on its own (clear buttons, combo pop-ups, table headers),
so that every control can be found by tests and read aloud by a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableView, QToolButton, QWidget

translate = QCoreApplication.translate


def name_qt_parts(root: QWidget) -> None:
    """Call once a screen or dialog is built; its own widgets must already have object names."""
    for edit in root.findChildren(QLineEdit):
        for button in edit.findChildren(QToolButton):
            if not button.objectName() and edit.objectName():
                button.setObjectName(f"{edit.objectName()}Clear")
                button.setAccessibleName(translate("Accessibility", "Clear"))
    for combo in root.findChildren(QComboBox):
        view = combo.view()
        if not view.objectName() and combo.objectName():
            view.setObjectName(f"{combo.objectName()}List")
            view.setAccessibleName(translate("Accessibility", "Choices"))
    for table in root.findChildren(QTableView):
        for header, suffix, name in (
            (table.horizontalHeader(), "Header", translate("Accessibility", "Column headers")),
            (table.verticalHeader(), "RowHeader", translate("Accessibility", "Row headers")),
        ):
            if isinstance(header, QHeaderView) and not header.objectName() and table.objectName():
                header.setObjectName(f"{table.objectName()}{suffix}")
                header.setAccessibleName(name)


def named(widget, object_name: str, accessible_name: str | None = None):
    """Set the object name (and accessible name) and return the widget.

    Not `QLabel(objectName=...)`: in PySide6 6.12 a property given as a constructor keyword drops
    a reference to None, and enough of them abort the interpreter at exit.
    """
    widget.setObjectName(object_name)
    if accessible_name is not None:
        widget.setAccessibleName(accessible_name)
    return widget


def debounce_timer(parent, interval_ms: int, slot) -> QTimer:
    """A single-shot timer that runs `slot` once typing has paused for `interval_ms`."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
