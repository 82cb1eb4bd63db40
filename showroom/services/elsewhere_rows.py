"""The rows a return anywhere writes at the counter that takes it, shared by the use case (check-in,
showroom/services/returns_elsewhere.py), its replay (showroom/replay/elsewhere.py) and what a pull brings
(showroom/sync/elsewhere_pull.py): one way to write each, whoever writes it. The sample comes into this
showroom's stock the way a received transfer's does (transfer_rows.lay_in).
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.elsewhere_models import ForeignLoanLine, ReturnTakenElsewhere
from kernel.events import LoanReturnedElsewhere
from showroom.services.transfer_rows import Arriving, known_products, lay_in

TAKEN, HELD = "taken", "held"  # a known loan's return / received for another showroom, until HQ reconciles it


def foreign_line(session: Session, code: str) -> ForeignLoanLine | None:
    return session.scalar(select(ForeignLoanLine).where(ForeignLoanLine.code == code))


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
    if e.condition == "good" and not e.note.strip():
        return None
    return f"{e.condition}: {e.note.strip()}".rstrip(": ")


def line_product(line: ForeignLoanLine) -> dict:
    return json.loads(line.product)
