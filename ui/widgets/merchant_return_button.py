"""Return to merchant…: a manager sends the selected sample (on the shelf) back to its merchant, for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QPushButton

from present.errors import describe
from showroom.domain.model import Role, SampleStatus
from showroom.services.merchant_returns import return_to_merchant
from ui.widgets.tables import RowTableView, show_message

MANAGER_ROLES = {Role.MANAGER.value, Role.ADMIN.value}


class MerchantReturnButton(QPushButton):
    def __init__(self, ctx, table: RowTableView, message: QLabel, parent=None):
        super().__init__(parent)
        self.ctx, self.table, self.message = ctx, table, message
        self.setText(self.tr("Return to merchant…"))
        self.setObjectName("returnToMerchantButton")
        self.setAccessibleName(self.tr("Return the sample to its merchant"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Injectable for tests: (title, prompt) -> note, or None when cancelled.
        self.ask_note: Callable[[str, str], str | None] = self._ask_note
        self.clicked.connect(self.return_selected)
        table.selectionModel().selectionChanged.connect(lambda *_: self.update_state())
        table.source.modelReset.connect(self.update_state)
        self.update_state()

    def is_manager(self) -> bool:
        return self.ctx.actor is not None and self.ctx.actor.role in MANAGER_ROLES

    def update_state(self) -> None:
        row = self.table.selected_row()
        self.setEnabled(self.is_manager() and row is not None and row.status == SampleStatus.IN_STOCK.value)
        self.setToolTip("" if self.is_manager() else self.tr("Only a manager may do this."))

    def return_selected(self) -> None:
        row = self.table.selected_row()
        if row is None or not self.is_manager():
            return
        note = self.ask_note(
            self.tr("Return to merchant"),
            self.tr("{code} {product} goes back to {merchant} and leaves the showroom. Note (optional):").format(
                code=row.code, product=row.product_name, merchant=row.merchant_name
            ),
        )
        if note is None:
            return
        self.ctx.call_as_actor(
            return_to_merchant,
            [row.code],
            note,
            on_success=self._done,
            on_error=lambda exc: show_message(self.message, describe(exc, self.ctx.tz), error=True),
        )

    def _done(self, result) -> None:
        show_message(
            self.message,
            self.tr("{codes} returned to {merchants}.").format(
                codes=", ".join(result.codes), merchants=", ".join(result.merchants)
            ),
        )

    def _ask_note(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, prompt)
        return text if ok else None
