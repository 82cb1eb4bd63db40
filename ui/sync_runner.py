"""Sync with HQ in the background: on a timer and on demand, in the task runner's sync lane.

The sync lane has a Store of its own (opened and used on that lane only), so a slow or absent HQ never
holds up a screen or a use case in the database lane. What a pull or a catch-up changed is announced by the
runner (sync_once, enrol and recover declare it).

An enrolment that caught up from HQ (a restored backup) and a recovery from HQ (a new PC) come back with the
catch-up in words (present.catch_up_text): what was replayed, up to when HQ had the work, what to reprint.
"""

from __future__ import annotations

import logging
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from present.catch_up_text import catch_up_lines
from showroom.domain.errors import ShowroomError
from showroom.services.changes import changed_after
from showroom.services.setup import showroom_info
from showroom.store import Store
from showroom.sync.enrol import enrol
from showroom.sync.recover import recover
from showroom.sync.service import sync_once, sync_status
from showroom.sync.unrecovered import unrecovered_work
from ui.tasks import Lane, TaskRunner

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000
FIRST_SYNC_MS = 3_000


class SyncRunner(QObject):
    """The GUI side: `sync_now()`, `enrol(url, code)`, and signals the status bar and dialogs listen to."""

    status_changed = Signal(object)  # SyncStatus
    progress = Signal(str, int, int)  # stage (push | pull), done, total
    synced = Signal(object)  # SyncReport, or None when not enrolled
    failed = Signal(object)  # the exception (a SyncError, or anything unforeseen: logged)
    enrolled = Signal(object)  # Enrolment
    enrol_failed = Signal(object)
    caught_up = Signal(list)  # the catch-up in words, just before `enrolled`, when HQ had more of this counter
    recovered = Signal(object, list)  # Recovery, the catch-up in words
    recover_failed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        data_dir: Path,
        tasks: TaskRunner,
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
        first_sync_ms: int = FIRST_SYNC_MS,
        transport=None,
    ):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.tasks = tasks
        self.transport = transport  # tests plug an in-process HQ in here
        self.busy = False
        self.last_status = None
        self._stopped = False
        self._store: Store | None = None  # opened and used in the sync lane only
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        if first_sync_ms >= 0:
            QTimer.singleShot(first_sync_ms, self.sync_now)
        self.refresh()

    # --- GUI thread -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run(self._read_status, self._on_status, self._status_failed)

    def sync_now(self) -> bool:
        """Starts a sync unless one is running; returns whether it started."""
        if self.busy or self._stopped:
            return False
        self._set_busy(True)
        self._run(
            self._sync, self._on_synced, self._on_sync_failed, changes=lambda report: changed_after(sync_once, report)
        )
        return True

    def enrol(self, url: str, code: str) -> None:
        self._set_busy(True)
        self._run(
            lambda: self._enrol(url, code),
            self._on_enrolled,
            self._on_enrol_failed,
            changes=lambda answer: changed_after(enrol, answer[0]),
        )

    def recover(self, url: str, code: str, admin_pin: str) -> None:
        """Rebuilds this (empty) showroom from HQ's copy of its events, then syncs once for the catalog."""
        self._set_busy(True)
        self._run(
            lambda: self._recover(url, code, admin_pin),
            self._on_recovered,
            self._on_recover_failed,
            changes=lambda answer: changed_after(recover, answer[0]),
        )

    def stop(self) -> None:
        """Lets a sync in flight finish (each step is one transaction), then closes the lane's store."""
        self.timer.stop()
        if not self._stopped:
            self._stopped = True
            if self.tasks.run(Lane.SYNC, self._close):
                self.tasks.drain(Lane.SYNC)

    def _run(self, work, on_success, on_error, changes=None) -> None:
        if not self._stopped:
            self.tasks.run(Lane.SYNC, work, on_success, on_error, changes=changes)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _on_status(self, status) -> None:
        self.last_status = status
        self.status_changed.emit(status)

    def _status_failed(self, exc: Exception) -> None:
        log.error("reading the sync status failed", exc_info=exc)

    def _on_synced(self, report) -> None:
        self._set_busy(False)
        self.synced.emit(report)
        self.refresh()

    def _on_sync_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, ShowroomError):
            log.error("sync failed unexpectedly", exc_info=exc)
        self.failed.emit(exc)
        self.refresh()

    def _on_enrolled(self, answer) -> None:
        enrolment, report = answer
        self._set_busy(False)
        if report is not None:
            self.caught_up.emit(catch_up_lines(*report))
        self.enrolled.emit(enrolment)
        self.sync_now()
        self.refresh()

    def _on_enrol_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, ShowroomError):
            log.error("enrolment failed unexpectedly", exc_info=exc)
        self.enrol_failed.emit(exc)
        self.refresh()

    def _on_recovered(self, answer) -> None:
        recovery, report = answer
        self._set_busy(False)
        self.recovered.emit(recovery, catch_up_lines(*report) if report is not None else [])
        self.refresh()

    def _on_recover_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, ShowroomError):
            log.error("recovery from HQ failed unexpectedly", exc_info=exc)
        self.recover_failed.emit(exc)
        self.refresh()

    def _report_progress(self, stage: str, done: int, total: int) -> None:
        self.progress.emit(stage, done, total)

    # --- sync lane --------------------------------------------------------------------------------
    def _open(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir)
        return self._store

    def _read_status(self):
        return sync_status(self._open().uow())

    def _sync(self):
        store = self._open()
        if not sync_status(store.uow()).enrolled:
            return None  # nothing to do until the showroom is enrolled
        return sync_once(store.uow, self.data_dir, transport=self.transport, progress=self._post_progress)

    def _post_progress(self, stage: str, done: int, total: int) -> None:
        self.tasks.post(self._report_progress, stage, done, total)

    def _enrol(self, url: str, code: str):
        store = self._open()
        enrolment = enrol(
            store.uow,
            self.data_dir,
            url,
            code,
            transport=self.transport,
            replace=sync_status(store.uow()).enrolled,
            progress=self._post_progress,
        )
        return enrolment, self._catch_up_report(store, enrolment)

    def _recover(self, url: str, code: str, admin_pin: str):
        store = self._open()
        done = recover(
            store.uow, self.data_dir, url, code, admin_pin, transport=self.transport, progress=self._post_progress
        )
        try:  # the catalog, streamers and standing, as `showroom recover` does; the recovery stands without them
            sync_once(store.uow, self.data_dir, transport=self.transport, progress=self._post_progress)
        except ShowroomError as exc:
            log.warning("the first sync after recovering failed: %r", exc)
        return done, self._catch_up_report(store, done.enrolment)

    def _catch_up_report(self, store: Store, enrolment):
        """What present.catch_up_text needs to say what came back; None when nothing was caught up."""
        if enrolment.caught_up is None:
            return None
        tz = ZoneInfo(showroom_info(store.uow()).timezone)
        return enrolment.caught_up, unrecovered_work(store.uow()), tz

    def _close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
