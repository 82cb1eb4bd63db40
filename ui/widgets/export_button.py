"""Export… for any list: writes what the table model shows (its headers and texts) to CSV or XLSX.

Money columns are written as numbers when the model says so (`export_value`), so a spreadsheet sums them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QTableView

from kernel.exports import Fen, table_bytes
from ui.models.row_model import RowTableModel
from ui.widgets.tables import show_message

_MONEY = re.compile(r"^(-?)¥([\d,]+)\.(\d\d)$")  # how printing.words.money writes it


def as_value(text: str) -> object:
    """A shown amount of money becomes a number in the file; any other text stays text."""
    match = _MONEY.match(text)
    if not match:
        return text
    fen = int(match.group(2).replace(",", "")) * 100 + int(match.group(3))
    return Fen(-fen if match.group(1) else fen)


def model_table(model: RowTableModel, view: QTableView | None = None) -> tuple[list[str], list[list[object]]]:
    """Headers and rows as shown, in the view's sort order when a view is given."""
    if hasattr(model, "export_table"):  # a tree (the call list) lays out its own rows
        return model.export_table(view)
    headers = model.headers()
    if view is not None and view.model() is not model:
        proxy = view.model()
        order = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]
    else:
        order = list(range(model.rowCount()))
    value = getattr(model, "export_value", None)
    rows = []
    for r in order:
        row = model.row_at(r)
        rows.append([value(row, c) if value else as_value(model.display(row, c)) for c in range(len(headers))])
    return headers, rows


class ExportButton(QPushButton):
    """`exported(path)` after a file is written; `failed(text)` when it cannot be."""

    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        model: RowTableModel,
        view: QTableView | None,
        file_stem: str,
        parent=None,
        message: QLabel | None = None,
        complete: Callable[[Callable[[], None]], None] | None = None,
    ):
        """`complete(then)`, for a model that loads its rows page by page: loads every row, then calls then()."""
        super().__init__(parent)
        self.model, self.view, self.file_stem, self.complete = model, view, file_stem, complete
        if message is not None:  # the screen's message line says where the file went, or why not
            self.exported.connect(lambda path: show_message(message, self.tr("Exported to {path}.").format(path=path)))
            self.failed.connect(lambda text: show_message(message, text, error=True))
        self.setText(self.tr("Export…"))
        self.setObjectName("exportButton")
        self.setAccessibleName(self.tr("Export the list to a CSV or Excel file"))
        self.setToolTip(self.tr("Save this list as a CSV or Excel (XLSX) file"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # the counter's scan field keeps the focus
        self.clicked.connect(self.choose_and_export)

    def choose_and_export(self) -> None:
        excel, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export list"), str(Path.home() / f"{self.file_stem}.xlsx"), f"{excel};;{csv}"
        )
        if path:
            if Path(path).suffix.lower() not in (".xlsx", ".csv"):
                path += ".csv" if chosen == csv else ".xlsx"
            self.export_all_to(Path(path))

    def export_all_to(self, path: Path) -> None:
        """Every row of the list, not only the pages scrolled into view so far."""
        if self.complete is None:
            self.export_to(path)
            return
        self.setEnabled(False)

        def then() -> None:
            self.setEnabled(True)
            self.export_to(path)

        self.complete(then)

    def export_to(self, path: Path) -> None:
        headers, rows = model_table(self.model, self.view)
        try:
            path.write_bytes(table_bytes(path, headers, rows, self.file_stem))
        except (OSError, ValueError) as exc:
            self.failed.emit(self.tr("Could not export to {path}: {problem}").format(path=path, problem=exc))
            return
        self.exported.emit(str(path))
