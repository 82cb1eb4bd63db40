"""Says at entry which characters of a name will not print, while the name can still be checked.

Papers draw every character in the first embedded face that has it (printing.fonts); a character no
shipped face has prints as a mark. The name is still saved as typed (it is the person's real name):
the clerk is told, so that a card or label never surprises anyone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit


def unprintable_warning(text: str) -> str:
    """The sentence to show, or "" when every character prints."""
    if not text:
        return ""
    from printing.fonts import MISSING_MARK, unprintable  # reportlab: with the first name typed, not at start

    missing = unprintable(text)
    if not missing:
        return ""
    listed = " ".join(f"{char} (U+{ord(char):04X})" for char in missing)
    return QCoreApplication.translate(
        "PrintCheck", "Will not print on cards, labels and receipts: {chars}. Paper shows {mark} in their place."
    ).format(chars=listed, mark=MISSING_MARK)


def watch_printable(form: QFormLayout, edit: QLineEdit, object_name: str) -> QLabel:
    """A warning line under `edit`, shown while its text has characters that will not print."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #e65100;")
    label.setVisible(False)
    form.addRow(label)

    def check(text: str) -> None:
        warning = unprintable_warning(text)
        label.setText(warning)
        label.setVisible(bool(warning))

    edit.textChanged.connect(check)
    check(edit.text())
    return label
