"""The Samples screen's table: one SampleRow per physical unit, overdue due dates in red.

At scale it holds one page at a time: `set_page` gives the first page and the total, the view asks
for more through canFetchMore/fetchMore as it scrolls (the screen fetches the next page off the GUI
thread and hands it to `append_rows`), and a header click asks the screen to sort in SQL (`sort`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from present import labels
from present.formatting import local_time, money
from showroom.domain.model import SampleStatus
from showroom.services.common import utcnow
from showroom.services.views import SampleRow
from ui.models.row_model import OVERDUE_COLOR, RowTableModel, time_key


class SampleTableModel(RowTableModel[SampleRow]):
    CODE, PRODUCT, MERCHANT, STATUS, SHELF, HOLDER, LOAN, DUE, VALUE = range(9)
    # the service's sort keys (showroom.services.samples.SORTS), by column
    SORT_FIELDS = ("code", "product", "merchant", "status", "shelf", "holder", "loan", "due", "value")

    more_wanted = Signal(int)  # the view scrolled to the end: the offset of the next page
    sort_wanted = Signal()  # a header click chose another order: query again

    def __init__(self, tz: tzinfo, clock: Callable[[], datetime] = utcnow, parent=None):
        super().__init__(parent)
        self._tz = tz
        self.clock = clock  # injectable so that "overdue" is exact in tests
        self._total: int | None = None  # None: every row is here
        self._waiting = False
        self._sort = ("code", False)

    # -- paging -------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[SampleRow]) -> None:
        self._total, self._waiting = None, False
        super().set_rows(rows)

    def set_page(self, rows: Sequence[SampleRow], total: int) -> None:
        """The first page of an answer; `total` rows match in all."""
        self.set_rows(rows)
        self._total = total

    def append_rows(self, offset: int, rows: Sequence[SampleRow]) -> None:
        """The next page; ignored unless it continues exactly where the loaded rows end."""
        self._waiting = False
        if offset != len(self._rows) or not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def total(self) -> int:
        return len(self._rows) if self._total is None else self._total

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._waiting and self._total is not None and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._waiting = True
            self.more_wanted.emit(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = (
            self.SORT_FIELDS[column] if 0 <= column < len(self.SORT_FIELDS) else "code",
            order == Qt.SortOrder.DescendingOrder,
        )
        if wanted != self._sort:
            self._sort = wanted
            self.sort_wanted.emit()

    def sort_order(self) -> tuple[str, bool]:
        """(service sort key, descending) of the order the header shows."""
        return self._sort

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Product"),
            self.tr("Merchant"),
            self.tr("Status"),
            self.tr("Shelf"),
            self.tr("Holder"),
            self.tr("Loan"),
            self.tr("Due"),
            self.tr("Value"),
        ]

    def is_overdue(self, row: SampleRow) -> bool:
        return row.status == SampleStatus.ON_LOAN.value and row.due_at is not None and row.due_at < self.clock()

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
