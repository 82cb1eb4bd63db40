"""The counter's clock: actions are recorded in time order, so a clock put back is refused, not believed.

Sync never orders by the PC clock (it orders by device sequence), but people read times: a return
stamped before its loan, or a day's report missing what happened on it, is wrong on paper.
"""

from __future__ import annotations

from datetime import datetime, timedelta

# A PC that resyncs its clock moves by seconds, and two actions a moment apart may be stamped out of
# order by a few; a date reset (a flat CMOS battery, a wrong manual setting) is off by hours or years.
CLOCK_TOLERANCE = timedelta(minutes=2)
# HQ's word on this clock counts while it is recent: a clock put back after the last sync is not covered.
HQ_CHECK_FRESH = timedelta(hours=1)
# DESIGN.md "Clocks": a skew beyond this is shown as a warning (it never blocks work by itself).
SKEW_WARNING = timedelta(minutes=5)


def read_off_the_clock(stamp: datetime, clock_now: datetime) -> bool:
    """Whether an action's time is what the PC clock says now. Only those are checked: a time a caller
    placed on purpose (the demo's history, a test's fixed day) is not a reading of this clock."""
    return abs(stamp - clock_now) <= CLOCK_TOLERANCE


def hq_time(clock_now: datetime, skew_s: int | None, checked_at: datetime | None) -> datetime | None:
    """What HQ's clock says now, going by the last sync that reached HQ, while that is recent."""
    if skew_s is None or checked_at is None:
        return None
    if not checked_at - CLOCK_TOLERANCE <= clock_now <= checked_at + HQ_CHECK_FRESH:
        return None
    return clock_now + timedelta(seconds=skew_s)


def clock_put_back(clock_now: datetime, last_recorded: datetime, hq_now: datetime | None = None) -> bool:
    """The PC clock is earlier than the last recorded action, and HQ does not vouch for it. When HQ's
    clock agrees with this one, it was the earlier action that a clock set ahead stamped: work goes on."""
    if clock_now >= last_recorded - CLOCK_TOLERANCE:
        return False
    return hq_now is None or abs(hq_now - clock_now) > CLOCK_TOLERANCE
