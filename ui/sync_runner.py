"""Sync with HQ in the background: on a timer and on demand, never on the GUI thread.

The worker lives on its own QThread with its own Store (its own SQLite connections), so a slow or
absent HQ never holds up a screen or the counter's database worker. Results come back by signal.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from showroom.domain.errors import ShowroomError
from showroom.store import Store
from showroom.sync.enrol import enrol
from showroom.sync.service import sync_once, sync_status

log = logging.getLogger(__name__)
INTERVAL_MS = 60_000
FIRST_SYNC_MS = 3_000


class _Worker(QObject):
    """Runs on the sync thread. Opens its own store on first use."""

    status = Signal(object)            # SyncStatus
    progress = Signal(str, int, int)   # stage (push | pull), done, total
    synced = Signal(object)            # SyncReport
    failed = Signal(object)            # the exception (a SyncError, or anything unforeseen)
    enrolled = Signal(object)          # Enrolment
    enrol_failed = Signal(object)

    def __init__(self, data_dir: Path, transport=None):
        super().__init__()
        self.data_dir = Path(data_dir)
        self.transport = transport   # tests plug an in-process HQ in here
        self._store: Store | None = None

    def _open(self) -> Store:
        if self._store is None:
            self._store = Store(self.data_dir)
        return self._store

    @Slot()
    def read_status(self) -> None:
        try:
            self.status.emit(sync_status(self._open().uow()))
        except Exception:  # noqa: BLE001 - the bar simply keeps its last words
            log.exception("reading the sync status failed")

    @Slot()
    def sync(self) -> None:
        store = self._open()
        try:
            if not sync_status(store.uow()).enrolled:
                self.synced.emit(None)   # nothing to do until the showroom is enrolled
                return
            report = sync_once(store.uow, self.data_dir, transport=self.transport, progress=self.progress.emit)
            self.synced.emit(report)
        except ShowroomError as exc:
            log.info("sync did not complete: %s %s", type(exc).__name__, exc)
            self.failed.emit(exc)
        except Exception as exc:  # noqa: BLE001 - logged in full, told calmly
            log.exception("sync failed unexpectedly")
            self.failed.emit(exc)
        finally:
            self.read_status()

    @Slot(str, str)
    def enrol(self, url: str, code: str) -> None:
        store = self._open()
        try:
            self.enrolled.emit(enrol(store.uow, self.data_dir, url, code, transport=self.transport,
                                     replace=sync_status(store.uow()).enrolled))
        except Exception as exc:  # noqa: BLE001 - ShowroomErrors are worded by the dialog; others logged there
            self.enrol_failed.emit(exc)
        finally:
            self.read_status()

    @Slot()
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class SyncRunner(QObject):
    """The GUI side: `sync_now()`, `enrol(url, code)`, and signals the status bar listens to."""

    status_changed = Signal(object)
    progress = Signal(str, int, int)
    synced = Signal(object)
    failed = Signal(object)
    enrolled = Signal(object)
    enrol_failed = Signal(object)
    busy_changed = Signal(bool)
    _sync_requested = Signal()
    _status_requested = Signal()
    _enrol_requested = Signal(str, str)
    _close_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None, interval_ms: int = INTERVAL_MS,
                 first_sync_ms: int = FIRST_SYNC_MS, transport=None):
        super().__init__(parent)
        self.busy = False
        self.last_status = None
        self._thread = QThread()
        self._thread.setObjectName("showroom-sync")
        self._worker = _Worker(data_dir, transport)
        self._worker.moveToThread(self._thread)
        self._sync_requested.connect(self._worker.sync)
        self._status_requested.connect(self._worker.read_status)
        self._enrol_requested.connect(self._worker.enrol)
        self._close_requested.connect(self._worker.close)
        self._worker.status.connect(self._on_status)
        self._worker.progress.connect(self.progress)
        self._worker.synced.connect(self._on_synced)
        self._worker.failed.connect(self._on_failed)
        self._worker.enrolled.connect(self._on_enrolled)
        self._worker.enrol_failed.connect(self._on_enrol_failed)
        self._thread.start()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self.timer.start()
        if first_sync_ms >= 0:
            QTimer.singleShot(first_sync_ms, self.sync_now)
        self.refresh()

    def refresh(self) -> None:
        self._status_requested.emit()

    def sync_now(self) -> bool:
        """Starts a sync unless one is running; returns whether it started."""
        if self.busy or not self._thread.isRunning():
            return False
        self._set_busy(True)
        self._sync_requested.emit()
        return True

    def enrol(self, url: str, code: str) -> None:
        self._set_busy(True)
        self._enrol_requested.emit(url, code)

    def stop(self) -> None:
        """Lets a sync in flight finish (each step is one transaction), then ends the thread."""
        self.timer.stop()
        if self._thread.isRunning():
            self._close_requested.emit()
            self._thread.quit()
            self._thread.wait()

    def _set_busy(self, busy: bool) -> None:
        if busy != self.busy:
            self.busy = busy
            self.busy_changed.emit(busy)

    def _on_status(self, status) -> None:
        self.last_status = status
        self.status_changed.emit(status)

    def _on_synced(self, report) -> None:
        self._set_busy(False)
        self.synced.emit(report)

    def _on_failed(self, exc) -> None:
        self._set_busy(False)
        self.failed.emit(exc)

    def _on_enrolled(self, enrolment) -> None:
        self._set_busy(False)
        self.enrolled.emit(enrolment)
        self.sync_now()

    def _on_enrol_failed(self, exc) -> None:
        self._set_busy(False)
        self.enrol_failed.emit(exc)
