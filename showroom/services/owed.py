"""Deposit owed to a streamer: what a loan closed in their absence left over, paid at their next visit.

Money moves only with a person at the counter. When a loan closes while the streamer is not there
(its last sample declared lost), the deposit it still holds is not "refunded" to nobody: an `owe`
entry moves it from held to owed, the counter shows it on their panel, and `pay_owed` pays it out,
by a clerk, when they come. Both entries are appended to the ledger; nothing is ever rewritten.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Case, case, func, select

from db.models import DepositEntry, Loan, Streamer
from db.uow import UnitOfWork
from kernel.events import DepositOwedPaid, OwedPaidLoan
from showroom.domain.errors import InvalidInput
from showroom.domain.model import DepositKind, DepositMethod, Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, resolve_now
from showroom.services.records import deposit_balance, get_streamer
from showroom.services.views import OwedLine, OwedPayout

OWED_KINDS = (DepositKind.OWE.value, DepositKind.PAY_OUT.value)  # what is owed: owe less pay_out
PAYOUT_METHODS = (DepositMethod.CASH.value, DepositMethod.WECHAT.value, DepositMethod.ALIPAY.value)


def owed_amount() -> Case:
    """Over owe / pay_out entries: what each adds to the amount owed (an owe up, a payout down)."""
    return case((DepositEntry.kind == DepositKind.OWE.value, DepositEntry.amount_fen), else_=-DepositEntry.amount_fen)


def owe_what_is_held(uow: UnitOfWork, loan: Loan, staff_id: str, now: datetime) -> int:
    """Inside the caller's transaction, as a loan closes without the streamer: what it still holds is
    owed to them (by the method it was paid in). Returns the amount."""
    held = max(deposit_balance(uow, loan_id=loan.id), 0)
    if held:
        uow.session.add(
            DepositEntry(
                loan_id=loan.id,
                streamer_id=loan.streamer_id,
                kind=DepositKind.OWE.value,
                amount_fen=held,
                method=loan.deposit_method,
                staff_id=staff_id,
                at=now,
                note="owed: loan closed without the streamer",
            )
        )
    return held


def owed_by_loan(uow: UnitOfWork, streamer_id: str) -> list[OwedLine]:
    """What is owed to one streamer, loan by loan, oldest first."""
    with uow.read():
        return owed_lines(uow, streamer_id)


def owed_lines(uow: UnitOfWork, streamer_id: str) -> list[OwedLine]:
    """Inside an open unit of work: the loans with something owed to this streamer, oldest first."""
    q = (
        select(Loan.id, Loan.number, Loan.deposit_method, func.sum(owed_amount()))
        .select_from(DepositEntry)
        .join(Loan, Loan.id == DepositEntry.loan_id)
        .where(DepositEntry.streamer_id == streamer_id, DepositEntry.kind.in_(OWED_KINDS))
        .group_by(Loan.id)
        .order_by(Loan.opened_at, Loan.number)
    )
    return [
        OwedLine(loan_id, number, method, amount)
        for loan_id, number, method, amount in uow.session.execute(q)
        if amount > 0
    ]


def owed_to(uow: UnitOfWork, streamer_id: str) -> int:
    """Inside an open unit of work: the total owed to this streamer."""
    return sum(line.amount_fen for line in owed_lines(uow, streamer_id))


@changes(Topic.STREAMERS, Topic.LOANS)
def pay_owed(uow: UnitOfWork, actor: Actor, streamer_id: str, method: str, now: datetime | None = None) -> OwedPayout:
    """A clerk pays a streamer standing at the counter everything owed to them, by `method`.

    One `pay_out` entry per loan it was owed on, and one event; refused when nothing is owed."""
    now = resolve_now(now)
    if method not in PAYOUT_METHODS:
        raise InvalidInput("deposit_method", "unknown_method", method)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "pay_owed")
        streamer: Streamer = get_streamer(uow, streamer_id)
        lines = owed_lines(uow, streamer.id)
        if not lines:
            raise InvalidInput("owed", "nothing_owed", streamer.name)
        for line in lines:
            uow.session.add(
                DepositEntry(
                    loan_id=line.loan_id,
                    streamer_id=streamer.id,
                    kind=DepositKind.PAY_OUT.value,
                    amount_fen=line.amount_fen,
                    method=method,
                    staff_id=staff.id,
                    at=now,
                    note="paid what was owed",
                )
            )
        total = sum(line.amount_fen for line in lines)
        uow.record_event(
            DepositOwedPaid(
                streamer_id=streamer.id,
                phone=streamer.phone,
                amount_fen=total,
                method=method,
                loans=[
                    OwedPaidLoan(loan_id=line.loan_id, number=line.loan_number, amount_fen=line.amount_fen)
                    for line in lines
                ],
            ),
            staff_id=staff.id,
            at=now,
        )
        uow.commit()
        return OwedPayout(
            streamer_name=streamer.name,
            amount_fen=total,
            method=method,
            paid_at=now,
            staff_name=staff.name,
            loans=lines,
        )
