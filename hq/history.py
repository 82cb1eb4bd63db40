"""A counter's own history at HQ: every event its enrolments pushed, so a restored or replaced counter can
replay what it lost before it records anything new (hq/PROTOCOL.md, "Catch-up after a restore").

A counter is the devices of one showroom enrolled from the same local database (`local_showroom_id`), as
for duplicates (store._same_counter). Each enrolment numbers on from where its database stood, so their
sequences may overlap: a counter restored without catching up (before this existed) went on below what
the older enrolment had pushed. Then the later enrolment's branch wins from its first event on: device k
holds the places [its first seq, the first seq of any later enrolment), and these spans never overlap.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hq.models import Device, Event, HqShowroom
from hq.projections import record_exception

NEVER = 2**62


def counter_devices(session: Session, showroom_id: str, local_showroom_id: str) -> list[Device]:
    return list(
        session.scalars(
            select(Device)
            .where(Device.showroom_id == showroom_id, Device.local_showroom_id == local_showroom_id)
            .order_by(Device.enrolled_at, Device.id)
        )
    )


def spans(session: Session, devices: list[Device]) -> list[tuple[str, int, int]]:
    """(device id, first seq, end seq exclusive) of each enrolment's part of the history, in seq order."""
    ids = [d.id for d in devices]
    first = (
        dict(
            session.execute(
                select(Event.device_id, func.min(Event.seq)).where(Event.device_id.in_(ids)).group_by(Event.device_id)
            )
            .tuples()
            .all()
        )
        if ids
        else {}
    )
    out, cut = [], NEVER
    for d in reversed(devices):  # the latest enrolment first: each cuts the ones before it
        start = first.get(d.id)
        if start is None:
            continue
        if start < cut:
            out.append((d.id, start, cut))
        cut = min(cut, start)
    return sorted(out, key=lambda s: s[1])


def history_seq(session: Session, devices: list[Device], parts: list[tuple[str, int, int]] | None = None) -> int:
    """The highest place of the counter's history HQ holds (0: none)."""
    best = 0
    for device_id, start, end in spans(session, devices) if parts is None else parts:
        top = session.scalar(
            select(func.max(Event.seq)).where(Event.device_id == device_id, Event.seq >= start, Event.seq < end)
        )
        best = max(best, top or 0)
    return best


def history_json(session: Session, device: Device, after: int, limit: int) -> bytes:
    """A page of the counter's history past `after`, in seq order, as JSON text (payloads spliced in)."""
    devices = counter_devices(session, device.showroom_id, device.local_showroom_id)
    parts = spans(session, devices)
    rows = []
    for device_id, start, end in parts:
        if end <= after + 1 or len(rows) >= limit:
            continue
        rows += session.execute(
            select(Event.id, Event.seq, Event.type, Event.payload, Event.occurred_at, Event.staff_id)
            .where(Event.device_id == device_id, Event.seq > after, Event.seq >= start, Event.seq < end)
            .order_by(Event.seq)
            .limit(limit - len(rows))
        ).all()
    latest = history_seq(session, devices, parts)
    items = ",".join(
        f'{{"id":{json.dumps(i)},"seq":{seq},"type":{json.dumps(t)},"payload":{payload},'
        f'"occurred_at":{json.dumps(_utc(at).isoformat())},"staff_id":{json.dumps(staff)}}}'
        for i, seq, t, payload, at, staff in rows
    )
    more = bool(rows) and rows[-1][1] < latest
    return f'{{"events":[{items}],"latest_seq":{latest},"has_more":{"true" if more else "false"}}}'.encode()


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=timezone.utc)


def serve(sessions: sessionmaker[Session], header: str | None, after: int, limit: int) -> bytes:
    from hq.store import authenticate

    with sessions() as session, session.begin():
        return history_json(session, authenticate(session, header), after, limit)


def on_enrol(session: Session, device: Device, room: HqShowroom, first_unacked_seq: int, catch_up: bool) -> int:
    """A new enrolment of a counter HQ knows: where its acknowledged sequence starts (after the history HQ
    holds, for a counter that replays it before recording anything new; an older client, which cannot, goes on
    from its own first unacknowledged event as before), and, when its database is older than that history, the
    sync exception `unsynced_work_lost` naming the window nobody can bring back: what the earlier enrolment did
    after its last sync. Returns the history's highest seq."""
    earlier = [d for d in counter_devices(session, device.showroom_id, device.local_showroom_id) if d.id != device.id]
    latest = history_seq(session, earlier)
    if catch_up:
        device.acked_seq = max(first_unacked_seq - 1, latest)
    live = [d for d in earlier if d.revoked_at is None]
    if latest >= first_unacked_seq and live:
        last = max(live, key=lambda d: (d.last_push_at or d.enrolled_at, d.enrolled_at))
        unsynced = max(last.outbox_seq - last.acked_seq, 0) if last.outbox_seq is not None else None
        record_exception(
            session,
            "unsynced_work_lost",
            [room.code],
            None,
            {
                "device_id": last.id,
                "device_name": last.name,
                "last_sync_at": _utc(last.last_push_at).isoformat() if last.last_push_at else None,
                "history_seq": latest,
                "counter_synced_seq": first_unacked_seq - 1,
                "unsynced_events": unsynced,
            },
        )
    return latest


def recover(sessions: sessionmaker[Session], code: str, device_name: str) -> dict:
    """A new PC for a showroom whose counter is gone: enrolled as that counter (the one of the showroom that
    pushed last), which it rebuilds from its history; the counter's earlier devices are revoked."""
    from hq.store import Refusal, enrol_device, take_code, utcnow

    now = utcnow()
    with sessions() as session, session.begin():
        room = take_code(session, code, now, None)
        last = session.scalar(
            select(Device)
            .where(Device.showroom_id == room.id, Device.last_push_at.is_not(None))
            .order_by(Device.last_push_at.desc())
            .limit(1)
        )
        if last is None:
            raise Refusal(409, "nothing_to_recover", f"HQ holds no event of showroom {room.code}")
        answer, device = enrol_device(session, room, last.local_showroom_id, device_name, 1, now)
        for old in counter_devices(session, room.id, last.local_showroom_id):
            if old.id != device.id and old.revoked_at is None:
                old.revoked_at = now
        return answer | {"local_showroom_id": last.local_showroom_id}
