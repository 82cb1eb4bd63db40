"""The lines of a stocktake: one row per code scanned (then the samples not found), in the order scanned.

A count may run to thousands of scans, so a scan appends one row (beginInsertRows) and a settlement
changes one row (dataChanged); the whole list is reset only when a count is opened. Rows are found by
code through a dict, never by walking the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from present import stocktake_text
from showroom.domain.stocktake import UNEXPECTED, CountOutcome
from showroom.services.stocktake_views import CountLine
from ui.models.row_model import ROW_ROLE

_Index = QModelIndex | QPersistentModelIndex
_UNEXPECTED = {o.value for o in UNEXPECTED}
NEEDS_SETTLING_BACKGROUND = QColor("#ffe0b2")  # orange: a manager must settle it before the count can finish
SETTLED_BACKGROUND = QColor("#fff8e1")  # pale yellow: unexpected, settled
NOT_FOUND_COLOR = QColor("#c62828")


class CountLineModel(QAbstractTableModel):
    CODE, PRODUCT, MEANING, SHELF, RECORDED_SHELF, HOLDER, SETTLEMENT = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[CountLine] = []
        self._row_of: dict[str, int] = {}

    def set_lines(self, lines) -> None:
        """A count opened (or finished): the only full reload."""
        self.beginResetModel()
        self._lines = list(lines)
        self._row_of = {line.code: row for row, line in enumerate(self._lines)}
        self.endResetModel()

    def add(self, line: CountLine) -> int:
        """A scan's line at the end, or the line of a code already listed brought up to date; its row."""
        row = self._row_of.get(line.code)
        if row is not None:
            self.replace(line)
            return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self._row_of[line.code] = row
        self.endInsertRows()
        return row

    def replace(self, line: CountLine) -> None:
        row = self._row_of[line.code]
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, code: str) -> int:
        return self._row_of.get(code, -1)

    def line_at(self, row: int) -> CountLine:
        return self._lines[row]

    def lines(self) -> list[CountLine]:
        return list(self._lines)

    def codes(self) -> list[str]:
        return [line.code for line in self._lines]

    # -- Qt -------------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [
                self.tr("Code"),
                self.tr("Product"),
                self.tr("What it meant"),
                self.tr("Found on shelf"),
                self.tr("Recorded shelf"),
                self.tr("Held by"),
                self.tr("Settlement"),
            ][section]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(line, index.column())
        if role == ROW_ROLE:
            return line
        if role == Qt.ItemDataRole.BackgroundRole and line.outcome in _UNEXPECTED:
            return QBrush(NEEDS_SETTLING_BACKGROUND if line.needs_settling else SETTLED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and line.outcome == CountOutcome.NOT_FOUND:
            return QBrush(NOT_FOUND_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and line.outcome in _UNEXPECTED:
            return QBrush(QColor("#202020"))  # dark on the pale backgrounds, whatever the desktop theme
        return None

    def display(self, line: CountLine, column: int) -> str:
        if column == self.CODE:
            return line.code
        if column == self.PRODUCT:
            return line.product_name
        if column == self.MEANING:
            return stocktake_text.outcome(line.outcome)
        if column == self.SHELF:
            return line.shelf if line.outcome != CountOutcome.NOT_FOUND else ""
        if column == self.RECORDED_SHELF:
            return line.recorded_shelf
        if column == self.HOLDER:
            return line.holder
        if column == self.SETTLEMENT and line.outcome in _UNEXPECTED:
            words = stocktake_text.settlement(line.settlement)
            return f"{words} · {line.note}" if line.note else words
        return ""


class CountLineFilter(QSortFilterProxyModel):
    """Which lines show: all, those a manager must still settle, every unexpected one, or those not found."""

    ALL, NEEDS_SETTLING, UNEXPECTED, NOT_FOUND = range(4)

    def __init__(self, source: CountLineModel, parent=None):
        super().__init__(parent)
        self._show = self.ALL
        self.setSourceModel(source)

    def show_only(self, which: int) -> None:
        self.beginFilterChange()
        self._show = which
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def showing(self) -> int:
        return self._show

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._show == self.ALL:
            return True
        line = self.sourceModel().line_at(source_row)
        if self._show == self.NEEDS_SETTLING:
            return line.needs_settling
        if self._show == self.UNEXPECTED:
            return line.outcome in _UNEXPECTED
        return line.outcome == CountOutcome.NOT_FOUND
