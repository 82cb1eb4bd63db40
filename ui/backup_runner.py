"""The daily backup, taken in the background while the counter works; and how backups are put in words.

The copy runs on a thread of its own with its own SQLite connection (SQLite's backup API), never on
the counter's database worker, so a scan is never held up by it. A Python worker thread rather than
a QThread, as in ui.sync_runner: a session dropped without stop() must not abort the app.
"""
from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from kernel.storage_faults import storage_refusal
from present.errors import describe
from present.formatting import local_time
from showroom.backup import BackupFailed, BackupInfo, take_daily_backup_if_due
from showroom.restore import BackupRefused, BackupSummary, RestoreOutcome, StoreInUse

log = logging.getLogger(__name__)
translate = QCoreApplication.translate   # lupdate finds translate("Backup", "...")
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
        future = self._pool.submit(take_daily_backup_if_due, self.store, now)
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


# --- words -----------------------------------------------------------------------------------------------

def kind_label(kind: str) -> str:
    return {
        "daily": translate("Backup", "Daily"),
        "manual": translate("Backup", "Manual"),
        "before-upgrade": translate("Backup", "Before an upgrade"),
        "before-restore": translate("Backup", "Before a restore"),
    }.get(kind, kind)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("Backup", "{size} MB").format(size=f"{size / (1024 * 1024):.1f}")
    return translate("Backup", "{size} KB").format(size=max(size // 1024, 1))


def describe_backup_error(exc: BaseException) -> str:
    """Backup and restore refusals, by type; anything else as the app says it."""
    if isinstance(exc, BackupRefused):
        texts = {
            "not_found": translate("Backup", "There is no file {detail}. Nothing was changed."),
            "not_sqlite": translate(
                "Backup", "This file is not a Showroom backup (it is not a database). Nothing was changed."),
            "damaged": translate(
                "Backup", "This backup is damaged: the database check failed. Nothing was changed; "
                          "try another backup."),
            "not_showroom": translate("Backup", "This database is not a Showroom backup. Nothing was changed."),
            "too_new": translate(
                "Backup", "This backup was made by a newer version of Showroom. Install that version first; "
                          "nothing was changed."),
            "no_showroom": translate(
                "Backup", "This backup holds no showroom (it was taken before set-up). Nothing was changed."),
            "other_showroom": translate(
                "Backup", "This backup is of another showroom (backup/this folder: {detail}). Nothing was changed; "
                          "to replace this showroom with it all the same, add --other-showroom."),
        }
        text = texts.get(exc.problem) or translate("Backup", "This file cannot be restored. Nothing was changed.")
        return text.format(detail=exc.detail)
    if isinstance(exc, StoreInUse):
        return translate("Backup", "The showroom database is open in another program (is Showroom still running?). "
                                   "Close it and try again; nothing was changed.")
    if isinstance(exc, BackupFailed):
        return translate("Backup", "The backup failed its check after writing and was thrown away ({detail}). "
                                   "Please try again.").format(detail=exc.detail)
    if isinstance(exc, OSError) and storage_refusal(exc) is None:   # full, read-only, ...: said below, by type
        return translate("Backup", "The backup folder cannot be written: {detail}").format(
            detail=f"{exc.strerror or exc} {exc.filename or ''}".strip())
    return describe(exc)


def summary_text(summary: BackupSummary, tz) -> str:
    """What a backup holds, for the confirmation before a restore."""
    latest = local_time(summary.latest_activity, tz) if summary.latest_activity else translate("Backup", "none")
    lines = [
        translate("Backup", "Showroom: {code} {name}").format(code=summary.showroom_code, name=summary.showroom_name),
        translate("Backup", "Taken: {when}").format(when=local_time(summary.taken_at, tz)),
        translate("Backup", "Holds {samples} samples ({on_loan} on loan), {loans} loans ({open} open), "
                            "{streamers} streamers.").format(
            samples=summary.samples, on_loan=summary.samples_on_loan, loans=summary.loans,
            open=summary.open_loans, streamers=summary.streamers),
        translate("Backup", "Latest activity: {when}").format(when=latest),
    ]
    if summary.needs_upgrade:
        lines.append(translate("Backup", "Made by an older version of Showroom: it is upgraded when opened."))
    if summary.connected_to_hq:
        lines.append(reconnect_note())
    return "\n".join(lines)


def reconnect_note() -> str:
    return translate("Backup", "After the restore this showroom is no longer connected to HQ: connect it again "
                               "with a new code from HQ (Sync → Connect to HQ…). HQ keeps the work done after "
                               "this backup and flags whatever differs.")


def restore_outcome_text(outcome: RestoreOutcome, tz) -> str:
    """What became of a restore staged before the last quit (Store.restore_outcome), for the start."""
    if outcome.applied:
        text = translate("Backup", "The backup taken {when} was restored.").format(
            when=local_time(outcome.summary.taken_at, tz))
        if outcome.previous is not None:
            text += " " + translate("Backup", "The database it replaced is kept as {file}.").format(
                file=outcome.previous)
        if outcome.summary.connected_to_hq:
            text += "\n" + reconnect_note()
        return text
    if outcome.problem == "in_use":
        return translate("Backup", "A restore is waiting: the database was open in another program. Close every "
                                   "Showroom window and command, then start Showroom again.")
    if outcome.problem == "missing":
        return translate("Backup", "The backup chosen for the restore is gone; nothing was restored.")
    reason = describe_backup_error(BackupRefused(outcome.problem, outcome.detail))
    return translate("Backup", "The chosen backup was not restored. {reason} The showroom goes on with its "
                               "current database.").format(reason=reason)


def backup_done_text(info: BackupInfo) -> str:
    return translate("Backup", "Backed up to {path} ({size}).").format(path=info.path, size=size_text(info.size))
