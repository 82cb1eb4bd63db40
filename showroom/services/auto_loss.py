"""Automatic loss (issue 17.4): a sample held as many days late as its streamer's tier allows (the tier's
`lose_after_days_late`; no threshold, never) is declared lost by the counter itself. It counts as lost at once
(no longer on the overdue list, in the streamer's record as a loss) and waits for a manager: confirming keeps
the deposit held for it, up to its value (what the value exceeds is owed by the streamer, `charge_due_fen`);
reversing puts it back on loan. The loan stays open while a loss waits, so no deposit is handed back meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from db.loss_models import AutomaticLoss
from db.models import Loan, LoanItem, Product, Sample, Streamer
from db.uow import UnitOfWork
from kernel.events import AutomaticLossConfirmed, AutomaticLossReversed, SampleLostAutomatically
from showroom.domain.errors import NotFound
from showroom.domain.model import Role
from showroom.domain.overdue_tiers import should_declare_lost
from showroom.domain.policy import days_overdue
from showroom.services import auto_loss_rows as rows
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, local_tz, optional_text, required_text, resolve_now
from showroom.services.records import OPEN_ITEM, deposit_balance, policy_for, sample_by_code
from showroom.services.returns import close_if_done


@dataclass(frozen=True)
class AutomaticLossLine:
    code: str
    product_name: str
    streamer_name: str
    loan_number: str
    days_late: int
    declared_at: datetime
    forfeitable_fen: int
    charge_due_fen: int


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS, when=bool)
def enforce_losses(uow: UnitOfWork, now: datetime | None = None) -> list[str]:
    """Declares lost every sample held as many days late as its tier allows; one transaction, committed only
    when there is one. Returns their codes. The overdue screen runs it before its list."""
    now = resolve_now(now)
    with uow:
        tz, s = local_tz(uow), uow.session
        q = (
            select(LoanItem, Streamer.tier, Loan.due_at)
            .select_from(LoanItem)
            .join(Loan, Loan.id == LoanItem.loan_id)
            .join(Streamer, Loan.streamer_id == Streamer.id)
            .where(Loan.due_at < now, *OPEN_ITEM, ~_declared_before())
            .order_by(Loan.due_at, LoanItem.sample_id)
        )
        thresholds: dict[str, int | None] = {}
        declared = []
        for item, tier, due in s.execute(q).all():
            if tier not in thresholds:
                thresholds[tier] = policy_for(uow, tier).lose_after_days_late
            late = days_overdue(due, now, tz)
            if not should_declare_lost(thresholds[tier], late):
                continue
            held = deposit_balance(uow, loan_id=item.loan_id) - _promised(s, item.loan_id)
            forfeitable = min(max(held, 0), item.value_fen)
            charge_due = item.value_fen - forfeitable
            rows.declare(s, item, late, forfeitable, charge_due, now)
            s.flush()
            uow.record_event(
                SampleLostAutomatically(
                    loan_id=item.loan_id,
                    sample_id=item.sample_id,
                    code=item.sample.code,
                    days_late=late,
                    forfeitable_fen=forfeitable,
                    charge_due_fen=charge_due,
                ),
                staff_id=None,
                at=now,
            )
            declared.append(item.sample.code)
        if declared:
            uow.commit()
        return declared


def _declared_before():
    """A loss a manager reversed is not declared again: they know where the sample is."""
    return (
        select(AutomaticLoss.sample_id)
        .where(AutomaticLoss.loan_id == LoanItem.loan_id, AutomaticLoss.sample_id == LoanItem.sample_id)
        .exists()
    )


def _promised(session, loan_id: str) -> int:
    """Deposit of this loan already set aside for losses waiting on a manager."""
    return session.scalar(
        select(func.coalesce(func.sum(AutomaticLoss.forfeitable_fen), 0)).where(
            AutomaticLoss.loan_id == loan_id, AutomaticLoss.outcome == rows.PENDING
        )
    )


def _pending(uow: UnitOfWork, code: str) -> tuple[AutomaticLoss, LoanItem]:
    sample = sample_by_code(uow, code)
    loss = uow.session.scalar(
        select(AutomaticLoss).where(AutomaticLoss.sample_id == sample.id, AutomaticLoss.outcome == rows.PENDING)
    )
    if loss is None:
        raise NotFound("automatic_loss", sample.code)
    item = uow.session.scalar(
        select(LoanItem).where(LoanItem.loan_id == loss.loan_id, LoanItem.sample_id == loss.sample_id)
    )
    return loss, item


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def confirm_automatic_loss(
    uow: UnitOfWork, actor: Actor, code: str, note: str = "", now: datetime | None = None
) -> AutomaticLossLine:
    """Manager only. The deposit set aside is kept (no more than is still held); the loan closes when nothing
    else of it is out, what it still holds owed to the streamer."""
    now = resolve_now(now)
    note = optional_text("note", note, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "declare_lost")
        loss, item = _pending(uow, code)
        line = _line(uow, loss)
        forfeited = min(loss.forfeitable_fen, max(deposit_balance(uow, loan_id=loss.loan_id), 0))
        rows.confirm(uow.session, loss, item, forfeited, staff.id, note, now)
        uow.record_event(
            AutomaticLossConfirmed(
                loan_id=loss.loan_id, sample_id=loss.sample_id, code=line.code, forfeited_fen=forfeited, note=note
            ),
            staff_id=staff.id,
            at=now,
        )
        close_if_done(uow, item.loan, staff.id, now, streamer_here=False)
        uow.commit()
        return line


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def reverse_automatic_loss(
    uow: UnitOfWork, actor: Actor, code: str, reason: str, now: datetime | None = None
) -> AutomaticLossLine:
    """Manager only: the sample is on loan again (the streamer still has it, or has just brought it back)."""
    now = resolve_now(now)
    reason = required_text("reason", reason, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "declare_lost")
        loss, item = _pending(uow, code)
        line = _line(uow, loss)
        rows.reverse(uow.session, loss, item, staff.id, reason, now)
        uow.record_event(
            AutomaticLossReversed(loan_id=loss.loan_id, sample_id=loss.sample_id, code=line.code, reason=reason),
            staff_id=staff.id,
            at=now,
        )
        uow.commit()
        return line


def _line(uow: UnitOfWork, loss: AutomaticLoss) -> AutomaticLossLine:
    code, product, streamer, number = uow.session.execute(
        select(Sample.code, Product.name, Streamer.name, Loan.number)
        .join(Product, Product.id == Sample.product_id)
        .join(Loan, Loan.id == loss.loan_id)
        .join(Streamer, Streamer.id == Loan.streamer_id)
        .where(Sample.id == loss.sample_id)
    ).one()
    return AutomaticLossLine(
        code, product, streamer, number, loss.days_late, loss.declared_at, loss.forfeitable_fen, loss.charge_due_fen
    )


def pending_automatic_losses(uow: UnitOfWork) -> list[AutomaticLossLine]:
    """What waits for a manager, oldest first (then by code)."""
    with uow.read():
        losses = uow.session.scalars(
            select(AutomaticLoss).where(AutomaticLoss.outcome == rows.PENDING).order_by(AutomaticLoss.declared_at)
        ).all()
        return sorted((_line(uow, loss) for loss in losses), key=lambda line: (line.declared_at, line.code))
