"""Loans replayed: the rows each lending event stands for, as the use case that recorded it wrote them
(showroom/services/checkout.py, returns.py, owed.py), from what the event says."""

from __future__ import annotations

from db.models import DepositEntry, DueDateChange, Loan, LoanItem, Sample, SampleMovement
from kernel.events import (
    DepositOwedPaid,
    LoanCheckedOut,
    LoanClosed,
    LoanDueExtended,
    SampleDeclaredLost,
    SamplesCheckedIn,
)
from showroom.domain.model import DepositKind, LossSettlement, MovementKind, SampleStatus
from showroom.replay.base import ReplayConflict, Replaying
from showroom.replay.superseded import back_before_lent_again, lent_again_here, name_lent_twice
from showroom.services.new_loan import collected_entry, lent_rows
from showroom.services.return_rows import coming_back


def _entry(r: Replaying, loan: dict, kind: str, amount: int, method: str, note: str = "") -> None:
    """A deposit entry of a loan (the batch's row of it)."""
    r.batch.add(
        DepositEntry,
        dict(
            loan_id=loan["id"],
            streamer_id=loan["streamer_id"],
            kind=kind,
            amount_fen=amount,
            method=method,
            staff_id=r.staff_id,
            at=r.at,
            note=note,
        ),
    )


def _loan(r: Replaying, loan_id: str, number: str) -> dict:
    loan = r.batch.get(Loan, loan_id)
    if loan is None:
        raise ReplayConflict("unknown_loan", number)
    return loan


def _open_item(r: Replaying, loan_id: str, sample_id: str, code: str) -> tuple[dict, dict]:
    """(the loan, its item of this sample still out)."""
    loan = r.batch.get(Loan, loan_id)
    item = next((i for i in r.batch.items(loan_id) if i["sample_id"] == sample_id), None) if loan else None
    if item is None or item["returned_at"] is not None or item["lost_at"] is not None:
        raise ReplayConflict("not_on_loan", code)
    return loan, item


def loan_checked_out(r: Replaying, e: LoanCheckedOut) -> None:
    b = r.batch
    if b.find(Loan, "number", e.number) is not None:
        raise ReplayConflict("loan_number_taken", e.number)  # given again after the restore
    streamer_id = r.streamer_id(e.streamer_id, e.streamer_phone)
    lent_again = {}  # sample id -> the loan made here after the restore that holds it: this item is superseded
    for x in e.samples:
        sample = b.get(Sample, x.sample_id)
        if sample is None or sample["status"] != SampleStatus.IN_STOCK.value:
            newer = lent_again_here(r, x.sample_id) if sample is not None else None
            if newer is None:
                raise ReplayConflict("sample_not_in_stock", x.code)
            lent_again[x.sample_id] = newer
    b.add(
        Loan,
        dict(
            id=e.loan_id,
            number=e.number,
            streamer_id=streamer_id,
            staff_id=e.staff_id,
            showroom_id=r.room.id,
            opened_at=e.opened_at,
            due_at=e.due_at,
            planned_stream_date=e.planned_stream_date,
            deposit_fen=e.deposit_fen,
            deposit_method=e.deposit_method,
            signature_png=None,
            closed_at=None,
            override_by=e.override.manager_id if e.override else None,
            override_reason=e.override.reason if e.override else "",
            deposit_rule=e.deposit_rule,
            deposit_rate=e.deposit_rate,
            deposit_rounding=e.deposit_rounding,
        ),
    )
    items, moves = lent_rows(e.loan_id, e.number, list(e.samples), streamer_id, e.staff_id, e.opened_at)
    for item in items:
        newer = lent_again.get(item["sample_id"])
        b.add(LoanItem, dict(item, returned_at=None, lost_at=None, superseded_at=newer.opened_at if newer else None))
    for x in e.samples:
        if x.sample_id in lent_again:
            name_lent_twice(r, x.sample_id, x.code, e.number, lent_again[x.sample_id])
    for x in e.samples:
        b.set(Sample, x.sample_id, status=SampleStatus.ON_LOAN.value)
    for move in moves:
        b.add(SampleMovement, move)
    b.add(
        DepositEntry,
        collected_entry(
            e.loan_id, streamer_id, e.deposit_fen, e.policy_deposit_fen, e.deposit_method, e.staff_id, e.opened_at
        ),
    )
    r.reach_code(e.number)


def samples_checked_in(r: Replaying, e: SamplesCheckedIn) -> None:
    b = r.batch
    for x in e.items:
        loan, item = _open_item(r, x.loan_id, x.sample_id, x.code)
        back = coming_back(
            x.sample_id, x.loan_id, loan["streamer_id"], x.condition, x.note, r.staff_id, r.room.id, r.at
        )
        if item.get("superseded_at") is None:
            b.set(Sample, x.sample_id, **back.sample)
        else:  # lent again here before HQ's history was laid in: the sample stays with the loan that holds it
            back_before_lent_again(r, x.sample_id)
            b.set(LoanItem, item["id"], superseded_at=None)
        b.set(LoanItem, item["id"], **back.item)
        b.add(SampleMovement, back.movement)


def loan_closed(r: Replaying, e: LoanClosed) -> None:
    loan = _loan(r, e.loan_id, e.number)
    r.batch.set(Loan, e.loan_id, closed_at=r.at)
    if e.refund_fen:
        _entry(r, loan, DepositKind.REFUND.value, e.refund_fen, loan["deposit_method"])
    if e.owed_fen:
        note = "owed: loan closed without the streamer"
        _entry(r, loan, DepositKind.OWE.value, e.owed_fen, loan["deposit_method"], note)


def deposit_owed_paid(r: Replaying, e: DepositOwedPaid) -> None:
    for x in e.loans:
        _entry(
            r, _loan(r, x.loan_id, x.number), DepositKind.PAY_OUT.value, x.amount_fen, e.method, "paid what was owed"
        )


def sample_declared_lost(r: Replaying, e: SampleDeclaredLost) -> None:
    b = r.batch
    loan, item = _open_item(r, e.loan_id, e.sample_id, e.code)
    b.set(LoanItem, item["id"], lost_at=r.at, charge_fen=e.forfeited_fen + e.charged_fen)
    b.set(Sample, e.sample_id, status=SampleStatus.LOST.value)
    if e.settlement == LossSettlement.FORFEIT_DEPOSIT.value:
        _entry(r, loan, DepositKind.FORFEIT.value, e.forfeited_fen, loan["deposit_method"], e.note)
    else:
        _entry(r, loan, DepositKind.CHARGE.value, e.charged_fen, e.charge_method, e.note)
    b.add(SampleMovement, _movement(r, e.sample_id, MovementKind.DECLARED_LOST.value, loan, e.note))


def loan_due_extended(r: Replaying, e: LoanDueExtended) -> None:
    b = r.batch
    loan = _loan(r, e.loan_id, e.number)
    b.set(Loan, e.loan_id, due_at=e.new_due_at)
    b.add(
        DueDateChange,
        dict(
            loan_id=e.loan_id,
            old_due_at=e.old_due_at,
            new_due_at=e.new_due_at,
            reason=e.reason,
            staff_id=r.staff_id,
            at=r.at,
        ),
    )
    for item in b.items(e.loan_id):
        if item["returned_at"] is None and item["lost_at"] is None:
            b.add(SampleMovement, _movement(r, item["sample_id"], MovementKind.DUE_EXTENDED.value, loan, e.reason))


def _movement(r: Replaying, sample_id: str, kind: str, loan: dict, detail: str) -> dict:
    return dict(
        sample_id=sample_id,
        kind=kind,
        at=r.at,
        staff_id=r.staff_id,
        loan_id=loan["id"],
        streamer_id=loan["streamer_id"],
        detail=detail,
    )


IN_BULK = {LoanCheckedOut, SamplesCheckedIn, LoanClosed, DepositOwedPaid, SampleDeclaredLost, LoanDueExtended}
PROJECTIONS = {
    LoanCheckedOut: loan_checked_out,
    SamplesCheckedIn: samples_checked_in,
    LoanClosed: loan_closed,
    DepositOwedPaid: deposit_owed_paid,
    SampleDeclaredLost: sample_declared_lost,
    LoanDueExtended: loan_due_extended,
}
