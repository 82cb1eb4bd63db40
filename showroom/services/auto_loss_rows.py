"""The rows of an automatic loss, written the same way by its use cases (showroom/services/auto_loss.py) and by
the replay of their events (showroom/replay/losses.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.loss_models import AutomaticLoss
from db.models import DepositEntry, LoanItem, SampleMovement
from showroom.domain.model import DepositKind, MovementKind, SampleStatus

PENDING, CONFIRMED, REVERSED = "", "confirmed", "reversed"


def pending_on_loan(session: Session, loan_id: str) -> bool:
    """A loan waiting on a manager's word about an automatic loss stays open: closing it would hand back the
    deposit that confirming keeps."""
    return (
        session.scalar(
            select(AutomaticLoss.sample_id).where(AutomaticLoss.loan_id == loan_id, AutomaticLoss.outcome == PENDING)
        )
        is not None
    )


def declare(session: Session, item: LoanItem, days_late: int, forfeitable: int, charge_due: int, at: datetime) -> None:
    item.lost_at = at
    item.sample.status = SampleStatus.LOST.value
    session.add(
        AutomaticLoss(
            loan_id=item.loan_id,
            sample_id=item.sample_id,
            declared_at=at,
            days_late=days_late,
            forfeitable_fen=forfeitable,
            charge_due_fen=charge_due,
            outcome=PENDING,
            forfeited_fen=0,
            note="",
        )
    )
    # no movement yet: a movement names who did it; the manager who confirms or reverses it does


def confirm(
    session: Session, loss: AutomaticLoss, item: LoanItem, forfeited: int, staff_id: str, note: str, at: datetime
) -> None:
    loss.outcome, loss.reviewed_at, loss.reviewed_by, loss.forfeited_fen, loss.note = (
        CONFIRMED,
        at,
        staff_id,
        forfeited,
        note,
    )
    item.charge_fen = forfeited
    if forfeited:
        loan = item.loan
        session.add(
            DepositEntry(
                loan_id=loan.id,
                streamer_id=loan.streamer_id,
                kind=DepositKind.FORFEIT.value,
                amount_fen=forfeited,
                method=loan.deposit_method,
                staff_id=staff_id,
                at=at,
                note=note,
            )
        )
    _move(session, item, MovementKind.DECLARED_LOST, staff_id, at, note or f"auto: {loss.days_late}")


def reverse(session: Session, loss: AutomaticLoss, item: LoanItem, staff_id: str, reason: str, at: datetime) -> None:
    loss.outcome, loss.reviewed_at, loss.reviewed_by, loss.note = REVERSED, at, staff_id, reason
    item.lost_at = None
    item.sample.status = SampleStatus.ON_LOAN.value
    _move(session, item, MovementKind.LOSS_REVERSED, staff_id, at, reason)


def _move(session: Session, item: LoanItem, kind: MovementKind, staff_id: str, at: datetime, detail: str) -> None:
    session.add(
        SampleMovement(
            sample_id=item.sample_id,
            kind=kind.value,
            at=at,
            staff_id=staff_id,
            loan_id=item.loan_id,
            streamer_id=item.loan.streamer_id,
            detail=detail[:300],
        )
    )
