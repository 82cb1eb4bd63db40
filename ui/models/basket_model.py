"""The check-out basket: one row per scanned sample, each already checked by the service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex

from present.formatting import money
from showroom.services.views import BasketLine
from ui.models.row_model import RowTableModel


class BasketModel(RowTableModel[BasketLine]):
    """Grows one scan at a time (rows inserted, not reset), so the view keeps its selection."""

    COL_NUMBER, COL_CODE, COL_PRODUCT, COL_MERCHANT, COL_SHELF, COL_VALUE = range(6)

    # -- what the columns show -----------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Sample"),
            self.tr("Product"),
            self.tr("Merchant"),
            self.tr("Shelf"),
            self.tr("Value"),
        ]

    def display(self, line: BasketLine, column: int) -> str:
        return {
            self.COL_NUMBER: str(self._rows.index(line) + 1),
            self.COL_CODE: line.code,
            self.COL_PRODUCT: line.product_name,
            self.COL_MERCHANT: line.merchant_name,
            self.COL_SHELF: line.shelf,
            self.COL_VALUE: money(line.value_fen),
        }.get(column, "")

    def sort_key(self, line: BasketLine, column: int) -> Any:
        if column == self.COL_NUMBER:
            return self._rows.index(line)
        if column == self.COL_VALUE:
            return line.value_fen
        return super().sort_key(line, column)

    def align_right(self, column: int) -> bool:
        return column in (self.COL_NUMBER, self.COL_VALUE)

    # -- reading -------------------------------------------------------------------------------
    def lines(self) -> list[BasketLine]:
        return self.rows()

    def codes(self) -> list[str]:
        return [line.code for line in self._rows]

    def total_value_fen(self) -> int:
        return sum(line.value_fen for line in self._rows)

    # -- changing ------------------------------------------------------------------------------
    def clear(self) -> None:
        self.set_rows([])

    def append(self, line: BasketLine) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(line)
        self.endInsertRows()

    def remove_row(self, row: int) -> BasketLine | None:
        if not 0 <= row < len(self._rows):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self._rows.pop(row)
        self.endRemoveRows()
        # Line numbers after the removed row shift down by one.
        if row < len(self._rows):
            self.dataChanged.emit(self.index(row, self.COL_NUMBER), self.index(len(self._rows) - 1, self.COL_NUMBER))
        return line
