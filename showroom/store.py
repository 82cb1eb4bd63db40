"""Opens a showroom kept in a data directory: migrates it, then hands out units of work.

This is the composition root that the UI and the command line share. Before it opens the database it
applies a restore the admin staged in the app (showroom.restore), and a migration is preceded by a
backup into the backup folder (showroom.backup).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from platformdirs import user_data_dir

from db.clock_models import HqClock
from db.engine import database_path, make_engine, make_session_factory
from db.migrate import DatabaseTooNew, upgrade_to_head  # noqa: F401  (re-exported for the UI)
from db.uow import UnitOfWork
from kernel.storage_faults import storage_refusal
from showroom.backup import backup_before_upgrade
from showroom.domain import clock
from showroom.domain.errors import ClockBehind, ShowroomError
from showroom.restore import apply_pending_restore
from showroom.services import common

log = logging.getLogger(__name__)


def default_data_dir(demo: bool = False) -> Path:
    base = Path(user_data_dir("Showroom", appauthor=False))
    return base / ("demo" if demo else "showroom")


class ShowroomUnitOfWork(UnitOfWork):
    """Every use case's unit of work: refuses to record with a clock put back, and turns what the disk or
    SQLite refused (full, read-only, locked, ...) into a refusal the counter can explain, by error code."""

    def __init__(self, session_factory, where: Path | str = ""):
        super().__init__(session_factory)
        self.where = where  # the data folder, named when the disk refuses

    @property
    def data_dir(self) -> Path:
        """The showroom's data folder: use cases that work on files (backups, restores) find them here."""
        return Path(self.where)

    @property
    def db_path(self) -> Path:
        return database_path(self.data_dir)

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            super().__exit__(exc_type, exc, tb)
        except Exception as cleanup:  # a rollback on a failing disk may fail too: the first error tells
            if exc is None:
                _refuse_plainly(cleanup, self.where)
                raise
            log.warning("rollback after %s failed: %r", type(exc).__name__, cleanup)
        if exc is not None and not isinstance(exc, ShowroomError):
            _refuse_plainly(exc, self.where)

    def before_commit(self) -> None:
        self.refuse_if_clock_behind()

    def refuse_if_clock_behind(self) -> None:
        """Actions stamped by the PC clock may not be earlier than the last one recorded (one query)."""
        clock_now = common.utcnow()
        appended = self.appended_events()
        if not any(clock.read_off_the_clock(e.occurred_at, clock_now) for e in appended):
            return
        last = self.last_event_before(min(e.seq for e in appended))
        if last is None or not clock.clock_put_back(clock_now, last.occurred_at):
            return
        hq_clock = self.session.get(HqClock, 1)
        hq_now = clock.hq_time(clock_now, hq_clock.skew_s, hq_clock.checked_at) if hq_clock else None
        if clock.clock_put_back(clock_now, last.occurred_at, hq_now):
            raise ClockBehind(clock_now, last.occurred_at, common.timezone_name(self), hq_now)


def _refuse_plainly(exc: BaseException, where: Path | str) -> None:
    """Raises the StorageProblem `exc` stands for; returns when it stands for none (the caller re-raises)."""
    problem = storage_refusal(exc, where)
    if problem is not None and problem is not exc:
        raise problem from exc


class Store:
    """Raises StorageProblem when the folder or the database cannot be used (full, read-only, missing,
    damaged), DatabaseTooNew for a newer version's file; either way nothing was changed."""

    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.db_path = database_path(self.data_dir)
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            # What happened to a staged restore (None: none was staged); the app tells the admin.
            self.restore_outcome = apply_pending_restore(self.data_dir)
        except (OSError, sqlite3.Error) as exc:
            _refuse_plainly(exc, self.data_dir)
            raise
        self.engine = make_engine(self.db_path)
        try:
            self.backup_before_migration = upgrade_to_head(
                self.engine, self.db_path, backup=lambda _path: backup_before_upgrade(self.data_dir)
            )
        except BaseException as exc:
            self.engine.dispose()  # a refused (too new, unwritable) database is left closed, untouched
            _refuse_plainly(exc, self.data_dir)
            raise
        self._sessions = make_session_factory(self.engine)

    def uow(self) -> UnitOfWork:
        return ShowroomUnitOfWork(self._sessions, self.data_dir)

    def close(self) -> None:
        self.engine.dispose()
