"""A past day's report reads the same tomorrow: lateness is judged at the end of that day, as due dates
count it, never from the clock the report is made by."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from showroom.services import checkout
from showroom.services.reports.daily import daily_report
from showroom.services.returns import extend_due_date
from tests.conftest import T0

SHANGHAI = ZoneInfo("Asia/Shanghai")
DUE_DAY = date(2026, 11, 25)  # silver lends for 5 days: T0 (20 Nov) + 5
NEXT_MORNING = datetime(2026, 11, 26, 9, 0, tzinfo=SHANGHAI)


def test_a_sample_due_at_23_59_59_is_not_overdue_in_that_days_report(counter):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=T0)
    assert loan.due_at == datetime(2026, 11, 25, 23, 59, 59, tzinfo=SHANGHAI)
    report = daily_report(counter.uow(), DUE_DAY, now=NEXT_MORNING)
    assert (report.headline.samples_out, report.headline.samples_overdue) == (1, 0)
    [line] = report.overdue
    assert (line.tier, line.days_late) == ("due_soon", 0)
    # the next day's report, made at any time of it, says it is a day late
    later = daily_report(counter.uow(), DUE_DAY + timedelta(days=1), now=NEXT_MORNING + timedelta(days=3))
    assert later.headline.samples_overdue == 1 and [(x.tier, x.days_late) for x in later.overdue] == [("late", 1)]


def test_the_same_day_made_on_different_days_reads_the_same(counter):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    day = DUE_DAY + timedelta(days=2)  # two days late that evening
    first = daily_report(counter.uow(), day, now=NEXT_MORNING + timedelta(days=2))
    # the due date is extended afterwards: the past day still says what was late then
    extend_due_date(
        counter.uow(),
        counter.manager,
        loan.number,
        date(2026, 12, 10),
        "moved stream",
        now=NEXT_MORNING + timedelta(days=3),
    )
    again = daily_report(counter.uow(), day, now=NEXT_MORNING + timedelta(days=9))
    assert first.headline == again.headline and first.overdue == again.overdue
    assert again.headline.samples_overdue == 2 and {x.days_late for x in again.overdue} == {2}
