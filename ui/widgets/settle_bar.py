"""Under a count's lines: how the selected unexpected find may be settled (a manager's buttons, Alt+1, Alt+2),
with the note that leaving a find as it is needs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

from present import stocktake_text
from showroom.services.stocktake_views import CountLine
from ui.widgets.accessibility import named


class SettleBar(QFrame):
    settle_requested = Signal(str, str, str)  # code, settlement, note

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stocktake_settle_bar")
        self.line: CountLine | None = None
        self.about = named(QLabel(self), "stocktake_settle_about")
        self.about.setWordWrap(True)
        self.note = named(QLineEdit(self), "stocktake_settle_note", self.tr("Settlement note"))
        self.note.setPlaceholderText(self.tr("Note (needed to leave it as it is)"))
        self.note.setMaxLength(300)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.about, 1)
        self._layout.addWidget(note_label)
        self._layout.addWidget(self.note, 1)
        self.buttons: list[QPushButton] = []
        self.show_line(None, False)

    def show_line(self, line: CountLine | None, may_settle: bool) -> None:
        """The selected line (None: nothing selected) and whether the one at the counter may settle it."""
        self.line = line
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        if line is None:
            self.about.setText(self.tr("Select an unexpected line (or scan it again) to settle it."))
        elif line.settlement:
            self.about.setText(
                self.tr("{code}: {settlement}.").format(
                    code=line.code, settlement=stocktake_text.settlement(line.settlement)
                )
            )
        elif not line.settlements:
            self.about.setText(self.tr("{code}: nothing to settle.").format(code=line.code))
        else:
            self.about.setText(
                self.tr("{code} · {meaning}: settle as").format(
                    code=line.code, meaning=stocktake_text.outcome(line.outcome)
                )
            )
        for number, settlement in enumerate(line.settlements if line else (), start=1):
            words = stocktake_text.settlement(settlement)
            button = named(QPushButton(f"&{number} {words}", self), f"stocktake_settle_{settlement}", words)
            button.setEnabled(may_settle)
            if not may_settle:
                button.setToolTip(self.tr("Only a manager settles a find."))
            button.clicked.connect(lambda _checked=False, s=settlement: self._settle(s))
            self._layout.insertWidget(1 + len(self.buttons), button)
            self.buttons.append(button)
        self.note.setEnabled(bool(self.buttons) and may_settle)

    def button(self, settlement: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.objectName() == f"stocktake_settle_{settlement}"), None)

    def _settle(self, settlement: str) -> None:
        if self.line is not None:
            self.settle_requested.emit(self.line.code, settlement, self.note.text().strip())
