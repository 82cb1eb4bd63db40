"""The check-in list: one row per scanned sample with the loan it closes and its condition."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from present import labels
from present.formatting import local_time
from showroom.domain.model import ReturnCondition
from showroom.services.views import ReturnLine

OVERDUE_RED = QColor("#c62828")


@dataclass(frozen=True)
class ReturnEntry:
    """A scanned sample on its way back, with what the clerk says about its state."""

    line: ReturnLine
    condition: str = ReturnCondition.GOOD.value
    note: str = ""
    photo_ids: tuple[str, ...] = ()  # photos of its condition kept at the counter (showroom.services.photos)


CAMERA_MARK = "📷"


class ReturnModel(QAbstractTableModel):
    (COL_CODE, COL_PRODUCT, COL_LOAN, COL_STREAMER, COL_DUE, COL_LATE, COL_CONDITION, COL_NOTE) = range(8)
    COLUMN_COUNT = 8

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz
        self._entries: list[ReturnEntry] = []

    def entries(self) -> list[ReturnEntry]:
        return list(self._entries)

    def codes(self) -> list[str]:
        return [e.line.sample_code for e in self._entries]

    def set_entries(self, entries: list[ReturnEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def append(self, line: ReturnLine) -> int:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(ReturnEntry(line))
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._entries.pop(row)
            self.endRemoveRows()

    def add_photo(self, code: str, photo_id: str) -> int:
        """The line of `code` carries one more photo; returns its row (-1: no longer on the list)."""
        for row, entry in enumerate(self._entries):
            if entry.line.sample_code == code:
                self._entries[row] = replace(entry, photo_ids=(*entry.photo_ids, photo_id))
                self.dataChanged.emit(self.index(row, self.COL_CODE), self.index(row, self.COL_CODE))
                return row
        return -1

    def set_condition(self, row: int, condition: str) -> bool:
        return self.setData(self.index(row, self.COL_CONDITION), condition)

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_CODE: self.tr("Sample"),
            self.COL_PRODUCT: self.tr("Product"),
            self.COL_LOAN: self.tr("Loan"),
            self.COL_STREAMER: self.tr("Streamer"),
            self.COL_DUE: self.tr("Due"),
            self.COL_LATE: self.tr("Days late"),
            self.COL_CONDITION: self.tr("Condition"),
            self.COL_NOTE: self.tr("Note"),
        }.get(section)

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if index.isValid() and index.column() in (self.COL_CONDITION, self.COL_NOTE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, col = self._entries[index.row()], index.column()
        line = entry.line
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_CODE: f"{line.sample_code} {CAMERA_MARK}" if entry.photo_ids else line.sample_code,
                self.COL_PRODUCT: line.product_name,
                self.COL_LOAN: self.tr("for another showroom") if line.held else line.loan_number,
                self.COL_STREAMER: self.tr("loan of {showroom}").format(showroom=line.lender)
                if line.lender
                else line.streamer_name,
                self.COL_DUE: "" if line.held else local_time(line.due_at, self._tz, with_time=False),
                self.COL_LATE: str(line.days_overdue) if line.days_overdue > 0 else "",
                self.COL_CONDITION: labels.condition(entry.condition),
                self.COL_NOTE: entry.note,
            }.get(col)
        if role == Qt.ItemDataRole.EditRole:
            return {self.COL_CONDITION: entry.condition, self.COL_NOTE: entry.note}.get(col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (self.COL_DUE, self.COL_LATE) and line.days_overdue > 0:
                return QBrush(OVERDUE_RED)
            if col == self.COL_CONDITION and entry.condition != ReturnCondition.GOOD.value:
                return QBrush(OVERDUE_RED)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_LATE and line.days_overdue > 0:
            return self.tr("{days} day(s) overdue").format(days=line.days_overdue)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_CODE and entry.photo_ids:
            return self.tr("{count} photo(s) of its condition").format(count=len(entry.photo_ids))
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row, col = index.row(), index.column()
        entry = self._entries[row]
        if col == self.COL_CONDITION:
            if value not in {c.value for c in ReturnCondition}:
                return False
            self._entries[row] = replace(entry, condition=value)
        elif col == self.COL_NOTE:
            self._entries[row] = replace(entry, note=str(value or "").strip()[:300])
        else:
            return False
        self.dataChanged.emit(index, index)
        return True
