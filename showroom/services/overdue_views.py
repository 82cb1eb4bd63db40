"""The overdue list's rows: plain data for the screen, the daily report and paper (no database here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from showroom.domain.overdue_tiers import OverdueTier, call_order
from showroom.services.views import HoldingLine


@dataclass(frozen=True)
class LastReminder:
    at: datetime
    channel: str
    outcome: str
    staff_name: str


@dataclass(frozen=True)
class OverdueLine:
    tier: str  # showroom.domain.overdue_tiers.OverdueTier value
    streamer_id: str
    streamer_name: str
    phone: str  # full: the screen is for staff; paper masks it
    streamer_status: str
    sample_code: str
    product_name: str
    merchant_name: str
    loan_number: str
    out_at: datetime
    due_at: datetime
    days_late: int
    value_fen: int
    deposit_held_fen: int  # still held for the whole loan
    last_reminder: LastReminder | None = None

    def holding(self) -> HoldingLine:
        """The same sample as the streamer page's holdings (the manager dialogs take this)."""
        return HoldingLine(
            sample_code=self.sample_code,
            product_name=self.product_name,
            loan_number=self.loan_number,
            out_at=self.out_at,
            due_at=self.due_at,
            days_overdue=self.days_late,
            value_fen=self.value_fen,
        )


@dataclass(frozen=True)
class OverdueBoard:
    as_of: datetime
    lines: list[OverdueLine]
    suspended_now: list[str]  # names suspended automatically by this refresh
    lost_now: tuple[str, ...] = ()  # samples the counter declared lost automatically on this refresh


@dataclass(frozen=True)
class OverdueStreamer:
    """One person to call and their samples late or due soon, worst first (a call is per person)."""

    lines: tuple[OverdueLine, ...]

    @property
    def worst(self) -> OverdueLine:
        return self.lines[0]

    @property
    def streamer_id(self) -> str:
        return self.worst.streamer_id

    @property
    def streamer_name(self) -> str:
        return self.worst.streamer_name

    @property
    def phone(self) -> str:
        return self.worst.phone

    @property
    def streamer_status(self) -> str:
        return self.worst.streamer_status

    @property
    def tier(self) -> str:
        return self.worst.tier

    @property
    def days_late(self) -> int:
        return max(line.days_late for line in self.lines)

    @property
    def earliest_due_at(self) -> datetime:
        return min(line.due_at for line in self.lines)

    @property
    def last_reminder(self) -> LastReminder | None:
        return self.worst.last_reminder  # reminders are kept per streamer: every line has the same

    @property
    def loan_numbers(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(line.loan_number for line in self.lines))

    @property
    def value_fen(self) -> int:
        return sum(line.value_fen for line in self.lines)

    @property
    def deposit_held_fen(self) -> int:
        """Each loan's deposit once: every sample line of a loan carries the whole loan's deposit."""
        per_loan = {line.loan_number: line.deposit_held_fen for line in self.lines}
        return sum(per_loan.values())


def group_by_streamer(lines: list[OverdueLine]) -> list[OverdueStreamer]:
    """The lines per person, worst first, and the people in the order of their worst line."""
    people: dict[str, list[OverdueLine]] = {}
    for line in sorted(lines, key=lambda line: call_order(OverdueTier(line.tier), line.days_late)):
        people.setdefault(line.streamer_id, []).append(line)
    return [OverdueStreamer(tuple(own)) for own in people.values()]
