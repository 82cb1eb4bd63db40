"""A mailed loan on the overdue list: a parcel stuck at a step has its own tier (not delivered, not sent back,
on its way back too long); samples still out after a partial return by post are missing, as at the counter; the
reminders log takes a parcel's streamer like any other."""

from __future__ import annotations

from datetime import timedelta

from showroom.services.overdue import overdue_board
from showroom.services.parcel_steps import mark_delivered, record_return_shipped
from showroom.services.reminders import log_reminder
from showroom.services.returns import ReturnRequest, check_in
from tests.integration.mailing_fixtures import RETURN_WAYBILL, SHIPPED, WAYBILL, mail_three


def tiers(counter, days: float) -> dict[str, tuple[str, int]]:
    board = overdue_board(counter.uow(), now=SHIPPED + timedelta(days=days), enforce=False)
    return {line.sample_code: (line.tier, line.days_late) for line in board.lines}


def test_a_parcel_not_delivered_in_the_transit_days(counter):
    mail_three(counter)  # 3 days either way, 7 kept
    assert tiers(counter, 3) == {}
    c = counter.codes
    assert tiers(counter, 5) == {c[0]: ("not_delivered", 2), c[1]: ("not_delivered", 2), c[2]: ("not_delivered", 2)}


def test_a_parcel_delivered_and_not_sent_back(counter):
    mail_three(counter)
    mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=2))
    assert tiers(counter, 9) == {}
    assert set(tiers(counter, 10).values()) == {("not_sent_back", 1)}  # before the loan itself is due
    # once the loan is 7 days late it is overdue like any other
    assert set(tiers(counter, 12 + 8).values()) == {("overdue", 8)}


def test_a_return_parcel_on_its_way_too_long(counter):
    mail_three(counter)
    mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=2))
    record_return_shipped(counter.uow(), counter.clerk, WAYBILL, "yto", RETURN_WAYBILL, now=SHIPPED + timedelta(days=8))
    assert tiers(counter, 11) == {}
    assert set(tiers(counter, 12).values()) == {("return_too_long", 1)}


def test_one_back_damaged_by_post_leaves_two_missing_as_at_the_counter(counter):
    c = counter.codes
    mail_three(counter)
    mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=2))
    record_return_shipped(counter.uow(), counter.clerk, WAYBILL, "yto", RETURN_WAYBILL, now=SHIPPED + timedelta(days=8))
    check_in(counter.uow(), counter.clerk, [ReturnRequest(c[0], "damaged", "压坏")], now=SHIPPED + timedelta(days=10))
    assert tiers(counter, 14) == {c[1]: ("missing", 2), c[2]: ("missing", 2)}
    log_reminder(
        counter.uow(),
        counter.clerk,
        counter.streamer_id,
        "wechat",
        "promised",
        "周五寄回",
        now=SHIPPED + timedelta(days=14),
    )
    board = overdue_board(counter.uow(), now=SHIPPED + timedelta(days=14, hours=1), enforce=False)
    assert {line.last_reminder.outcome for line in board.lines} == {"promised"}
