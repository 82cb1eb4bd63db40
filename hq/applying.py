"""What every projection shares: the event being applied (`Applying`), and what HQ does with one it cannot
apply (`not_applied`) or with facts that contradict (`record_exception`). Kept apart from hq/projections.py
so the projections of each part of the domain (hq/stock_projections.py) can live in modules of their own.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from hq.batch import BatchCache
from hq.changelog import stage
from hq.models import HqShowroom, SyncException, SyncExceptionShowroom
from hq.ownership import ForeignWrite


class BadPayload(Exception):
    """An event HQ cannot read or apply; it is stored and reported, not applied (`not_applied`)."""


@dataclass
class Applying:
    session: Session
    showroom: HqShowroom
    event_id: str
    at: datetime  # the device's occurred_at of the event
    cache: BatchCache


def not_applied(session: Session, room: HqShowroom, event_id: str, event_type: str, problem: Exception) -> None:
    """What HQ does with a pushed event it cannot read (its payload breaks its declaration) or cannot apply
    (the database refuses its rows), today: the event is stored with its batch like any other, and the
    device's acknowledged sequence moves past it, so it is never sent again; nothing of it is applied;
    the sync exception `event_not_applied` names its type and the problem, for HQ and for the device's
    showroom; the rest of the batch applies. This is the one place that decides it. An event that names
    rows of other showrooms (a ForeignWrite, hq/ownership.py) is the same, said as `foreign_write` to
    every showroom it names.

    The problem is said in at most 300 characters (a database error would otherwise carry its
    statement and parameters): the exception is pulled by every device of the showroom, and the change
    log never carries more than the row it describes."""
    if isinstance(problem, (BadPayload, ForeignWrite)):
        text = str(problem)
    else:  # the database refused its rows: the kind of error and its first line
        first = (str(problem).strip().splitlines() or [""])[0]
        text = f"{type(problem).__name__}: {first}" if first else type(problem).__name__
    text = text.replace("\x00", "\\x00").encode("utf-8", "backslashreplace").decode()
    if len(text) > 300:
        text = text[:299] + "…"
    kind, codes, detail = "event_not_applied", [room.code], {"type": event_type, "problem": text}
    if isinstance(problem, ForeignWrite):  # it names rows of other showrooms: they see it too
        kind, codes, detail = "foreign_write", [room.code, *problem.owners], detail | problem.detail
    record_exception(session, kind, codes, event_id, detail)


def record_exception(
    session: Session, kind: str, codes: list[str], event_id: str | None, detail: dict, exception_id: str | None = None
) -> None:
    """Kept for HQ staff, and sent to the devices of each showroom it involves, and to no other. `exception_id`:
    one a counter may have named already (kernel/exceptions.py)."""
    codes = sorted(set(codes))
    row = SyncException(
        id=exception_id or str(uuid.uuid4()),
        kind=kind,
        showroom_codes=",".join(codes),
        event_id=event_id,
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
        at=datetime.now(timezone.utc),
    )
    session.add(row)
    change = {
        "id": row.id,
        "kind": kind,
        "showroom_codes": codes,
        "event_id": event_id,
        "detail": detail,
        "at": row.at.isoformat(),
    }
    for code in codes:
        session.add(SyncExceptionShowroom(showroom_code=code, exception_id=row.id, at=row.at))
        stage(session, "sync_exception", row.id, change, audience=code)
