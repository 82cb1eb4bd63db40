"""Declaring lost and the automatic suspension change the streamer's standing at the next check-out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from showroom.domain.errors import StreamerBlocked
from showroom.services import checkout, streamers
from showroom.services.common import put_setting
from showroom.services.overdue import overdue_board
from showroom.services.reminders import log_reminder, reminders_for
from showroom.services.returns import declare_lost
from tests.conftest import T0
from tests.desk.scenario import utc
from tests.integration.helpers import events

# 小美 is silver: 5 days to return, suspended automatically after 7 days late.
DUE_PLUS = lambda days: utc(25, 16) + timedelta(days=days - 1)  # noqa: E731  local midnight starting day N late


@pytest.fixture
def lent(counter):
    return checkout.check_out(
        counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=T0 + timedelta(hours=1)
    )


def blocks_at(counter, when, codes):
    with pytest.raises(StreamerBlocked) as refused:
        checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, codes, "cash", now=when)
    return {b.kind: b for b in refused.value.blocks}


def test_six_days_late_is_an_overdue_block_only(counter, lent):
    kinds = blocks_at(counter, DUE_PLUS(6), counter.codes[1:2])
    assert set(kinds) == {"overdue"}
    assert streamers.find_streamer(counter.uow(), "13800138000").status == "active"


def test_seven_days_late_suspends_at_the_next_check_out_and_it_stays(counter, lent):
    kinds = blocks_at(counter, DUE_PLUS(7), counter.codes[1:2])
    assert set(kinds) == {"suspended", "overdue"}
    suspended = kinds["suspended"]
    assert (suspended.reason_key, suspended.reason_params) == (
        "auto_suspend_overdue",
        {"code": counter.codes[0], "days": 7},
    )
    me = streamers.find_streamer(counter.uow(), "13800138000")
    assert me.status == "suspended"  # kept although the check-out itself was refused
    [(_, _, change)] = events(counter.store.db_path, "streamer.status_changed@1")
    assert change["automatic"] is True and change["days_late"] == 7 and change["to"] == "suspended"


def test_the_overdue_screen_refresh_suspends_too_and_only_once(counter, lent):
    assert overdue_board(counter.uow(), now=DUE_PLUS(6)).suspended_now == []
    board = overdue_board(counter.uow(), now=DUE_PLUS(8))
    assert board.suspended_now == ["小美"]
    assert [(l.sample_code, l.tier, l.days_late) for l in board.lines] == [(counter.codes[0], "overdue", 8)]
    assert overdue_board(counter.uow(), now=DUE_PLUS(9)).suspended_now == []


def test_declaring_lost_lowers_the_limits_at_the_next_check_out(counter, lent):
    with counter.uow() as uow:
        put_setting(uow, "reliability.min_on_time_percent", 80)
        put_setting(uow, "reliability.min_samples", 1)
        uow.commit()
    quote = checkout.quote_checkout(counter.uow(), counter.streamer_id, counter.codes[1:5], now=utc(21, 2))
    assert [b.kind for b in quote.blocks] == []  # silver: up to 6
    declare_lost(counter.uow(), counter.manager, counter.codes[0], "forfeit_deposit", "lost in a taxi", now=utc(21, 3))
    kinds = blocks_at(counter, utc(21, 4), counter.codes[1:5])
    assert kinds["over_limit"].limit == 3  # treated as newcomer after the loss
    panel_policy = checkout.quote_checkout(counter.uow(), counter.streamer_id, counter.codes[1:2], now=utc(21, 4))
    assert panel_policy.deposit_fen == 8000  # newcomer's deposit: 100 % of the value


def test_a_reminder_is_kept_and_shows_on_the_call_list(counter, lent):
    log_reminder(
        counter.uow(), counter.clerk, counter.streamer_id, "wechat", "promised", "back on Friday", now=DUE_PLUS(1)
    )
    [kept] = reminders_for(counter.uow(), counter.streamer_id)
    assert (kept.channel, kept.outcome, kept.staff_name, kept.note) == ("wechat", "promised", "小张", "back on Friday")
    [line] = overdue_board(counter.uow(), now=DUE_PLUS(2)).lines
    assert (line.last_reminder.channel, line.last_reminder.staff_name) == ("wechat", "小张")
    assert events(counter.store.db_path, "streamer.reminded@1")[0][2]["outcome"] == "promised"


def test_a_reminder_with_an_unknown_channel_or_someone_elses_loan_changes_nothing(counter, lent):
    from showroom.domain.errors import InvalidInput, NotFound
    from tests.integration.helpers import dump_database

    before = dump_database(counter.store.db_path)
    with pytest.raises(InvalidInput):
        log_reminder(counter.uow(), counter.clerk, counter.streamer_id, "fax", "promised", now=DUE_PLUS(1))
    assert dump_database(counter.store.db_path) == before
    other = streamers.register_streamer(counter.uow(), counter.clerk, "阿强", "13900139000", "kuaishou", now=T0)
    before = dump_database(counter.store.db_path)
    with pytest.raises(NotFound):
        log_reminder(
            counter.uow(), counter.clerk, other.id, "phone", "no_answer", loan_number=lent.number, now=DUE_PLUS(1)
        )
    assert dump_database(counter.store.db_path) == before


def test_the_call_list_moves_a_sample_to_late_at_local_midnight(counter, lent):
    due = utc(25, 15, 59, 59)  # 25 Nov 23:59:59 in Changsha
    [on_time] = overdue_board(counter.uow(), now=due, enforce=False).lines
    [late] = overdue_board(counter.uow(), now=due + timedelta(seconds=1), enforce=False).lines
    assert (on_time.tier, on_time.days_late) == ("due_soon", 0)
    assert (late.tier, late.days_late) == ("late", 1)
    assert overdue_board(counter.uow(), now=utc(22, 15, 59, 59), enforce=False).lines == []  # 3 days ahead
    assert overdue_board(counter.uow(), now=utc(22, 16), enforce=False).lines[0].tier == "due_soon"  # 23 Nov 00:00
