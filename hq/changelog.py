"""The change log devices pull: a global cursor that never skips a row committed late.

PostgreSQL hands out sequence values at insert time but transactions commit in any order, so a
reader taking `pos > cursor` could see pos 11 before pos 10 commits and then never look back.
We serialize appends instead: every transaction that appends takes one transaction-level advisory
lock just before it inserts its changes and keeps it until commit, so positions become visible in
position order. The alternative (serve only rows whose txid is older than
pg_snapshot_xmin(pg_current_snapshot())) needs a txid column and holds every reader back behind
any long transaction, even one that never touches the log; appends here are short (collected in
memory during a push and written at its end), so the lock is cheap. SQLite serializes writers itself.

A change has an audience: a showroom code, whose devices alone pull it (an exception that involves the
showroom, a streamer's full record for a showroom that served them), or None, every device (the catalog,
the network's standing). A device reads only its own and everyone's, filtered here in SQL.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import and_, delete, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from hq.bulk import insert_rows
from hq.models import Change

CHANGELOG_LOCK = 0x5348_4F57  # "SHOW": the advisory lock key of the change log
_PENDING = "hq_pending_changes"


def stage(session: Session, kind: str, key: str, data: dict, audience: str | None = None) -> None:
    """Queue a change for the devices of showroom `audience` (None: every device); written by
    flush_changes() at the end of the transaction."""
    session.info.setdefault(_PENDING, {})[(kind, key, audience)] = data  # the latest state of a key wins


def flush_changes(session: Session) -> int:
    """Append the staged changes under the change-log lock. Call right before commit."""
    pending = session.info.pop(_PENDING, {})
    if not pending:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHANGELOG_LOCK})
    now = datetime.now(timezone.utc)
    session.flush()  # the ORM rows of this transaction first (an admin's catalog, exceptions)
    insert_rows(
        session,
        Change.__table__,
        ("kind", "key", "data", "at", "audience"),
        [
            (kind, key, json.dumps(data, ensure_ascii=False, sort_keys=True), now, audience)
            for (kind, key, audience), data in pending.items()
        ],
    )  # one statement, positions in staging order
    return len(pending)


def reset_staged(session: Session) -> None:
    session.info.pop(_PENDING, None)


def snapshot_staged(session: Session) -> dict:
    return dict(session.info.get(_PENDING, {}))


def restore_staged(session: Session, snapshot: dict) -> None:
    session.info[_PENDING] = snapshot


def read_changes(session: Session, after: int, limit: int, audience: str | None = None) -> tuple[list, int]:
    """Changes past the cursor in position order, and the newest position. With `audience` (a showroom
    code) only that showroom's changes and everyone's; without, every change.

    The newest position is read first: every change up to it is committed then (appends become visible in
    position order), so a page that ends short of `limit` has read everything up to it, and the puller may
    move its cursor there past the changes meant for other showrooms."""
    latest = session.scalar(select(func.max(Change.pos))) or 0
    q = select(Change.pos, Change.kind, Change.key, Change.data).where(Change.pos > after)
    if audience is not None:
        q = q.where(or_(Change.audience.is_(None), Change.audience == audience))
    return session.execute(q.order_by(Change.pos).limit(limit)).all(), latest


# -- Compaction and snapshots -------------------------------------------------------------------------
# Every change carries the whole latest state of its row, so a change that a later change of the same
# (kind, key) supersedes tells a reader nothing the later one will not: past the horizon it is deleted,
# and the log holds about one change per row plus the horizon's history. Readers are never misled: a
# deleted change always has a later one of its row, which every cursor before it still reads.
# A device that starts from nothing, whose cursor is older than the horizon, or that is still reading
# what was there before it enrolled, reads a snapshot: the changes past its cursor that no later change
# supersedes (each row once, at its current state), in position order, so its cursor pages through as usual.
# Kinds other changes refer to are kept whole (a product names its merchant: the merchant's first change
# must stay before the products that name it, whatever it became later).

HORIZON_DAYS = 30  # superseded changes younger than this are kept (what a device a month behind reads)
COMPACT_WINDOW = 50_000  # positions per compaction transaction: short, so appends never wait long
KEPT_WHOLE = ("merchant",)


def _superseded(row):
    """A later change of the same row that every reader of this one also reads: one for everyone, or one
    for the same showroom (a change for one showroom never hides a change for everyone from the others)."""
    newer = aliased(Change)
    return and_(
        row.kind.notin_(KEPT_WHOLE),
        exists().where(
            newer.kind == row.kind,
            newer.key == row.key,
            newer.pos > row.pos,
            or_(newer.audience.is_(None), newer.audience == row.audience),
        ),
    )


def horizon_position(session: Session, cutoff: datetime) -> int:
    """The first position whose change was appended at or after `cutoff` (past the end when none was).
    Positions are appended in time order (under the change-log lock), so a binary search over the primary
    key finds it without an index on the time."""
    low = session.scalar(select(func.min(Change.pos))) or 0
    high = (session.scalar(select(func.max(Change.pos))) or 0) + 1
    while low < high:
        middle = (low + high) // 2
        at = session.scalar(select(Change.at).where(Change.pos >= middle).order_by(Change.pos).limit(1))
        if at is None or at >= cutoff:
            high = middle
        else:
            low = middle + 1
    return low


def compact_changes(sessions, now: datetime | None = None, horizon_days: int = HORIZON_DAYS) -> int:
    """Deletes the changes older than the horizon that a later change of the same row supersedes, a window
    of positions per transaction; returns how many. Safe while devices push and pull."""
    now = now or datetime.now(timezone.utc)
    with sessions() as session:
        boundary = horizon_position(session, now - timedelta(days=horizon_days))
        start = session.scalar(select(func.min(Change.pos))) or boundary
    deleted = 0
    for low in range(start, boundary, COMPACT_WINDOW):
        with sessions() as session, session.begin():
            deleted += session.execute(
                delete(Change)
                .where(Change.pos >= low, Change.pos < min(low + COMPACT_WINDOW, boundary), _superseded(Change))
                .execution_options(synchronize_session=False)
            ).rowcount
    return deleted


def reads_snapshot(
    session: Session,
    after: int,
    enrolled_at: datetime | None = None,
    now: datetime | None = None,
    horizon_days: int = HORIZON_DAYS,
) -> bool:
    """A device reads a snapshot while its cursor is at the start, older than the horizon, or older than its
    enrolment (a new device's first pull stays a snapshot from its first page to its last)."""
    if after <= 0:
        return True
    at = session.scalar(select(Change.at).where(Change.pos <= after).order_by(Change.pos.desc()).limit(1))
    horizon = (now or datetime.now(timezone.utc)) - timedelta(days=horizon_days)
    return at is None or at < horizon or (enrolled_at is not None and at < enrolled_at)


def read_snapshot(session: Session, after: int, limit: int, audience: str | None = None) -> tuple[list, int]:
    """Like read_changes (the same audience rule, the newest position read first), each row once: the
    changes past the cursor that no later change supersedes."""
    latest = session.scalar(select(func.max(Change.pos))) or 0
    q = select(Change.pos, Change.kind, Change.key, Change.data).where(Change.pos > after, ~_superseded(Change))
    if audience is not None:
        q = q.where(or_(Change.audience.is_(None), Change.audience == audience))
    return session.execute(q.order_by(Change.pos).limit(limit)).all(), latest
