"""Sync → What came back from HQ…: the last catch-up after a restore or a recovery, said again whenever it is
wanted (showroom.sync.unrecovered), so the shelves can be walked and the renumbered papers reprinted later."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from present.catch_up_text import unrecovered_lines
from present.errors import describe
from showroom.sync.unrecovered import unrecovered_work
from ui.tasks import Lane
from ui.widgets.accessibility import name_qt_parts, named


class CatchUpDialog(QDialog):
    """Reads what the last catch-up could not get back in the database lane; the dialog shows it as it comes."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("catchUpDialog")
        self.setWindowTitle(self.tr("What came back from HQ"))
        self.text_label = named(QLabel(self.tr("Reading…")), "catchUpText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "closeButton", self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        name_qt_parts(self)
        ctx.tasks.run(Lane.DB, lambda: unrecovered_work(ctx.store.uow()), self._show, self._failed)

    def _show(self, unrecovered) -> None:
        self.text_label.setText("\n\n".join(unrecovered_lines(unrecovered, self.ctx.tz)))

    def _failed(self, exc: Exception) -> None:
        self.text_label.setText(describe(exc))
