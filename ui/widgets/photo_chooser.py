"""Where a photo comes from: Camera… (a live picture from a USB camera, ui/widgets/camera_dialog.py) or File… (what a
phone or a camera saved into a folder). Screens hold `choose_photo_file` as an attribute so tests can put their own
chooser in its place; it answers a file's path, a camera photo's JPEG bytes, or '' when the clerk cancels, and the
screen hands either to the same use case (showroom.services.photos), which checks and keeps both alike.

The camera is optional: QtMultimedia comes from PySide6-Addons, and a build without it still runs, offering files."""

from __future__ import annotations

import importlib
import logging
from types import ModuleType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.counter_buttons import named_button

log = logging.getLogger(__name__)

CAMERA, FILE = 2, 3  # what PhotoSourceDialog.exec() answers besides Rejected


def camera_module() -> ModuleType | None:
    """ui.widgets.camera_dialog, or None when this build has no QtMultimedia."""
    try:
        return load_camera_module()
    except ImportError as exc:
        log.warning("no camera support in this build, photos from files only: %s", exc)
        return None


def load_camera_module() -> ModuleType:
    """ui.widgets.camera_dialog; ImportError when this build has no QtMultimedia (`showroom --selftest` says so)."""
    return importlib.import_module("ui.widgets.camera_dialog")


def choose_photo_file(parent: QWidget, title: str) -> str | bytes:
    """The photo the clerk gives: a file's path or a camera's JPEG bytes; '' when the clerk cancels."""
    camera = camera_module()
    source = PhotoSourceDialog(title, camera, parent)
    answer = source.exec()
    source.deleteLater()
    if answer == CAMERA and camera is not None:
        dialog = camera.CameraDialog(title, parent)
        taken = dialog.exec() == QDialog.DialogCode.Accepted
        jpeg, wants_file = dialog.jpeg, dialog.wants_file
        dialog.deleteLater()
        if taken:
            return jpeg
        answer = FILE if wants_file else QDialog.DialogCode.Rejected
    return pick_photo_file(parent, title) if answer == FILE else ""


def pick_photo_file(parent: QWidget, title: str) -> str:
    """The path picked in the system's file dialog, '' when the clerk cancels."""
    path, _filter = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("PhotoChooser", "Photos (*.jpg *.jpeg *.png)")
    )
    return path


class PhotoSourceDialog(QDialog):
    """Camera… (C) or File… (F); Enter takes the one that can be used now, Esc cancels. Says why the camera cannot:
    none connected (a camera plugged in now shows up by itself) or no camera support in this build."""

    def __init__(self, title: str, camera: ModuleType | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("photoSourceDialog")
        self.cameras = camera.CameraList(self) if camera is not None else None
        question = QLabel(self.tr("Take the photo with a USB camera, or choose a file a phone or camera saved."), self)
        question.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("photoSourceMessage")
        self.message.setWordWrap(True)
        self.camera_button = named_button(
            self, "photoCameraButton", self.tr("Camera… (C)"), self.tr("Take the photo with the camera"), self.camera
        )
        self.file_button = named_button(
            self, "photoFileButton", self.tr("File… (F)"), self.tr("Choose a photo file"), self.file
        )
        cancel = named_button(self, "photoSourceCancel", self.tr("Cancel (Esc)"), self.tr("Cancel"), self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_C), self, self.camera)
        QShortcut(QKeySequence(Qt.Key.Key_F), self, self.file)
        buttons = QHBoxLayout()
        for button in (self.camera_button, self.file_button, cancel):
            buttons.addWidget(button)
        for button in (self.camera_button, self.file_button):
            button.setMinimumHeight(40)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if self.cameras is not None:
            self.cameras.changed.connect(self._refresh)
        self._refresh()

    def camera(self) -> None:
        if self.camera_button.isEnabled():
            self.done(CAMERA)

    def file(self) -> None:
        self.done(FILE)

    def _refresh(self) -> None:
        names = [device.description() for device in self.cameras.cameras()] if self.cameras is not None else []
        if self.cameras is None:
            text = self.tr("This copy of Showroom has no camera support: choose a file.")
        elif not names:
            text = self.tr(
                "No camera is connected. Plug in a USB camera (it shows up here by itself), or choose a file."
            )
        elif len(names) == 1:
            text = self.tr("Camera: {name}").format(name=names[0])
        else:
            text = self.tr("{count} cameras connected; choose one in the camera window.").format(count=len(names))
        self.message.setText(text)
        self.camera_button.setEnabled(bool(names))
        self.camera_button.setDefault(bool(names))
        self.file_button.setDefault(not names)
        (self.camera_button if names else self.file_button).setFocus()
