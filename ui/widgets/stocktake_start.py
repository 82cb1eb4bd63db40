"""With no count open: the shelves to choose (none ticked is the whole showroom), Start, and the counts before."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from present import stocktake_text
from present.formatting import local_time
from showroom.services.stocktake_views import ShelfCount, StocktakeView
from ui.models.row_model import RowTableModel, time_key
from ui.widgets.accessibility import named
from ui.widgets.tables import RowTableView, section_title

SHELF_ROLE = Qt.ItemDataRole.UserRole + 1


class RecentCountsModel(RowTableModel[StocktakeView]):
    NUMBER, STARTED, SCOPE, STATUS, FIGURES = range(5)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [self.tr("Count"), self.tr("Started"), self.tr("Shelves"), self.tr("Status"), self.tr("Figures")]

    def display(self, row: StocktakeView, column: int) -> str:
        if column == self.NUMBER:
            return row.number
        if column == self.STARTED:
            return local_time(row.started_at, self._tz)
        if column == self.SCOPE:
            return stocktake_text.shelves(row.shelves)
        if column == self.STATUS:
            return stocktake_text.status(row.status)
        if column == self.FIGURES:
            return figures_text(row)
        return ""

    def sort_key(self, row: StocktakeView, column: int) -> Any:
        if column == self.STARTED:
            return time_key(row.started_at)
        return super().sort_key(row, column)


def figures_text(view: StocktakeView) -> str:
    t = view.totals
    return QCoreApplication.translate(
        "RecentCountsModel", "expected {expected} · found {found} · missing {missing} · unexpected {unexpected}"
    ).format(expected=t.expected, found=t.found, missing=t.missing, unexpected=t.unexpected)


class StartPanel(QWidget):
    start_requested = Signal(list)  # the shelves ticked; empty: the whole showroom

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self.setObjectName("stocktake_start_panel")
        self.shelves = named(QListWidget(self), "stocktake_shelves", self.tr("Shelves to count"))
        self.scope = named(QLabel(self), "stocktake_scope")
        self.start = named(QPushButton(self.tr("Start count"), self), "stocktake_start", self.tr("Start count"))
        self.start.setMinimumHeight(48)
        font = self.start.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.start.setFont(font)
        self.start.clicked.connect(lambda _checked=False: self.start_requested.emit(self.chosen()))
        self.hint = named(QLabel(self), "stocktake_start_hint")
        self.hint.setWordWrap(True)
        self.recent = RecentCountsModel(tz, self)
        self.recent_table = RowTableView(self.recent, "stocktake_recent", self.tr("Recent counts"), self)
        self.recent_table.sortByColumn(RecentCountsModel.STARTED, Qt.SortOrder.DescendingOrder)
        self.shelves.itemChanged.connect(lambda _item: self._say_scope())

        left = QVBoxLayout()
        left.addWidget(section_title(self.tr("Shelves to count (none ticked: the whole showroom)")))
        left.addWidget(self.shelves, 1)
        left.addWidget(self.scope)
        left.addWidget(self.start)
        left.addWidget(self.hint)
        right = QVBoxLayout()
        right.addWidget(section_title(self.tr("Recent counts")))
        right.addWidget(self.recent_table, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self._say_scope()

    def show_shelves(self, shelves: list[ShelfCount]) -> None:
        ticked = set(self.chosen())
        self.shelves.clear()
        for shelf in shelves:
            item = QListWidgetItem(
                self.tr("{shelf} · {count} in stock").format(
                    shelf=shelf.shelf or self.tr("(no shelf)"), count=shelf.in_stock
                )
            )
            item.setData(SHELF_ROLE, shelf.shelf)
            if shelf.shelf:  # samples with no shelf are counted with the whole showroom only
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if shelf.shelf in ticked else Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            self.shelves.addItem(item)
        self._say_scope()

    def tick(self, *shelves: str) -> None:
        for row in range(self.shelves.count()):
            item = self.shelves.item(row)
            if item.data(SHELF_ROLE) in shelves:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        items = (self.shelves.item(row) for row in range(self.shelves.count()))
        return [i.data(SHELF_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    def allow_start(self, may_start: bool) -> None:
        self.start.setEnabled(may_start)
        self.hint.setText("" if may_start else self.tr("A manager starts a count; clerks then scan."))

    def _say_scope(self) -> None:
        self.scope.setText(self.tr("Count: {shelves}").format(shelves=stocktake_text.shelves(self.chosen())))
