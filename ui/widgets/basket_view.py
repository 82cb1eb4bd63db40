"""The check-out basket on screen: a title with count and value, the lines, and their buttons."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from present.formatting import money
from showroom.services.views import BasketLine
from ui.models.basket_model import BasketModel
from ui.widgets.counter_buttons import named_button
from ui.widgets.tables import keep_columns_fitted


class BasketView(QWidget):
    changed = Signal()  # a line was added or removed, or the basket emptied
    line_removed = Signal(object)  # BasketLine the clerk took out
    start_over = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = BasketModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("checkout_basket")
        self.table.setAccessibleName(self.tr("Samples to lend"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setObjectName("checkout_basket_rows")
        self.table.verticalHeader().setAccessibleName(self.tr("Line numbers"))
        header = self.table.horizontalHeader()
        header.setObjectName("checkout_basket_header")
        header.setAccessibleName(self.tr("Basket columns"))
        keep_columns_fitted(self.table, BasketModel.COL_PRODUCT)
        self.table.setWordWrap(False)
        self.title = QLabel(self)
        self.title.setObjectName("checkout_basket_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.remove_button = named_button(
            self,
            "checkout_remove",
            self.tr("Remove line"),
            self.tr("Remove the selected sample from the basket"),
            self.remove_selected,
        )
        self.reset_button = named_button(
            self,
            "checkout_reset",
            self.tr("Start over"),
            self.tr("Clear the streamer and the basket"),
            self.start_over.emit,
        )
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.remove_button)
        top.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._update)
        self._update()

    def codes(self) -> list[str]:
        return self.model.codes()

    def count(self) -> int:
        return self.model.rowCount()

    def add(self, line: BasketLine) -> None:
        self.model.append(line)
        self.table.selectRow(self.model.rowCount() - 1)
        self._update()
        self.changed.emit()

    def clear(self) -> None:
        self.model.clear()
        self.changed.emit()

    def remove_selected(self) -> BasketLine | None:
        """Removes the selected line, or the last one scanned when none is selected."""
        rows = self.table.selectionModel().selectedRows()
        line = self.model.remove_row(rows[0].row() if rows else self.count() - 1)
        if line is not None:
            self._update()
            self.line_removed.emit(line)
            self.changed.emit()
        return line

    def _update(self) -> None:
        self.title.setText(
            self.tr("Basket: {count} sample(s), value {value}").format(
                count=self.count(), value=money(self.model.total_value_fen())
            )
        )
        self.remove_button.setEnabled(self.count() > 0)
