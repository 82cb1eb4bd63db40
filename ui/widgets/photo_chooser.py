"""The photo file a clerk picks (a phone or a USB camera saves into a folder; see the README on why there is no
live capture). Screens hold it as an attribute so tests can put their own chooser in its place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_photo_file(parent: QWidget, title: str) -> str:
    """The path picked, '' when the clerk cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("PhotoChooser", "Photos (*.jpg *.jpeg *.png)")
    )
    return path
