"""Catch-up after a restore: a counter whose database is older than what HQ holds of it (restored from a
backup, or a replaced PC) replays its own events from HQ before it records anything new, so the loans,
returns, registrations and intakes of the lost period come back, and each number series goes on after the
highest HQ has seen (hq/PROTOCOL.md, "Catch-up after a restore").

Up to four pages of HQ's copy (LAID_AT_ONCE events) are one transaction, here called a page: every event is written into the outbox as HQ holds it (same
place, same id, acknowledged: it is never pushed again) and its rows through showroom/replay. A page goes
in whole; one with an event that contradicts what the counter holds now goes in again with a savepoint per
event, and that event is kept in the outbox, its rows left unwritten, and named (`not_replayed`). Events recorded here that HQ never had wait above the history while it is laid
in (OFFSET), and then take the places after it, where the new enrolment's acknowledged sequence starts.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from db.models import OutboxEvent, ShowroomRow
from db.sync_models import CatchUpState, ReceivedSyncException
from showroom.replay import IN_BULK, ReplayConflict, Replaying, replay_event
from showroom.replay.batch import Batch
from showroom.replay.warm import warmed
from showroom.sync.client import HqClient
from showroom.sync.renumber import make_way, renumber

OFFSET = 1 << 40  # unsent events wait above this while HQ's history is laid in below
PAGE = 500  # HQ's page (its HISTORY_PAGE_MAX)
LAID_AT_ONCE = 2000  # events per transaction: four pages (a transaction costs ~12% more CPU an event at one page)
NOT_REPLAYED = "not_replayed"  # the kind of the local sync exception naming an event whose rows did not come back
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class CatchUp:
    replayed: int  # HQ's events whose rows were written again
    already_here: int  # HQ's events this database held already
    moved: int  # events recorded here that HQ never had, renumbered after HQ's history
    not_replayed: int  # events kept in the outbox whose rows could not be written (named as sync exceptions)
    hq_knew_until: datetime | None  # the newest event HQ had of this counter
    renumbered: int = 0  # numbers given again here after the restore, moved on to the next free one


def synced_point(uow) -> int:
    """The highest place this database knows HQ acknowledged."""
    return (
        uow.session.scalar(
            select(func.max(OutboxEvent.seq)).where(OutboxEvent.acked_at.is_not(None), OutboxEvent.seq < OFFSET)
        )
        or 0
    )


def begin(uow, target_seq: int) -> None:
    """Inside the enrolment's transaction: this counter must reach `target_seq` of HQ's history."""
    state = uow.session.get(CatchUpState, 1) or CatchUpState(id=1)
    state.target_seq, state.started_at, state.finished_at = target_seq, datetime.now(timezone.utc), None
    state.hq_knew_until, state.replayed, state.already_here, state.moved = None, 0, 0, 0
    uow.session.add(state)


def pending(uow) -> bool:
    state = uow.session.get(CatchUpState, 1)
    return state is not None and state.finished_at is None


def catch_up(uow_factory, client: HqClient, progress: Progress | None = None) -> CatchUp:
    """Replays HQ's copy of this counter's history past what the database holds, a few of HQ's pages per
    transaction, then moves what was recorded here and never sent after it. Resumable: a cut-short run is taken
    up from where its last committed transaction left off."""
    uow = uow_factory()
    with uow.read():
        after, target = synced_point(uow), uow.session.get(CatchUpState, 1).target_seq
    start = after
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="history") as ahead:
        pages = _Pages(client, ahead, after)
        while True:
            events, page = pages.next_events()
            uow = uow_factory()
            with uow.laying_in():
                _set_aside(uow, after)
                counts = lay_in(uow, events)
                state = uow.session.get(CatchUpState, 1)
                state.replayed += counts[0]
                state.already_here += counts[1]
                if events:
                    state.hq_knew_until = _time(events[-1]["occurred_at"])
                uow.commit()
            if events:
                after = events[-1]["seq"]
            if progress:
                progress("catch_up", after - start, max(page.latest_seq, target) - start)
            if not page.has_more or not page.events:
                break
    return _finish(uow_factory)


class _Pages:
    """HQ's pages of history, each asked for while the ones before it are laid in (a thread of its own)."""

    def __init__(self, client: HqClient, ahead: ThreadPoolExecutor, after: int):
        self.client, self.ahead = client, ahead
        self.coming = ahead.submit(client.history, after, PAGE)

    def next_events(self):
        """Up to LAID_AT_ONCE events (whole pages), and the last page they came in. When HQ fails to answer,
        what came before is laid in first: the failure is raised at the next call."""
        events, last = [], None
        while True:
            try:
                page = self.coming.result()
            except Exception:
                if last is None:
                    raise
                return events, last  # self.coming still holds the failure
            events += page.events
            last = page
            if not (page.has_more and page.events):
                return events, page
            self.coming = self.ahead.submit(self.client.history, page.events[-1]["seq"], PAGE)
            if len(events) >= LAID_AT_ONCE:
                return events, page


def _set_aside(uow, after: int) -> None:
    """Events past the synced point that HQ has not acknowledged wait above OFFSET (kept in order)."""
    uow.session.execute(
        update(OutboxEvent)
        .where(OutboxEvent.seq > after, OutboxEvent.seq < OFFSET, OutboxEvent.acked_at.is_(None))
        .values(seq=OutboxEvent.seq + OFFSET)
        .execution_options(synchronize_session=False)
    )


def lay_in(uow, events: list[dict]) -> tuple[int, int]:
    """HQ's events of one page into the outbox, acknowledged, with their rows. Returns (replayed, already here).
    The page is first laid in whole, without a savepoint per event (they cost more than the rows); only when
    an event of it contradicts the counter is it laid in again an event per savepoint, which names it."""
    s = uow.session
    here = dict(
        s.execute(select(OutboxEvent.id, OutboxEvent.seq).where(OutboxEvent.id.in_([e["id"] for e in events])))
        .tuples()
        .all()
    )
    code = s.scalar(select(ShowroomRow.code).where(ShowroomRow.is_local.is_(True)))
    new = [e for e in events if e["id"] not in here]
    try:
        batch = Batch(s)
        with s.begin_nested(), warmed(s, code, new, batch, IN_BULK):
            return _lay(uow, events, here, _replay_whole, batch)
    except (ReplayConflict, IntegrityError):
        pass  # rolled back to the page's start: laid in again below, each event on its own
    batch = Batch(s)  # what the first try read or held is gone with it
    with warmed(s, code, new, batch, IN_BULK):
        return _lay(uow, events, here, _replay, batch)


def _lay(uow, events: list[dict], here: dict, replay, batch: Batch | None = None) -> tuple[int, int]:
    s, now = uow.session, datetime.now(timezone.utc)
    batch = batch or Batch(s)
    room = s.scalar(select(ShowroomRow).where(ShowroomRow.is_local.is_(True)))  # None: rebuilt from HQ alone
    replayed = already = 0
    rows = []
    for e in events:
        if e["id"] in here:  # this database holds it: at its place, and HQ has it
            s.execute(
                update(OutboxEvent)
                .where(OutboxEvent.id == e["id"])
                .values(seq=e["seq"], acked_at=now)
                .execution_options(synchronize_session=False)
            )
            already += 1
            continue
        at = _time(e["occurred_at"])
        room, written, problem, what = replay(uow, room, e, at, batch)
        replayed += written
        rows.append(
            dict(
                seq=e["seq"],
                id=e["id"],
                type=e["type"],
                occurred_at=at,
                staff_id=e["staff_id"],
                acked_at=now,
                payload=json.dumps(e["payload"], ensure_ascii=False, sort_keys=True),
            )
        )
        if problem is not None:
            _name(uow, room.code if room else "", e, at, problem, what)
    batch.flush()  # the rows of the page's most frequent events, in bulk
    s.flush()  # what _name added: refused here, if at all, inside the page's savepoint
    if rows:  # no projection reads the outbox: its rows go in at once
        s.execute(insert(OutboxEvent.__table__), rows)  # Core: the ORM's bulk insert costs more a row
    return replayed, already


def _replay_whole(uow, room, e: dict, at: datetime, batch: Batch) -> tuple[ShowroomRow | None, bool, str | None, None]:
    """One event's rows, as _replay writes them but with no savepoint and the batch's written at the page's
    end: a conflict is raised (the page is rolled back and laid in again with _replay)."""
    replaying = Replaying(uow, room, e["staff_id"], at, batch, OFFSET)
    with uow.session.no_autoflush:
        note = replay_event(replaying, e["type"], e["payload"])
    uow.session.flush()
    return replaying.room, True, note, None


def _replay(uow, room, e: dict, at: datetime, batch: Batch) -> tuple[ShowroomRow | None, bool, str | None, str | None]:
    """One event's rows, in a savepoint: (the showroom row, whether they were written, what did not come back,
    about what). A number given again here after the restore makes way for HQ's (renumber.make_way)."""
    while True:
        replaying = Replaying(uow, room, e["staff_id"], at, batch, OFFSET)
        try:
            with uow.session.begin_nested():
                try:
                    with uow.session.no_autoflush:  # each projection reads before it writes: one flush at its end
                        note = replay_event(replaying, e["type"], e["payload"])
                    batch.flush()
                    uow.session.flush()
                except BaseException:
                    batch.forget()  # what it read or held may be what the savepoint takes back
                    raise
            return replaying.room, True, note, None
        except ReplayConflict as conflict:
            if make_way(uow, conflict.problem, conflict.what, OFFSET):
                continue  # one row fewer in the way each time: this ends
            return room, False, conflict.problem, conflict.what
        except IntegrityError as refused:  # the database refuses its rows: a contradiction all the same
            return room, False, "rows_refused", str(refused.orig)[:200]


def _name(uow, own_code: str, e: dict, at: datetime, problem: str, what: str | None) -> None:
    """An event whose rows did not come back, among the showroom's sync exceptions (what the counter shows)."""
    row_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"not-replayed:{e['id']}"))
    if uow.session.get(ReceivedSyncException, row_id) is None:
        uow.session.add(
            ReceivedSyncException(
                id=row_id,
                kind=NOT_REPLAYED,
                showroom_codes=own_code,
                at=at,
                received_at=datetime.now(timezone.utc),
                detail=json.dumps(
                    {"seq": e["seq"], "type": e["type"], "problem": problem, "what": what or ""}, ensure_ascii=False
                ),
            )
        )


def _finish(uow_factory) -> CatchUp:
    """What was recorded here and never sent takes the places after HQ's history, in order."""
    uow = uow_factory()
    with uow:
        s = uow.session
        renumbered = renumber(uow, OFFSET)
        base = s.scalar(select(func.max(OutboxEvent.seq)).where(OutboxEvent.seq < OFFSET)) or 0
        waiting = list(s.scalars(select(OutboxEvent.seq).where(OutboxEvent.seq >= OFFSET).order_by(OutboxEvent.seq)))
        for place, seq in enumerate(waiting, base + 1):
            s.execute(
                update(OutboxEvent)
                .where(OutboxEvent.seq == seq)
                .values(seq=place)
                .execution_options(synchronize_session=False)
            )
        state = s.get(CatchUpState, 1)
        state.moved, state.finished_at = len(waiting), datetime.now(timezone.utc)
        missing = s.scalar(
            select(func.count()).select_from(ReceivedSyncException).where(ReceivedSyncException.kind == NOT_REPLAYED)
        )
        result = CatchUp(state.replayed, state.already_here, state.moved, missing, state.hq_knew_until, renumbered)
        uow.commit()
        return result


def _time(value: str) -> datetime:
    t = datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)
