"""How late a sample is, in the showroom's days: the same rule at the counter and at HQ."""

from __future__ import annotations

from datetime import datetime, tzinfo


def days_overdue(due: datetime, now: datetime, tz: tzinfo) -> int:
    """Whole local days late: returned the morning after the due day is 1 day late."""
    if now <= due:
        return 0
    # at least 1: past the due instant is late, even in the last second before local midnight
    return max((now.astimezone(tz).date() - due.astimezone(tz).date()).days, 1)
