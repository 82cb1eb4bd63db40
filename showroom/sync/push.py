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


def _wire(e: OutboxEvent) -> dict:
    return {"id": e.id, "seq": e.seq, "type": e.type, "payload": json.loads(e.payload),
            "occurred_at": e.occurred_at.isoformat(), "staff_id": e.staff_id}


def pending_count(uow) -> int:
    return uow.session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.acked_at.is_(None)))


def push_all(uow_factory, client: HqClient, progress: Progress | None = None, batch: int | None = None) -> int:
    """Returns how many events HQ newly took. Acknowledged events are marked, never deleted (audit trail)."""
    batch = batch or BATCH
    inserted = resent = done = 0
    total = None
    while True:
        uow = uow_factory()
        with uow.read():
            if total is None:
                total = pending_count(uow)
            rows = list(uow.session.scalars(select(OutboxEvent).where(OutboxEvent.acked_at.is_(None))
                                            .order_by(OutboxEvent.seq).limit(batch)))
            events = [_wire(e) for e in rows]
        if not events:
            return inserted
        try:
            answer = client.push(events)
        except SequenceGap as gap:
            # HQ lost events we saw acknowledged (restored from a backup, say): send them again, once.
            if resent or gap.acked_seq >= events[0]["seq"]:
                raise SyncRefused("sequence_gap", f"HQ acknowledged up to {gap.acked_seq}") from None
            resent = 1
            _mark(uow_factory, OutboxEvent.seq > gap.acked_seq, None)
            total = None
            continue
        if answer.acked_seq < events[0]["seq"]:
            raise SyncRefused("no_progress", f"HQ acknowledged {answer.acked_seq}")
        _mark(uow_factory, (OutboxEvent.seq <= answer.acked_seq) & OutboxEvent.acked_at.is_(None),
              datetime.now(timezone.utc))
        inserted += answer.inserted
        done += sum(1 for e in events if e["seq"] <= answer.acked_seq)
        if progress:
            progress("push", done, max(total, done))


def _mark(uow_factory, where, acked_at) -> None:
    uow = uow_factory()
    with uow:
        uow.session.execute(update(OutboxEvent).where(where).values(acked_at=acked_at))
        uow.commit()
