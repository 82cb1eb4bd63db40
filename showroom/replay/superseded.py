"""A sample lent twice: a restored counter that lent a sample again before it caught up gets back HQ's older
loan of it whole (its other samples and its deposit), with that loan's item of the sample closed as superseded
by the loan made here, as HQ closes it (hq/projections.loan_checked_out), and the contradiction named by the id
HQ gives it when the loan made here reaches it (kernel/exceptions.py). Only a loan whose check-out was never
sent makes the older one give way: anything HQ acknowledged that contradicts is a conflict, as before."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select

from db.models import Loan, LoanItem, OutboxEvent
from db.sync_models import ReceivedSyncException
from kernel.exceptions import SAMPLE_LENT_TWICE, lent_twice_id
from showroom.replay.base import Replaying
from showroom.services.records import OPEN_ITEM

CHECKED_OUT = "loan.checked_out@1"


@dataclass(frozen=True)
class LentAgain:
    loan_id: str
    number: str
    opened_at: datetime
    event_id: str  # its check-out, waiting unsent


def waiting_event(session, made_by: str, row_id: str, waiting_above: int) -> str | None:
    """The id of the unsent event (it waits above `waiting_above`) of type `made_by` that made the row `row_id`."""
    return session.scalar(
        select(OutboxEvent.id)
        .where(
            OutboxEvent.seq >= waiting_above, OutboxEvent.type == made_by, OutboxEvent.payload.contains(f'"{row_id}"')
        )
        .order_by(OutboxEvent.seq)
        .limit(1)
    )


def lent_again_here(r: Replaying, sample_id: str) -> LentAgain | None:
    """The loan made here, not yet sent, that holds the sample now (None: no such loan, or not catching up)."""
    if r.unsent_above is None:
        return None
    r.batch.flush()  # the page's rows so far, for the query below
    found = r.session.execute(
        select(Loan.id, Loan.number, Loan.opened_at)
        .join(LoanItem, LoanItem.loan_id == Loan.id)
        .where(LoanItem.sample_id == sample_id, *OPEN_ITEM)
    ).first()
    if found is None:
        return None
    event_id = waiting_event(r.session, CHECKED_OUT, found.id, r.unsent_above)
    return LentAgain(found.id, found.number, found.opened_at, event_id) if event_id else None


def name_lent_twice(r: Replaying, sample_id: str, code: str, older_number: str, newer: LentAgain) -> None:
    """The local sync exception, with what HQ's says (hq/projections.loan_checked_out)."""
    row_id = lent_twice_id(newer.event_id, sample_id)
    if r.session.get(ReceivedSyncException, row_id) is not None:
        return
    detail = {"sample_id": sample_id, "code": code, "older_loan": older_number, "newer_loan": newer.number}
    r.session.add(
        ReceivedSyncException(
            id=row_id,
            kind=SAMPLE_LENT_TWICE,
            showroom_codes=r.room.code,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
            at=r.at,
            received_at=datetime.now(timezone.utc),
        )
    )


def back_before_lent_again(r: Replaying, sample_id: str) -> None:
    """The older loan's return of the sample, replayed: HQ had it back before the loan made here reaches it, and
    will find no contradiction then, so neither does the counter (the item is returned, not superseded)."""
    newer = lent_again_here(r, sample_id)
    if newer is None:
        return
    r.session.flush()  # the exception named earlier in this page
    named = r.session.get(ReceivedSyncException, lent_twice_id(newer.event_id, sample_id))
    if named is not None:
        r.session.delete(named)
