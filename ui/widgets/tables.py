"""One look for every table: sortable through a proxy on the models' sort role, whole-row selection."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from ui.models.row_model import ROW_ROLE, SORT_ROLE, RowTableModel


class RowTableView(QTableView):
    """A read-only QTableView over a RowTableModel, sorted by SORT_ROLE so numbers and dates sort right."""

    def __init__(
        self, model: RowTableModel, object_name: str, accessible_name: str, parent=None, sortable: bool = True
    ):
        super().__init__(parent)
        self.source = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.setModel(self.proxy)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        self.setSortingEnabled(sortable)
        if sortable:
            self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        model.modelReset.connect(self._fit_columns)

    def _fit_columns(self) -> None:
        if self.source.rowCount():
            self.resizeColumnsToContents()

    def selected_row(self):
        """The selected row's dataclass, or None."""
        indexes = self.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select_where(self, predicate) -> bool:
        """Select (and scroll to) the first row the predicate accepts; False when there is none."""
        source_row = self.source.find(predicate)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.source.index(source_row, 0))
        self.selectRow(index.row())
        self.scrollTo(index)
        return True


def section_title(text: str) -> QLabel:
    """A bold caption over a panel's part."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def detail_title(object_name: str) -> QLabel:
    """The large bold line at the top of a detail panel (what is selected)."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def detail_form(prefix: str, captions: tuple[tuple[str, str], ...]) -> tuple[QFormLayout, dict[str, QLabel]]:
    """A read-only form of selectable values, one per (key, caption); object names are prefix_key."""
    form = QFormLayout()
    fields: dict[str, QLabel] = {}
    for key, caption in captions:
        value = QLabel()
        value.setObjectName(f"{prefix}_{key}")
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(caption, value)
        fields[key] = value
    return form, fields


def message_label(object_name: str) -> QLabel:
    """An inline, word-wrapped line for errors and confirmations; hidden while empty."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


def show_message(label: QLabel, text: str, error: bool = False) -> None:
    label.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
    label.setText(text)
    label.setVisible(bool(text))


def keep_columns_fitted(table: QTableView, stretch_column: int, min_widths: dict[int, int] | None = None) -> None:
    """Fit every column to its contents after each change; one column takes the remaining width.

    Qt's ResizeToContents mode did not re-measure rows added after the view was shown (codes came
    out as "CS-0…"), so the columns are fitted explicitly when the model changes.
    """
    header = table.horizontalHeader()
    model = table.model()
    min_widths = min_widths or {}

    def fit(*_args) -> None:
        for column in range(model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch_column else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if column != stretch_column:
                table.resizeColumnToContents(column)
                header.resizeSection(column, max(header.sectionSize(column), min_widths.get(column, 0)))

    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.dataChanged, model.layoutChanged):
        signal.connect(fit)
    fit()


def lay_out_list_with_detail(
    owner, top: list, table: QTableView, detail, sizes: tuple[int, int], message: QLabel
) -> None:
    """The list screens' shape: a search row on top, the list beside its detail, a message below."""
    row = QHBoxLayout()
    for index, widget in enumerate(top):
        row.addWidget(widget, 1 if index == 0 else 0)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(table)
    splitter.addWidget(detail)
    splitter.setSizes(list(sizes))  # initial proportions of list and detail
    layout = QVBoxLayout(owner)
    layout.addLayout(row)
    layout.addWidget(splitter, 1)
    layout.addWidget(message)
