"""Every figure of the daily report equals an independent count of the rows the services wrote."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from showroom.domain.errors import InvalidInput
from showroom.services.reports.daily import daily_report
from tests.desk.scenario import DAY1, DAY2, build, utc
from tests.integration.helpers import rows

NOW = utc(22, 4)


@pytest.fixture
def days(counter):
    return build(counter)


def count(db, sql: str, *params) -> int:
    return rows(db, sql, *params)[0][0]


def bounds(day: int) -> tuple[str, str]:
    """Local day `day` of Nov 2026 as UTC text, the way SQLite stores the times."""
    start = datetime(2026, 11, day - 1, 16, tzinfo=timezone.utc)
    return start.strftime("%Y-%m-%d %H:%M:%S"), start.replace(day=day).strftime("%Y-%m-%d %H:%M:%S")


@pytest.mark.parametrize("day, report_day", [(20, DAY1), (21, DAY2)])
def test_headline_figures_equal_independent_counts(days, day, report_day):
    db = days.counter.store.db_path
    lo, hi = bounds(day)
    r = daily_report(days.counter.uow(), report_day, now=NOW).headline
    within = "{} >= ? AND {} < ?"
    assert r.loans_opened == count(
        db, "SELECT count(*) FROM loan WHERE " + within.format("opened_at", "opened_at"), lo, hi
    )
    assert r.samples_lent == count(
        db, "SELECT count(*) FROM loan_item WHERE " + within.format("out_at", "out_at"), lo, hi
    )
    assert r.samples_returned == count(
        db, "SELECT count(*) FROM loan_item WHERE " + within.format("returned_at", "returned_at"), lo, hi
    )
    assert r.samples_received == count(
        db, "SELECT count(*) FROM sample WHERE " + within.format("received_at", "received_at"), lo, hi
    )
    assert r.new_streamers == count(
        db, "SELECT count(*) FROM streamer WHERE " + within.format("created_at", "created_at"), lo, hi
    )
    assert r.samples_lost == count(
        db, "SELECT count(*) FROM loan_item WHERE " + within.format("lost_at", "lost_at"), lo, hi
    )


def test_the_midnight_edges_fall_on_the_right_local_day(days):
    one = daily_report(days.counter.uow(), DAY1, now=NOW)
    two = daily_report(days.counter.uow(), DAY2, now=NOW)
    # 23:59:30 local belongs to day 1; 00:00:30 the next morning to day 2
    assert [line.number for line in one.loans] == [days.loan_a, days.loan_b]
    assert [line.number for line in two.loans] == [days.loan_c]
    assert (one.headline.loans_opened, one.headline.samples_lent, one.headline.samples_received) == (2, 3, 10)
    assert (one.headline.new_streamers, one.headline.samples_returned) == (2, 1)
    assert (two.headline.loans_opened, two.headline.samples_returned, two.headline.samples_lost) == (1, 1, 1)
    # at the end of day 1: A's second sample, B's and nothing of C are out
    assert (one.headline.samples_out, one.headline.samples_overdue) == (2, 0)
    assert two.headline.samples_out == 1


def test_deposit_reconciliation_balances_to_the_fen(days):
    db = days.counter.store.db_path
    for day, report_day in ((20, DAY1), (21, DAY2)):
        lo, hi = bounds(day)
        d = daily_report(days.counter.uow(), report_day, now=NOW).deposits
        for row in d.rows:
            for kind, figure in (
                ("collect", row.collected_fen),
                ("refund", row.refunded_fen),
                ("forfeit", row.forfeited_fen),
                ("charge", row.charged_fen),
            ):
                assert figure == count(
                    db,
                    "SELECT coalesce(sum(amount_fen), 0) FROM deposit_entry WHERE method = ? "
                    "AND kind = ? AND at >= ? AND at < ?",
                    row.method,
                    kind,
                    lo,
                    hi,
                )
        held = (
            "SELECT coalesce(sum(CASE kind WHEN 'collect' THEN amount_fen WHEN 'charge' THEN 0 "
            "ELSE -amount_fen END), 0) FROM deposit_entry WHERE at < ?"
        )
        assert (d.held_at_start_fen, d.held_at_end_fen) == (count(db, held, lo), count(db, held, hi))
        assert d.balances
    one = daily_report(days.counter.uow(), DAY1, now=NOW).deposits
    assert one.cash_in_drawer_fen == 8000 and one.held_at_end_fen == 16000
    two = daily_report(days.counter.uow(), DAY2, now=NOW).deposits
    by = {r.method: r for r in two.rows}
    assert (by["cash"].refunded_fen, by["wechat"].forfeited_fen, by["alipay"].collected_fen) == (8000, 8000, 4000)
    assert two.cash_in_drawer_fen == -8000 and two.held_at_end_fen == 4000


def test_a_range_adds_up_the_days(days):
    both = daily_report(days.counter.uow(), DAY1, DAY2, now=NOW)
    one, two = (daily_report(days.counter.uow(), d, now=NOW) for d in (DAY1, DAY2))
    assert both.is_range and both.headline.loans_opened == one.headline.loans_opened + two.headline.loans_opened
    assert both.deposits.total("net_fen") == one.deposits.total("net_fen") + two.deposits.total("net_fen")
    assert len(both.returns) == len(one.returns) + len(two.returns)


def test_staff_activity_demand_and_chart(days):
    one = daily_report(days.counter.uow(), DAY1, now=NOW)
    by_name = {s.name: s for s in one.staff}
    assert (by_name["小张"].loans, by_name["小张"].samples_lent, by_name["小张"].samples_taken_back) == (1, 2, 1)
    assert (by_name["李经理"].loans, by_name["李经理"].samples_received) == (1, 4)
    assert [(p.name, p.samples_lent, p.streamers) for p in one.top_products] == [("每日坚果 30包", 3, 2)]
    assert [(m.name, m.samples_lent) for m in one.top_merchants] == [("良品铺子", 3)]
    assert len(one.last_14_days) == 14 and one.last_14_days[-1].day == DAY1
    assert (one.last_14_days[-1].lent, one.last_14_days[-1].returned) == (3, 1)


def test_returns_are_grouped_per_hand_over_with_late_and_damaged_counts(days):
    two = daily_report(days.counter.uow(), DAY2, now=NOW)
    [back] = two.returns
    assert (back.loan_number, back.samples, back.late, back.not_good) == (days.loan_a, 1, 0, 1)


def test_a_bad_period_is_refused(days):
    with pytest.raises(InvalidInput):
        daily_report(days.counter.uow(), DAY2, DAY1, now=NOW)
    with pytest.raises(InvalidInput):
        daily_report(days.counter.uow(), utc(30, 0).date(), now=NOW)
