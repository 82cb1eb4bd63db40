"""The transfers screen's tables over plain rows: the transfers (sent and incoming) and the lines of the one
being made, received or looked at."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor

from present import transfer_text
from showroom.services.transfer_views import TransferView
from ui.models.row_model import OVERDUE_COLOR, WARNING_COLOR, RowTableModel, time_key

DIFFERENCE = ("short", "extra", "damaged")


@dataclass(frozen=True)
class SlipLine:
    """A line on screen: a sample on a slip being made, or on a transfer being received or looked at."""

    code: str
    product: str
    outcome: str  # '' (in transit), received, short, extra, damaged; 'scanned' while receiving
    note: str = ""
    settled: str = ""  # a short one settled since (present.transfer_text.settlement)


class SlipLineModel(RowTableModel[SlipLine]):
    def headers(self) -> list[str]:
        return [self.tr("#"), self.tr("Code"), self.tr("Product"), self.tr("State"), self.tr("Note")]

    def display(self, row: SlipLine, column: int) -> str:
        if column == 0:
            return str(self._rows.index(row) + 1)
        if row.settled:
            said = transfer_text.settlement(row.settled)
        else:
            said = self.tr("Scanned") if row.outcome == "scanned" else transfer_text.outcome(row.outcome)
        return (row.code, row.product, said, row.note)[column - 1]

    def sort_key(self, row: SlipLine, column: int):
        return self._rows.index(row) if column == 0 else super().sort_key(row, column)

    def foreground(self, row: SlipLine, column: int) -> QColor | None:
        if row.settled:  # what became of a short one: a loss stays red
            return OVERDUE_COLOR if row.settled == "declared_lost" else None
        return OVERDUE_COLOR if row.outcome in DIFFERENCE else None

    def codes(self) -> list[str]:
        return [r.code for r in self._rows]


class TransferListModel(RowTableModel[TransferView]):
    def __init__(self, timezone: str, parent=None):
        super().__init__(parent)
        self.tz = ZoneInfo(timezone)

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Direction"),
            self.tr("From"),
            self.tr("To"),
            self.tr("State"),
            self.tr("Sent"),
            self.tr("Received"),
            self.tr("Short"),
            self.tr("Extra"),
            self.tr("Damaged"),
            self.tr("Sent at"),
        ]

    def display(self, row: TransferView, column: int) -> str:
        t, f = row.summary, row.summary.figures
        values = (
            t.number,
            transfer_text.direction(t.direction),
            t.from_name,
            t.to_name,
            transfer_text.state(t.state),
            str(f.sent),
            str(f.received),
            str(f.short),
            str(f.extra),
            str(f.damaged),
            t.sent_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M"),
        )
        return values[column]

    def sort_key(self, row: TransferView, column: int):
        if column == 10:
            return time_key(row.summary.sent_at)
        if 5 <= column <= 9:
            return int(self.display(row, column))
        return super().sort_key(row, column)

    def align_right(self, column: int) -> bool:
        return 5 <= column <= 9

    def foreground(self, row: TransferView, column: int) -> QColor | None:
        f = row.summary.figures
        if f.short or f.extra or f.damaged or f.lost:
            return OVERDUE_COLOR
        return WARNING_COLOR if row.summary.state == "sent" and row.summary.direction == "in" else None
