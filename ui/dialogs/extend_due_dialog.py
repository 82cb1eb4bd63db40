"""Manager: give a streamer more time on one loan; the old date, the new one and why are kept."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QLabel, QLineEdit

from present.formatting import local_time, local_today
from showroom.services import returns
from showroom.services.views import HoldingLine
from ui.widgets.service_dialog import ServiceDialog


class ExtendDueDialog(ServiceDialog):
    """`saved` carries the DueChange."""

    def __init__(self, ctx, holding: HoldingLine, parent=None):
        super().__init__(ctx, parent)
        self.holding = holding
        self.setWindowTitle(self.tr("Extend due date"))
        self.setObjectName("extendDueDialog")
        current = holding.due_at.astimezone(ctx.tz).date()
        self.form.addRow(self.tr("Loan"), QLabel(holding.loan_number))
        self.form.addRow(self.tr("Due now"), QLabel(local_time(holding.due_at, ctx.tz)))
        proposed = max(current, local_today(ctx.tz)) + timedelta(days=2)
        self.date_edit = self.add_field(
            self.tr("New due date"), QDateEdit(QDate(proposed)), "newDueDateEdit", self.tr("New due date"), "due_date"
        )
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.reason_edit = self.add_field(
            self.tr("Reason"), QLineEdit(), "extendReasonEdit", self.tr("Reason for the extension"), "reason"
        )
        self.reason_edit.setPlaceholderText(self.tr("e.g. live stream moved to Saturday"))

    def submit(self) -> None:
        self.run(
            returns.extend_due_date, self.holding.loan_number, self.date_edit.date().toPython(), self.reason_edit.text()
        )
