"""Automatic losses replayed: the rows each event stands for, written by the helpers its use cases use
(showroom/services/auto_loss_rows.py). Closing the loan after a confirmation is its own event (loan.closed)."""

from __future__ import annotations

from sqlalchemy import select

from db.loss_models import AutomaticLoss
from db.models import LoanItem
from kernel.events import AutomaticLossConfirmed, AutomaticLossReversed, SampleLostAutomatically
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services import auto_loss_rows as rows


def _item(r: Replaying, loan_id: str, sample_id: str, code: str) -> LoanItem:
    item = r.session.scalar(select(LoanItem).where(LoanItem.loan_id == loan_id, LoanItem.sample_id == sample_id))
    if item is None:
        raise ReplayConflict("unknown_loan", code)
    return item


def _pending(r: Replaying, loan_id: str, sample_id: str, code: str) -> tuple[AutomaticLoss, LoanItem]:
    loss = r.session.get(AutomaticLoss, (loan_id, sample_id))
    if loss is None or loss.outcome != rows.PENDING:
        raise ReplayConflict("no_pending_loss", code)
    return loss, _item(r, loan_id, sample_id, code)


def sample_lost_automatically(r: Replaying, e: SampleLostAutomatically) -> None:
    item = _item(r, e.loan_id, e.sample_id, e.code)
    if item.returned_at is not None or item.lost_at is not None:
        raise ReplayConflict("not_on_loan", e.code)
    rows.declare(r.session, item, e.days_late, e.forfeitable_fen, e.charge_due_fen, r.at)


def automatic_loss_confirmed(r: Replaying, e: AutomaticLossConfirmed) -> None:
    loss, item = _pending(r, e.loan_id, e.sample_id, e.code)
    rows.confirm(r.session, loss, item, e.forfeited_fen, r.staff_id, e.note, r.at)


def automatic_loss_reversed(r: Replaying, e: AutomaticLossReversed) -> None:
    loss, item = _pending(r, e.loan_id, e.sample_id, e.code)
    rows.reverse(r.session, loss, item, r.staff_id, e.reason, r.at)


PROJECTIONS = {
    SampleLostAutomatically: sample_lost_automatically,
    AutomaticLossConfirmed: automatic_loss_confirmed,
    AutomaticLossReversed: automatic_loss_reversed,
}
