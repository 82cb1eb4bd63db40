"""The check-out basket: one row per scanned sample, each already checked by the service."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from showroom.services.views import BasketLine
from ui.formatting import money

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class BasketModel(QAbstractTableModel):
    COL_NUMBER, COL_CODE, COL_PRODUCT, COL_MERCHANT, COL_SHELF, COL_VALUE = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[BasketLine] = []

    # -- reading -------------------------------------------------------------------------------
    def lines(self) -> list[BasketLine]:
        return list(self._lines)

    def codes(self) -> list[str]:
        return [line.code for line in self._lines]

    def total_value_fen(self) -> int:
        return sum(line.value_fen for line in self._lines)

    # -- changing ------------------------------------------------------------------------------
    def set_lines(self, lines: list[BasketLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def clear(self) -> None:
        self.set_lines([])

    def append(self, line: BasketLine) -> None:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self.endInsertRows()

    def remove_row(self, row: int) -> BasketLine | None:
        if not 0 <= row < len(self._lines):
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        line = self._lines.pop(row)
        self.endRemoveRows()
        # Line numbers after the removed row shift down by one.
        if row < len(self._lines):
            self.dataChanged.emit(self.index(row, self.COL_NUMBER),
                                  self.index(len(self._lines) - 1, self.COL_NUMBER))
        return line

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_NUMBER: self.tr("#"),
            self.COL_CODE: self.tr("Sample"),
            self.COL_PRODUCT: self.tr("Product"),
            self.COL_MERCHANT: self.tr("Merchant"),
            self.COL_SHELF: self.tr("Shelf"),
            self.COL_VALUE: self.tr("Value"),
        }.get(section)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, col = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_NUMBER: str(index.row() + 1),
                self.COL_CODE: line.code,
                self.COL_PRODUCT: line.product_name,
                self.COL_MERCHANT: line.merchant_name,
                self.COL_SHELF: line.shelf,
                self.COL_VALUE: money(line.value_fen),
            }.get(col)
        if role == SORT_ROLE:
            return {self.COL_NUMBER: index.row(), self.COL_VALUE: line.value_fen}.get(
                col, self.data(index, Qt.ItemDataRole.DisplayRole))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_NUMBER, self.COL_VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
