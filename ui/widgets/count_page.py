"""A count on screen: its figures, its lines (filtered to what needs settling, what was unexpected or what was
not found), the settle bar, and the manager's buttons. The screen (ui.screens.stocktake) drives it."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QTableView, QVBoxLayout, QWidget

from present import stocktake_text
from present.formatting import local_time
from showroom.services.stocktake_views import CountLine, StocktakeView
from ui.models.count_line_model import CountLineFilter, CountLineModel
from ui.models.row_model import ROW_ROLE
from ui.widgets.accessibility import named
from ui.widgets.count_figures import CountFigures
from ui.widgets.counter_buttons import confirm_button, named_button
from ui.widgets.scan_field import is_suffix
from ui.widgets.settle_bar import SettleBar

# Fixed widths: measuring thousands of rows after every scan would slow the count down.
COLUMN_WIDTHS = (110, 200, 190, 100, 100, 170)


class CountPage(QWidget):
    line_chosen = Signal(object)  # the selected CountLine, or None
    typed_elsewhere = Signal(QKeyEvent)  # a key for the scan field that reached the lines instead

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stocktake_count_page")
        self.figures = CountFigures(self)
        self.filter = named(QComboBox(self), "stocktake_filter", self.tr("Lines shown"))
        for text, which in (
            (self.tr("All lines"), CountLineFilter.ALL),
            (self.tr("Needs settling"), CountLineFilter.NEEDS_SETTLING),
            (self.tr("Unexpected"), CountLineFilter.UNEXPECTED),
            (self.tr("Not found"), CountLineFilter.NOT_FOUND),
        ):
            self.filter.addItem(text, which)
        self.next_button = named_button(
            self, "stocktake_next_to_settle", self.tr("Ne&xt to settle"), self.tr("Next to settle"), self.next_to_settle
        )
        self.model = CountLineModel(self)
        self.proxy = CountLineFilter(self.model, self)
        self.table = self._lines_view()
        self.settle_bar = SettleBar(self)
        self.print_report = named_button(
            self, "stocktake_print", self.tr("Print report…"), self.tr("Print report"), _no
        )
        self.abandon = named_button(self, "stocktake_abandon", self.tr("Abandon count…"), self.tr("Abandon count"), _no)
        self.new_count = named_button(self, "stocktake_new_count", self.tr("New count"), self.tr("New count"), _no)
        self.finish = confirm_button(self, "stocktake_finish", self.tr("Finish count (F12)"), _no)
        self.filter.currentIndexChanged.connect(lambda _i: self.proxy.show_only(self.filter.currentData()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.line_chosen.emit(self.selected_line()))

        tools = QHBoxLayout()
        tools.addWidget(self.filter)
        tools.addWidget(self.next_button)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_report)
        buttons.addWidget(self.abandon)
        buttons.addStretch(1)
        buttons.addWidget(self.new_count)
        buttons.addWidget(self.finish)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figures)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.settle_bar)
        layout.addLayout(buttons)

    def _lines_view(self) -> QTableView:
        table = named(QTableView(self), "stocktake_lines", self.tr("Lines of the count"))
        table.setModel(self.proxy)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.installEventFilter(self)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        return table

    def show_count(self, view: StocktakeView, counting: bool, manager: bool) -> None:
        self.model.set_lines(view.lines)
        self.figures.show_totals(view.totals)
        # once finished, what matters is what was not found
        self.filter.setCurrentIndex(
            self.filter.findData(CountLineFilter.ALL if counting else CountLineFilter.NOT_FOUND)
        )
        for button in (self.finish, self.abandon):
            button.setVisible(counting)
            button.setEnabled(manager)
            button.setToolTip("" if manager else self.tr("Only a manager may do this."))
        self.next_button.setVisible(counting)
        self.settle_bar.setVisible(counting)
        self.new_count.setVisible(not counting)

    def add_line(self, line: CountLine) -> None:
        """A scan's line (or a settled one) in place; the view follows a new line to the bottom."""
        before = self.model.rowCount()
        self.model.add(line)
        if self.model.rowCount() > before:
            self.table.scrollToBottom()
        elif (chosen := self.selected_line()) is not None and chosen.code == line.code:
            self.line_chosen.emit(chosen)  # the selected line changed under the settle bar

    def selected_line(self) -> CountLine | None:
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select(self, code: str) -> bool:
        """Select a code's line (showing every line if the filter hides it); False when it is not listed."""
        row = self.model.row_of(code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.setCurrentIndex(self.filter.findData(CountLineFilter.ALL))
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def next_to_settle(self) -> bool:
        """Select the first line a manager must still settle; False when there is none."""
        code = next((line.code for line in self.model.lines() if line.needs_settling), None)
        return code is not None and self.select(code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A scan begun while the lines had the keyboard: its keys belong to the scan field.
        if watched is self.table and event.type() == QEvent.Type.KeyPress and self.finish.isVisible():
            plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            if (plain and event.text().isprintable() and event.text()) or (
                is_suffix(event) and event.key() != Qt.Key.Key_Tab
            ):
                self.typed_elsewhere.emit(event)
                return True
        return super().eventFilter(watched, event)


def count_heading(view: StocktakeView | None, tz: tzinfo) -> str:
    """The line over the count: which, of what, started or ended when and by whom, and its result once ended."""
    translate = QCoreApplication.translate
    if view is None:
        return translate("CountPage", "No count is open.")
    scope = stocktake_text.shelves(view.shelves)
    if view.status == "counting":
        return translate("CountPage", "Count {number} · {scope} · started {time} by {name}").format(
            number=view.number, scope=scope, time=local_time(view.started_at, tz), name=view.started_by
        )
    t = view.totals
    return translate(
        "CountPage",
        "Count {number} · {scope} · {status} {time} by {name}: {expected} expected, {found} found, "
        "{missing} missing, {unexpected} unexpected",
    ).format(
        number=view.number,
        scope=scope,
        status=stocktake_text.status(view.status),
        time=local_time(view.ended_at, tz),
        name=view.ended_by,
        expected=t.expected,
        found=t.found,
        missing=t.missing,
        unexpected=t.unexpected,
    )


def _no() -> None:
    """The screen connects the button's real action."""
