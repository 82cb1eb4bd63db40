"""HQ use cases: enrol a device, take a pushed batch, serve the change log. One transaction each."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from hq import auth, history, standing
from hq.batch import BatchCache, among
from hq.bulk import InsertAside
from hq.changelog import flush_changes, reset_staged, restore_staged, snapshot_staged
from hq.limits import MAX_EVENT_BYTES
from hq.models import Alert, Device, EnrolCode, Event, HqShowroom
from hq.ownership import load_owned
from hq.projections import Applying, BadPayload, apply_event, not_applied, read_event
from hq.returns_elsewhere import stage_loan_lines
from hq.schemas import EnrolRequest, EventIn, PushRequest
from kernel.events import ShowroomSetUp

log = logging.getLogger(__name__)
SKEW_WARN_S = 300
MAX_SKEW_S = 2**31 - 1  # hq_device.clock_skew_s is a 32-bit integer


class Refusal(Exception):
    """A request HQ turns down: HTTP status, stable code, plain message."""

    def __init__(self, status: int, code: str, message: str, acked_seq: int | None = None):
        super().__init__(code)
        self.status, self.code, self.message, self.acked_seq = status, code, message, acked_seq


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def canonical(payload: dict) -> tuple[str, str]:
    """The payload as HQ stores it, and its hash. Text with a lone surrogate (which no UTF-8 column holds)
    is stored escaped, as JSON allows, and the event is then not applied (its declaration refuses it).
    NaN and infinities are not JSON: refused with the batch; so is an event over the size limit."""
    try:
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
        try:
            data = text.encode()
        except UnicodeEncodeError:
            text = json.dumps(payload, ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False)
            data = text.encode()
    except (ValueError, RecursionError):
        raise Refusal(422, "malformed", "a payload is not plain JSON (NaN, infinity, or nested too deeply)") from None
    if len(data) > MAX_EVENT_BYTES:
        raise Refusal(
            413, "event_too_large", f"an event's payload is larger than the limit of {MAX_EVENT_BYTES:,} bytes"
        )
    return text, hashlib.sha256(data).hexdigest()


def clock_skew(sent_at: datetime, now: datetime) -> int:
    """Seconds the device's clock is ahead (negative: behind), held to what the column stores: a clock
    centuries off is simply very far off."""
    try:
        skew = int((sent_at - now).total_seconds())
    except OverflowError:  # year 1 or 9999 with an offset: beyond what datetime can subtract
        skew = MAX_SKEW_S if sent_at.year > now.year else -MAX_SKEW_S
    return max(-MAX_SKEW_S, min(MAX_SKEW_S, skew))


def authenticate(session: Session, header: str | None, *, lock: bool = False) -> Device:
    parsed = auth.parse_bearer(header)
    if parsed is None:
        raise Refusal(401, "unauthenticated", "missing or malformed device credentials")
    q = select(Device).where(Device.id == parsed[0])
    device = session.scalar(q.with_for_update() if lock else q)
    if device is None or not auth.secret_matches(device.id, parsed[1], device.secret_hash):
        raise Refusal(401, "unauthenticated", "unknown device or wrong secret")
    if device.revoked_at is not None:
        raise Refusal(401, "device_revoked", "this device was revoked at HQ")
    return device


def enrol(sessions: sessionmaker[Session], req: EnrolRequest) -> dict:
    now = utcnow()
    with sessions() as session, session.begin():
        room = take_code(session, req.code, now, req.showroom_code)
        answer, _device = enrol_device(
            session, room, req.local_showroom_id, req.device_name, req.first_unacked_seq, now, catch_up=req.catch_up
        )
        return answer


def take_code(session: Session, text: str, now: datetime, showroom_code: str | None) -> HqShowroom:
    """The showroom a one-time code enrols, the code used up (403 for a bad one, or one of another showroom)."""
    code = session.get(EnrolCode, auth.enrol_code_hash(text), with_for_update=True)
    if code is None or code.used_at is not None or code.expires_at < now:
        raise Refusal(403, "enrol_code_invalid", "the enrolment code is unknown, used or expired")
    room = session.get(HqShowroom, code.showroom_id)
    if showroom_code is not None and room.code != showroom_code:
        raise Refusal(403, "showroom_mismatch", f"this code enrols showroom {room.code}, not {showroom_code}")
    code.used_at = now
    return room


def enrol_device(
    session: Session,
    room: HqShowroom,
    local_showroom_id: str,
    name: str,
    first_unacked_seq: int,
    now: datetime,
    catch_up: bool = True,
) -> tuple[dict, Device]:
    device_id, secret = str(uuid.uuid4()), auth.new_secret()
    device = Device(
        id=device_id,
        showroom_id=room.id,
        local_showroom_id=local_showroom_id,
        name=name,
        secret_hash=auth.secret_hash(device_id, secret),
        acked_seq=first_unacked_seq - 1,
        enrolled_at=now,
    )
    session.add(device)
    latest = history.on_enrol(session, device, room, first_unacked_seq, catch_up)  # a restored counter catches up
    flush_changes(session)  # the exception it may have recorded goes down the change log
    return {
        "device_id": device_id,
        "secret": secret,
        "showroom_code": room.code,
        "showroom_name": room.name,
        "history_seq": latest,
    }, device


def _check_own_showroom(device: Device, room: HqShowroom, ev: EventIn, event) -> None:
    """A device speaks for its own showroom only (403 for the whole batch otherwise). Read from the
    declared event (`read_event`): an event HQ does not read is never applied, whatever it names."""
    if event is None or isinstance(event, BadPayload):
        return
    claimed = getattr(event, "showroom_id", None)
    if claimed is not None and claimed != device.local_showroom_id:
        raise Refusal(403, "foreign_showroom", f"event {ev.seq} names a showroom that is not this device's")
    if isinstance(event, ShowroomSetUp) and event.code != room.code:
        raise Refusal(403, "foreign_showroom", f"event {ev.seq} sets up {event.code!r}, not {room.code}")


@dataclass
class PushResult:
    acked_seq: int
    inserted: int
    duplicates: int


def push(sessions: sessionmaker[Session], header: str | None, req: PushRequest) -> PushResult:
    events = sorted(req.events, key=lambda e: e.seq)
    seqs = [e.seq for e in events]
    if len(set(seqs)) != len(seqs) or len({e.id for e in events}) != len(events):
        raise Refusal(422, "batch_not_unique", "a batch names the same sequence or event twice")
    read: dict = {}  # each event as HQ reads it (`read_event`): filled once the device is known, for both paths
    try:
        with sessions() as session:
            try:
                with session.begin():
                    return _push(session, header, req, events, read, careful=False)
            except _Unreadable:
                pass  # some event cannot be applied: again, one savepoint per event, to keep the rest
            with session.begin():
                return _push(session, header, req, events, read, careful=True)
    except Refusal as refusal:
        if refusal.code in ALERTED:
            _alert(sessions, header, refusal)
        raise


ALERTED = ("payload_mismatch", "event_of_another_device")  # refusals an operator must look at (hq_alert)


class _Unreadable(Exception):
    """The fast path met an event it cannot apply; the batch is redone carefully."""


def _push(
    session: Session, header: str | None, req: PushRequest, events: list[EventIn], read: dict, careful: bool
) -> PushResult:
    reset_staged(session)
    device = authenticate(session, header, lock=True)  # the row lock serializes a device's batches
    room = session.get(HqShowroom, device.showroom_id)
    if not read:
        read.update((ev.id, read_event(ev.type, ev.payload)) for ev in events)
    for ev in events:
        _check_own_showroom(device, room, ev, read[ev.id])
    acked = device.acked_seq
    if events[0].seq > acked + 1:
        raise Refusal(409, "sequence_gap", f"expected sequence {acked + 1}, got {events[0].seq}", acked)
    known = _known(session, events)
    ours = _same_counter(session, device, {row.device_id for row in known.values()})
    now = utcnow()
    fresh = [read[e.id] for e in events if e.id not in known]
    cache = BatchCache(session, room.id, fresh)
    load_owned(cache, fresh)  # every loan and sample they name, for the owner check (hq/ownership.py)
    rows, new, duplicates, acked = _sorted_batch(events, known, ours, acked, device.id, room.id, now)
    device.acked_seq, device.last_push_at = acked, now
    _note_clock(device, req, now)
    try:
        # the events are stored while they are applied (the careful path takes one step at a time)
        with InsertAside(session, Event.__table__, _EVENT_COLUMNS, rows, aside=not careful):
            applied = [read[ev.id] for ev in new if _apply(session, room, ev, read[ev.id], cache, careful)]
        cache.write()  # the projections: a few set-based statements per table
        session.flush()  # the few ORM rows (exceptions, merchants, products)
        standing.after_batch(session, room, cache, applied)  # who receives what about the streamers named
        stage_loan_lines(session, cache, applied)  # the open loan lines a return anywhere needs
        flush_changes(session)
    except IntegrityError as exc:
        if careful:
            raise
        raise _Unreadable() from exc
    return PushResult(acked, len(new), duplicates)


def _known(session: Session, events: list[EventIn]) -> dict:
    """The batch's events HQ holds already, by id."""
    pg = session.get_bind().dialect.name == "postgresql"
    return {
        row.id: row
        for row in session.connection().execute(
            select(Event.id, Event.payload_hash, Event.type, Event.device_id, Event.seq).where(
                among(Event.id, [e.id for e in events], pg)
            )
        )
    }


def _sorted_batch(
    events: list[EventIn], known: dict, ours: set, acked: int, device_id: str, room_id: str, now: datetime
) -> tuple[list[tuple], list[EventIn], int, int]:
    """Every check first, so that a refused batch has applied nothing: (rows to store, new events,
    duplicates, the sequence acknowledged after the batch)."""
    rows, new, duplicates = [], [], 0
    for ev in events:
        text, digest = canonical(ev.payload)
        if ev.seq > acked + 1:
            raise Refusal(409, "sequence_gap", f"expected sequence {acked + 1}, got {ev.seq}", acked)
        stored = known.get(ev.id)
        if stored is not None:
            if stored.device_id not in ours:  # never another device's duplicate (hq/PROTOCOL.md, Push)
                raise Refusal(403, "event_of_another_device", f"event {ev.id} was pushed by another device")
            if stored.payload_hash != digest or stored.type != ev.type or stored.seq != ev.seq:
                raise Refusal(
                    422,
                    "payload_mismatch",
                    f"event {ev.id} was sent before with a different payload or at another sequence",
                )
            duplicates += 1
            acked = max(acked, ev.seq)
            continue
        if ev.seq <= acked:  # acked already, yet this id is new: another event claims the same place
            raise Refusal(422, "payload_mismatch", f"sequence {ev.seq} was acknowledged for a different event")
        rows.append((ev.id, device_id, ev.seq, room_id, ev.type, text, digest, ev.occurred_at, ev.staff_id, now))
        new.append(ev)
        acked = ev.seq
    return rows, new, duplicates, acked


def _note_clock(device: Device, req: PushRequest, now: datetime) -> None:
    if req.sent_at is not None:
        device.clock_skew_s = clock_skew(req.sent_at, now)
        if abs(device.clock_skew_s) > SKEW_WARN_S:
            log.warning("device %s clock is off by %s s", device.id, device.clock_skew_s)


_EVENT_COLUMNS = (
    "id",
    "device_id",
    "seq",
    "showroom_id",
    "type",
    "payload",
    "payload_hash",
    "occurred_at",
    "staff_id",
    "received_at",
)
UNREADABLE = (BadPayload, KeyError, TypeError, ValueError, AttributeError, IntegrityError)


def _apply(session: Session, room: HqShowroom, ev: EventIn, event, cache: BatchCache, careful: bool) -> bool:
    """Fast path: no savepoint, no query (the cache has the rows), written once for the whole batch.
    Careful path: one savepoint per event, its rows written inside it, so an event HQ cannot read (or
    whose rows the database refuses) is stored and reported while the rest of the batch applies.
    `event` is what `read_event` made of it. Says whether it was applied."""
    if event is None:
        return False  # a type HQ only stores, or one from a newer client: kept, not applied (hq/PROTOCOL.md)
    if isinstance(event, BadPayload):
        not_applied(session, room, ev.id, ev.type, event)  # read before anything of it applied: no undo
        return False
    if not careful:
        try:
            with session.no_autoflush:
                return apply_event(Applying(session, room, ev.id, ev.occurred_at, cache), event)
        except UNREADABLE as exc:
            raise _Unreadable() from exc
    staged = snapshot_staged(session)
    try:
        with session.begin_nested():
            done = apply_event(Applying(session, room, ev.id, ev.occurred_at, cache), event)
            cache.write()
            session.flush()
        return done
    except UNREADABLE as exc:
        restore_staged(session, staged)  # what the failed event staged is rolled back with it
        cache.restore()  # and so are the rows it changed in memory
        not_applied(session, room, ev.id, ev.type, exc)
        return False


def _same_counter(session: Session, device: Device, device_ids: set[str]) -> set[str]:
    """This device, and the earlier enrolments of the same counter: devices of its showroom enrolled from
    the same local database (a restored or replaced PC re-sends what the old enrolment already pushed)."""
    others = device_ids - {device.id}
    if not others:
        return {device.id}
    return {
        device.id,
        *session.scalars(
            select(Device.id).where(
                Device.id.in_(others),
                Device.showroom_id == device.showroom_id,
                Device.local_showroom_id == device.local_showroom_id,
            )
        ),
    }


def _alert(sessions: sessionmaker[Session], header: str | None, refusal: Refusal) -> None:
    parsed = auth.parse_bearer(header)
    with sessions() as session, session.begin():
        session.add(
            Alert(
                id=str(uuid.uuid4()),
                device_id=parsed[0] if parsed else None,
                kind=refusal.code,
                detail=refusal.message,
                at=utcnow(),
            )
        )
    log.error("ALERT %s: %s", refusal.code, refusal.message)
