"""Push: the outbox in device-sequence order, batches of up to 500, until HQ has everything."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timezone

from sqlalchemy import func, select, update

from db.models import OutboxEvent
from showroom.domain.errors import SyncRefused
from showroom.sync.client import HqClient, SequenceGap

BATCH = 500
Progress = Callable[[str, int, int], None]


def _wire(seq: int, event_id: str, kind: str, payload: str, occurred_at: datetime, staff_id: str | None) -> str:
    """One event as JSON text; the stored payload is JSON already, so it is spliced in, not re-parsed."""
    return (f'{{"id":{json.dumps(event_id)},"seq":{seq},"type":{json.dumps(kind)},"payload":{payload},'
            f'"occurred_at":{json.dumps(occurred_at.isoformat())},"staff_id":{json.dumps(staff_id)}}}')


def _unsent(uow, after: int, batch: int) -> list[tuple]:
    """The next batch past `after`: a range of the primary key, so the acknowledged history is never scanned."""
    e = OutboxEvent
    return list(uow.session.execute(select(e.seq, e.id, e.type, e.payload, e.occurred_at, e.staff_id)
                                    .where(e.seq > after, e.acked_at.is_(None)).order_by(e.seq).limit(batch)))


def pending_count(uow) -> int:
    return uow.session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.acked_at.is_(None)))


def push_all(uow_factory, client: HqClient, progress: Progress | None = None, batch: int | None = None) -> int:
    """Returns how many events HQ newly took. Acknowledged events are marked, never deleted (audit trail)."""
    batch = batch or BATCH
    inserted = resent = done = 0
    total = after = None
    while True:
        uow = uow_factory()
        with uow.read():
            if total is None:
                total = pending_count(uow)
                after = (uow.session.scalar(select(func.min(OutboxEvent.seq)).where(OutboxEvent.acked_at.is_(None)))
                         or 1) - 1
            rows = _unsent(uow, after, batch)
        if not rows:
            return inserted
        first = rows[0][0]
        try:
            answer = client.push_wire([_wire(*r) for r in rows])
        except SequenceGap as gap:
            # HQ lost events we saw acknowledged (restored from a backup, say): send them again, once.
            if resent or gap.acked_seq >= first:
                raise SyncRefused("sequence_gap", f"HQ acknowledged up to {gap.acked_seq}") from None
            resent = 1
            _mark(uow_factory, OutboxEvent.seq > gap.acked_seq, None)
            total = None
            continue
        if answer.acked_seq < first:
            raise SyncRefused("no_progress", f"HQ acknowledged {answer.acked_seq}")
        _mark(uow_factory, (OutboxEvent.seq <= answer.acked_seq) & OutboxEvent.acked_at.is_(None),
              datetime.now(timezone.utc))
        after = answer.acked_seq
        inserted += answer.inserted
        done += sum(1 for r in rows if r[0] <= answer.acked_seq)
        if progress:
            progress("push", done, max(total, done))


def _mark(uow_factory, where, acked_at) -> None:
    uow = uow_factory()
    with uow:
        uow.session.execute(update(OutboxEvent).where(where).values(acked_at=acked_at))
        uow.commit()
