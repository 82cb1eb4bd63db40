"""The overdue list's tiers, decided by local calendar days (a loan due 'on the 3rd' is due all that day).

Order is the order a manager calls in: the longest late first, then samples missing after a partial
return (the streamer came back and did not bring everything), then parcels stuck at a step (not sent back,
too long on the way back, not delivered), then the recently late, then the ones due in the next two days (a
friendly reminder prevents a late return).
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import StrEnum

from showroom.domain.policy import days_overdue

DUE_SOON_DAYS = 2  # due today, tomorrow or the day after
OVERDUE_FROM_DAYS = 7  # 1-6 days late is "late", 7 and more is "overdue"


class OverdueTier(StrEnum):
    OVERDUE = "overdue"  # 7+ days late
    MISSING = "missing"  # late, and other samples of the same loan already came back
    LATE = "late"  # 1-6 days late
    DUE_SOON = "due_soon"  # not late yet, due within DUE_SOON_DAYS local days
    # a mailed loan's parcel, past the limit of its step (showroom.domain.mailing.ShipmentTier)
    NOT_SENT_BACK = "not_sent_back"  # delivered, past the send-back date, no return waybill
    RETURN_TOO_LONG = "return_too_long"  # posted back, on its way longer than the transit days
    NOT_DELIVERED = "not_delivered"  # shipped, not delivered in the transit days


TIER_ORDER = (
    OverdueTier.OVERDUE,
    OverdueTier.MISSING,
    OverdueTier.NOT_SENT_BACK,
    OverdueTier.RETURN_TOO_LONG,
    OverdueTier.NOT_DELIVERED,
    OverdueTier.LATE,
    OverdueTier.DUE_SOON,
)


def classify(due: datetime, now: datetime, tz: tzinfo, partly_returned: bool = False) -> OverdueTier | None:
    """The tier of one sample still out, or None when it is not worth a call yet."""
    late = days_overdue(due, now, tz)
    if late <= 0:
        days_left = (due.astimezone(tz).date() - now.astimezone(tz).date()).days
        return OverdueTier.DUE_SOON if days_left <= DUE_SOON_DAYS else None
    if partly_returned:
        return OverdueTier.MISSING
    return OverdueTier.OVERDUE if late >= OVERDUE_FROM_DAYS else OverdueTier.LATE


def call_order(tier: OverdueTier, days_late: int) -> tuple[int, int]:
    """Sort key: worst tier first, then the longest late first."""
    return TIER_ORDER.index(tier), -days_late


def should_suspend(suspend_after_days_late: int | None, days_late: int) -> bool:
    """The tier's automatic block: a sample held that many days late suspends the streamer."""
    return suspend_after_days_late is not None and days_late >= suspend_after_days_late


def should_declare_lost(lose_after_days_late: int | None, days_late: int) -> bool:
    """A tier may have the counter declare a sample lost this many days late (None: never)."""
    return lose_after_days_late is not None and days_late >= lose_after_days_late
