"""The overdue screen's table: one row per sample late or due soon, worst first."""
from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from showroom.domain.overdue_tiers import OverdueTier, call_order
from showroom.exports import Fen
from showroom.services.overdue_views import OverdueLine
from ui import labels
from ui.formatting import local_time, money
from ui.models.row_model import OVERDUE_COLOR, WARNING_COLOR, RowTableModel, time_key

translate = QCoreApplication.translate


def tier_name(tier: str) -> str:
    return {
        "overdue": translate("OverdueTiers", "7+ days late"),
        "missing": translate("OverdueTiers", "Missing after partial return"),
        "late": translate("OverdueTiers", "1–6 days late"),
        "due_soon": translate("OverdueTiers", "Due within 2 days"),
    }.get(tier, tier)


def reminder_channel(value: str) -> str:
    return {"phone": translate("OverdueTiers", "Phone call"), "wechat": translate("OverdueTiers", "WeChat"),
            "sms": translate("OverdueTiers", "SMS")}.get(value, value)


def reminder_outcome(value: str) -> str:
    return {
        "promised": translate("OverdueTiers", "Promised to return"),
        "no_answer": translate("OverdueTiers", "No answer"),
        "left_message": translate("OverdueTiers", "Left a message"),
        "refused": translate("OverdueTiers", "Refused"),
        "wrong_number": translate("OverdueTiers", "Wrong number"),
    }.get(value, value)


class OverdueTableModel(RowTableModel[OverdueLine]):
    TIER, STREAMER, PHONE, STATUS, CODE, PRODUCT, LOAN, DUE, LATE, DEPOSIT, VALUE, REMINDED = range(12)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [self.tr("Tier"), self.tr("Streamer"), self.tr("Phone"), self.tr("Status"), self.tr("Sample"),
                self.tr("Product"), self.tr("Loan"), self.tr("Due"), self.tr("Days late"),
                self.tr("Deposit held"), self.tr("Value"), self.tr("Last reminder")]

    def _reminded(self, row: OverdueLine) -> str:
        last = row.last_reminder
        if last is None:
            return ""
        return self.tr("{when} {how}: {outcome} ({who})").format(
            when=local_time(last.at, self._tz), how=reminder_channel(last.channel),
            outcome=reminder_outcome(last.outcome), who=last.staff_name)

    def display(self, row: OverdueLine, column: int) -> str:
        return {
            self.TIER: tier_name(row.tier),
            self.STREAMER: row.streamer_name,
            self.PHONE: row.phone,
            self.STATUS: labels.streamer_status(row.streamer_status),
            self.CODE: row.sample_code,
            self.PRODUCT: row.product_name,
            self.LOAN: row.loan_number,
            self.DUE: local_time(row.due_at, self._tz),
            self.LATE: str(row.days_late) if row.days_late else "",
            self.DEPOSIT: money(row.deposit_held_fen),
            self.VALUE: money(row.value_fen),
            self.REMINDED: self._reminded(row),
        }.get(column, "")

    def export_value(self, row: OverdueLine, column: int) -> object:
        if column == self.DEPOSIT:
            return Fen(row.deposit_held_fen)
        if column == self.VALUE:
            return Fen(row.value_fen)
        if column == self.LATE:
            return row.days_late
        return self.display(row, column)

    def sort_key(self, row: OverdueLine, column: int) -> Any:
        if column == self.TIER:
            return call_order(OverdueTier(row.tier), row.days_late)[0] * 1000 - row.days_late
        if column == self.DUE:
            return time_key(row.due_at)
        if column == self.LATE:
            return row.days_late
        if column == self.DEPOSIT:
            return row.deposit_held_fen
        if column == self.VALUE:
            return row.value_fen
        if column == self.REMINDED:
            return time_key(row.last_reminder.at if row.last_reminder else None)
        return super().sort_key(row, column)

    def foreground(self, row: OverdueLine, column: int) -> QColor | None:
        if column in (self.TIER, self.LATE, self.DUE):
            return WARNING_COLOR if row.tier == OverdueTier.DUE_SOON.value else OVERDUE_COLOR
        if column == self.STATUS and row.streamer_status != "active":
            return OVERDUE_COLOR
        return None

    def align_right(self, column: int) -> bool:
        return column in (self.LATE, self.DEPOSIT, self.VALUE)
