"""Opens a showroom kept in a data directory: migrates it, then hands out units of work.

This is the composition root that the UI and the command line share.
"""
from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir

from db.engine import database_path, make_engine, make_session_factory
from db.migrate import DatabaseTooNew, upgrade_to_head  # noqa: F401  (re-exported for the UI)
from db.uow import UnitOfWork


def default_data_dir(demo: bool = False) -> Path:
    base = Path(user_data_dir("Showroom", appauthor=False))
    return base / ("demo" if demo else "showroom")


class Store:
    def __init__(self, data_dir: Path):
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.db_path = database_path(self.data_dir)
        self.engine = make_engine(self.db_path)
        self.backup_before_migration = upgrade_to_head(self.engine, self.db_path)
        self._sessions = make_session_factory(self.engine)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._sessions)

    def close(self) -> None:
        self.engine.dispose()
