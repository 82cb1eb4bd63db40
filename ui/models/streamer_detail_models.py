"""The Streamers screen's detail tables: what a streamer holds now, and every loan they took."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtGui import QColor

from present.formatting import local_time, money
from showroom.services.views import HoldingLine, LoanSummary
from ui.models.row_model import OVERDUE_COLOR, RowTableModel, time_key


class HoldingTableModel(RowTableModel[HoldingLine]):
    CODE, PRODUCT, LOAN, OUT, DUE, OVERDUE, VALUE = range(7)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Product"),
            self.tr("Loan"),
            self.tr("Out since"),
            self.tr("Due"),
            self.tr("Days overdue"),
            self.tr("Value"),
        ]

    def display(self, row: HoldingLine, column: int) -> str:
        return {
            self.CODE: row.sample_code,
            self.PRODUCT: row.product_name,
            self.LOAN: row.loan_number,
            self.OUT: local_time(row.out_at, self._tz),
            self.DUE: local_time(row.due_at, self._tz),
            self.OVERDUE: str(row.days_overdue) if row.days_overdue > 0 else "",
            self.VALUE: money(row.value_fen),
        }.get(column, "")

    def sort_key(self, row: HoldingLine, column: int) -> Any:
        if column == self.OUT:
            return time_key(row.out_at)
        if column == self.DUE:
            return time_key(row.due_at)
        if column == self.OVERDUE:
            return row.days_overdue
        if column == self.VALUE:
            return row.value_fen
        return super().sort_key(row, column)

    def foreground(self, row: HoldingLine, column: int) -> QColor | None:
        if row.days_overdue > 0 and column in (self.DUE, self.OVERDUE):
            return OVERDUE_COLOR
        return None

    def align_right(self, column: int) -> bool:
        return column in (self.OVERDUE, self.VALUE)


class LoanSummaryTableModel(RowTableModel[LoanSummary]):
    NUMBER, OPENED, DUE, CLOSED, ITEMS, RETURNED, LOST, DEPOSIT, STAFF = range(9)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [
            self.tr("Loan"),
            self.tr("Opened"),
            self.tr("Due"),
            self.tr("Closed"),
            self.tr("Items"),
            self.tr("Returned"),
            self.tr("Lost"),
            self.tr("Deposit"),
            self.tr("Staff"),
        ]

    def display(self, row: LoanSummary, column: int) -> str:
        return {
            self.NUMBER: row.number,
            self.OPENED: local_time(row.opened_at, self._tz),
            self.DUE: local_time(row.due_at, self._tz),
            self.CLOSED: local_time(row.closed_at, self._tz),
            self.ITEMS: str(row.items),
            self.RETURNED: str(row.returned),
            self.LOST: str(row.lost) if row.lost else "",
            self.DEPOSIT: money(row.deposit_fen),
            self.STAFF: row.staff_name,
        }.get(column, "")

    def sort_key(self, row: LoanSummary, column: int) -> Any:
        if column in (self.OPENED, self.DUE, self.CLOSED):
            return time_key({self.OPENED: row.opened_at, self.DUE: row.due_at, self.CLOSED: row.closed_at}[column])
        if column in (self.ITEMS, self.RETURNED, self.LOST, self.DEPOSIT):
            return {
                self.ITEMS: row.items,
                self.RETURNED: row.returned,
                self.LOST: row.lost,
                self.DEPOSIT: row.deposit_fen,
            }[column]
        return super().sort_key(row, column)

    def foreground(self, row: LoanSummary, column: int) -> QColor | None:
        if row.lost and column == self.LOST:
            return OVERDUE_COLOR
        return None

    def align_right(self, column: int) -> bool:
        return column in (self.ITEMS, self.RETURNED, self.LOST, self.DEPOSIT)
