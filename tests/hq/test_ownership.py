"""A device changes only its own showroom's records (issue 14, item 1).

A Jinan counter that sends events naming Changsha's loan or samples (close the loan, check its samples
in, declare one lost, extend it to 2099, send its samples back to their merchant, lend one, pay out what
the loan owes) has them
stored for the audit trail and never applied: HQ's rows and both showrooms' deposit totals stay as they
were, a `foreign_write` exception names both showrooms, the event and the rows, and the Jinan counter's
other events go on (its sequence is acknowledged past the forged one).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from db.sync_models import ReceivedSyncException
from hq.models import DepositTotal, Event, NetLoan, NetLoanItem, NetSample
from kernel.events import (
    DepositOwedPaid,
    LoanCheckedOut,
    LoanClosed,
    LoanDueExtended,
    LoanedSample,
    OwedPaidLoan,
    ReturnedItem,
    SampleDeclaredLost,
    SamplesCheckedIn,
    SampleSentBack,
    SamplesReturnedToMerchant,
)
from showroom.services import catalog
from tests.hq.helpers import hq_exceptions, hq_streamers

NOW = datetime.now(timezone.utc)


def _close(cs, jn, loan, ids):
    return LoanClosed(loan_id=loan.loan_id, number=loan.number, refund_fen=5000, method="cash")


def _check_in(cs, jn, loan, ids):
    return SamplesCheckedIn(
        showroom_id=jn.showroom_id(),
        items=[
            ReturnedItem(loan_id=loan.loan_id, sample_id=ids[c], code=c, condition="good", note="")
            for c in cs.sample_codes[:2]
        ],
    )


def _declare_lost(cs, jn, loan, ids):
    code = cs.sample_codes[0]
    return SampleDeclaredLost(
        loan_id=loan.loan_id,
        sample_id=ids[code],
        code=code,
        settlement="charge",
        forfeited_fen=0,
        charged_fen=8000,
        charge_method="cash",
        note="丢了",
    )


def _extend(cs, jn, loan, ids):
    return LoanDueExtended(
        loan_id=loan.loan_id,
        number=loan.number,
        old_due_at=loan.due_at,
        new_due_at=datetime(2099, 12, 31, tzinfo=timezone.utc),
        reason="延期",
    )


def _return_to_merchant(cs, jn, loan, ids):
    code = cs.sample_codes[5]  # on Changsha's shelf
    merchant = catalog.list_merchants(cs.uow())[0].id
    return SamplesReturnedToMerchant(
        showroom_id=jn.showroom_id(),
        note="",
        samples=[SampleSentBack(sample_id=ids[code], code=code, merchant_id=merchant)],
    )


def _lend(cs, jn, loan, ids):
    code = cs.sample_codes[5]
    jn_streamer = jn.register("乙", "13744445555")
    return LoanCheckedOut(
        loan_id="0b6f5b8e-0000-4000-8000-000000000001",
        number="JN-L261206001",
        streamer_id=jn_streamer,
        streamer_phone="13744445555",
        showroom_id=jn.showroom_id(),
        due_at=NOW,
        deposit_fen=0,
        deposit_method="cash",
        policy_deposit_fen=0,
        opened_at=NOW,
        staff_id=jn.admin.id,
        tier="diamond",
        planned_stream_date=None,
        has_signature=False,
        override=None,
        samples=[LoanedSample(sample_id=ids[code], code=code, value_fen=8000)],
    )


def _pay_owed(cs, jn, loan, ids):
    return DepositOwedPaid(
        streamer_id=cs.streamer_id("13800138000"),
        phone="13800138000",
        amount_fen=5000,
        method="cash",
        loans=[OwedPaidLoan(loan_id=loan.loan_id, number=loan.number, amount_fen=5000)],
    )


FORGED = {
    "close_loan": _close,
    "check_in": _check_in,
    "declare_lost": _declare_lost,
    "extend_to_2099": _extend,
    "return_to_merchant": _return_to_merchant,
    "lend_its_sample": _lend,
    "pay_out_its_deposit": _pay_owed,
}


def hq_rows(hq) -> dict:
    """Every loan, item, sample and deposit total HQ holds, as plain values."""
    with hq.sessions() as s:
        return {
            "loans": sorted((r.number, r.showroom_id, r.due_at, r.closed_at) for r in s.scalars(select(NetLoan))),
            "items": sorted(
                (r.loan_id, r.sample_id, r.returned_at, r.lost_at, r.superseded_at)
                for r in s.scalars(select(NetLoanItem))
            ),
            "samples": sorted((r.id, r.showroom_id, r.status, r.current_loan_id) for r in s.scalars(select(NetSample))),
            "deposits": sorted(
                (r.showroom_id, r.collected_fen, r.refunded_fen, r.forfeited_fen, r.charged_fen)
                for r in s.scalars(select(DepositTotal))
            ),
        }


@pytest.mark.parametrize("forge", FORGED.values(), ids=FORGED.keys())
def test_an_event_naming_another_showrooms_rows_is_kept_reported_and_never_applied(hq, cs_jn, forge):
    cs, jn = cs_jn
    loan = cs.lend(cs.register("小美", "13800138000"), cs.sample_codes[:2])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    ids = cs.sample_ids()
    event = forge(cs, jn, loan, ids)
    jn.sync(hq.transport)  # what came before the forged event (a streamer registered for it, say)
    before = hq_rows(hq)

    forged_id = jn.record(event)
    jn.register("丙", "13655556666")  # the Jinan counter's next, ordinary work
    jn.sync(hq.transport)

    assert jn.status().pending == 0 and jn.status().last_error is None  # acknowledged past it, nothing stuck
    assert "13655556666" in hq_streamers(hq)  # the work after it applied
    assert hq_rows(hq) == before  # nothing of it applied
    with hq.sessions() as s:
        kept = s.get(Event, forged_id)
    assert kept is not None and json.loads(kept.payload) == event.to_payload()  # kept for the audit trail
    [alert] = [x for x in hq_exceptions(hq) if x.kind == "foreign_write"]
    detail = json.loads(alert.detail)
    assert alert.showroom_codes == "CS,JN" and alert.event_id == forged_id and detail["type"] == event.TYPE
    named = {row["label"] for row in detail["rows"]}
    assert {r["showroom"] for r in detail["rows"]} == {"CS"} and named & ({loan.number} | set(cs.sample_codes))

    cs.sync(hq.transport)  # both showrooms see it
    for room in (cs, jn):
        uow = room.uow()
        with uow.read():
            kinds = list(uow.session.scalars(select(ReceivedSyncException.kind)))
        assert kinds == ["foreign_write"], room.code


def test_a_showroom_still_changes_its_own_rows_and_contradictions_within_it_are_applied_in_order(hq, cs_jn):
    """Ownership takes nothing from a showroom's own facts: a sample lent twice in Changsha (its counter
    restored, say) is applied in order and reported as before."""
    cs, _jn = cs_jn
    sid = cs.register("甲", "13733334444")
    first = cs.lend(sid, cs.sample_codes[:1])
    cs.sync(hq.transport)
    code = cs.sample_codes[0]
    again = LoanCheckedOut(
        loan_id="0b6f5b8e-0000-4000-8000-000000000002",
        number="CS-L261206009",
        streamer_id=sid,
        streamer_phone="13733334444",
        showroom_id=cs.showroom_id(),
        due_at=NOW,
        deposit_fen=0,
        deposit_method="cash",
        policy_deposit_fen=0,
        opened_at=NOW,
        staff_id=cs.admin.id,
        tier="diamond",
        planned_stream_date=None,
        has_signature=False,
        override=None,
        samples=[LoanedSample(sample_id=cs.sample_ids()[code], code=code, value_fen=8000)],
    )
    cs.record(again)
    cs.sync(hq.transport)
    [exception] = hq_exceptions(hq)
    assert exception.kind == "sample_lent_twice" and exception.showroom_codes == "CS"
    with hq.sessions() as s:
        closed = {loan.number: loan.closed_at is not None for loan in s.scalars(select(NetLoan))}
    assert closed == {first.number: True, "CS-L261206009": False}
