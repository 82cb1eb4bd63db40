"""The Samples screen's table: one SampleRow per physical unit, overdue due dates in red."""
from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any, Callable

from PySide6.QtGui import QColor

from showroom.domain.model import SampleStatus
from showroom.services.common import utcnow
from showroom.services.views import SampleRow
from ui import labels
from ui.formatting import local_time, money
from ui.models.row_model import OVERDUE_COLOR, RowTableModel, time_key


class SampleTableModel(RowTableModel[SampleRow]):
    CODE, PRODUCT, MERCHANT, STATUS, SHELF, HOLDER, LOAN, DUE, VALUE = range(9)

    def __init__(self, tz: tzinfo, clock: Callable[[], datetime] = utcnow, parent=None):
        super().__init__(parent)
        self._tz = tz
        self.clock = clock   # injectable so that "overdue" is exact in tests

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Product"), self.tr("Merchant"), self.tr("Status"),
                self.tr("Shelf"), self.tr("Holder"), self.tr("Loan"), self.tr("Due"), self.tr("Value")]

    def is_overdue(self, row: SampleRow) -> bool:
        return (row.status == SampleStatus.ON_LOAN.value and row.due_at is not None
                and row.due_at < self.clock())

    def display(self, row: SampleRow, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.PRODUCT:
            return row.product_name
        if column == self.MERCHANT:
            return row.merchant_name
        if column == self.STATUS:
            return labels.sample_status(row.status)
        if column == self.SHELF:
            return row.shelf
        if column == self.HOLDER:
            return row.holder_name or ""
        if column == self.LOAN:
            return row.loan_number or ""
        if column == self.DUE:
            return local_time(row.due_at, self._tz)
        if column == self.VALUE:
            return money(row.value_fen)
        return ""

    def sort_key(self, row: SampleRow, column: int) -> Any:
        if column == self.DUE:
            return time_key(row.due_at)
        if column == self.VALUE:
            return row.value_fen
        return super().sort_key(row, column)

    def foreground(self, row: SampleRow, column: int) -> QColor | None:
        if column == self.DUE and self.is_overdue(row):
            return OVERDUE_COLOR
        return None

    def tooltip(self, row: SampleRow, column: int) -> str | None:
        if column == self.DUE and self.is_overdue(row):
            return self.tr("Overdue")
        if row.condition_note:
            return row.condition_note
        return None

    def align_right(self, column: int) -> bool:
        return column == self.VALUE
