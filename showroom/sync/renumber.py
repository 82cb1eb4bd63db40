"""Numbers given twice: a counter that worked after a restore, before it caught up, handed out again loan
numbers, member codes and sample codes HQ had already seen. HQ's event keeps its number (HQ, receipts and
labels of the lost period know it); the row made here, which HQ never had, makes way: it holds a placeholder
while the history is laid in, and then takes the next number of its series, its unsent events rewritten to
match, and the change is named (`renumbered`) so its receipt is reprinted or its label replaced.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timezone

from sqlalchemy import func, select, update

from db.models import Loan, OutboxEvent, Sample, Streamer
from db.sync_models import ReceivedSyncException
from showroom.domain.codes import loan_number, loan_series, member_code, sample_code
from showroom.replay.superseded import waiting_event
from showroom.services.common import local_showroom, next_number

RENUMBERED = "renumbered"  # the kind of the local sync exception naming a number that made way
MARK = "~"  # a placeholder is the old number, MARK, and the start of the row's id
# what was given twice -> (row, its numbered column, the event that made the row, the kind named)
_TAKEN = {
    "loan_number_taken": (Loan, "number", "loan.checked_out@1", "loan"),
    "sample_code_taken": (Sample, "code", "samples.received@1", "sample"),
    "member_code_taken": (Streamer, "member_code", "streamer.registered@1", "member"),
}


def make_way(uow, problem: str, code: str, waiting_above: int) -> bool:
    """The row here that holds `code` steps aside, when the event that made it was never sent (it waits
    above `waiting_above`); says whether it did. An acknowledged row never does: that is a contradiction."""
    if problem not in _TAKEN:
        return False
    model, column, made_by, _kind = _TAKEN[problem]
    row = uow.session.scalar(select(model).where(getattr(model, column) == code))
    if row is None or waiting_event(uow.session, made_by, row.id, waiting_above) is None:
        return False
    setattr(row, column, f"{code}{MARK}{row.id[:8]}")
    uow.session.flush()
    return True


def renumber(uow, waiting_above: int) -> int:
    """Each row that made way takes the next number of its series (the history laid in, the series are past
    HQ's highest); its unsent events say the new number. Returns how many."""
    s, room, done = uow.session, local_showroom(uow), 0
    for model, column, _made_by, kind in _TAKEN.values():
        for row in list(s.scalars(select(model).where(getattr(model, column).contains(MARK)))):
            placeholder = getattr(row, column)
            old = placeholder.split(MARK, 1)[0]
            new = _next(uow, kind, room.code, old)
            setattr(row, column, new)
            x = ReceivedSyncException  # a loan lent twice was named while this one held its placeholder
            s.execute(
                update(x)
                .where(x.detail.contains(f'"{placeholder}"'))
                .values(detail=func.replace(x.detail, f'"{placeholder}"', f'"{new}"'))
                .execution_options(synchronize_session=False)
            )
            for seq, payload in s.execute(
                select(OutboxEvent.seq, OutboxEvent.payload).where(
                    OutboxEvent.seq >= waiting_above, OutboxEvent.payload.contains(f'"{old}"')
                )
            ).all():
                s.execute(
                    update(OutboxEvent)
                    .where(OutboxEvent.seq == seq)
                    .values(payload=payload.replace(f'"{old}"', f'"{new}"'))
                    .execution_options(synchronize_session=False)
                )
            s.add(
                ReceivedSyncException(
                    id=str(uuid.uuid4()),
                    kind=RENUMBERED,
                    showroom_codes=room.code,
                    at=datetime.now(timezone.utc),
                    received_at=datetime.now(timezone.utc),
                    detail=json.dumps({"kind": kind, "was": old, "now": new}, ensure_ascii=False),
                )
            )
            done += 1
    s.flush()
    return done


def _next(uow, kind: str, site: str, old: str) -> str:
    if kind == "sample":
        return sample_code(site, next_number(uow, "sample"))
    if kind == "member":
        return member_code(site, next_number(uow, "member"))
    digits = old.rsplit("-L", 1)[1]
    day = date(2000 + int(digits[0:2]), int(digits[2:4]), int(digits[4:6]))
    return loan_number(site, day, next_number(uow, loan_series(day)))
