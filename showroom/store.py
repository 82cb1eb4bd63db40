"""Opens a showroom kept in a data directory: migrates it, then hands out units of work.

This is the composition root that the UI and the command line share. Before it opens the database it
applies a restore the admin staged in the app (showroom.restore), and a migration is preceded by a
backup into the backup folder (showroom.backup).
"""
from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from db.engine import database_path, make_engine, make_session_factory
from db.migrate import DatabaseTooNew, upgrade_to_head  # noqa: F401  (re-exported for the UI)
from sqlalchemy.exc import OperationalError

from db.uow import UnitOfWork
from showroom.backup import backup_before_upgrade
from showroom.domain.errors import StoreBusy
from showroom.restore import apply_pending_restore


def default_data_dir(demo: bool = False) -> Path:
    base = Path(user_data_dir("Showroom", appauthor=False))
    return base / ("demo" if demo else "showroom")


class ShowroomUnitOfWork(UnitOfWork):
    """Turns SQLite's 'database is locked' into a refusal the counter can explain."""

    def __exit__(self, exc_type, exc, tb) -> None:
        super().__exit__(exc_type, exc, tb)
        if isinstance(exc, OperationalError) and "locked" in str(exc.orig):
            raise StoreBusy() from exc


class Store:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.db_path = database_path(self.data_dir)
        # What happened to a staged restore (None: none was staged); the app tells the admin.
        self.restore_outcome = apply_pending_restore(self.data_dir)
        self.engine = make_engine(self.db_path)
        try:
            self.backup_before_migration = upgrade_to_head(
                self.engine, self.db_path, backup=lambda _path: backup_before_upgrade(self.data_dir))
        except BaseException:
            self.engine.dispose()   # a refused (too new) database is left closed, untouched
            raise
        self._sessions = make_session_factory(self.engine)

    def uow(self) -> UnitOfWork:
        return ShowroomUnitOfWork(self._sessions)

    def close(self) -> None:
        self.engine.dispose()
