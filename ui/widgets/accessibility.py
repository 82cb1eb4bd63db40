"""Names for the sub-widgets Qt creates on its own (clear buttons, combo pop-ups, table headers),
so that every control can be found by tests and read aloud by a screen reader."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
        for header, suffix, name in ((table.horizontalHeader(), "Header", translate("Accessibility", "Column headers")),
                                     (table.verticalHeader(), "RowHeader", translate("Accessibility", "Row headers"))):
            if isinstance(header, QHeaderView) and not header.objectName() and table.objectName():
                header.setObjectName(f"{table.objectName()}{suffix}")
                header.setAccessibleName(name)
