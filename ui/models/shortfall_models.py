"""The transfers screen's list of samples short on a transfer and not settled yet (plain rows of
showroom.services.shortfall_views.ShortSample): sent from here, for a manager to settle, or sent here, which may
still turn up."""

from __future__ import annotations

from PySide6.QtGui import QColor

from showroom.services.shortfall_views import ShortSample
from ui.models.row_model import OVERDUE_COLOR, WARNING_COLOR, RowTableModel


class ShortfallModel(RowTableModel[ShortSample]):
    def headers(self) -> list[str]:
        return [
            self.tr("Transfer"),
            self.tr("Code"),
            self.tr("Product"),
            self.tr("Sent to / from"),
            self.tr("Days since"),
            self.tr("To do"),
        ]

    def display(self, row: ShortSample, column: int) -> str:
        if column == 3:
            words = self.tr("to {showroom}") if row.direction == "out" else self.tr("from {showroom}")
            return words.format(showroom=row.other)
        if column == 5:
            if row.direction == "out":
                return self.tr("Found here, or declare it lost")
            return self.tr("Scan the slip, then the sample, if it turns up")
        return (row.number, row.code, row.product, "", str(row.days))[column]

    def sort_key(self, row: ShortSample, column: int):
        return row.days if column == 4 else super().sort_key(row, column)

    def align_right(self, column: int) -> bool:
        return column == 4

    def foreground(self, row: ShortSample, column: int) -> QColor | None:
        return OVERDUE_COLOR if row.direction == "out" else WARNING_COLOR
