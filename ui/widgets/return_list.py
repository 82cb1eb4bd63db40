"""The check-in list on screen: the returned samples, the condition of the selected one, its buttons.

Keyboard alone: on the selected line the keys 1, 2 and 3 set good, damaged or parts missing, and p asks for a
photo of its condition (lower-case only: codes are upper-case, so no scan begins with it); Tab
leaves the table (it never walks cell by cell); anything else typed there is a scan meant for the
scan field, and is handed over (`typed_elsewhere`) instead of searching the table.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from present import labels
from showroom.domain.model import ReturnCondition
from showroom.services.views import ReturnLine
from ui.models.return_model import ReturnEntry, ReturnModel
from ui.widgets.condition_delegate import ConditionDelegate
from ui.widgets.counter_buttons import named_button
from ui.widgets.tables import keep_columns_fitted

CONDITION_KEYS = {
    Qt.Key.Key_1: ReturnCondition.GOOD,
    Qt.Key.Key_2: ReturnCondition.DAMAGED,
    Qt.Key.Key_3: ReturnCondition.PARTS_MISSING,
}


class ReturnListView(QWidget):
    changed = Signal()  # a line added or removed, or a condition set
    condition_set = Signal(int)  # row whose condition the clerk set
    line_removed = Signal(str)  # the sample code taken off the list
    start_over = Signal()
    editing_done = Signal()  # a cell editor closed: the scan field may take the keyboard back
    typed_elsewhere = Signal(QKeyEvent)
    photo_wanted = Signal(int)  # row whose condition the clerk wants to photograph

    def __init__(self, tz, parent=None):
        super().__init__(parent)
        self.model = ReturnModel(tz, self)
        self.model.dataChanged.connect(lambda *_: self.changed.emit())
        self.table = QTableView(self)
        self.table.setObjectName("checkin_basket")
        self.table.setAccessibleName(self.tr("Samples being returned"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab moves on to the next control, never cell by cell
        self.table.installEventFilter(self)
        self.delegate = ConditionDelegate(self.table)
        self.table.setItemDelegateForColumn(ReturnModel.COL_CONDITION, self.delegate)
        self.delegate.closeEditor.connect(lambda *_: self.editing_done.emit())
        self.table.itemDelegate().closeEditor.connect(lambda *_: self.editing_done.emit())
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
        self.condition.activated.connect(lambda _index: self.set_condition(self.condition.currentData()))
        self.keys_hint = QLabel(
            self.tr("Keys on the selected line: 1 good · 2 damaged · 3 parts missing · P photo"), self
        )
        self.keys_hint.setObjectName("checkin_condition_keys")
        self.keys_hint.setStyleSheet("color:#555;")
        self.remove_button = named_button(
            self,
            "checkin_remove",
            self.tr("Remove line"),
            self.tr("Remove the selected sample from the list"),
            self.remove_selected,
        )
        self.photo_button = named_button(
            self,
            "checkin_photo",
            self.tr("Photo…"),
            self.tr("Add a photo of the selected sample's condition (key P)"),
            self.want_photo,
        )
        self.reset_button = named_button(
            self,
            "checkin_reset",
            self.tr("Start over"),
            self.tr("Clear the list of returned samples"),
            self.start_over.emit,
        )
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Condition of selected sample:"), self))
        tools.addWidget(self.condition)
        tools.addWidget(self.keys_hint, 1)
        tools.addWidget(self.photo_button)
        tools.addWidget(self.remove_button)
        tools.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        self.changed.connect(self._update)
        self._update()

    # -- reading -------------------------------------------------------------------------------
    def entries(self) -> list[ReturnEntry]:
        return self.model.entries()

    def codes(self) -> list[str]:
        return self.model.codes()

    def count(self) -> int:
        return self.model.rowCount()

    def selected_row(self) -> int:
        """The selected line, or the last one scanned when none is selected (-1: the list is empty)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.count() - 1

    # -- changing ------------------------------------------------------------------------------
    def append(self, line: ReturnLine) -> None:
        row = self.model.append(line)
        self.table.selectRow(row)
        self.changed.emit()

    def set_condition(self, value: str) -> int:
        """Sets the selected (else the last) line's condition; returns its row, -1 when the list is empty."""
        row = self.selected_row()
        if row >= 0 and self.model.set_condition(row, value):
            self.condition_set.emit(row)
        return row

    def want_photo(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.photo_wanted.emit(row)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            code = self.codes()[row]
            self.model.remove_row(row)
            self.line_removed.emit(code)
            self.changed.emit()

    def clear(self) -> None:
        self.model.clear()
        self.changed.emit()

    def _update(self) -> None:
        self._sync_condition()
        for widget in (self.condition, self.remove_button, self.photo_button):
            widget.setEnabled(self.count() > 0)

    def _sync_condition(self) -> None:
        row, entries = self.selected_row(), self.entries()
        value = entries[row].condition if 0 <= row < len(entries) else ReturnCondition.GOOD.value
        self.condition.setCurrentIndex(self.condition.findData(value))

    # -- keys on the table ---------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table or event.type() != QEvent.Type.KeyPress:
            return False
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        if event.key() in CONDITION_KEYS and plain and self.count():
            self.set_condition(CONDITION_KEYS[event.key()].value)
            return True
        if event.text() == "p" and plain and self.count():
            self.want_photo()
            return True
        if plain and event.text().isprintable() and event.text().strip():
            self.typed_elsewhere.emit(QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
            return True
        return False
