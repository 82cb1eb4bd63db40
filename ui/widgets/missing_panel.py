"""The samples missing at stocktake, under the overdue call list: not lent to anyone, not declared lost, and
not on their shelf at the last count. Kept apart from lost so a manager walks the shelves for them first, and
puts one back in stock when it turns up."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from present.errors import describe
from present.formatting import local_time
from showroom.domain.model import Role
from showroom.services.found_again import put_back_found
from showroom.services.stocktake_views import MissingSampleLine, missing_samples
from ui.context import LatestAnswer
from ui.models.row_model import RowTableModel, time_key
from ui.widgets.counter_buttons import named_button
from ui.widgets.tables import RowTableView, message_label, show_message


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
        self.found_button = named_button(
            self,
            "missingFoundButton",
            self.tr("Found: back on its shelf"),
            self.tr("Found: back on its shelf"),
            self.found,
        )
        self.message = message_label("missingMessage")
        actions = QHBoxLayout()
        actions.addWidget(self.found_button)
        actions.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
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
        self._update_button()

    def _update_button(self) -> None:
        manager = Role(self.ctx.actor.role).at_least(Role.MANAGER)
        self.found_button.setEnabled(manager and self.table.selected_row() is not None)

    def found(self) -> None:
        """A manager puts the selected sample back in stock, on the shelf it was recorded on."""
        line = self.table.selected_row()
        if line is not None:
            self.ctx.call_as_actor(
                put_back_found,
                line.code,
                on_success=lambda code: show_message(
                    self.message, self.tr("{code} is in stock again.").format(code=code)
                ),
                on_error=lambda exc: show_message(self.message, describe(exc, self.ctx.tz), error=True),
            )
