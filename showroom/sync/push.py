"""Push: the outbox in device-sequence order, batches of up to 500 events and BATCH_BYTES, until HQ has
everything. A body HQ (or a proxy before it) finds too large (413) is sent again in halves."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

from sqlalchemy import func, select, update

from db.models import OutboxEvent
from showroom.domain.errors import SyncRefused
from showroom.sync.client import BodyTooLarge, HqClient, SequenceGap

BATCH = 500
BATCH_BYTES = 768 * 1024  # under a proxy's usual 1 MB and HQ's 4 MiB (hq/limits.py); 500 events are ~0.4 MB
Progress = Callable[[str, int, int], None]


def _wire(seq: int, event_id: str, kind: str, payload: str, occurred_at: datetime, staff_id: str | None) -> str:
    """One event as JSON text; the stored payload is JSON already, so it is spliced in, not re-parsed."""
    return (
        f'{{"id":{json.dumps(event_id)},"seq":{seq},"type":{json.dumps(kind)},"payload":{payload},'
        f'"occurred_at":{json.dumps(occurred_at.isoformat())},"staff_id":{json.dumps(staff_id)}}}'
    )


def _unsent(uow, after: int, batch: int, budget: int = BATCH_BYTES) -> list[tuple]:
    """The next batch past `after`, as (seq, wire text): a range of the primary key, so the acknowledged
    history is never scanned; cut where the wire texts would pass `budget` bytes (one event at least)."""
    e = OutboxEvent
    out, size = [], 0
    for row in uow.session.execute(
        select(e.seq, e.id, e.type, e.payload, e.occurred_at, e.staff_id)
        .where(e.seq > after, e.acked_at.is_(None))
        .order_by(e.seq)
        .limit(batch)
    ):
        text = _wire(*row)
        size += len(text.encode()) + 1
        if out and size > budget:
            break
        out.append((row[0], text))
    return out


def pending_count(uow) -> int:
    return uow.session.scalar(select(func.count()).select_from(OutboxEvent).where(OutboxEvent.acked_at.is_(None)))


def push_all(uow_factory, client: HqClient, progress: Progress | None = None, batch: int | None = None) -> int:
    """Returns how many events HQ newly took. Acknowledged events are marked, never deleted (audit trail).

    Batches go one at a time (HQ takes a device's batches in order), but the counter's own work overlaps
    HQ's: while a batch travels, the previous answer is marked and the next batch is read. A kill in
    between only means a batch HQ has already is sent again, which it counts as duplicates."""
    batch = batch or BATCH
    inserted = resent = done = 0
    total = after = rows = unmarked = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as http:
        while True:
            if rows is None:  # (re)start from what is not acknowledged; nothing left means done
                unmarked = _mark_acked(uow_factory, unmarked)
                uow = uow_factory()
                with uow.read():
                    if total is None:
                        total = pending_count(uow)
                        after = (
                            uow.session.scalar(select(func.min(OutboxEvent.seq)).where(OutboxEvent.acked_at.is_(None)))
                            or 1
                        ) - 1
                    rows = _unsent(uow, after, batch)
            if not rows:
                return inserted
            first, last = rows[0][0], rows[-1][0]
            sending = http.submit(client.push_wire, [text for _, text in rows])
            unmarked = _mark_acked(uow_factory, unmarked)
            uow = uow_factory()
            with uow.read():
                upcoming = _unsent(uow, last, batch)  # in the hope HQ takes this batch whole
            try:
                answer = sending.result()
            except BodyTooLarge:
                if len(rows) == 1:
                    raise SyncRefused("too_large", f"HQ will not take event {first}: too large") from None
                batch, rows = max(len(rows) // 2, 1), None  # fewer at once from here on
                continue
            except SequenceGap as gap:
                # HQ lost events we saw acknowledged (restored from a backup, say): send them again, once.
                if resent or gap.acked_seq >= first:
                    raise SyncRefused("sequence_gap", f"HQ acknowledged up to {gap.acked_seq}") from None
                resent = 1
                _mark(uow_factory, OutboxEvent.seq > gap.acked_seq, None)
                total = rows = None
                continue
            if answer.acked_seq < first:
                raise SyncRefused("no_progress", f"HQ acknowledged {answer.acked_seq}")
            unmarked = after = answer.acked_seq
            inserted += answer.inserted
            done += sum(1 for r in rows if r[0] <= answer.acked_seq)
            rows = upcoming if answer.acked_seq == last and upcoming else None  # else read afresh
            if progress:
                progress("push", done, max(total, done))


def _mark_acked(uow_factory, acked_seq: int | None) -> None:
    """Marks what HQ acknowledged up to acked_seq (if anything is waiting); returns None, nothing waits now."""
    if acked_seq is not None:
        _mark(uow_factory, (OutboxEvent.seq <= acked_seq) & OutboxEvent.acked_at.is_(None), datetime.now(timezone.utc))


def _mark(uow_factory, where, acked_at) -> None:
    uow = uow_factory()
    with uow:
        uow.session.execute(update(OutboxEvent).where(where).values(acked_at=acked_at))
        uow.commit()
