"""The facts papers are printed from, and the print settings, on a real migrated showroom."""

from __future__ import annotations

from datetime import timedelta

import pytest

from showroom.domain.errors import InvalidInput, NotFound, PermissionDenied, UnknownCode
from showroom.services import checkout, papers, returns
from showroom.services.returns import ReturnRequest
from showroom.services.settings import read_settings, save_settings
from tests.conftest import T0


def lend(counter, codes, at=T0):
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, codes, "cash", now=at)


def test_label_facts_keep_the_order_given_and_refuse_an_unknown_code(counter):
    facts = papers.label_facts(counter.uow(), [counter.codes[2], counter.codes[0].lower()])
    assert [f.code for f in facts] == [counter.codes[2], counter.codes[0]]
    assert (
        facts[0].product_name == "每日坚果 30包" and facts[0].merchant_name == "良品铺子" and facts[0].shelf == "A-01"
    )
    with pytest.raises(UnknownCode):
        papers.label_facts(counter.uow(), [counter.codes[0], "CS-999999"])


def test_return_receipt_says_what_came_back_and_what_is_still_out(counter):
    first = lend(counter, counter.codes[:2])
    second = lend(counter, counter.codes[2:3], at=T0 + timedelta(hours=1))
    back_at = first.due_at + timedelta(days=2)  # two local days late
    returns.check_in(
        counter.uow(), counter.clerk, [ReturnRequest(counter.codes[0], "damaged", "盒子压坏")], now=back_at
    )
    [facts] = papers.return_receipts(counter.uow(), [first.number], back_at, now=back_at)
    assert [(r.code, r.condition, r.days_late, r.note) for r in facts.returned] == [
        (counter.codes[0], "damaged", 2, "盒子压坏")
    ]
    assert sorted(s.code for s in facts.still_out) == sorted([counter.codes[1], counter.codes[2]])
    assert {s.loan_number for s in facts.still_out} == {first.number, second.number}
    assert facts.refunds == [] and facts.closed_loans == []
    assert facts.staff_name == "小张" and facts.streamer_phone == "13800138000"

    later = back_at + timedelta(minutes=5)
    returns.check_in(counter.uow(), counter.clerk, [ReturnRequest(counter.codes[1], "good")], now=later)
    [closing] = papers.return_receipts(counter.uow(), [first.number], later, now=later)
    assert [r.code for r in closing.returned] == [counter.codes[1]]
    assert closing.closed_loans == [first.number]
    assert [(r.loan_number, r.amount_fen, r.method) for r in closing.refunds] == [
        (first.number, first.deposit_fen, "cash")
    ]
    # a reprint later shows every return of the loan so far
    [reprint] = papers.return_receipts(counter.uow(), [first.number], None, now=later)
    assert [r.code for r in reprint.returned] == counter.codes[:2]


def test_return_receipts_refuse_an_unknown_loan(counter):
    with pytest.raises(NotFound):
        papers.return_receipts(counter.uow(), ["CS-L261120999"])


def test_member_card_facts(counter):
    facts = papers.member_card_facts(counter.uow(), "cs-m00001")
    assert facts.streamer.name == "小美" and facts.showroom_name == "长沙样品间"


def test_settings_start_at_their_defaults_and_only_a_manager_changes_them(counter):
    assert read_settings_now(counter)["print.label.layout"] == "thermal-50x30"
    with pytest.raises(PermissionDenied):
        save_settings(counter.uow(), counter.clerk, {"print.label.layout": "a4-3x8"})
    saved = save_settings(
        counter.uow(),
        counter.manager,
        {
            "print.label.layout": "a4-3x8",
            "print.receipt.width_mm": 58,
            "print.receipt.after_checkin": False,
            "receipt.terms": "七天内归还",
        },
    )
    assert saved == read_settings_now(counter)
    assert (
        saved["print.label.layout"],
        saved["print.receipt.width_mm"],
        saved["print.receipt.after_checkin"],
        saved["receipt.terms"],
    ) == ("a4-3x8", 58, False, "七天内归还")


@pytest.mark.parametrize(
    "changes",
    [
        {"print.label.layout": "a5-1x1"},
        {"print.receipt.copies": 0},
        {"print.receipt.width_mm": 70},
        {"print.receipt.after_checkout": "yes"},
        {"no.such.setting": 1},
    ],
)
def test_a_bad_setting_is_refused_and_nothing_changes(counter, changes):
    before = read_settings_now(counter)
    with pytest.raises(InvalidInput):
        save_settings(counter.uow(), counter.manager, {"print.label.layout": "a4-3x7", **changes})
    assert read_settings_now(counter) == before


def read_settings_now(counter):
    return read_settings(counter.uow())
