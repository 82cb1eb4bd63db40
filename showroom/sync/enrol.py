"""Enrolment: a one-time code from HQ gives this device its id and secret."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from db.models import OutboxEvent
from db.sync_models import SyncState
from db.uow import UnitOfWork
from showroom.domain.errors import AlreadyEnrolled, InvalidInput
from showroom.services.changes import Topic, changes
from showroom.services.common import local_showroom
from showroom.sync.catch_up import CatchUp, Progress, begin, catch_up, synced_point
from showroom.sync.client import HqClient, normalise_url
from showroom.sync.state import get_state, write_secret


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    showroom_code: str
    showroom_name: str
    hq_url: str
    caught_up: CatchUp | None = None  # HQ held more of this counter than its database: replayed first


def came_back(enrolment: Enrolment) -> bool:
    """Whether the enrolment wrote rows: HQ's history replayed, or numbers given here moved on."""
    done = enrolment.caught_up
    return done is not None and (done.replayed + done.moved + done.renumbered) > 0


EVERYTHING = (Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS, Topic.CATALOG, Topic.STAFF, Topic.SETTINGS)


@changes(*EVERYTHING, when=came_back)  # a catch-up replays any kind of event: every screen redraws
def enrol(
    uow_factory,
    data_dir: Path,
    url: str,
    code: str,
    *,
    transport=None,
    replace: bool = False,
    progress: Progress | None = None,
) -> Enrolment:
    """Asks HQ for credentials; the secret file is written first, then the state row in one transaction.

    `replace` re-enrols a device HQ revoked: unsent events stay and go to HQ under the new id.
    When HQ holds more of this counter's history than the database (a restored backup, a replaced PC), that
    history is replayed before this returns (showroom/sync/catch_up.py), and before anything new is recorded.
    """
    url, code = normalise_url(url), (code or "").strip()
    if not code:
        raise InvalidInput("enrol_code", "required")
    uow: UnitOfWork = uow_factory()
    with uow.read():
        if get_state(uow) is not None and not replace:
            raise AlreadyEnrolled()
        room = local_showroom(uow)
        room_id, room_code = room.id, room.code
        first = uow.session.scalar(select(func.min(OutboxEvent.seq)).where(OutboxEvent.acked_at.is_(None)))
        if first is None:
            first = (uow.session.scalar(select(func.max(OutboxEvent.seq))) or 0) + 1
    with HqClient(url, transport=transport) as client:
        answer = client.enrol(code, room_code, room_id, platform.node() or "showroom", first)
    return enrolled(uow_factory, data_dir, url, answer, transport, progress)


def enrolled(
    uow_factory, data_dir: Path, url: str, answer: dict, transport=None, progress: Progress | None = None
) -> Enrolment:
    """What HQ answered an enrolment (or a recovery), kept: the secret file first, then the state row in one
    transaction; then HQ's copy of this counter's history past the database, replayed (catch_up)."""
    write_secret(data_dir, f"{answer['device_id']}.{answer['secret']}")
    uow = uow_factory()
    with uow:
        state = get_state(uow)
        if state is None:
            state = SyncState(id=1, cursor=0, last_error_detail="")
            uow.session.add(state)
        state.hq_url, state.device_id, state.showroom_code = url, answer["device_id"], answer["showroom_code"]
        state.enrolled_at = datetime.now(timezone.utc)
        state.last_error, state.last_error_detail = None, ""
        behind = int(answer.get("history_seq") or 0) > synced_point(uow)
        if behind:
            begin(uow, int(answer["history_seq"]))
        uow.commit()
    caught_up = None
    if behind:
        with HqClient(url, token=f"{answer['device_id']}.{answer['secret']}", transport=transport) as client:
            caught_up = catch_up(uow_factory, client, progress)
    return Enrolment(answer["device_id"], answer["showroom_code"], answer["showroom_name"], url, caught_up)
