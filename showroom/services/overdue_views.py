"""The overdue list's rows: plain data for the screen, the daily report and paper (no database here)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from showroom.services.views import HoldingLine


@dataclass(frozen=True)
class LastReminder:
    at: datetime
    channel: str
    outcome: str
    staff_name: str


@dataclass(frozen=True)
class OverdueLine:
    tier: str                      # showroom.domain.overdue_tiers.OverdueTier value
    streamer_id: str
    streamer_name: str
    phone: str                     # full: the screen is for staff; paper masks it
    streamer_status: str
    sample_code: str
    product_name: str
    merchant_name: str
    loan_number: str
    out_at: datetime
    due_at: datetime
    days_late: int
    value_fen: int
    deposit_held_fen: int          # still held for the whole loan
    last_reminder: LastReminder | None = None

    def holding(self) -> HoldingLine:
        """The same sample as the streamer page's holdings (the manager dialogs take this)."""
        return HoldingLine(sample_code=self.sample_code, product_name=self.product_name,
                           loan_number=self.loan_number, out_at=self.out_at, due_at=self.due_at,
                           days_overdue=self.days_late, value_fen=self.value_fen)


@dataclass(frozen=True)
class OverdueBoard:
    as_of: datetime
    lines: list[OverdueLine]
    suspended_now: list[str]       # names suspended automatically by this refresh
