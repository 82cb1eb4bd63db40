"""Sync with HQ in the background: on a timer and on demand, never on the GUI thread.

The work runs on a thread of its own (not the counter's database worker) with its own Store, so a slow
or absent HQ never holds up a screen or a use case. Results come back to the GUI thread by signal, as
with ui.ops.DbWorker. A Python worker thread rather than a QThread: a window or session dropped
without stop() must not abort the app ("QThread destroyed while running").
"""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from showroom.domain.errors import ShowroomError
from showroom.store import Store
from showroom.sync.enrol import enrol
from showroom.sync.service import sync_status, sync_once

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000
FIRST_SYNC_MS = 3_000


class SyncRunner(QObject):
    """The GUI side: `sync_now()`, `enrol(url, code)`, and signals the status bar and dialogs listen to."""

    status_changed = Signal(object)    # SyncStatus
    progress = Signal(str, int, int)   # stage (push | pull), done, total
    synced = Signal(object)            # SyncReport, or None when not enrolled
    failed = Signal(object)            # the exception (a SyncError, or anything unforeseen: logged)
    enrolled = Signal(object)          # Enrolment
    enrol_failed = Signal(object)
    busy_changed = Signal(bool)
    _done = Signal(object, object)     # callback, Future: hops from the sync thread to the GUI thread

    def __init__(self, data_dir: Path, parent: QObject | None = None, interval_ms: int = INTERVAL_MS,
                 first_sync_ms: int = FIRST_SYNC_MS, transport=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.transport = transport   # tests plug an in-process HQ in here
        self.busy = False
        self.last_status = None
        self._store: Store | None = None   # opened and used on the sync thread only
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="showroom-sync")
        self._done.connect(self._deliver)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        if first_sync_ms >= 0:
            QTimer.singleShot(first_sync_ms, self.sync_now)
        self.refresh()

    # --- GUI thread -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._submit(self._read_status, self._on_status)

    def sync_now(self) -> bool:
        """Starts a sync unless one is running; returns whether it started."""
        if self.busy or self._pool is None:
            return False
        self._set_busy(True)
        self._submit(self._sync, self._on_synced)
        return True

    def enrol(self, url: str, code: str) -> None:
        self._set_busy(True)
        self._submit(lambda: self._enrol(url, code), self._on_enrolled)

    def stop(self) -> None:
        """Lets a sync in flight finish (each step is one transaction), then closes the store."""
        self.timer.stop()
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.submit(self._close)
            pool.shutdown(wait=True)

    def _submit(self, work: Callable[[], Any], callback: Callable[[Future], None]) -> None:
        if self._pool is None:
            return
        future = self._pool.submit(work)
        future.add_done_callback(lambda f: self._emit_done(callback, f))

    def _emit_done(self, callback, future: Future) -> None:
        try:
            self._done.emit(callback, future)
        except RuntimeError:   # the runner was deleted meanwhile: nobody is listening
            pass

    def _deliver(self, callback, future: Future) -> None:
        callback(future)

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _on_status(self, future: Future) -> None:
        if future.exception() is None:
            self.last_status = future.result()
            self.status_changed.emit(self.last_status)
        else:
            log.error("reading the sync status failed", exc_info=future.exception())

    def _on_synced(self, future: Future) -> None:
        self._set_busy(False)
        exc = future.exception()
        if exc is None:
            self.synced.emit(future.result())
        else:
            if not isinstance(exc, ShowroomError):
                log.error("sync failed unexpectedly", exc_info=exc)
            self.failed.emit(exc)
        self.refresh()

    def _on_enrolled(self, future: Future) -> None:
        self._set_busy(False)
        exc = future.exception()
        if exc is None:
            self.enrolled.emit(future.result())
            self.sync_now()
        else:
            if not isinstance(exc, ShowroomError):
                log.error("enrolment failed unexpectedly", exc_info=exc)
            self.enrol_failed.emit(exc)
        self.refresh()

    # --- sync thread --------------------------------------------------------------------------------
    def _open(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir)
        return self._store

    def _read_status(self):
        return sync_status(self._open().uow())

    def _sync(self):
        store = self._open()
        if not sync_status(store.uow()).enrolled:
            return None   # nothing to do until the showroom is enrolled
        return sync_once(store.uow, self.data_dir, transport=self.transport,
                         progress=lambda stage, done, total: self._emit_progress(stage, done, total))

    def _emit_progress(self, stage: str, done: int, total: int) -> None:
        try:
            self.progress.emit(stage, done, total)
        except RuntimeError:
            pass

    def _enrol(self, url: str, code: str):
        store = self._open()
        return enrol(store.uow, self.data_dir, url, code, transport=self.transport,
                     replace=sync_status(store.uow()).enrolled)

    def _close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
