"""Returns for other showrooms, opened from the check-in screen: every sample this counter took back of another
showroom's loan (or received for another showroom), what it is, who took it when, and where it stands: waiting
for HQ's match, matched (in our stock), or found on no open loan at HQ, which a manager settles here: keep it in
our stock, or send it back to its showroom on a transfer (showroom/services/elsewhere_settle.py). Read from this
counter's own rows, so it works offline: it says what HQ said at the last sync.

Settling is deliberate: the first press of Keep or Send back only says what it will do; the second does it (no
popup, per the counter's rules). A scan typed while the dialog is open goes to the check-in scan field, held
until the dialog closes (ui.widgets.scan_catcher).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from present import elsewhere_text
from present.errors import describe
from showroom.domain.model import Role
from showroom.services.changes import Topic
from showroom.services.elsewhere_settle import SettledReturn, Settlement, settle_unmatched_return
from showroom.services.elsewhere_views import ReturnForOthers, held_for_others, returns_for_others
from ui.context import LatestAnswer
from ui.models.elsewhere_return_model import ElsewhereReturnModel
from ui.widgets.accessibility import name_qt_parts
from ui.widgets.counter_buttons import named_button
from ui.widgets.scan_catcher import catch_scans
from ui.widgets.tables import RowTableView, message_label, show_message

MANAGERS = {Role.MANAGER.value, Role.ADMIN.value}
REDRAW_ON = {Topic.SAMPLES, Topic.TRANSFERS}


class ElsewhereReturnsDialog(QDialog):
    settled = Signal(object)  # SettledReturn

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._query = LatestAnswer(ctx)
        self._armed: str = ""  # the decision a first press asked for, on the selected return
        self.setObjectName("elsewhere_returns_dialog")
        self.setWindowTitle(self.tr("Returns for other showrooms"))
        self.setAccessibleName(self.tr("Returns for other showrooms"))
        intro = QLabel(
            self.tr(
                "Samples of other showrooms' loans taken back here. A sample HQ has not matched yet is held: in no "
                "stock, not lendable. One HQ found on no open loan waits for a manager."
            ),
            self,
        )
        intro.setObjectName("elsewhere_intro")
        intro.setWordWrap(True)
        self.model = ElsewhereReturnModel(ctx.tz, self)
        self.table = RowTableView(self.model, "elsewhere_table", self.tr("Returns taken for other showrooms"), self)
        self.table.sortByColumn(ElsewhereReturnModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("elsewhere_explanation")
        self.explanation.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("elsewhere_note")
        self.note.setAccessibleName(self.tr("Note on the decision"))
        self.note.setPlaceholderText(self.tr("Note (optional; goes on the transfer when sent back)"))
        self.note.setMaxLength(300)
        self.keep_button = self._button("elsewhere_keep", self.tr("&Keep in our stock"), Settlement.KEEP)
        self.send_back_button = self._button(
            "elsewhere_send_back", self.tr("Send &back to its showroom"), Settlement.SEND_BACK
        )
        self.message = message_label("elsewhere_message")
        self.close_button = named_button(self, "elsewhere_close", self.tr("Close"), self.tr("Close"), self.accept)
        self.close_button.setAutoDefault(False)
        actions = QHBoxLayout()
        for widget in (self.note, self.keep_button, self.send_back_button):
            actions.addWidget(widget)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        for widget in (intro, self.table, self.explanation):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        self.resize(1000, 520)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        ctx.bus.changed.connect(self._on_changed)
        name_qt_parts(self)
        self._selected()

    def _button(self, name: str, text: str, decision: Settlement) -> QPushButton:
        button = named_button(self, name, text, text.replace("&", ""), lambda: self._pressed(decision))
        button.setAutoDefault(False)  # a scanner's Enter never presses it
        return button

    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._query.call(returns_for_others, on_success=self._show, on_error=self._error)

    def _on_changed(self, topics: set) -> None:
        if topics & REDRAW_ON:
            self.refresh()

    def _show(self, rows: list[ReturnForOthers]) -> None:
        chosen = self.table.selected_row()
        self.model.set_rows(rows)
        if chosen is None or not self.table.select_where(lambda r: r.return_id == chosen.return_id):
            self.table.select_where(lambda r: r.settleable) or self.table.select_where(lambda r: True)
        self._selected()

    def _selected(self) -> None:
        row = self.table.selected_row()
        self._armed = ""
        self.keep_button.setText(self.tr("&Keep in our stock"))
        self.send_back_button.setText(self.tr("Send &back to its showroom"))
        self.explanation.setText(elsewhere_text.explain(row) if row is not None else self._empty_text())
        may = row is not None and row.settleable and self.ctx.actor is not None and self.ctx.actor.role in MANAGERS
        for button in (self.keep_button, self.send_back_button):
            button.setEnabled(may)
            button.setToolTip("" if may or row is None or not row.settleable else self._manager_only())
        if row is not None and row.settleable and not may:
            self.explanation.setText(f"{self.explanation.text()} {self._manager_only()}")

    def _empty_text(self) -> str:
        return self.tr("No sample of another showroom has been taken back here.") if not self.model.rowCount() else ""

    def _manager_only(self) -> str:
        return self.tr("Only a manager settles a return HQ could not match.")

    # -- settling ------------------------------------------------------------------------------
    def _pressed(self, decision: Settlement) -> None:
        row = self.table.selected_row()
        if row is None or not row.settleable:
            return
        if self._armed != decision:
            self._arm(row, decision)
            return
        self._armed = ""
        for button in (self.keep_button, self.send_back_button):
            button.setEnabled(False)
        self.ctx.call_as_actor(
            settle_unmatched_return,
            row.return_id,
            decision.value,
            self.note.text(),
            on_success=self._done,
            on_error=self._error,
        )

    def _arm(self, row: ReturnForOthers, decision: Settlement) -> None:
        self._armed = decision
        showroom = row.lender_name or row.lender_code
        if decision == Settlement.KEEP:
            self.keep_button.setText(self.tr("Confirm: &keep"))
            self.send_back_button.setText(self.tr("Send &back to its showroom"))
            text = self.tr("Keep {code} in our stock, lendable here? Press Keep again to confirm.")
        else:
            self.send_back_button.setText(self.tr("Confirm: send &back"))
            self.keep_button.setText(self.tr("&Keep in our stock"))
            text = self.tr("Send {code} back to {showroom} on a transfer? Press Send back again to confirm.")
        show_message(self.message, text.format(code=row.code, showroom=showroom))

    def _done(self, result: SettledReturn) -> None:
        self.note.clear()
        if result.transfer_number:
            text = self.tr("{code} is in our stock and on transfer {number} to {showroom}: print its slip on F10.")
        else:
            text = self.tr("{code} is in our stock now, lendable here.")
        show_message(
            self.message, text.format(code=result.code, number=result.transfer_number, showroom=result.lender_name)
        )
        self.settled.emit(result)
        self.refresh()

    def _error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)
        self._selected()


class ElsewhereReturnsButton(QPushButton):
    """On the check-in screen: "Returns for other showrooms (N waiting)", N the samples held here for other
    showrooms (waiting for HQ or for a manager); it opens the dialog, whose scans go to `deliver`."""

    closed = Signal()

    def __init__(self, ctx, parent: QWidget, deliver: Callable[[str], None]):
        super().__init__(parent)
        self.ctx, self.deliver = ctx, deliver
        self.dialog: ElsewhereReturnsDialog | None = None
        self.setObjectName("checkin_elsewhere_returns")
        self.setAccessibleName(self.tr("Returns for other showrooms"))
        self.setToolTip(self.tr("Samples of other showrooms' loans taken back here, and where each stands (Alt+O)"))
        self.setAutoDefault(False)
        self.clicked.connect(lambda _checked=False: self.open_dialog())
        ctx.bus.changed.connect(self._on_changed)
        self._query = LatestAnswer(ctx)
        self._show(0)
        self.refresh()

    def refresh(self) -> None:
        self._query.call(held_for_others, on_success=self._show, on_error=lambda _exc: None)

    def _on_changed(self, topics: set) -> None:
        if topics & REDRAW_ON:
            self.refresh()

    def _show(self, count: int) -> None:
        self.setText(self.tr("Returns for &other showrooms ({count} waiting)").format(count=count))
        self.setStyleSheet("color: #e65100; font-weight: bold;" if count else "")

    def is_open(self) -> bool:
        return self.dialog is not None

    def open_dialog(self) -> ElsewhereReturnsDialog:
        if self.dialog is not None:
            return self.dialog
        self.dialog = ElsewhereReturnsDialog(self.ctx, self.window())
        catch_scans(self.dialog, self.deliver)  # a scan typed into the dialog waits for the scan field
        self.dialog.finished.connect(lambda _result: self._closed())
        self.dialog.open()
        self.dialog.refresh()
        return self.dialog

    def _closed(self) -> None:
        self.dialog.deleteLater()
        self.dialog = None
        self.refresh()
        self.closed.emit()
