"""The returns this counter took for other showrooms, one row each (showroom.services.elsewhere_views)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from present import elsewhere_text, labels
from present.formatting import local_time
from showroom.services.elsewhere_views import NEEDS_MANAGER, WAITING, ReturnForOthers
from ui.models.row_model import OVERDUE_COLOR, WARNING_COLOR, RowTableModel, time_key


class ElsewhereReturnModel(RowTableModel[ReturnForOthers]):
    (COL_CODE, COL_PRODUCT, COL_LENDER, COL_LOAN, COL_CONDITION, COL_WHEN, COL_WHO, COL_STATE) = range(8)

    def __init__(self, tz, parent=None):
        super().__init__(parent)
        self.tz = tz

    def headers(self) -> list[str]:
        return [
            self.tr("Sample"),
            self.tr("Product"),
            self.tr("Lending showroom"),
            self.tr("Loan"),
            self.tr("Condition"),
            self.tr("Taken back"),
            self.tr("By"),
            self.tr("State"),
        ]

    def display(self, row: ReturnForOthers, column: int) -> str:
        lender = f"{row.lender_name} ({row.lender_code})" if row.lender_name else row.lender_code
        values = (
            row.code,
            row.product_name or "—",
            lender,
            row.loan_number or "—",
            labels.condition(row.condition),
            local_time(row.returned_at, self.tz),
            row.taken_by,
            elsewhere_text.state(row.state),
        )
        return values[column]

    def sort_key(self, row: ReturnForOthers, column: int):
        return time_key(row.returned_at) if column == self.COL_WHEN else super().sort_key(row, column)

    def foreground(self, row: ReturnForOthers, column: int) -> QColor | None:
        if column != self.COL_STATE:
            return None
        if row.state in NEEDS_MANAGER:
            return OVERDUE_COLOR
        return WARNING_COLOR if row.state in WAITING else None

    def tooltip(self, row: ReturnForOthers, column: int) -> str | None:
        return elsewhere_text.explain(row) if column == self.COL_STATE else None
