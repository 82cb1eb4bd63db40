"""The rows, event and receipt of a loan being opened: what check_out writes once it has decided to lend.

Plain INSERTs of dicts, no ORM objects to track: the counter's hottest write. The replay of a check-out
event (showroom/replay) writes the same rows: lent_rows, collected_entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo

from sqlalchemy import insert, update

from db.models import DepositEntry, Loan, LoanItem, Sample, SampleMovement, ShowroomRow, Staff, Streamer
from db.types import new_id
from db.uow import UnitOfWork
from kernel.events import LoanCheckedOut, LoanedSample, OverrideGiven
from showroom.domain.codes import loan_number, loan_series
from showroom.domain.errors import Block
from showroom.domain.model import DepositKind, MovementKind, SampleStatus
from showroom.domain.policy import DepositCalculation
from showroom.services.common import local_showroom, next_number
from showroom.services.views import BasketLine, LoanReceipt, ReceiptLine


@dataclass(frozen=True)
class NewLoan:
    """Everything check_out decided, in one place."""

    loan_id: str
    number: str
    room: ShowroomRow
    streamer: Streamer
    staff: Staff
    basket: list[BasketLine]
    now: datetime
    due: datetime
    planned_stream_date: date | None
    calc: DepositCalculation
    collected: int  # what was taken: 0 when waived
    method: str
    signature_png: bytes | None
    manager: Staff | None
    reason: str
    blocks: list[Block]


def numbered_loan(uow: UnitOfWork, tz: tzinfo, now: datetime, **decided: object) -> NewLoan:
    """A new loan of this showroom with its id and the next number of the day's series (check-out, mail-out)."""
    room = local_showroom(uow)
    day = now.astimezone(tz).date()
    number = loan_number(room.code, day, next_number(uow, loan_series(day)))
    return NewLoan(loan_id=new_id(), number=number, room=room, now=now, **decided)


def write_loan(uow: UnitOfWork, loan: NewLoan) -> None:
    """The loan, its items, its samples on loan with their movements, and the deposit collected."""
    manager = loan.manager
    uow.session.execute(
        insert(Loan),
        [
            dict(
                id=loan.loan_id,
                number=loan.number,
                streamer_id=loan.streamer.id,
                staff_id=loan.staff.id,
                showroom_id=loan.room.id,
                opened_at=loan.now,
                due_at=loan.due,
                planned_stream_date=loan.planned_stream_date,
                deposit_fen=loan.collected,
                deposit_method=loan.method,
                signature_png=loan.signature_png,
                closed_at=None,
                override_by=manager.id if manager else None,
                override_reason=loan.reason,
                deposit_rule=loan.calc.rule,
                deposit_rate=loan.calc.rate,
                deposit_rounding=loan.calc.rounding,
            )
        ],
    )
    lend_items(uow, loan.loan_id, loan.number, loan.basket, loan.streamer.id, loan.staff.id, loan.now)
    uow.session.execute(
        insert(DepositEntry),
        [
            collected_entry(
                loan.loan_id,
                loan.streamer.id,
                loan.collected,
                loan.calc.deposit_fen,
                loan.method,
                loan.staff.id,
                loan.now,
            )
        ],
    )


def collected_entry(
    loan_id: str, streamer_id: str, collected: int, policy_deposit: int, method: str, staff_id: str, now: datetime
) -> dict:
    """The deposit entry of a loan opened: what was taken, and what the policy asked when it was waived."""
    return dict(
        loan_id=loan_id,
        streamer_id=streamer_id,
        kind=DepositKind.COLLECT.value,
        amount_fen=collected,
        method=method,
        staff_id=staff_id,
        at=now,
        note=f"waived {policy_deposit}" if collected != policy_deposit else "",
    )


def lent_rows(
    loan_id: str, number: str, basket: list, streamer_id: str, staff_id: str, now: datetime
) -> tuple[list[dict], list[dict]]:
    """The loan's items and its samples' movements out (each basket line has sample_id and value_fen)."""
    items = [
        dict(loan_id=loan_id, sample_id=b.sample_id, position=pos, value_fen=b.value_fen, out_at=now)
        for pos, b in enumerate(basket)
    ]
    moves = [
        dict(
            sample_id=b.sample_id,
            kind=MovementKind.CHECKED_OUT.value,
            at=now,
            staff_id=staff_id,
            loan_id=loan_id,
            streamer_id=streamer_id,
            detail=number,
        )
        for b in basket
    ]
    return items, moves


def lend_items(
    uow: UnitOfWork, loan_id: str, number: str, basket: list[BasketLine], streamer_id: str, staff_id: str, now: datetime
) -> None:
    """The loan's items, its samples marked on loan and their movements: plain bulk statements."""
    items, moves = lent_rows(loan_id, number, basket, streamer_id, staff_id, now)
    uow.session.execute(insert(LoanItem), items)
    uow.session.execute(
        update(Sample)
        .where(Sample.id.in_([b.sample_id for b in basket]))
        .values(status=SampleStatus.ON_LOAN.value)
        .execution_options(synchronize_session=False)
    )
    uow.session.execute(insert(SampleMovement), moves)


def loan_event(loan: NewLoan) -> LoanCheckedOut:
    calc, manager = loan.calc, loan.manager
    return LoanCheckedOut(
        loan_id=loan.loan_id,
        number=loan.number,
        streamer_id=loan.streamer.id,
        streamer_phone=loan.streamer.phone,
        showroom_id=loan.room.id,
        due_at=loan.due,
        deposit_fen=loan.collected,
        deposit_method=loan.method,
        policy_deposit_fen=calc.deposit_fen,
        deposit_rule=calc.rule,
        deposit_rate=calc.rate,
        deposit_rounding=calc.rounding,
        opened_at=loan.now,
        staff_id=loan.staff.id,
        tier=loan.streamer.tier,
        planned_stream_date=loan.planned_stream_date,
        has_signature=loan.signature_png is not None,
        samples=[LoanedSample(sample_id=b.sample_id, code=b.code, value_fen=b.value_fen) for b in loan.basket],
        override=OverrideGiven(manager_id=manager.id, reason=loan.reason, blocks=[b.kind for b in loan.blocks])
        if manager
        else None,
    )


def new_receipt(loan: NewLoan) -> LoanReceipt:
    """The receipt from what was just written, not read back (reprints read it: checkout.loan_receipt)."""
    return LoanReceipt(
        loan_id=loan.loan_id,
        number=loan.number,
        showroom_name=loan.room.name,
        streamer_name=loan.streamer.name,
        streamer_phone=loan.streamer.phone,
        member_code=loan.streamer.member_code,
        staff_name=loan.staff.name,
        # in UTC, as a reprint reads them back
        opened_at=loan.now.astimezone(timezone.utc),
        due_at=loan.due.astimezone(timezone.utc),
        deposit_fen=loan.collected,
        deposit_method=loan.method,
        lines=[ReceiptLine(b.code, b.product_name, b.merchant_name, b.value_fen) for b in loan.basket],
        override_by=loan.manager.name if loan.manager else None,
        override_reason=loan.reason,
        signature_png=loan.signature_png,
        deposit_calculation=loan.calc,
    )
