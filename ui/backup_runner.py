"""The daily backup, taken in the background while the counter works (present.backup_text words backups).

The copy runs in the task runner's backup lane with its own SQLite connection (SQLite's backup API),
never in the database lane, so a scan is never held up by it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from showroom.services.backups import take_daily_backup_if_due
from ui.tasks import Lane, TaskRunner

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 3_600_000  # hourly: a PC left on overnight still gets its backup the next day


class DailyBackup(QObject):
    """`start()` checks at once and then hourly; a backup is taken when the newest daily one is a day old."""

    backed_up = Signal(object)  # BackupInfo
    failed = Signal(object)  # the exception (logged)

    def __init__(
        self,
        store,
        tasks: TaskRunner,
        parent: QObject | None = None,
        interval_ms: int = CHECK_EVERY_MS,
        clock: Callable[[], datetime] | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.clock = clock  # tests move time on; None is the real clock
        self.busy = False
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self._running = True
        self.timer.start()
        self.check_now()

    def check_now(self) -> bool:
        """Starts a check unless one is running; returns whether it started."""
        if self.busy or not self._running:
            return False
        now = self.clock() if self.clock else None
        uow = self.store.uow()
        self.busy = self.tasks.run(Lane.BACKUP, lambda: take_daily_backup_if_due(uow, now), self._done, self._failed)
        return self.busy

    def stop(self) -> None:
        """A backup in flight is let finish (it takes seconds; a half copy is never named a backup anyway)."""
        self.timer.stop()
        if self._running:
            self._running = False
            self.tasks.drain(Lane.BACKUP)

    def _done(self, info) -> None:
        self.busy = False
        if info is not None:
            self.backed_up.emit(info)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        log.error("the daily backup failed", exc_info=exc)
        self.failed.emit(exc)
