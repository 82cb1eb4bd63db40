"""The Streamers screen's table: one StreamerView per registered streamer, blocks coloured."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

from present import labels
from showroom.domain.model import StreamerStatus
from showroom.services.views import StreamerView
from ui.models.row_model import OVERDUE_COLOR, WARNING_COLOR, RowTableModel

TIER_ORDER = {"new": 0, "silver": 1, "gold": 2, "diamond": 3}


class StreamerTableModel(RowTableModel[StreamerView]):
    NAME, PHONE, PLATFORM, HANDLE, TIER, MEMBER_CODE, STATUS = range(7)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Platform"),
            self.tr("Handle"),
            self.tr("Tier"),
            self.tr("Member code"),
            self.tr("Status"),
        ]

    def display(self, row: StreamerView, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.PHONE:
            return row.phone
        if column == self.PLATFORM:
            return labels.platform(row.platform)
        if column == self.HANDLE:
            return row.handle
        if column == self.TIER:
            return labels.tier(row.tier)
        if column == self.MEMBER_CODE:
            return row.member_code
        if column == self.STATUS:
            return labels.streamer_status(row.status)
        return ""

    def sort_key(self, row: StreamerView, column: int) -> Any:
        if column == self.TIER:  # by rank, not by the translated name
            return f"{TIER_ORDER.get(row.tier, 99):02d}{row.tier}"
        return super().sort_key(row, column)

    def foreground(self, row: StreamerView, column: int) -> QColor | None:
        if column in (self.NAME, self.STATUS):
            if row.status == StreamerStatus.BLACKLISTED.value:
                return OVERDUE_COLOR
            if row.status == StreamerStatus.SUSPENDED.value:
                return WARNING_COLOR
        return None

    def tooltip(self, row: StreamerView, column: int) -> str | None:
        return labels.status_reason(row.reason) or None
