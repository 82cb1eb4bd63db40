"""Money moves only with a person at the counter: a loss declared at the desk never refunds an absent
streamer; what their deposit still held is owed to them and paid, by a clerk, at their next visit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from showroom.domain.errors import InvalidInput, PermissionDenied
from showroom.services import checkout, owed, streamers
from showroom.services.common import Actor
from showroom.services.returns import declare_lost
from tests.conftest import T0
from tests.integration.helpers import deposit_entries, dump_database, events

LOST_AT = T0 + timedelta(days=9)
VISIT = T0 + timedelta(days=12)


def test_a_loss_closing_the_loan_owes_the_rest_instead_of_refunding_it(counter):
    # silver holds 50 %: ¥80 on two ¥80 samples; both charged at their value, so all ¥80 is left over
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    declare_lost(counter.uow(), counter.manager, counter.codes[0], "charge", "broken", now=LOST_AT)
    lost = declare_lost(counter.uow(), counter.manager, counter.codes[1], "charge", "never back", now=LOST_AT)
    assert (lost.loan_closed, lost.refunded_fen, lost.owed_fen) == (True, 0, 8000)
    assert deposit_entries(counter.store.db_path, loan.loan_id) == [
        ("collect", 8000, "cash"),
        ("charge", 8000, "cash"),
        ("charge", 8000, "cash"),
        ("owe", 8000, "cash"),
    ]
    panel = streamers.streamer_panel(counter.uow(), counter.streamer_id, now=VISIT)
    assert (panel.owed_fen, panel.deposit_held_fen) == (8000, 0)


def test_what_is_owed_is_paid_at_the_counter_by_a_clerk_and_recorded(counter):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "wechat", now=T0)
    other = checkout.check_out(
        counter.uow(), counter.clerk, counter.streamer_id, counter.codes[1:2], "cash", now=T0 + timedelta(hours=1)
    )
    for code in counter.codes[:2]:
        declare_lost(counter.uow(), counter.manager, code, "charge", "gone", now=LOST_AT)
    assert [(line.loan_number, line.amount_fen) for line in owed.owed_by_loan(counter.uow(), counter.streamer_id)] == [
        (loan.number, 4000),
        (other.number, 4000),
    ]

    paid = owed.pay_owed(counter.uow(), counter.clerk, counter.streamer_id, "cash", now=VISIT)
    assert (paid.amount_fen, paid.method, paid.staff_name, paid.paid_at) == (8000, "cash", "小张", VISIT)
    assert deposit_entries(counter.store.db_path, loan.loan_id)[-1] == ("pay_out", 4000, "cash")
    assert streamers.streamer_panel(counter.uow(), counter.streamer_id, now=VISIT).owed_fen == 0
    [(_, _, event)] = events(counter.store.db_path, "deposit.owed_paid@1")
    assert (event["streamer_id"], event["amount_fen"], event["method"]) == (counter.streamer_id, 8000, "cash")
    assert [(e["number"], e["amount_fen"]) for e in event["loans"]] == [(loan.number, 4000), (other.number, 4000)]


def test_nothing_owed_or_a_waived_payout_is_refused_and_changes_nothing(counter):
    before = dump_database(counter.store.db_path)
    with pytest.raises(InvalidInput) as nothing:
        owed.pay_owed(counter.uow(), counter.clerk, counter.streamer_id, "cash", now=VISIT)
    assert (nothing.value.field, nothing.value.problem, nothing.value.value) == ("owed", "nothing_owed", "小美")
    with pytest.raises(InvalidInput) as waived:
        owed.pay_owed(counter.uow(), counter.clerk, counter.streamer_id, "waived", now=VISIT)
    assert waived.value.problem == "unknown_method"
    with pytest.raises(PermissionDenied):
        owed.pay_owed(counter.uow(), Actor("nobody", "x", "clerk"), counter.streamer_id, "cash", now=VISIT)
    assert dump_database(counter.store.db_path) == before


def test_a_return_at_the_counter_still_refunds_the_person_there(counter):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    declare_lost(counter.uow(), counter.manager, counter.codes[0], "charge", "gone", now=LOST_AT)
    from showroom.services.returns import ReturnRequest, check_in

    [after] = check_in(counter.uow(), counter.clerk, [ReturnRequest(counter.codes[1])], now=VISIT).loans
    assert (after.closed, after.refunded_fen) == (True, 8000)
    assert deposit_entries(counter.store.db_path, loan.loan_id)[-1] == ("refund", 8000, "cash")
    assert owed.owed_by_loan(counter.uow(), counter.streamer_id) == []
