"""A read-only table over a list of plain rows (frozen dataclasses), the base of every screen table.

Subclasses say what each column shows (`display`), how it sorts (`sort_key`) and how it looks
(`foreground`, `align_right`); rows are replaced wholesale with a model reset.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Row = TypeVar("Row")

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value of one type per column: str, int or float
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row dataclass itself

OVERDUE_COLOR = QColor("#c62828")
WARNING_COLOR = QColor("#e65100")

# Empty dates sort after every real one, in either direction they stay together.
NO_TIME = float("inf")

_Index = QModelIndex | QPersistentModelIndex


def time_key(dt: datetime | None) -> float:
    return dt.timestamp() if dt is not None else NO_TIME


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Row] = []

    # -- what subclasses describe -------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: Row, column: int) -> Any:
        return self.display(row, column).casefold()

    def foreground(self, row: Row, column: int) -> QColor | None:
        return None

    def tooltip(self, row: Row, column: int) -> str | None:
        return None

    def align_right(self, column: int) -> bool:
        return False

    # -- rows -----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def find(self, predicate) -> int:
        """The first row number the predicate accepts, or -1."""
        return next((i for i, r in enumerate(self._rows) if predicate(r)), -1)

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.foreground(row, column)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.align_right(column):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)
