"""The daily backup, taken in the background while the counter works (present.backup_text words backups).

The copy runs on a thread of its own with its own SQLite connection (SQLite's backup API), never on
the counter's database worker, so a scan is never held up by it. A Python worker thread rather than
a QThread, as in ui.sync_runner: a session dropped without stop() must not abort the app.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from showroom.services.backups import take_daily_backup_if_due

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 3_600_000   # hourly: a PC left on overnight still gets its backup the next day


class DailyBackup(QObject):
    """`start()` checks at once and then hourly; a backup is taken when the newest daily one is a day old."""

    backed_up = Signal(object)   # BackupInfo
    failed = Signal(object)      # the exception (logged)
    _done = Signal(object)       # Future: hops from the backup thread to the GUI thread

    def __init__(self, store, parent: QObject | None = None, interval_ms: int = CHECK_EVERY_MS,
                 clock: Callable[[], datetime] | None = None):
        super().__init__(parent)
        self.store = store
        self.clock = clock           # tests move time on; None is the real clock
        self.busy = False
        self._pool: ThreadPoolExecutor | None = None
        self._done.connect(self._deliver)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="showroom-backup")
        self.timer.start()
        self.check_now()

    def check_now(self) -> bool:
        """Starts a check unless one is running; returns whether it started."""
        if self.busy or self._pool is None:
            return False
        self.busy = True
        now = self.clock() if self.clock else None
        future = self._pool.submit(take_daily_backup_if_due, self.store.uow(), now)
        future.add_done_callback(self._emit_done)
        return True

    def stop(self) -> None:
        """A backup in flight is let finish (it takes seconds; a half copy is never named a backup anyway)."""
        self.timer.stop()
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.shutdown(wait=True)

    def _emit_done(self, future: Future) -> None:
        try:
            self._done.emit(future)
        except RuntimeError:   # deleted meanwhile: nobody is listening
            pass

    def _deliver(self, future: Future) -> None:
        self.busy = False
        exc = future.exception()
        if exc is not None:
            log.error("the daily backup failed", exc_info=exc)
            self.failed.emit(exc)
        elif future.result() is not None:
            self.backed_up.emit(future.result())
