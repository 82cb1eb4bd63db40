"""Samples short on a transfer and not settled yet, under the overdue call list, so a manager chasing what is
missing sees them too. Read-only: they are settled on the transfers screen (F10), which a button opens; the rows
are the transfers screen's own (ShortfallModel). Hidden while none waits."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from showroom.services.shortfall_views import ShortSample, list_shortfalls
from ui.context import LatestAnswer
from ui.models.shortfall_models import ShortfallModel
from ui.widgets.counter_buttons import named_button
from ui.widgets.tables import RowTableView

TRANSFERS_SCREEN = "transfers_screen"  # its object name in the main window's stack


class ShortfallPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("shortfallPanel")
        self._query = LatestAnswer(ctx)
        self.title = QLabel()
        self.title.setObjectName("shortfallTitle")
        self.title.setStyleSheet("font-weight: bold; color: #e65100;")
        self.model = ShortfallModel(self)
        self.table = RowTableView(
            self.model, "shortfallTable", self.tr("Samples short on transfers, not settled"), self
        )
        self.table.setMaximumHeight(160)
        self.open_button = named_button(
            self,
            "shortfallOpenTransfers",
            self.tr("Open Transfers (F10)"),
            self.tr("Open Transfers"),
            self.open_transfers,
        )
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.setVisible(False)

    def refresh(self) -> None:
        self._query.call(list_shortfalls, on_success=self._show, on_error=lambda exc: None)

    def _show(self, rows: list[ShortSample]) -> None:
        self.model.set_rows(rows)
        self.title.setText(
            self.tr("Short on transfers, not settled ({count}): settled on the Transfers screen (F10).").format(
                count=len(rows)
            )
        )
        self.setVisible(bool(rows))

    def open_transfers(self) -> None:
        """Switch the main window to the transfers screen; nothing when the panel stands outside one."""
        window = self.window()
        screens = getattr(window, "screens", [])
        index = next((i for i, screen in enumerate(screens) if screen.objectName() == TRANSFERS_SCREEN), None)
        if index is not None:
            window.show_screen(index)
