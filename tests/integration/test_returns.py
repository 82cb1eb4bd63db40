"""Taking samples back: partial and full check-in, losses, due-date extensions."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from showroom.domain.errors import InvalidInput, SampleNotInStock
from showroom.services import checkout, samples
from showroom.services.returns import ReturnRequest, check_in, declare_lost, extend_due_date, scan_for_checkin
from tests.conftest import T0
from tests.integration.helpers import deposit_entries, events, rows, sample_status

SHANGHAI = ZoneInfo("Asia/Shanghai")
OUT = T0 + timedelta(hours=1)  # after the fixture's intake, so the history reads in order
LATER = T0 + timedelta(days=2)


@pytest.fixture
def loan(counter):
    """Three samples out to the silver streamer against a 120-yuan WeChat deposit."""
    return checkout.check_out(
        counter.store.uow(), counter.clerk, counter.streamer_id, counter.codes[:3], "wechat", now=OUT
    )


def give_back(counter, *codes, condition="good", note="", now=LATER):
    return check_in(counter.store.uow(), counter.clerk, [ReturnRequest(c, condition, note) for c in codes], now=now)


def test_a_partial_return_keeps_the_loan_open_and_the_deposit_held(counter, loan):
    c = counter.codes
    result = give_back(counter, c[0])
    [after] = result.loans
    assert (after.loan_number, after.returned, after.closed, after.refunded_fen) == (loan.number, [c[0]], False, 0)
    assert [h.sample_code for h in after.still_out] == c[1:3]
    assert deposit_entries(counter.store.db_path, loan.loan_id) == [("collect", 12000, "wechat")]
    assert [sample_status(counter.store.db_path, x) for x in c[:3]] == ["in_stock", "on_loan", "on_loan"]


def test_the_last_return_closes_the_loan_and_refunds_the_deposit(counter, loan):
    c = counter.codes
    give_back(counter, c[0])
    [after] = give_back(counter, c[2], c[1], now=LATER + timedelta(hours=1)).loans
    assert (after.closed, after.refunded_fen, after.refund_method, after.still_out) == (True, 12000, "wechat", [])
    assert after.returned == [c[2], c[1]]
    assert deposit_entries(counter.store.db_path, loan.loan_id) == [
        ("collect", 12000, "wechat"),
        ("refund", 12000, "wechat"),
    ]
    [(closed_at,)] = rows(counter.store.db_path, "SELECT closed_at FROM loan WHERE id = ?", loan.loan_id)
    assert closed_at is not None
    [(_, _, closed)] = events(counter.store.db_path, "loan.closed@1")
    assert (closed["loan_id"], closed["refund_fen"]) == (loan.loan_id, 12000)


def test_a_return_records_condition_staff_and_movement(counter, loan):
    give_back(counter, counter.codes[0], condition="damaged", note=" strap torn ")
    [(cond, note, staff_id, returned_at)] = rows(
        counter.store.db_path,
        """
        SELECT i.return_condition, i.return_note, i.return_staff_id, i.returned_at
        FROM loan_item i JOIN sample s ON s.id = i.sample_id WHERE s.code = ?""",
        counter.codes[0],
    )
    assert (cond, note, staff_id) == ("damaged", "strap torn", counter.clerk.id)
    assert returned_at == "2026-11-22 02:00:00.000000"
    history = samples.sample_detail(counter.store.uow(), counter.codes[0]).history
    assert [h.kind for h in history] == ["received", "checked_out", "checked_in"]
    assert history[-1].loan_number == loan.number
    assert samples.sample_detail(counter.store.uow(), counter.codes[0]).row.condition_note == "damaged: strap torn"


def test_scanning_a_return_says_whose_loan_and_how_late(counter, loan):
    line = scan_for_checkin(counter.store.uow(), counter.codes[1], now=datetime(2026, 11, 27, 9, tzinfo=SHANGHAI))
    assert (line.loan_number, line.streamer_name, line.days_overdue) == (loan.number, "小美", 2)


def test_lost_with_forfeit_keeps_part_of_the_deposit_and_owes_the_rest_to_the_absent_streamer(counter, loan):
    c = counter.codes
    give_back(counter, c[0], c[1])
    lost = declare_lost(
        counter.store.uow(), counter.manager, c[2], "forfeit_deposit", note="streamer moved away", now=LATER
    )
    # 80 yuan value forfeited out of 120 held; the loan is settled, and the streamer is not here: 40 is owed
    assert (lost.forfeited_fen, lost.charged_fen, lost.refunded_fen, lost.loan_closed) == (8000, 0, 0, True)
    assert lost.owed_fen == 4000
    assert deposit_entries(counter.store.db_path, loan.loan_id) == [
        ("collect", 12000, "wechat"),
        ("forfeit", 8000, "wechat"),
        ("owe", 4000, "wechat"),
    ]
    [(_, _, closed)] = events(counter.store.db_path, "loan.closed@1")
    assert (closed["refund_fen"], closed["owed_fen"]) == (0, 4000)
    assert sample_status(counter.store.db_path, c[2]) == "lost"
    [(lost_at, charge)] = rows(
        counter.store.db_path,
        """SELECT i.lost_at, i.charge_fen FROM loan_item i
                                JOIN sample s ON s.id = i.sample_id WHERE s.code = ?""",
        c[2],
    )
    assert lost_at is not None and charge == 8000


def test_lost_with_a_charge_bills_the_value_and_keeps_the_loan_open_while_others_are_out(counter, loan):
    c = counter.codes
    lost = declare_lost(
        counter.store.uow(),
        counter.manager,
        c[0],
        "charge",
        note="broken beyond repair",
        charge_method="alipay",
        now=LATER,
    )
    assert (lost.forfeited_fen, lost.charged_fen, lost.refunded_fen, lost.loan_closed) == (0, 8000, 0, False)
    assert deposit_entries(counter.store.db_path, loan.loan_id) == [
        ("collect", 12000, "wechat"),
        ("charge", 8000, "alipay"),
    ]
    [after] = give_back(counter, c[1], c[2]).loans
    assert (after.closed, after.refunded_fen) == (True, 12000)  # a charge does not eat the deposit
    [(_, _, event)] = events(counter.store.db_path, "sample.declared_lost@1")
    assert (event["code"], event["settlement"], event["charged_fen"]) == (c[0], "charge", 8000)


def test_a_lost_sample_can_not_be_lent_again(counter, loan):
    declare_lost(counter.store.uow(), counter.manager, counter.codes[0], "charge", note="gone", now=LATER)
    with pytest.raises(SampleNotInStock) as err:
        checkout.scan_for_checkout(counter.store.uow(), counter.codes[0])
    assert (err.value.status, err.value.holder_name) == ("lost", None)


def test_a_manager_extends_the_due_date_and_it_is_recorded(counter, loan):
    change = extend_due_date(
        counter.store.uow(), counter.manager, loan.number, date(2026, 11, 30), "stream moved to Sunday", now=LATER
    )
    assert change.old_due_at == loan.due_at
    assert change.new_due_at == datetime(2026, 11, 30, 23, 59, 59, tzinfo=SHANGHAI)
    db = counter.store.db_path
    [(old, new, reason, staff_id)] = rows(db, "SELECT old_due_at, new_due_at, reason, staff_id FROM due_date_change")
    assert (old, new, reason, staff_id) == (
        "2026-11-25 15:59:59.000000",
        "2026-11-30 15:59:59.000000",
        "stream moved to Sunday",
        counter.manager.id,
    )
    [(due,)] = rows(db, "SELECT due_at FROM loan WHERE id = ?", loan.loan_id)
    assert due == "2026-11-30 15:59:59.000000"
    assert len(rows(db, "SELECT 1 FROM sample_movement WHERE kind = 'due_extended'")) == 3
    [(_, _, event)] = events(db, "loan.due_extended@1")
    assert (event["number"], event["reason"]) == (loan.number, "stream moved to Sunday")


def test_an_extension_into_the_past_is_refused(counter, loan):
    with pytest.raises(InvalidInput) as err:
        extend_due_date(counter.store.uow(), counter.manager, loan.number, date(2026, 11, 21), "oops", now=LATER)
    assert err.value.problem == "in_past"
