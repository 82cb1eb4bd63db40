"""The change log devices pull: a global cursor that never skips a row committed late.

PostgreSQL hands out sequence values at insert time but transactions commit in any order, so a
reader taking `pos > cursor` could see pos 11 before pos 10 commits and then never look back.
We serialize appends instead: every transaction that appends takes one transaction-level advisory
lock just before it inserts its changes and keeps it until commit, so positions become visible in
position order. The alternative (serve only rows whose txid is older than
pg_snapshot_xmin(pg_current_snapshot())) needs a txid column and holds every reader back behind
any long transaction, even one that never touches the log; appends here are short (collected in
memory during a push and written at its end), so the lock is cheap. SQLite serializes writers itself.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from hq.bulk import insert_rows
from hq.models import Change

CHANGELOG_LOCK = 0x5348_4F57  # "SHOW": the advisory lock key of the change log
_PENDING = "hq_pending_changes"


def stage(session: Session, kind: str, key: str, data: dict) -> None:
    """Queue a change; written by flush_changes() at the end of the transaction."""
    session.info.setdefault(_PENDING, {})[(kind, key)] = data  # the latest state of a key wins


def flush_changes(session: Session) -> int:
    """Append the staged changes under the change-log lock. Call right before commit."""
    pending = session.info.pop(_PENDING, {})
    if not pending:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHANGELOG_LOCK})
    now = datetime.now(timezone.utc)
    session.flush()   # the ORM rows of this transaction first (an admin's catalog, exceptions)
    insert_rows(session, Change.__table__, ("kind", "key", "data", "at"),
                [(kind, key, json.dumps(data, ensure_ascii=False, sort_keys=True), now)
                 for (kind, key), data in pending.items()])   # one statement, positions in staging order
    return len(pending)


def reset_staged(session: Session) -> None:
    session.info.pop(_PENDING, None)


def snapshot_staged(session: Session) -> dict:
    return dict(session.info.get(_PENDING, {}))


def restore_staged(session: Session, snapshot: dict) -> None:
    session.info[_PENDING] = snapshot


def read_changes(session: Session, after: int, limit: int) -> tuple[list, int]:
    """Changes past the cursor in position order, and the newest position (for progress)."""
    rows = session.execute(select(Change.pos, Change.kind, Change.key, Change.data).where(Change.pos > after)
                           .order_by(Change.pos).limit(limit)).all()
    latest = session.scalar(select(func.max(Change.pos))) or 0
    return rows, latest
