"""The Mail-out screen's list of parcels: one row per mailed loan, stuck ones in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from present import mailing_text
from present.formatting import local_time
from showroom.services.mailing_views import ShipmentView
from ui.models.row_model import OVERDUE_COLOR, RowTableModel, time_key

translate = QCoreApplication.translate
NUMBER, STREAMER, DESTINATION, COURIER, WAYBILL, STATE, SHIPPED, DUE, OUT, STUCK = range(10)


class ParcelTableModel(RowTableModel[ShipmentView]):
    def __init__(self, tz, parent=None):
        super().__init__(parent)
        self.tz = tz

    def headers(self) -> list[str]:
        return [
            translate("MailingScreen", "Loan"),
            translate("MailingScreen", "Streamer"),
            translate("MailingScreen", "Sent to"),
            translate("MailingScreen", "Courier"),
            translate("MailingScreen", "Waybill"),
            translate("MailingScreen", "State"),
            translate("MailingScreen", "Shipped"),
            translate("MailingScreen", "Due"),
            translate("MailingScreen", "Still out"),
            translate("MailingScreen", "Stuck"),
        ]

    def display(self, row: ShipmentView, column: int) -> str:
        waybill = row.waybill + (f" / {row.return_waybill}" if row.return_waybill else "")
        values = {
            NUMBER: row.number,
            STREAMER: row.streamer_name,
            DESTINATION: f"{row.province}{row.city}",
            COURIER: mailing_text.courier(row.courier),
            WAYBILL: waybill,
            STATE: mailing_text.state(row.state),
            SHIPPED: local_time(row.shipped_at, self.tz, with_time=False),
            DUE: local_time(row.due_at, self.tz, with_time=False),
            OUT: str(len(row.out)),
            STUCK: translate("MailingScreen", "{tier}, {days} day(s)").format(
                tier=mailing_text.tier(row.tier), days=row.days_late
            )
            if row.tier
            else "",
        }
        return values[column]

    def sort_key(self, row: ShipmentView, column: int) -> Any:
        if column in (SHIPPED, DUE):
            return time_key(row.shipped_at if column == SHIPPED else row.due_at)
        if column in (OUT,):
            return len(row.out)
        return super().sort_key(row, column)

    def foreground(self, row: ShipmentView, column: int) -> QColor | None:
        return OVERDUE_COLOR if row.tier else None
