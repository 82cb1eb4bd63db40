"""The samples missing at stocktake, under the overdue call list: not lent to anyone, not declared lost, and
not on their shelf at the last count. Kept apart from lost so a manager walks the shelves for them first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from present.formatting import local_time
from showroom.services.stocktake_views import MissingSampleLine, missing_samples
from ui.context import LatestAnswer
from ui.models.row_model import RowTableModel, time_key
from ui.widgets.tables import RowTableView


class MissingModel(RowTableModel[MissingSampleLine]):
    CODE, PRODUCT, SHELF, SINCE, COUNT = range(5)

    def __init__(self, tz, parent=None):
        super().__init__(parent)
        self.tz = tz

    def headers(self) -> list[str]:
        return [self.tr("Sample"), self.tr("Product"), self.tr("Shelf"), self.tr("Missing since"), self.tr("Count")]

    def display(self, row: MissingSampleLine, column: int) -> str:
        if column == self.SINCE:
            return local_time(row.since, self.tz)
        return (row.code, row.product_name, row.shelf, "", row.stocktake_number)[column]

    def sort_key(self, row: MissingSampleLine, column: int):
        return time_key(row.since) if column == self.SINCE else super().sort_key(row, column)


class MissingPanel(QWidget):
    """Hidden while nothing is missing."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("missingPanel")
        self._query = LatestAnswer(ctx)
        self.title = QLabel()
        self.title.setObjectName("missingTitle")
        self.title.setStyleSheet("font-weight: bold; color: #e65100;")
        self.model = MissingModel(ctx.tz, self)
        self.table = RowTableView(self.model, "missingTable", self.tr("Samples missing at stocktake"), self)
        self.table.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        self.setVisible(False)

    def refresh(self) -> None:
        self._query.call(missing_samples, on_success=self._show, on_error=lambda exc: None)

    def _show(self, lines: list[MissingSampleLine]) -> None:
        self.model.set_rows(lines)
        self.title.setText(
            self.tr(
                "{count} sample(s) missing at stocktake: not found on their shelf at the last count. "
                "Look for them before declaring them lost."
            ).format(count=len(lines))
        )
        self.setVisible(bool(lines))
