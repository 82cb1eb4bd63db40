"""The rows a return anywhere writes at the counter that takes it, shared by the use case (check-in,
showroom/services/returns_elsewhere.py), its replay (showroom/replay/elsewhere.py) and what a pull brings
(showroom/sync/elsewhere_pull.py): one way to write each, whoever writes it. The sample comes into this
showroom's stock the way a received transfer's does (transfer_rows.lay_in). So does a manager's settlement of a
return HQ could not match (showroom/services/elsewhere_settle.py), and its replay.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.elsewhere_models import ForeignLoanLine, ReturnTakenElsewhere, UnmatchedReturn
from db.models import Sample
from db.uow import UnitOfWork
from kernel.events import LoanReturnedElsewhere, ReturnElsewhereSettled
from showroom.domain.model import SampleStatus
from showroom.services.common import local_showroom
from showroom.services.transfer_rows import Arriving, known_products, lay_in

TAKEN, HELD = "taken", "held"  # a known loan's return / received for another showroom, until HQ reconciles it
KEPT, SENT_BACK = "kept", "sent_back"  # a held one HQ could not match, settled by a manager


def foreign_line(session: Session, code: str) -> ForeignLoanLine | None:
    return session.scalar(select(ForeignLoanLine).where(ForeignLoanLine.code == code))


def site_of(code: str) -> str:
    return code.split("-", 1)[0]


def comes_from_elsewhere(uow: UnitOfWork, code: str) -> bool:
    """Inside an open unit of work: a sample code this showroom does not hold, that another showroom has out
    on loan as far as HQ last said, or that carries another showroom's prefix."""
    status = uow.session.scalar(select(Sample.status).where(Sample.code == code))
    if status is not None:  # one of ours; or one we sent away that another showroom lent since
        return status == SampleStatus.TRANSFERRED and foreign_line(uow.session, code) is not None
    return foreign_line(uow.session, code) is not None or site_of(code) != local_showroom(uow).code


def write_return_elsewhere(
    session: Session, e: LoanReturnedElsewhere, room_id: str, staff_id: str, at: datetime
) -> ReturnTakenElsewhere:
    """The return as its event says it: a known loan's sample laid in this showroom's stock (its product made
    here if new, as a transfer's is), the pulled line gone; an unknown one only noted, held for HQ."""
    known = e.sample_id is not None and e.product is not None
    row = ReturnTakenElsewhere(
        id=e.return_id,
        sample_id=e.sample_id,
        code=e.code,
        loan_id=e.loan_id,
        number=e.number,
        lender_code=e.lender,
        lender_name=e.lender_name,
        condition=e.condition,
        note=e.note,
        state=TAKEN if known else HELD,
        returned_at=at,
        staff_id=staff_id,
    )
    session.add(row)
    if known:
        lay_in_returned(
            session, e.sample_id, e.code, e.to_payload()["product"], _condition(e), e.number, room_id, staff_id, at
        )
    session.execute(delete(ForeignLoanLine).where(ForeignLoanLine.code == e.code))
    session.flush()
    return row


def lay_in_returned(
    session: Session,
    sample_id: str,
    code: str,
    product: dict,
    condition: str | None,
    number: str | None,
    room_id: str,
    staff_id: str,
    at: datetime,
) -> None:
    """A sample of another showroom's loan, returned here: this showroom's from now, in stock."""
    local = known_products(session, [product], at)
    detail = f"{number or ''} {condition or ''}".strip()[:300]
    lay_in(session, [Arriving(sample_id, code, local[product["product_id"]], condition, detail)], room_id, staff_id, at)


def _condition(e: LoanReturnedElsewhere) -> str | None:
    return condition_note(e.condition, e.note)


def condition_note(condition: str, note: str) -> str | None:
    """The sample's condition note once laid in: none for a good one said nothing about."""
    if condition == "good" and not note.strip():
        return None
    return f"{condition}: {note.strip()}".rstrip(": ")


def product_text(product: dict) -> str:
    """A TransferredProduct payload as the rows keep it: the same text whoever writes it (pull or replay)."""
    return json.dumps(product, ensure_ascii=False, sort_keys=True)


def write_settlement(
    session: Session, e: ReturnElsewhereSettled, room_id: str, staff_id: str, at: datetime
) -> ReturnTakenElsewhere:
    """A held return settled by a manager (kept or sent back): HQ's word on it as the event repeats it (a counter
    rebuilt from HQ has not pulled it yet), the settlement, and the sample laid in this showroom's stock."""
    row = session.get(ReturnTakenElsewhere, e.return_id)
    word = session.get(UnmatchedReturn, e.return_id)
    if word is None:
        word = UnmatchedReturn(return_id=e.return_id)
        session.add(word)
    product = e.to_payload()["product"]
    word.exception_id, word.sample_id, word.product = e.exception_id, e.sample_id, product_text(product)
    word.lender_code, word.lender_name = e.lender, e.lender_name
    word.settled_at, word.settled_by, word.note = at, staff_id, e.note
    row.state = KEPT if e.decision == "keep" else SENT_BACK
    row.sample_id, row.lender_code, row.lender_name = e.sample_id, e.lender, e.lender_name
    condition = condition_note(row.condition, row.note)
    lay_in_returned(session, e.sample_id, row.code, product, condition, row.number, room_id, staff_id, at)
    return row


def line_product(line: ForeignLoanLine) -> dict:
    return json.loads(line.product)
