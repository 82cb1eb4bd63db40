"""One sync with HQ (push, then pull), and what the status bar shows about it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from db.clock_models import HqClock
from db.models import OutboxEvent
from db.sync_models import ReceivedSyncException
from showroom.domain.clock import SKEW_WARNING
from showroom.domain.errors import ShowroomError, SyncError
from showroom.services.changes import Topic, changes
from showroom.services.elsewhere_photos import tell_matched_photos
from showroom.sync.catch_up import catch_up, pending
from showroom.sync.client import HqClient
from showroom.sync.pull import pull_all
from showroom.sync.push import Progress, pending_count, push_all
from showroom.sync.state import get_state, read_secret, require_state

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncReport:
    pushed: int
    pulled: int
    new_exceptions: int
    finished_at: datetime


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    hq_url: str
    device_id: str
    showroom_code: str
    pending: int
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str | None  # a SyncError kind (unreachable, revoked, ...), None after a success
    last_error_detail: str
    exceptions: int
    cursor: int
    hq_clock_skew_s: int | None = None  # HQ's clock minus this PC's at the last sync that reached HQ

    @property
    def online(self) -> bool:
        return self.enrolled and self.last_attempt_at is not None and self.last_error is None

    @property
    def clock_off(self) -> bool:
        """This PC's clock differs from HQ's by more than DESIGN.md's 5 minutes: worth a warning."""
        return self.hq_clock_skew_s is not None and abs(self.hq_clock_skew_s) > SKEW_WARNING.total_seconds()


def sync_status(uow) -> SyncStatus:
    with uow.read():
        state = get_state(uow)
        pending = pending_count(uow)
        exceptions = uow.session.scalar(select(func.count()).select_from(ReceivedSyncException))
        if state is None:
            return SyncStatus(False, "", "", "", pending, None, None, None, "", exceptions, 0)
        hq_clock = uow.session.get(HqClock, 1)
        return SyncStatus(
            True,
            state.hq_url,
            state.device_id,
            state.showroom_code,
            pending,
            state.last_success_at,
            state.last_attempt_at,
            state.last_error,
            state.last_error_detail,
            exceptions,
            state.cursor,
            hq_clock.skew_s if hq_clock else None,
        )


def _count_exceptions(uow_factory) -> int:
    uow = uow_factory()
    with uow.read():
        return uow.session.scalar(select(func.count()).select_from(ReceivedSyncException))


def _catching_up(uow_factory) -> bool:
    uow = uow_factory()
    with uow.read():
        return pending(uow)


def _record(uow_factory, error: SyncError | None, client: HqClient | None = None) -> None:
    uow = uow_factory()
    with uow:
        state = require_state(uow)
        now = datetime.now(timezone.utc)
        state.last_attempt_at = now
        if error is None:
            state.last_success_at, state.last_error, state.last_error_detail = now, None, ""
        else:
            state.last_error, state.last_error_detail = error.kind, (error.detail or "")[:500]
        if client is not None and client.clock_checked_at is not None:  # HQ answered: its clock is known
            hq_clock = uow.session.get(HqClock, 1) or HqClock(id=1)
            hq_clock.skew_s, hq_clock.checked_at = client.clock_skew_s, client.clock_checked_at
            uow.session.add(hq_clock)
        uow.commit()


@changes(
    Topic.STREAMERS,
    Topic.CATALOG,
    Topic.TRANSFERS,  # transfers sent here, or how one sent from here was received
    Topic.SAMPLES,  # samples received elsewhere are `transferred` here
    when=lambda report: report is not None and report.pulled > 0,
)
def sync_once(uow_factory, data_dir: Path, *, transport=None, progress: Progress | None = None) -> SyncReport:
    """Push everything, then pull everything. Any SyncError is recorded (for the status bar) and re-raised."""
    uow = uow_factory()
    with uow.read():
        url, device_id = require_state(uow).hq_url, require_state(uow).device_id
        newest = uow.session.scalar(select(func.max(OutboxEvent.seq))) or 0
    token = read_secret(data_dir)
    if not token.startswith(device_id + "."):
        token = ""  # the secret file belongs to another enrolment: HQ will say so (401)
    before = _count_exceptions(uow_factory)
    client = HqClient(url, token=token or None, transport=transport, outbox_seq=newest)
    try:
        with client:
            if _catching_up(uow_factory):  # a catch-up cut short at enrolment: HQ's history first
                catch_up(uow_factory, client, progress)
            pushed = push_all(uow_factory, client, progress)
            pulled = pull_all(uow_factory, client, progress)
    except SyncError as exc:
        _record(uow_factory, exc, client)
        raise
    _record(uow_factory, None, client)
    _tell_matched_photos(uow_factory)
    return SyncReport(pushed, pulled, _count_exceptions(uow_factory) - before, datetime.now(timezone.utc))


def _tell_matched_photos(uow_factory) -> None:
    """Photos of returns HQ matched on this pull become their samples' photos, with their events (a pull records
    none). A refusal (a clock put back) leaves them waiting for the next sync; the sync itself went through."""
    try:
        tell_matched_photos(uow_factory())
    except ShowroomError as refused:
        log.warning("photos of matched returns left for the next sync: %r", refused)
