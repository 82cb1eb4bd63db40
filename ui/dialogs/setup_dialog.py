"""First start on an empty data folder: name the showroom and create its first administrator."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

from showroom.services import setup
from ui import errors
from ui.ops import DbWorker
from ui.widgets.accessibility import named


class SetupDialog(QDialog):
    """Runs `setup.set_up_showroom` through `uow_factory` on the DB worker."""

    def __init__(self, worker: DbWorker, uow_factory, parent=None):
        super().__init__(parent)
        self.worker, self.uow_factory = worker, uow_factory
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Set up this showroom"))
        self.code = named(QLineEdit(), "showroomCode")
        self.code.setPlaceholderText("CS")
        self.code.setMaxLength(4)
        self.name = named(QLineEdit(), "showroomName")
        self.name.setPlaceholderText(self.tr("e.g. Changsha live sample room"))
        self.city = named(QLineEdit(), "showroomCity")
        self.admin = named(QLineEdit(), "adminName")
        self.pin = named(QLineEdit(), "adminPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for label, widget in ((self.tr("Showroom code (2-4 capital letters)"), self.code),
                              (self.tr("Showroom name"), self.name), (self.tr("City"), self.city),
                              (self.tr("Administrator name"), self.admin), (self.tr("Administrator PIN"), self.pin)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.message = named(QLabel(), "setupMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This folder holds no showroom yet. Set it up once; "
                                        "the administrator can add staff later.")))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        for button in buttons.buttons():
            button.setObjectName(f"setup_{buttons.buttonRole(button).name}")
            button.setAccessibleName(button.text())

    def submit(self) -> None:
        args = (self.code.text(), self.name.text(), self.city.text(), self.admin.text(), self.pin.text())
        self.worker.run(lambda: setup.set_up_showroom(self.uow_factory(), *args),
                        lambda _actor: self.accept(),
                        lambda exc: self.message.setText(errors.describe(exc)))
