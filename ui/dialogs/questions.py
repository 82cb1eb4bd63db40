"""Small modal questions, kept in one place so screens can swap them out in tests.

At the counter questions are asked inline (ui.widgets.question_bar): a popup would take the
scanner's keys. These are for moments when nobody is scanning, such as logging out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    return QMessageBox.question(parent, title, question) == QMessageBox.StandardButton.Yes


def log_out_anyway(parent: QWidget, unfinished: list[str]) -> bool:
    """Logging out would drop the lists in `unfinished`: True only when the clerk says so.
    Keeping them is the default (Enter and Esc keep working)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Questions", "Log out"),
        translate("Questions", "Not recorded yet:\n{lists}\n\nLogging out drops them.").format(
            lists="\n".join(f"• {line}" for line in unfinished)
        ),
        parent=parent,
    )
    box.setObjectName("logoutQuestion")
    keep = box.addButton(translate("Questions", "Keep working"), QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepWorkingButton")
    leave = box.addButton(translate("Questions", "Log out anyway"), QMessageBox.ButtonRole.DestructiveRole)
    leave.setObjectName("logOutAnywayButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is leave
