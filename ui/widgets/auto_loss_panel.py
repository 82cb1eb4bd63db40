"""Samples the counter declared lost by itself (a tier's "declare lost after N days late"), under the overdue
call list: a manager confirms each (the deposit set aside is kept) or reverses it (on loan again), with a note
(a reason is required to reverse). Hidden while none waits."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from present.errors import describe
from present.formatting import local_time, money
from showroom.domain.model import Role
from showroom.services.auto_loss import (
    AutomaticLossLine,
    confirm_automatic_loss,
    pending_automatic_losses,
    reverse_automatic_loss,
)
from ui.context import LatestAnswer
from ui.models.row_model import RowTableModel, time_key
from ui.widgets.counter_buttons import named_button
from ui.widgets.tables import RowTableView, message_label, show_message

MANAGERS = {Role.MANAGER.value, Role.ADMIN.value}


class AutoLossModel(RowTableModel[AutomaticLossLine]):
    def __init__(self, tz, parent=None):
        super().__init__(parent)
        self.tz = tz

    def headers(self) -> list[str]:
        return [
            self.tr("Sample"),
            self.tr("Product"),
            self.tr("Streamer"),
            self.tr("Loan"),
            self.tr("Days late"),
            self.tr("Declared"),
            self.tr("Deposit kept"),
            self.tr("Still owed"),
        ]

    def display(self, row: AutomaticLossLine, column: int) -> str:
        values = (
            row.code,
            row.product_name,
            row.streamer_name,
            row.loan_number,
            str(row.days_late),
            local_time(row.declared_at, self.tz),
            money(row.forfeitable_fen),
            money(row.charge_due_fen),
        )
        return values[column]

    def sort_key(self, row: AutomaticLossLine, column: int):
        numbers = {4: row.days_late, 5: time_key(row.declared_at), 6: row.forfeitable_fen, 7: row.charge_due_fen}
        return numbers[column] if column in numbers else super().sort_key(row, column)

    def align_right(self, column: int) -> bool:
        return column in (4, 6, 7)


class AutoLossPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("autoLossPanel")
        self._query = LatestAnswer(ctx)
        self.title = QLabel()
        self.title.setObjectName("autoLossTitle")
        self.title.setStyleSheet("font-weight: bold; color: #c62828;")
        self.model = AutoLossModel(ctx.tz, self)
        self.table = RowTableView(self.model, "autoLossTable", self.tr("Samples declared lost automatically"), self)
        self.table.setMaximumHeight(160)
        self.note = QLineEdit()
        self.note.setObjectName("autoLossNote")
        self.note.setPlaceholderText(self.tr("Note (a reason is needed to reverse)"))
        self.note.setAccessibleName(self.tr("Note on the loss"))
        self.confirm_button = named_button(
            self, "autoLossConfirm", self.tr("Confirm loss"), self.tr("Confirm loss"), self.confirm
        )
        self.reverse_button = named_button(
            self, "autoLossReverse", self.tr("Reverse: still on loan"), self.tr("Reverse the loss"), self.reverse
        )
        self.message = message_label("autoLossMessage")
        actions = QHBoxLayout()
        for widget in (self.note, self.confirm_button, self.reverse_button):
            actions.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        for widget in (self.title, self.table):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.setVisible(False)

    def refresh(self) -> None:
        self._query.call(pending_automatic_losses, on_success=self._show, on_error=self._error)

    def _show(self, lines: list[AutomaticLossLine]) -> None:
        self.model.set_rows(lines)
        self.title.setText(
            self.tr(
                "{count} sample(s) declared lost automatically, held past their tier's limit: a manager confirms "
                "each (the deposit is kept) or reverses it."
            ).format(count=len(lines))
        )
        self.setVisible(bool(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.table.selected_row() is not None and self.ctx.actor.role in MANAGERS
        self.confirm_button.setEnabled(chosen)
        self.reverse_button.setEnabled(chosen)

    def confirm(self) -> None:
        self._act(confirm_automatic_loss, self.tr("Loss of {code} confirmed."))

    def reverse(self) -> None:
        self._act(reverse_automatic_loss, self.tr("{code} is on loan again."))

    def _act(self, use_case, done: str) -> None:
        line = self.table.selected_row()
        if line is None:
            return
        self.ctx.call_as_actor(
            use_case,
            line.code,
            self.note.text(),
            on_success=lambda result: self._done(done.format(code=result.code)),
            on_error=self._error,
        )

    def _done(self, text: str) -> None:
        self.note.clear()
        show_message(self.message, text)

    def _error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)
