"""What a device reads from HQ besides its history: its page of the change log, and the exceptions that
involve its showroom. Both authenticate the device and read only what is meant for its showroom."""

from __future__ import annotations

import json

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session, sessionmaker

from hq.changelog import read_changes, read_snapshot, reads_snapshot
from hq.models import Device, HqShowroom, SyncException, SyncExceptionShowroom
from hq.store import Refusal, authenticate, utcnow


def changes_json(sessions: sessionmaker[Session], header: str | None, after: int, limit: int) -> bytes:
    """The page as JSON text, spliced from the stored JSON of each change: a first pull of a big catalog
    spends its time on the wire, not re-parsing what the log already holds as JSON."""
    with sessions() as session, session.begin():
        device = authenticate(session, header)
        code = session.get(HqShowroom, device.showroom_id).code
        # a new device, or one behind the compaction horizon, reads each row once (hq/changelog.py);
        # either way only its own showroom's changes and everyone's
        snapshot = reads_snapshot(session, after, device.enrolled_at)
        rows, latest = (read_snapshot if snapshot else read_changes)(session, after, limit, audience=code)
        session.execute(update(Device).where(Device.id == device.id).values(last_pull_at=utcnow()))
    next_cursor = rows[-1].pos if rows else after
    if len(rows) < limit:  # read everything up to `latest`: the rest is other showrooms'
        next_cursor = max(next_cursor, latest)
    items = ",".join(
        f'{{"pos":{pos},"kind":{json.dumps(kind)},"key":{json.dumps(key)},"data":{data}}}'
        for pos, kind, key, data in rows
    )
    return (
        f'{{"changes":[{items}],"next_cursor":{next_cursor},"latest":{max(latest, next_cursor)},'
        f'"has_more":{"true" if len(rows) == limit else "false"}}}'
    ).encode()


def device_exceptions(
    sessions: sessionmaker[Session], header: str | None, before: str | None, limit: int
) -> list[dict]:
    """The exceptions that involve the device's showroom, newest first, `limit` at most, filtered and paged
    in SQL; `before` (the id of the last one of a page) asks for the next page."""
    with sessions() as session:
        device = authenticate(session, header)
        code = session.get(HqShowroom, device.showroom_id).code
        mine = SyncExceptionShowroom
        q = (
            select(SyncException)
            .join(mine, mine.exception_id == SyncException.id)
            .where(mine.showroom_code == code)
            .order_by(mine.at.desc(), mine.exception_id.desc())
            .limit(limit)
        )
        if before is not None:
            mark = session.get(mine, (code, before))
            if mark is None:
                raise Refusal(422, "unknown_cursor", "`before` is not an exception of this showroom")
            q = q.where(tuple_(mine.at, mine.exception_id) < tuple_(mark.at, mark.exception_id))
        return [
            {
                "id": r.id,
                "kind": r.kind,
                "showroom_codes": r.showroom_codes.split(","),
                "event_id": r.event_id,
                "detail": json.loads(r.detail),
                "at": r.at,
            }
            for r in session.scalars(q)
        ]
