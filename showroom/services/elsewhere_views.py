"""The returns this counter took for other showrooms, as the check-in screen lists them (return anywhere): each
with where it stands, read from local rows only, so the list works offline (it says what HQ said at the last
sync). Plain reads: nothing here writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select

from db.elsewhere_models import ReturnTakenElsewhere, UnmatchedReturn
from db.models import OutboxEvent, Product, Sample, Staff
from db.transfer_models import Transfer, TransferLine
from db.uow import UnitOfWork
from kernel.events import LoanReturnedElsewhere
from showroom.services.elsewhere_rows import HELD, KEPT, SENT_BACK, TAKEN

SHOWN = 500  # the newest returns listed; older ones are settled history


class ElsewhereState(StrEnum):
    NOT_SENT = "not_sent"  # held: its return has not reached HQ yet (sync)
    WAITING = "waiting"  # held: sent, HQ's answer not pulled yet
    MATCHED = "matched"  # its loan is known (here or by HQ): in this showroom's stock
    MATCHED_NO_LOAN = "matched_no_loan"  # in stock here, but HQ found its loan closed already (an exception says so)
    UNMATCHED = "unmatched"  # held, HQ found no open loan: a manager keeps it or sends it back
    UNKNOWN_SAMPLE = "unknown_sample"  # held, HQ found no loan and knows no such sample: HQ must find out
    KEPT = "kept"
    SENT_BACK = "sent_back"


NEEDS_MANAGER = (ElsewhereState.UNMATCHED, ElsewhereState.UNKNOWN_SAMPLE)
WAITING = (ElsewhereState.NOT_SENT, ElsewhereState.WAITING, *NEEDS_MANAGER)  # held: in no stock


@dataclass(frozen=True)
class ReturnForOthers:
    return_id: str
    code: str
    product_name: str  # empty when not known here
    lender_code: str
    lender_name: str
    loan_number: str  # empty when not known
    condition: str
    note: str
    returned_at: datetime
    taken_by: str
    state: ElsewhereState
    settled_by: str = ""
    settled_at: datetime | None = None
    transfer_number: str = ""  # the transfer a sample sent back went on

    @property
    def settleable(self) -> bool:
        return self.state == ElsewhereState.UNMATCHED


def _not_sent(uow: UnitOfWork) -> set[str]:
    """Returns whose event is still in the outbox, unacknowledged by HQ."""
    payloads = uow.session.scalars(
        select(OutboxEvent.payload).where(
            OutboxEvent.type == LoanReturnedElsewhere.TYPE, OutboxEvent.acked_at.is_(None)
        )
    )
    return {json.loads(p)["return_id"] for p in payloads}


def _state(row: ReturnTakenElsewhere, word: UnmatchedReturn | None, not_sent: set[str]) -> ElsewhereState:
    if row.state == KEPT:
        return ElsewhereState.KEPT
    if row.state == SENT_BACK:
        return ElsewhereState.SENT_BACK
    if row.state == TAKEN:
        return ElsewhereState.MATCHED_NO_LOAN if word is not None else ElsewhereState.MATCHED
    if word is not None:
        return ElsewhereState.UNMATCHED if word.product else ElsewhereState.UNKNOWN_SAMPLE
    return ElsewhereState.NOT_SENT if row.id in not_sent else ElsewhereState.WAITING


def _sent_on(uow: UnitOfWork, sample_id: str | None, after: datetime | None) -> str:
    """The number of the transfer a sample sent back went on (the first sent from here once it was settled)."""
    if sample_id is None or after is None:
        return ""
    number = uow.session.scalar(
        select(Transfer.number)
        .join(TransferLine, TransferLine.transfer_id == Transfer.id)
        .where(TransferLine.sample_id == sample_id, Transfer.direction == "out", Transfer.sent_at >= after)
        .order_by(Transfer.sent_at)
        .limit(1)
    )
    return number or ""


def _line(uow: UnitOfWork, row, word, product: str | None, taken_by: str, not_sent: set[str]) -> ReturnForOthers:
    state = _state(row, word, not_sent)
    settler = uow.session.get(Staff, word.settled_by) if word is not None and word.settled_by else None
    if product is None and word is not None and word.product:
        product = json.loads(word.product)["name"]  # HQ's word names it before it is laid in here
    settled_at = word.settled_at if word is not None else None
    return ReturnForOthers(
        return_id=row.id,
        code=row.code,
        product_name=product or "",
        lender_code=word.lender_code if word is not None else row.lender_code,
        lender_name=word.lender_name if word is not None else row.lender_name,
        loan_number=row.number or "",
        condition=row.condition,
        note=row.note,
        returned_at=row.returned_at,
        taken_by=taken_by,
        state=state,
        settled_by=settler.name if settler else "",
        settled_at=settled_at,
        transfer_number=_sent_on(uow, row.sample_id, settled_at) if state == ElsewhereState.SENT_BACK else "",
    )


def returns_for_others(uow: UnitOfWork) -> list[ReturnForOthers]:
    """Every return this counter took of another showroom's loan (or for another showroom), newest first."""
    q = (
        select(ReturnTakenElsewhere, UnmatchedReturn, Product.name, func.coalesce(Staff.name, ""))
        .outerjoin(UnmatchedReturn, UnmatchedReturn.return_id == ReturnTakenElsewhere.id)
        .outerjoin(Sample, Sample.id == ReturnTakenElsewhere.sample_id)
        .outerjoin(Product, Product.id == Sample.product_id)
        .outerjoin(Staff, Staff.id == ReturnTakenElsewhere.staff_id)
        .order_by(ReturnTakenElsewhere.returned_at.desc(), ReturnTakenElsewhere.id)
        .limit(SHOWN)
    )
    with uow.read():
        not_sent = _not_sent(uow)
        return [_line(uow, *found, not_sent) for found in uow.session.execute(q).all()]


def held_for_others(uow: UnitOfWork) -> int:
    """How many samples taken for other showrooms are held here, in no stock: waiting for HQ or for a manager."""
    with uow.read():
        return uow.session.scalar(
            select(func.count()).select_from(ReturnTakenElsewhere).where(ReturnTakenElsewhere.state == HELD)
        )
