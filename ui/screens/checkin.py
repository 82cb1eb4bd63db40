"""Check-in at the counter, by scanner alone: scan what came back, Enter, see what is still out."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from present import labels
from present.errors import describe
from showroom.domain.codes import CodeKind, classify, clean_scan
from showroom.domain.errors import EmptyBasket, UnknownCode
from showroom.domain.model import ReturnCondition
from showroom.services import returns
from showroom.services.returns import ReturnRequest
from showroom.services.views import CheckinResult, ReturnLine
from ui.models.return_model import ReturnModel
from ui.widgets.checkin_result_view import CheckinResultView
from ui.widgets.condition_delegate import ConditionDelegate
from ui.widgets.counter_buttons import confirm_button, named_button
from ui.widgets.message_bar import MessageBar
from ui.widgets.scan_field import ScanField
from ui.widgets.scan_queue import ScanQueue
from ui.widgets.tables import keep_columns_fitted


class CheckinScreen(QWidget):
    returns_recorded = Signal(object)  # CheckinResult, after the return is committed

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("checkin_screen")
        self.ctx = ctx
        self._submitting = False
        self._held_scans: list[str] = []   # scanned while a return was being recorded; replayed after
        self.queue = ScanQueue(after_each=self._refocus)
        self._build()
        self._update_confirm()

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("CheckinScreen", "Check-in")

    def activate(self) -> None:
        self.scan.setFocus()

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scan = ScanField(self.tr("Scan the returned samples, then press Enter on the empty field"), self)
        self.scan.setObjectName("checkin_scan")
        self.scan.setAccessibleName(self.tr("Check-in scan field"))
        self.scan.scanned.connect(self._on_scanned)
        self.scan.confirm_requested.connect(self._on_confirm_requested)
        self.message = MessageBar(self)
        self.message.setObjectName("checkin_message")
        self.message.setAccessibleName(self.tr("Check-in messages"))

        self.model = ReturnModel(self.ctx.tz, self)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.table = QTableView(self)
        self.table.setObjectName("checkin_basket")
        self.table.setAccessibleName(self.tr("Samples being returned"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.SelectedClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delegate = ConditionDelegate(self.table)
        self.table.setItemDelegateForColumn(ReturnModel.COL_CONDITION, self.delegate)
        self.delegate.closeEditor.connect(lambda *_: self._refocus())
        self.table.itemDelegate().closeEditor.connect(lambda *_: self._refocus())
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setObjectName("checkin_basket_rows")
        self.table.verticalHeader().setAccessibleName(self.tr("Line numbers"))
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setObjectName("checkin_basket_header")
        header.setAccessibleName(self.tr("Columns of the returned samples"))
        keep_columns_fitted(self.table, ReturnModel.COL_PRODUCT, {ReturnModel.COL_NOTE: 180})
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._sync_condition())

        self.condition = QComboBox(self)
        self.condition.setObjectName("checkin_condition")
        self.condition.setAccessibleName(self.tr("Condition of the selected sample"))
        for c in ReturnCondition:
            self.condition.addItem(labels.condition(c.value), c.value)
        self.condition.activated.connect(self._condition_picked)
        self.remove_button = named_button(self, "checkin_remove", self.tr("Remove line"),
                                          self.tr("Remove the selected sample from the list"), self._remove_line)
        self.reset_button = named_button(self, "checkin_reset", self.tr("Start over"),
                                         self.tr("Clear the list of returned samples"), self.start_over)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkin_summary")
        self.result_view = CheckinResultView(self.ctx.tz, self)
        self.confirm = confirm_button(self, "checkin_confirm", self.tr("Confirm check-in"),
                                      self._on_confirm_requested)

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Condition of selected sample:"), self))
        tools.addWidget(self.condition)
        tools.addStretch(1)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.reset_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(tools)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.result_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._update_summary()

    def _refocus(self) -> None:
        # Never pull the keyboard out of a cell someone is editing, nor into a hidden screen.
        if self.isVisible() and self.table.state() != QAbstractItemView.State.EditingState:
            self.scan.setFocus()

    # -- scans ---------------------------------------------------------------------------------
    def _on_scanned(self, text: str) -> None:
        if self._submitting:
            self._held_scans.append(text)
            self.message.show_info(self.tr("Recording the return; {code} will be taken right after.").format(
                code=clean_scan(text)))
            return
        kind, code = classify(text), clean_scan(text)
        if kind == CodeKind.SAMPLE:
            self._add_sample(code)
        elif kind == CodeKind.MEMBER:
            self.message.show_error(self.tr("{code} is a member card; on check-in scan the samples "
                                            "themselves.").format(code=code))
        elif kind == CodeKind.LOAN:
            self.message.show_error(self.tr("{code} is a loan number; scan the samples themselves, each "
                                            "finds its loan.").format(code=code))
        else:
            self.message.show_error(describe(UnknownCode(code), self.ctx.tz))

    def _add_sample(self, code: str) -> None:
        basket = self.model.codes() + self.queue.pending_codes
        generation = self.queue.start(code)
        self.ctx.call(returns.scan_for_checkin, code, basket,
                      on_success=lambda line: self._on_line(generation, code, line),
                      on_error=lambda exc: self._on_refused(generation, code, exc))

    def _on_line(self, generation: int, code: str, line: ReturnLine) -> None:
        if self.queue.is_current(generation):
            row = self.model.append(line)
            self.table.selectRow(row)
            if line.days_overdue > 0:
                self.message.show_info(self.tr("{code} {product} from {name} (loan {loan}), {days} day(s) late.")
                                       .format(code=line.sample_code, product=line.product_name,
                                               name=line.streamer_name, loan=line.loan_number,
                                               days=line.days_overdue))
            else:
                self.message.show_success(self.tr("{code} {product} from {name} (loan {loan}).").format(
                    code=line.sample_code, product=line.product_name, name=line.streamer_name,
                    loan=line.loan_number))
            self._update_summary()
        self.queue.finish(code)

    def _on_refused(self, generation: int, code: str, exc: Exception) -> None:
        if self.queue.is_current(generation):
            self.queue.cancel_confirm()
            self.message.show_error(describe(exc, self.ctx.tz))
        self.queue.finish(code)

    # -- the list ------------------------------------------------------------------------------
    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.model.rowCount() - 1

    def _sync_condition(self) -> None:
        row = self._selected_row()
        entries = self.model.entries()
        value = entries[row].condition if 0 <= row < len(entries) else ReturnCondition.GOOD.value
        self.condition.setCurrentIndex(self.condition.findData(value))

    def _condition_picked(self, _index: int) -> None:
        row = self._selected_row()
        if row >= 0:
            self.model.set_condition(row, self.condition.currentData())
        self._refocus()

    def _remove_line(self) -> None:
        row = self._selected_row()
        if row >= 0:
            code = self.model.codes()[row]
            self.model.remove_row(row)
            self.message.show_info(self.tr("{code} removed from the list.").format(code=code))
            self._update_summary()
        self._refocus()

    def start_over(self) -> None:
        self.queue.reset()
        self.model.clear()
        self.message.clear_message()
        self._update_summary()
        self._refocus()

    def _update_summary(self) -> None:
        entries = self.model.entries()
        not_good = sum(1 for e in entries if e.condition != ReturnCondition.GOOD.value)
        late = sum(1 for e in entries if e.line.days_overdue > 0)
        self.summary.setText(self.tr("{count} sample(s) to check in · {late} late · {bad} not in good "
                                     "condition").format(count=len(entries), late=late, bad=not_good))
        self._sync_condition()
        self._update_confirm()

    def _update_confirm(self) -> None:
        self.confirm.setEnabled(self.model.rowCount() > 0 and not self._submitting)
        self.condition.setEnabled(self.model.rowCount() > 0)
        self.remove_button.setEnabled(self.model.rowCount() > 0)

    # -- confirming ----------------------------------------------------------------------------
    def _on_confirm_requested(self) -> None:
        if not self._submitting:
            self.queue.confirm(self._confirm)

    def _confirm(self) -> None:
        entries = self.model.entries()
        if not entries:
            self.message.show_error(describe(EmptyBasket(), self.ctx.tz))
            self._refocus()
            return
        self._submitting = True
        self._update_confirm()
        self.message.show_info(self.tr("Recording the return…"))
        requests = [ReturnRequest(e.line.sample_code, e.condition, e.note) for e in entries]
        self.ctx.call_as_actor(returns.check_in, requests, on_success=self._on_recorded,
                               on_error=self._on_failed)

    def _on_failed(self, exc: Exception) -> None:
        self._submitting = False
        self.message.show_error(describe(exc, self.ctx.tz))
        self._update_confirm()
        self._refocus()
        self._replay_held_scans()

    def _on_recorded(self, result: CheckinResult) -> None:
        self._submitting = False
        count = sum(len(loan.returned) for loan in result.loans)
        self.start_over()
        self.result_view.show_result(result)
        self.message.show_success(self.tr("{count} sample(s) checked in.").format(count=count))
        self.returns_recorded.emit(result)
        self.ctx.announce("samples", "loans", "streamers")
        self._refocus()
        self._replay_held_scans()

    def _replay_held_scans(self) -> None:
        held, self._held_scans = self._held_scans, []
        for text in held:
            self._on_scanned(text)
