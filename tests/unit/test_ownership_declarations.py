"""Every id of a loan or a sample in an event HQ applies is declared with its owner (`names=`), so HQ's one
ownership check (hq/ownership.py) covers each new event type as soon as it is declared."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from hq.ownership import named_rows
from kernel.events import APPLIES, EVENTS, LoanCheckedOut, LoanedSample, ReturnedItem, SamplesCheckedIn
from kernel.events.fields import LOAN, SAMPLE, Uuid
from kernel.events.records import ListOf, Nested
from showroom.domain.policy import HeldElsewhere, NetworkStanding, Standing, TierPolicy, checkout_blocks, with_network
from showroom.domain.reasons import StatusReason

OWNED = {"loan_id": LOAN, "sample_id": SAMPLE}
# Cross-city operations, declared as such (DESIGN.md): a receipt names the sender's samples, which become the
# receiver's by it; HQ checks it against the transfer instead (hq/transfer_projections.py). A return anywhere
# names the lender's loan and sample; HQ checks the loan line is open instead (hq/returns_elsewhere.py); its
# settlement names the sample HQ told the taker of, checked against HQ's exception instead. A short sample settled
# afterwards is the sender's or the receiver's depending on which city HQ heard first; HQ checks each against the
# transfer (hq/shortfall_projections.py).
CROSS_CITY = {
    "transfer.received@1",
    "loan.returned_elsewhere@1",
    "return_elsewhere.settled@1",
    "transfer.short_settled@1",
    "transfer.arrived_late@1",
}


def _fields(record):
    for f in record.FIELDS:
        inner = f.item if isinstance(f, ListOf) else f
        if isinstance(inner, Nested):
            yield from _fields(inner.record)
        else:
            yield f


def test_every_loan_and_sample_id_hq_applies_names_its_owner():
    for name, cls in EVENTS.items():
        if cls.HQ != APPLIES or name in CROSS_CITY:
            continue
        for f in _fields(cls):
            if f.name in OWNED:
                assert isinstance(f, Uuid) and f.names == OWNED[f.name], f"{name}: {f.name}"


def test_the_rows_an_event_names_are_read_from_its_declaration():
    now = datetime(2026, 12, 6, tzinfo=timezone.utc)
    lent = LoanCheckedOut(
        loan_id="l" * 36,
        number="CS-L261206001",
        streamer_id="s" * 36,
        streamer_phone="13800138000",
        showroom_id="r" * 36,
        due_at=now,
        deposit_fen=0,
        deposit_method="cash",
        policy_deposit_fen=0,
        opened_at=now,
        staff_id="t" * 36,
        tier="new",
        planned_stream_date=None,
        has_signature=False,
        override=None,
        samples=[LoanedSample(sample_id=f"{i}" * 36, code=f"CS-00000{i}", value_fen=1) for i in (1, 2)],
    )
    assert named_rows(lent) == [(LOAN, "l" * 36), (SAMPLE, "1" * 36), (SAMPLE, "2" * 36)]
    back = SamplesCheckedIn(
        showroom_id="r" * 36,
        items=[ReturnedItem(loan_id="l" * 36, sample_id="1" * 36, code="CS-000001", condition="good", note="")],
    )
    assert named_rows(back) == [(LOAN, "l" * 36), (SAMPLE, "1" * 36)]


def test_the_network_standing_folds_into_the_local_one():
    local = Standing(status="active", status_reason="", holding=1, overdue=0)
    far = NetworkStanding("", (HeldElsewhere("长沙直播样品间", 3, 2, True),), None)
    assert with_network(local, None) == local
    folded = with_network(local, far)
    assert (folded.status, folded.status_reason, folded.holding, folded.overdue) == (
        "suspended",
        "长沙直播样品间",
        1,
        2,
    )
    suspended_here = Standing(
        status="suspended", status_reason="态度", holding=0, overdue=1, reason=StatusReason("态度")
    )
    assert with_network(suspended_here, far) == replace(suspended_here, overdue=3)
    blacklisted = with_network(suspended_here, NetworkStanding("济南直播样品间", (), None))
    [block, *_] = checkout_blocks(blacklisted, TierPolicy("new", 3, 3, "none"), 1)
    assert (block.kind, block.overridable, block.reason) == ("blacklisted", False, "济南直播样品间")
