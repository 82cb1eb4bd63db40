"""Loans replayed: the rows each lending event stands for, as the use case that recorded it wrote them
(showroom/services/checkout.py, returns.py, owed.py), from what the event says."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm.attributes import set_committed_value

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
from showroom.services.new_loan import lend_items
from showroom.services.returns import take_back


def _entry(r: Replaying, loan: Loan, kind: str, amount: int, method: str, note: str = "") -> None:
    r.session.add(
        DepositEntry(
            loan_id=loan.id,
            streamer_id=loan.streamer_id,
            kind=kind,
            amount_fen=amount,
            method=method,
            staff_id=r.staff_id,
            at=r.at,
            note=note,
        )
    )


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
    s = r.session
    if s.scalar(select(Loan.id).where(Loan.number == e.number)) is not None:
        raise ReplayConflict("loan_number_taken", e.number)  # given again after the restore
    streamer_id = r.streamer_id(e.streamer_id, e.streamer_phone)
    samples = [s.get(Sample, x.sample_id) for x in e.samples]
    for x, sample in zip(e.samples, samples):
        if sample is None or sample.status != SampleStatus.IN_STOCK.value:
            raise ReplayConflict("sample_not_in_stock", x.code)
    s.add(
        Loan(
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
        )
    )
    s.flush()
    lend_items(r.uow, e.loan_id, e.number, list(e.samples), streamer_id, e.staff_id, e.opened_at)
    for sample in samples:  # lend_items marked them on loan in SQL: said here, not read again
        set_committed_value(sample, "status", SampleStatus.ON_LOAN.value)
    waived = f"waived {e.policy_deposit_fen}" if e.deposit_fen != e.policy_deposit_fen else ""
    s.add(
        DepositEntry(
            loan_id=e.loan_id,
            streamer_id=streamer_id,
            kind=DepositKind.COLLECT.value,
            amount_fen=e.deposit_fen,
            method=e.deposit_method,
            staff_id=e.staff_id,
            at=e.opened_at,
            note=waived,
        )
    )
    r.reach_code(e.number)


def samples_checked_in(r: Replaying, e: SamplesCheckedIn) -> None:
    for x in e.items:
        take_back(
            r.uow, _open_item(r, x.loan_id, x.sample_id, x.code), x.condition, x.note, r.staff_id, r.room.id, r.at
        )


def loan_closed(r: Replaying, e: LoanClosed) -> None:
    loan = _loan(r, e.loan_id, e.number)
    loan.closed_at = r.at
    if e.refund_fen:
        _entry(r, loan, DepositKind.REFUND.value, e.refund_fen, loan.deposit_method)
    if e.owed_fen:
        _entry(
            r, loan, DepositKind.OWE.value, e.owed_fen, loan.deposit_method, "owed: loan closed without the streamer"
        )


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


PROJECTIONS = {
    LoanCheckedOut: loan_checked_out,
    SamplesCheckedIn: samples_checked_in,
    LoanClosed: loan_closed,
    DepositOwedPaid: deposit_owed_paid,
    SampleDeclaredLost: sample_declared_lost,
    LoanDueExtended: loan_due_extended,
}
