"""A manager at the counter lifts an overridable block with their name, PIN and a reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from present.errors import describe
from showroom.services import staff
from showroom.services.views import Override, StaffView
from ui.widgets.accessibility import name_qt_parts
from ui.widgets.scan_catcher import catch_scans

MANAGER_ROLES = ("manager", "admin")


def managers_only(people: list[StaffView]) -> list[str]:
    """Names that may authorise an override (the service checks the role and PIN again)."""
    return [p.name for p in people if p.role in MANAGER_ROLES and p.active]


class OverrideDialog(QDialog):
    def __init__(self, managers: list[str], blocks_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.setWindowTitle(self.tr("Manager override"))
        self.setAccessibleName(self.tr("Manager override"))

        intro = QLabel(
            self.tr("This check-out is blocked: {blocks}.\nA manager may allow it with their PIN and a reason.").format(
                blocks=blocks_text
            ),
            self,
        )
        intro.setObjectName("override_blocks")
        intro.setWordWrap(True)

        self.manager = QComboBox(self)
        self.manager.setObjectName("override_manager")
        self.manager.setAccessibleName(self.tr("Manager"))
        self.manager.addItems(managers)
        self.pin = QLineEdit(self)
        self.pin.setObjectName("override_pin")
        self.pin.setAccessibleName(self.tr("Manager PIN"))
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("override_reason")
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        self.reason.setPlaceholderText(self.tr("Why is this allowed today?"))
        self.reason.setMaxLength(300)

        form = QFormLayout()
        form.addRow(self.tr("Manager"), self.manager)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("override_buttons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Allow"))
        ok.setObjectName("override_ok")
        ok.setAccessibleName(self.tr("Allow the check-out"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("override_cancel")
        cancel.setAccessibleName(self.tr("Cancel the override"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.pin, self.reason):
            field.textChanged.connect(self._update_ok)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        name_qt_parts(self)
        self._update_ok()
        self.pin.setFocus()

    def _update_ok(self) -> None:
        ready = bool(self.manager.count() and self.pin.text() and self.reason.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def override(self) -> Override:
        return Override(self.manager.currentText(), self.pin.text(), self.reason.text().strip())


def ask_override(
    parent: QWidget,
    ctx,
    blocks_text: str,
    done: Callable[[Override | None], None],
    scans_to: Callable[[str], None] | None = None,
) -> None:
    """Loads the managers on the database lane, then opens the dialog window-modally (never blocking
    the event loop); `done` gets the Override, or None when cancelled or nobody can authorise.
    A scan typed while it is open goes to `scans_to`, not into the PIN or reason."""

    def opened(people: list[StaffView]) -> None:
        dialog = OverrideDialog(managers_only(people), blocks_text, parent)
        if scans_to is not None:
            catch_scans(dialog, scans_to)
        dialog.accepted.connect(lambda: done(dialog.override()))
        dialog.rejected.connect(lambda: done(None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def failed(exc: Exception) -> None:
        describe(exc, ctx.tz)  # logs what went wrong; the caller says the override was not given
        done(None)

    ctx.call(staff.list_staff, on_success=opened, on_error=failed)
