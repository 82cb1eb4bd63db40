"""Plain results of the report queries (UTC times, integer fen, full phone numbers: paper masks them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from showroom.services.overdue_views import OverdueLine


@dataclass(frozen=True)
class Headline:
    loans_opened: int  # check-outs (借样单)
    samples_lent: int
    samples_returned: int
    samples_received: int  # intake from merchants
    samples_lost: int  # declared lost in the period
    samples_out: int  # out at the end of the period (or now)
    samples_overdue: int  # of those, past due then
    new_streamers: int
    samples_missing: int = 0  # missing at stocktake at the end of the period (or now)
    samples_short: int = 0  # short on a transfer, not settled, at the end of the period (or now)
    # samples by courier: parcels sent, delivered, received back in the period; overdue at its end
    parcels_sent: int = 0
    parcels_delivered: int = 0
    parcels_returned: int = 0
    parcels_overdue: int = 0


@dataclass(frozen=True)
class LoanLine:
    opened_at: datetime
    number: str
    streamer_name: str
    phone: str
    samples: int
    deposit_fen: int
    deposit_method: str
    staff_name: str


@dataclass(frozen=True)
class ReturnLine:
    returned_at: datetime
    loan_number: str
    streamer_name: str
    phone: str
    samples: int
    late: int  # of those, back after the due date
    not_good: int  # damaged or parts missing
    staff_name: str


@dataclass(frozen=True)
class DepositRow:
    method: str
    collected_fen: int
    refunded_fen: int  # given back at the counter when a loan came back
    forfeited_fen: int
    charged_fen: int
    owed_fen: int = 0  # left by loans closed without the streamer: owed, no money moved
    paid_out_fen: int = 0  # what was owed, paid to the streamer at the counter

    @property
    def net_fen(self) -> int:
        """Money that came in by this method: collected less refunded and paid out, plus loss charges."""
        return self.collected_fen - self.refunded_fen - self.paid_out_fen + self.charged_fen


@dataclass(frozen=True)
class DepositReconciliation:
    rows: list[DepositRow]
    held_at_start_fen: int
    held_at_end_fen: int
    cash_in_drawer_fen: int  # the cash row's net: what the drawer should have gained
    owed_at_start_fen: int = 0  # owed to streamers who were not there when their loan closed
    owed_at_end_fen: int = 0

    def total(self, attribute: str) -> int:
        return sum(getattr(row, attribute) for row in self.rows)

    @property
    def cash(self) -> DepositRow:
        return next(row for row in self.rows if row.method == "cash")

    @property
    def balances(self) -> bool:
        held = self.held_at_end_fen == (
            self.held_at_start_fen
            + self.total("collected_fen")
            - self.total("refunded_fen")
            - self.total("forfeited_fen")
            - self.total("owed_fen")
        )
        owed = self.owed_at_end_fen == self.owed_at_start_fen + self.total("owed_fen") - self.total("paid_out_fen")
        return held and owed


@dataclass(frozen=True)
class StaffActivity:
    name: str
    loans: int
    samples_lent: int
    samples_taken_back: int
    samples_received: int
    reminders: int


@dataclass(frozen=True)
class Ranked:
    name: str
    detail: str  # the merchant of a product; empty for a merchant
    samples_lent: int
    streamers: int  # different streamers who borrowed it


@dataclass(frozen=True)
class DayCount:
    day: date
    lent: int
    returned: int


@dataclass(frozen=True)
class DailyReport:
    showroom_name: str
    showroom_code: str
    timezone: str
    first_day: date
    last_day: date
    as_of: datetime  # end of the period, or now when the period is still running
    headline: Headline
    loans: list[LoanLine]
    returns: list[ReturnLine]
    overdue: list[OverdueLine]
    deposits: DepositReconciliation
    staff: list[StaffActivity]
    top_products: list[Ranked]
    top_merchants: list[Ranked]
    last_14_days: list[DayCount]

    @property
    def is_range(self) -> bool:
        return self.first_day != self.last_day
