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
from showroom.services.new_loan import collected_entry, lent_rows
from showroom.services.return_rows import coming_back


def _entry_row(r: Replaying, loan, kind: str, amount: int, method: str, note: str = "") -> dict:
    """A deposit entry of a loan (an ORM Loan or the batch's row of one)."""
    loan_id, streamer_id = (loan["id"], loan["streamer_id"]) if isinstance(loan, dict) else (loan.id, loan.streamer_id)
    return dict(
        loan_id=loan_id,
        streamer_id=streamer_id,
        kind=kind,
        amount_fen=amount,
        method=method,
        staff_id=r.staff_id,
        at=r.at,
        note=note,
    )


def _entry(r: Replaying, loan: Loan, kind: str, amount: int, method: str, note: str = "") -> None:
    r.session.add(DepositEntry(**_entry_row(r, loan, kind, amount, method, note)))


def _loan(r: Replaying, loan_id: str, number: str) -> Loan:
    loan = r.session.get(Loan, loan_id)
    if loan is None:
        raise ReplayConflict("unknown_loan", number)
    return loan


def _open_item(r: Replaying, loan_id: str, sample_id: str, code: str) -> LoanItem:
    # through the loan's items: one query a loan, none when the page read it up front (showroom/replay/warm.py)
    loan = r.session.get(Loan, loan_id)
    item = next((i for i in loan.items if i.sample_id == sample_id), None) if loan is not None else None
    if item is None or item.returned_at is not None or item.lost_at is not None:
        raise ReplayConflict("not_on_loan", code)
    return item


def loan_checked_out(r: Replaying, e: LoanCheckedOut) -> None:
    b = r.batch
    if b.find(Loan, "number", e.number) is not None:
        raise ReplayConflict("loan_number_taken", e.number)  # given again after the restore
    streamer_id = r.streamer_id(e.streamer_id, e.streamer_phone)
    for x in e.samples:
        sample = b.get(Sample, x.sample_id)
        if sample is None or sample["status"] != SampleStatus.IN_STOCK.value:
            raise ReplayConflict("sample_not_in_stock", x.code)
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
        b.add(LoanItem, dict(item, returned_at=None, lost_at=None))
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
        loan = b.get(Loan, x.loan_id)
        item = next((i for i in b.items(x.loan_id) if i["sample_id"] == x.sample_id), None) if loan else None
        if item is None or item["returned_at"] is not None or item["lost_at"] is not None:
            raise ReplayConflict("not_on_loan", x.code)
        back = coming_back(
            x.sample_id, x.loan_id, loan["streamer_id"], x.condition, x.note, r.staff_id, r.room.id, r.at
        )
        b.set(LoanItem, item["id"], **back.item)
        b.set(Sample, x.sample_id, **back.sample)
        b.add(SampleMovement, back.movement)


def loan_closed(r: Replaying, e: LoanClosed) -> None:
    b = r.batch
    loan = b.get(Loan, e.loan_id)
    if loan is None:
        raise ReplayConflict("unknown_loan", e.number)
    b.set(Loan, e.loan_id, closed_at=r.at)
    if e.refund_fen:
        b.add(DepositEntry, _entry_row(r, loan, DepositKind.REFUND.value, e.refund_fen, loan["deposit_method"]))
    if e.owed_fen:
        note = "owed: loan closed without the streamer"
        b.add(DepositEntry, _entry_row(r, loan, DepositKind.OWE.value, e.owed_fen, loan["deposit_method"], note))


def deposit_owed_paid(r: Replaying, e: DepositOwedPaid) -> None:
    for x in e.loans:
        _entry(
            r, _loan(r, x.loan_id, x.number), DepositKind.PAY_OUT.value, x.amount_fen, e.method, "paid what was owed"
        )


def sample_declared_lost(r: Replaying, e: SampleDeclaredLost) -> None:
    item = _open_item(r, e.loan_id, e.sample_id, e.code)
    loan = item.loan
    item.lost_at = r.at
    item.sample.status = SampleStatus.LOST.value
    item.charge_fen = e.forfeited_fen + e.charged_fen
    if e.settlement == LossSettlement.FORFEIT_DEPOSIT.value:
        _entry(r, loan, DepositKind.FORFEIT.value, e.forfeited_fen, loan.deposit_method, e.note)
    else:
        _entry(r, loan, DepositKind.CHARGE.value, e.charged_fen, e.charge_method, e.note)
    r.session.add(
        SampleMovement(
            sample_id=e.sample_id,
            kind=MovementKind.DECLARED_LOST.value,
            at=r.at,
            staff_id=r.staff_id,
            loan_id=loan.id,
            streamer_id=loan.streamer_id,
            detail=e.note,
        )
    )


def loan_due_extended(r: Replaying, e: LoanDueExtended) -> None:
    loan = _loan(r, e.loan_id, e.number)
    loan.due_at = e.new_due_at
    r.session.add(
        DueDateChange(
            loan_id=loan.id,
            old_due_at=e.old_due_at,
            new_due_at=e.new_due_at,
            reason=e.reason,
            staff_id=r.staff_id,
            at=r.at,
        )
    )
    for item in loan.items:
        if item.returned_at is None and item.lost_at is None:
            r.session.add(
                SampleMovement(
                    sample_id=item.sample_id,
                    kind=MovementKind.DUE_EXTENDED.value,
                    at=r.at,
                    staff_id=r.staff_id,
                    loan_id=loan.id,
                    streamer_id=loan.streamer_id,
                    detail=e.reason,
                )
            )


IN_BULK = {LoanCheckedOut, SamplesCheckedIn, LoanClosed}
PROJECTIONS = {
    LoanCheckedOut: loan_checked_out,
    SamplesCheckedIn: samples_checked_in,
    LoanClosed: loan_closed,
    DepositOwedPaid: deposit_owed_paid,
    SampleDeclaredLost: sample_declared_lost,
    LoanDueExtended: loan_due_extended,
}
