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
from datetime import datetime, timezone

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

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
    session.flush()   # the ORM rows of this transaction first (an admin's catalog, exceptions)
    insert_rows(session, Change.__table__, ("kind", "key", "data", "at", "audience"),
                [(kind, key, json.dumps(data, ensure_ascii=False, sort_keys=True), now, audience)
                 for (kind, key, audience), data in pending.items()])   # one statement, positions in staging order
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
