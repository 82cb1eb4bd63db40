"""A count's figures in large type: expected, found, missing, unexpected, not yet settled.

They move with each scan's answer (`after_scan`) rather than by asking the database again; the screen
reads them afresh (live_totals) only when something else may have changed them.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel

from showroom.services.stocktake_views import CountAnswer, CountTotals
from ui.widgets.accessibility import named

_COLORS = {"missing": "#c62828", "unexpected": "#e65100", "unsettled": "#e65100"}


def after_scan(totals: CountTotals, answer: CountAnswer) -> CountTotals:
    """The figures once this answer is counted; a code scanned again changes nothing."""
    if answer.again:
        return totals
    line = answer.line
    unexpected = line.outcome not in ("found", "not_found")
    return replace(
        totals,
        found=totals.found + (1 if answer.expected else 0),
        unexpected=totals.unexpected + (1 if unexpected else 0),
        unsettled=totals.unsettled + (1 if line.needs_settling else 0),
        scanned=totals.scanned + 1,
    )


class CountFigures(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stocktake_figures")
        self.setStyleSheet("QFrame#stocktake_figures { background:#f3f5f8; border-radius:6px; }")
        captions = {
            "expected": self.tr("Expected"),
            "found": self.tr("Found"),
            "missing": self.tr("Missing"),
            "unexpected": self.tr("Unexpected"),
            "unsettled": self.tr("Not settled"),
        }
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.values: dict[str, QLabel] = {}
        for column, (key, caption) in enumerate(captions.items()):
            value = named(QLabel("–", self), f"stocktake_{key}", caption)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 2.0)
            font.setBold(True)
            value.setFont(font)
            if key in _COLORS:
                value.setStyleSheet(f"color:{_COLORS[key]};")
            label = QLabel(caption, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(value, 0, column)
            layout.addWidget(label, 1, column)
            self.values[key] = value
        self.totals: CountTotals | None = None

    def show_totals(self, totals: CountTotals) -> None:
        self.totals = totals
        figures = {
            "expected": totals.expected,
            "found": totals.found,
            "missing": totals.missing,
            "unexpected": totals.unexpected,
            "unsettled": totals.unsettled,
        }
        for key, number in figures.items():
            self.values[key].setText(str(number))

    def figure(self, key: str) -> int:
        return int(self.values[key].text())
