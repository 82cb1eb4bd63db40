"""One sample's history: every movement in order, with who, for whom, on which loan."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from present import labels
from present.formatting import local_time
from showroom.services.views import HistoryEntry
from ui.models.row_model import RowTableModel, time_key


class HistoryTableModel(RowTableModel[HistoryEntry]):
    TIME, MOVEMENT, STAFF, STREAMER, LOAN, DETAIL = range(6)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [
            self.tr("Time"),
            self.tr("Movement"),
            self.tr("Staff"),
            self.tr("Streamer"),
            self.tr("Loan"),
            self.tr("Detail"),
        ]

    def display(self, row: HistoryEntry, column: int) -> str:
        return {
            self.TIME: local_time(row.at, self._tz),
            self.MOVEMENT: labels.movement(row.kind),
            self.STAFF: row.staff_name,
            self.STREAMER: row.streamer_name or "",
            self.LOAN: row.loan_number or "",
            self.DETAIL: self._detail(row),
        }.get(column, "")

    @staticmethod
    def _detail(row: HistoryEntry) -> str:
        if row.kind == "checked_in":
            return labels.condition(row.detail)  # the condition it came back in
        if row.detail == row.loan_number:
            return ""  # already in the Loan column
        return row.detail

    def sort_key(self, row: HistoryEntry, column: int) -> Any:
        if column == self.TIME:
            return time_key(row.at)
        return super().sort_key(row, column)
