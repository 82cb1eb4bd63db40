"""The SQLite engine: WAL, foreign keys, synchronous=FULL, and write transactions that start IMMEDIATE.

BEGIN IMMEDIATE takes the write lock up front, so two writers (the app and a CLI command, say)
queue on busy_timeout instead of failing half-way with "database is locked" on lock upgrade.
Queries ask for a plain (deferred) BEGIN through the READ_ONLY execution option: in WAL mode
they never wait for a writer.
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DB_FILENAME = "showroom.sqlite3"
READ_ONLY = "showroom_read_only"   # execution option of a query-only transaction


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILENAME


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module doc)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
