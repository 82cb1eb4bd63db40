"""The overdue call list: one row per person to call (how many samples, their value, the deposit held),
opening onto a row per sample late or due soon; worst first."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeView

from kernel.exports import Fen
from present import labels
from present.formatting import local_time, money
from showroom.domain.overdue_tiers import OverdueTier, call_order
from showroom.services.overdue_views import OverdueLine, OverdueStreamer
from ui.models.row_model import OVERDUE_COLOR, ROW_ROLE, SORT_ROLE, WARNING_COLOR, time_key

translate = QCoreApplication.translate


def tier_name(tier: str) -> str:
    return {
        "overdue": translate("OverdueTiers", "7+ days late"),
        "missing": translate("OverdueTiers", "Missing after partial return"),
        "not_sent_back": translate("OverdueTiers", "Parcel not sent back"),
        "return_too_long": translate("OverdueTiers", "Parcel back in transit too long"),
        "not_delivered": translate("OverdueTiers", "Parcel not delivered"),
        "late": translate("OverdueTiers", "1–6 days late"),
        "due_soon": translate("OverdueTiers", "Due within 2 days"),
    }.get(tier, tier)


def reminder_channel(value: str) -> str:
    return {
        "phone": translate("OverdueTiers", "Phone call"),
        "wechat": translate("OverdueTiers", "WeChat"),
        "sms": translate("OverdueTiers", "SMS"),
    }.get(value, value)


def reminder_outcome(value: str) -> str:
    return {
        "promised": translate("OverdueTiers", "Promised to return"),
        "no_answer": translate("OverdueTiers", "No answer"),
        "left_message": translate("OverdueTiers", "Left a message"),
        "refused": translate("OverdueTiers", "Refused"),
        "wrong_number": translate("OverdueTiers", "Wrong number"),
    }.get(value, value)


Row = OverdueStreamer | OverdueLine
_Index = QModelIndex | QPersistentModelIndex
PERSON = 0  # internal id of a person's row; a sample's row carries its person's row number + 1


class OverdueCallModel(QAbstractItemModel):
    """A two-level model: people (OverdueStreamer) at the top, their samples (OverdueLine) under them.

    A sample row leaves the person's columns empty and the person row sums its samples, with each
    loan's deposit counted once; the last reminder is the person's (reminders are kept per streamer).
    """

    TIER, STREAMER, PHONE, STATUS, CODE, PRODUCT, LOAN, DUE, LATE, DEPOSIT, VALUE, REMINDED = range(12)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz
        self._people: list[OverdueStreamer] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Tier"),
            self.tr("Streamer"),
            self.tr("Phone"),
            self.tr("Status"),
            self.tr("Samples"),
            self.tr("Product"),
            self.tr("Loan"),
            self.tr("Due"),
            self.tr("Days late"),
            self.tr("Deposit held"),
            self.tr("Value"),
            self.tr("Last reminder"),
        ]

    # -- rows -------------------------------------------------------------------------------------
    def set_people(self, people: list[OverdueStreamer]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def people(self) -> list[OverdueStreamer]:
        return list(self._people)

    def lines(self) -> list[OverdueLine]:
        """Every sample row, person by person."""
        return [line for person in self._people for line in person.lines]

    def row_of(self, index: _Index) -> Row | None:
        if not index.isValid():
            return None
        if index.internalId() == PERSON:
            return self._people[index.row()]
        return self._people[index.internalId() - 1].lines[index.row()]

    # -- what a cell says ---------------------------------------------------------------------------
    def _reminded(self, person: OverdueStreamer) -> str:
        last = person.last_reminder
        if last is None:
            return ""
        return self.tr("{when} {how}: {outcome} ({who})").format(
            when=local_time(last.at, self._tz),
            how=reminder_channel(last.channel),
            outcome=reminder_outcome(last.outcome),
            who=last.staff_name,
        )

    def display(self, row: Row, column: int) -> str:
        if isinstance(row, OverdueLine):
            return {
                self.TIER: tier_name(row.tier),
                self.CODE: row.sample_code,
                self.PRODUCT: row.product_name,
                self.LOAN: row.loan_number,
                self.DUE: local_time(row.due_at, self._tz),
                self.LATE: str(row.days_late) if row.days_late else "",
                self.VALUE: money(row.value_fen),
            }.get(column, "")
        loans = row.loan_numbers
        return {
            self.TIER: tier_name(row.tier),
            self.STREAMER: row.streamer_name,
            self.PHONE: row.phone,
            self.STATUS: labels.streamer_status(row.streamer_status),
            self.CODE: self.tr("%n sample(s)", "", len(row.lines)),
            self.LOAN: loans[0] if len(loans) == 1 else self.tr("%n loan(s)", "", len(loans)),
            self.DUE: local_time(row.earliest_due_at, self._tz),
            self.LATE: str(row.days_late) if row.days_late else "",
            self.DEPOSIT: money(row.deposit_held_fen),
            self.VALUE: money(row.value_fen),
            self.REMINDED: self._reminded(row),
        }.get(column, "")

    def export_value(self, row: Row, column: int) -> object:
        """Money as numbers a spreadsheet sums, days late as a number; the rest as shown."""
        if column == self.DEPOSIT and isinstance(row, OverdueStreamer):
            return Fen(row.deposit_held_fen)
        if column == self.VALUE:
            return Fen(row.value_fen)
        if column == self.LATE:
            return row.days_late
        if column == self.CODE and isinstance(row, OverdueStreamer):
            return len(row.lines)
        return self.display(row, column)

    def sort_key(self, row: Row, column: int) -> Any:
        if column == self.TIER:
            return call_order(OverdueTier(row.tier), row.days_late)[0] * 1000 - row.days_late
        if column == self.DUE:
            return time_key(row.due_at if isinstance(row, OverdueLine) else row.earliest_due_at)
        if column == self.LATE:
            return row.days_late
        if column == self.DEPOSIT:
            return row.deposit_held_fen
        if column == self.VALUE:
            return row.value_fen
        if column == self.CODE and isinstance(row, OverdueStreamer):
            return len(row.lines)
        if column == self.REMINDED:
            last = row.last_reminder
            return time_key(last.at if last else None)
        return self.display(row, column).casefold()

    def foreground(self, row: Row, column: int) -> QColor | None:
        if column in (self.TIER, self.LATE, self.DUE):
            return WARNING_COLOR if row.tier == OverdueTier.DUE_SOON.value else OVERDUE_COLOR
        if column == self.STATUS and isinstance(row, OverdueStreamer) and row.streamer_status != "active":
            return OVERDUE_COLOR
        return None

    def export_table(self, view: QTreeView | None = None) -> tuple[list[str], list[list[object]]]:
        """Headers and rows as the list shows them: each person, then every one of their samples
        (opened or not), in the view's sort order when a view is given."""
        shown = view.model() if view is not None else self
        rows = []
        for top in range(shown.rowCount()):
            person = shown.index(top, 0)
            for index in (person, *(shown.index(r, 0, person) for r in range(shown.rowCount(person)))):
                row = index.data(ROW_ROLE)
                rows.append([self.export_value(row, column) for column in range(len(self.headers()))])
        return self.headers(), rows

    # -- Qt -----------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, PERSON)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == PERSON:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, PERSON)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._people)
        if parent.internalId() == PERSON and parent.column() == 0:
            return len(self._people[parent.row()].lines)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return len(self.headers())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            color = self.foreground(row, column)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and isinstance(row, OverdueStreamer):
            font = QFont()
            font.setBold(True)  # the person is who gets the call
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.LATE, self.DEPOSIT, self.VALUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)
