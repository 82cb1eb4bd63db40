"""Connect this showroom to HQ: the address of HQ and a one-time code from `showroom-hq enrol-code`.

When HQ held more of this showroom than its database (an older backup was restored), the enrolment replays
it first; the dialog then stays open and says what came back and what to check (Sync → What came back from
HQ… says it again later)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from present.errors import describe
from ui.widgets.accessibility import name_qt_parts, named


class EnrolDialog(QDialog):
    """Runs the enrolment on the sync thread (it talks to HQ); the dialog stays responsive."""

    def __init__(self, runner, parent=None, url: str = ""):
        super().__init__(parent)
        self.runner = runner
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Connect to HQ"))
        self.url_edit = named(QLineEdit(url), "hqUrlEdit")
        self.url_edit.setAccessibleName(self.tr("HQ address"))
        self.url_edit.setPlaceholderText(self.tr("e.g. http://hq.example.com:8400"))
        self.code_edit = named(QLineEdit(), "enrolCodeEdit")
        self.code_edit.setAccessibleName(self.tr("Enrolment code"))
        self.code_edit.setPlaceholderText(self.tr("one-time code from HQ, e.g. K7QHM-2XD9P"))
        self.message = named(QLabel(), "enrolMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caught_up_lines: list[str] = []
        form = QFormLayout()
        form.addRow(self.tr("HQ address"), self.url_edit)
        form.addRow(self.tr("Enrolment code"), self.code_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = named(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "enrolButton")
        self.ok_button.setText(self.tr("Connect"))
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "enrolCancelButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Ask HQ operations for a one-time code for this showroom. Changes made "
                    "before connecting are kept and sent at the first sync."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        runner.caught_up.connect(self._caught_up)
        runner.enrolled.connect(self._done)
        runner.enrol_failed.connect(self._refused)
        name_qt_parts(self)

    def submit(self) -> None:
        if not self.url_edit.text().strip() or not self.code_edit.text().strip():
            self.message.setText(self.tr("Please give both the HQ address and the code."))
            return
        self.ok_button.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        self.runner.enrol(self.url_edit.text().strip(), self.code_edit.text().strip())

    def _caught_up(self, lines: list[str]) -> None:
        self.caught_up_lines = lines

    def _done(self, enrolment) -> None:
        connected = self.tr("Connected to HQ as showroom {code}.").format(code=enrolment.showroom_code)
        if not self.caught_up_lines:
            self.message.setText(connected)
            self.accept()
            return
        self.message.setText("\n\n".join([connected, *self.caught_up_lines]))  # read before it closes
        self.url_edit.setEnabled(False)
        self.code_edit.setEnabled(False)
        self.buttons.accepted.disconnect(self.submit)
        self.buttons.accepted.connect(self.accept)
        self.ok_button.setText(self.tr("Close"))
        self.ok_button.setEnabled(True)

    def _refused(self, exc) -> None:
        self.ok_button.setEnabled(True)
        self.message.setText(describe(exc))
