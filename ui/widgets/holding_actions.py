"""Manager actions on one sample a streamer holds: extend its loan's due date, or declare it lost."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from showroom.domain.model import Role
from ui.dialogs.declare_lost_dialog import DeclareLostDialog
from ui.dialogs.extend_due_dialog import ExtendDueDialog
from ui.widgets.tables import RowTableView

MANAGER_ROLES = {Role.MANAGER.value, Role.ADMIN.value}


class HoldingActions(QWidget):
    """Buttons under a holdings table; `done(str)` carries a sentence to show after success."""

    done = Signal(str)

    def __init__(self, ctx, table: RowTableView, parent=None):
        super().__init__(parent)
        self.ctx, self.table = ctx, table
        self.extend_button = self._button("extendDueButton", self.tr("Extend due date…"), self.extend_due)
        self.lost_button = self._button("declareLostButton", self.tr("Declare lost…"), self.declare_lost)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.extend_button)
        layout.addWidget(self.lost_button)
        layout.addStretch(1)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        table.source.modelReset.connect(self.update_buttons)
        self.update_buttons()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def is_manager(self) -> bool:
        return self.ctx.actor is not None and self.ctx.actor.role in MANAGER_ROLES

    def update_buttons(self) -> None:
        enabled = self.is_manager() and self.table.selected_row() is not None
        tip = "" if self.is_manager() else self.tr("Only a manager may do this.")
        for button in (self.extend_button, self.lost_button):
            button.setEnabled(enabled)
            button.setToolTip(tip)

    def extend_due(self) -> ExtendDueDialog | None:
        holding = self.table.selected_row()
        if holding is None or not self.is_manager():
            return None
        dialog = ExtendDueDialog(self.ctx, holding, self)
        dialog.saved.connect(
            lambda change: self._finished(
                self.tr("Loan {loan} is now due {due}.").format(
                    loan=change.loan_number, due=change.new_due_at.astimezone(self.ctx.tz).strftime("%Y-%m-%d")
                )
            )
        )
        dialog.open()
        return dialog

    def declare_lost(self) -> DeclareLostDialog | None:
        holding = self.table.selected_row()
        if holding is None or not self.is_manager():
            return None
        dialog = DeclareLostDialog(self.ctx, holding, self)
        dialog.saved.connect(
            lambda loss: self._finished(self.tr("Sample {code} recorded as lost.").format(code=loss.sample_code))
        )
        dialog.open()
        return dialog

    def _finished(self, sentence: str) -> None:
        self.done.emit(sentence)
