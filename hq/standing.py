"""What each showroom receives about a streamer, and their network standing (hq/PROTOCOL.md, "What each
showroom receives").

- A showroom that served the streamer (registered them, or lent to them) receives their full record: a
  `streamer` change for that showroom's devices only, from the push that served them on, and again
  whenever the record changes (blacklisted, lifted at HQ, tier).
- Every device receives every streamer's standing (a `standing` change, kernel/standing.py): the keyed
  hash of their phone, who blacklisted them, and per showroom a suspension and the due time of each
  sample they hold there. No name, no phone. A standing is sent again only when it changed.

Both are staged at the end of a pushed batch from the events it applied (`after_batch`), and after HQ's
own acts (`streamers_changed`).
"""

from __future__ import annotations

import hashlib
import secrets
from collections import defaultdict
from datetime import datetime, timezone

from sqlalchemy import delete, select, union
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from hq.batch import BatchCache, among, streamer_lookup
from hq.bulk import insert_rows
from hq.changelog import stage
from hq.models import (
    HqShowroom,
    NetLoan,
    NetLoanItem,
    NetStreamer,
    NetworkKey,
    StreamerServed,
    StreamerStandingSent,
    StreamerSuspension,
)
from hq.projections import streamer_change
from kernel.events import Event, LoanCheckedOut, StreamerRegistered, StreamerStatusChanged, StreamerTierChanged
from kernel.standing import KIND, HeldAt, StreamerStanding, phone_hash, standing_data

CHUNK = 1000


def _pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def network_key(session: Session) -> str:
    """The key of the phone hashes, made at its first use and sent to every device then. An HQ that had
    streamers before standing travelled sends every standing that says something at the same time."""
    key = session.scalar(select(NetworkKey.key).where(NetworkKey.id == 1))
    if key is not None:
        return key
    made = secrets.token_hex(32)
    table = NetworkKey.__table__
    make = (
        (pg_insert if _pg(session) else sqlite_insert)(table)
        .values(id=1, key=made, created_at=datetime.now(timezone.utc))
        .on_conflict_do_nothing()
        .returning(table.c.id)
    )
    if session.connection().execute(make).first() is None:  # another push made it meanwhile
        return session.scalar(select(NetworkKey.key).where(NetworkKey.id == 1))
    stage(session, "network_key", "1", {"id": "1", "key": made})
    _stage_standing(
        session,
        made,
        set(
            session.scalars(
                union(
                    select(NetStreamer.id).where(NetStreamer.blacklisted),
                    select(StreamerSuspension.streamer_id),
                    select(NetLoan.streamer_id)
                    .join(NetLoanItem, NetLoanItem.loan_id == NetLoan.id)
                    .where(
                        NetLoan.streamer_id.is_not(None),
                        NetLoanItem.returned_at.is_(None),
                        NetLoanItem.lost_at.is_(None),
                        NetLoanItem.superseded_at.is_(None),
                    ),
                )
            )
        ),
    )
    return made


def after_batch(session: Session, room: HqShowroom, cache: BatchCache, applied: list[Event]) -> None:
    """After a batch's rows are written: who it served, whose suspension here changed, whose record
    changed; then the full records to the showrooms that receive them, and every changed standing."""
    served, records, suspensions = set(), set(), {}
    for e in applied:
        if isinstance(e, LoanCheckedOut):
            loan = cache.loans.get(e.loan_id)
            if loan is not None and loan.streamer_id:
                served.add(loan.streamer_id)
            continue
        if not isinstance(e, (StreamerRegistered, StreamerStatusChanged, StreamerTierChanged)):
            continue
        s = streamer_lookup(cache, e.streamer_id, e.phone)
        if s is None:
            continue  # reported as unknown_streamer by its projection
        if isinstance(e, StreamerRegistered):
            served.add(s.id)
        elif isinstance(e, StreamerTierChanged):
            records.add(s.id)
        else:
            if "blacklisted" in (e.from_status, e.to_status):
                records.add(s.id)  # blacklisted, or a lift HQ ignored: the record goes down again
            if e.to_status == "suspended":
                suspensions[s.id] = e.reason
            elif e.from_status == "suspended":
                suspensions[s.id] = None
    touched = (
        served | records | set(suspensions) | {loan.streamer_id for loan in cache.loans.values() if loan.streamer_id}
    )
    if not touched:
        return
    newly = _serve(session, room, served)
    _suspend(session, room, suspensions)
    people = {sid: s for sid, s in cache.streamers.items() if sid in newly or sid in records}
    for sid in newly:
        stage(session, "streamer", sid, streamer_change(_streamer(session, people, sid)), audience=room.code)
    _stage_records(session, records, people)
    _stage_standing(session, network_key(session), touched)


def streamers_changed(session: Session, streamer_ids: set[str]) -> None:
    """After HQ itself changed streamers (a blacklist lifted): their records and standing go down again."""
    _stage_records(session, streamer_ids, {})
    _stage_standing(session, network_key(session), streamer_ids)


def _streamer(session: Session, known: dict, sid: str):
    return known.get(sid) or session.get(NetStreamer, sid)


def _serve(session: Session, room: HqShowroom, streamer_ids: set[str]) -> set[str]:
    """Records that this showroom served these streamers; returns those it had never served."""
    if not streamer_ids:
        return set()
    pg = _pg(session)
    known = set(
        session.scalars(
            select(StreamerServed.streamer_id).where(
                StreamerServed.showroom_id == room.id, among(StreamerServed.streamer_id, sorted(streamer_ids), pg)
            )
        )
    )
    newly = streamer_ids - known
    if newly:
        now = datetime.now(timezone.utc)
        insert_rows(
            session,
            StreamerServed.__table__,
            ("streamer_id", "showroom_id", "since"),
            [(sid, room.id, now) for sid in sorted(newly)],
        )
    return newly


def _suspend(session: Session, room: HqShowroom, suspensions: dict[str, str | None]) -> None:
    """This showroom's suspensions as its last word on each streamer left them (None: lifted)."""
    if not suspensions:
        return
    session.execute(
        delete(StreamerSuspension).where(
            StreamerSuspension.showroom_id == room.id,
            among(StreamerSuspension.streamer_id, sorted(suspensions), _pg(session)),
        )
    )
    now = datetime.now(timezone.utc)
    insert_rows(
        session,
        StreamerSuspension.__table__,
        ("streamer_id", "showroom_id", "reason", "since"),
        [(sid, room.id, reason, now) for sid, reason in suspensions.items() if reason is not None],
    )


def _stage_records(session: Session, streamer_ids: set[str], known: dict) -> None:
    """Each streamer's full record, to every showroom that served them (and to no other)."""
    if not streamer_ids:
        return
    pg = _pg(session)
    for chunk in _chunks(streamer_ids):
        for sid, code in session.execute(
            select(StreamerServed.streamer_id, HqShowroom.code)
            .join(HqShowroom, HqShowroom.id == StreamerServed.showroom_id)
            .where(among(StreamerServed.streamer_id, chunk, pg))
        ):
            stage(session, "streamer", sid, streamer_change(_streamer(session, known, sid)), audience=code)


def _stage_standing(session: Session, key: str, streamer_ids: set[str]) -> None:
    """Each streamer's standing, to every device, when it differs from what was sent last."""
    streamer_ids = {sid for sid in streamer_ids if sid}
    if not streamer_ids:
        return
    pg = _pg(session)
    rooms = {
        rid: (code, name)
        for rid, code, name in session.execute(select(HqShowroom.id, HqShowroom.code, HqShowroom.name))
    }
    for chunk in _chunks(streamer_ids):
        changed = _stage_changed_standing(session, key, chunk, rooms, pg)
        if changed:
            session.execute(
                delete(StreamerStandingSent).where(among(StreamerStandingSent.streamer_id, sorted(changed), pg))
            )
            insert_rows(session, StreamerStandingSent.__table__, ("streamer_id", "digest"), list(changed.items()))


def _stage_changed_standing(
    session: Session, key: str, chunk: list[str], rooms: dict[str, tuple[str, str]], pg: bool
) -> dict[str, str]:
    """Stages the standing of each streamer of the chunk whose standing changed; returns their new digests."""
    names = dict(rooms.values())
    people, due, suspended, sent = _standing_facts(session, chunk, pg)
    changed = {}
    for sid in chunk:
        if sid not in people:
            continue
        phone, blacklisted, by = people[sid]
        by = by if blacklisted else ""
        where = sorted(set(due[sid]) | {rid for s, rid in suspended if s == sid}, key=lambda r: rooms[r])
        held = [(rid, (sid, rid) in suspended, sorted(due[sid][rid])) for rid in where]
        # the digest of what it says, before the standing is made: most are unchanged (a loan out and back)
        digest = hashlib.sha256(repr((by, [(rooms[r], s, d) for r, s, d in held])).encode()).hexdigest()
        if sent.get(sid) == digest or (sid not in sent and not by and not held):
            continue  # nothing new; or nothing to say about someone never said anything of
        standing = StreamerStanding(
            hash=phone_hash(key, phone),
            blacklisted_by=by,
            blacklisted_at=names.get(by, by) if by else "",
            held_at=[HeldAt(code=rooms[r][0], name=rooms[r][1], suspended=s, due=d) for r, s, d in held],
        )
        stage(session, KIND, standing.hash, standing_data(standing))
        changed[sid] = digest
    return changed


def _standing_facts(session: Session, chunk: list[str], pg: bool):
    """For these streamers: phone and blacklist, due times of samples held per showroom, suspensions, last digest."""
    people = {
        sid: (phone, blacklisted, by)
        for sid, phone, blacklisted, by in session.execute(
            select(NetStreamer.id, NetStreamer.phone, NetStreamer.blacklisted, NetStreamer.blacklisted_by).where(
                among(NetStreamer.id, chunk, pg)
            )
        )
    }
    due: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for sid, rid, at in session.execute(
        select(NetLoan.streamer_id, NetLoan.showroom_id, NetLoan.due_at)
        .join(NetLoanItem, NetLoanItem.loan_id == NetLoan.id)
        .where(
            among(NetLoan.streamer_id, chunk, pg),
            NetLoanItem.returned_at.is_(None),
            NetLoanItem.lost_at.is_(None),
            NetLoanItem.superseded_at.is_(None),
        )
    ):
        due[sid][rid].append(at)
    suspended = set(
        session.execute(
            select(StreamerSuspension.streamer_id, StreamerSuspension.showroom_id).where(
                among(StreamerSuspension.streamer_id, chunk, pg)
            )
        ).tuples()
    )
    sent = dict(
        session.execute(
            select(StreamerStandingSent.streamer_id, StreamerStandingSent.digest).where(
                among(StreamerStandingSent.streamer_id, chunk, pg)
            )
        )
        .tuples()
        .all()
    )
    return people, due, suspended, sent


def _chunks(ids: set[str]) -> list[list[str]]:
    ordered = sorted(ids)
    return [ordered[i : i + CHUNK] for i in range(0, len(ordered), CHUNK)]
