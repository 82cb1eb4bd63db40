"""The SQLite engine: WAL, foreign keys, synchronous=FULL, and write transactions that start IMMEDIATE.

BEGIN IMMEDIATE takes the write lock up front, so two writers (the app and a CLI command, say)
queue on busy_timeout instead of failing half-way with "database is locked" on lock upgrade.
Queries ask for a plain (deferred) BEGIN through the READ_ONLY execution option: in WAL mode
they never wait for a writer.

Copying the WAL back into the database file (a checkpoint: ~1,000 scattered pages and an fsync of a
big file, 10-15 ms at scale) is done by a helper thread shortly after commits, not by whichever commit
happens to cross SQLite's 1,000-page mark: otherwise one check-out in seven at the counter paid for it.
SQLite's own autocheckpoint stays on as the fallback should the helper fall behind, at 10,000 pages (40 MB
of WAL): above what the biggest use case writes (a transfer of 200 samples on the three-year showroom writes
~1,400 pages, one of 1,000 ~7,000), so no commit copies its own pages back (at SQLite's default of 1,000 every
transfer did, ~20 ms of its commit). Durability is the commit's fsync of the WAL, whenever the copy is made.
An ordinary transaction has a 16 MB page cache (SQLite's default is 2 MB): a transfer of 200 samples touches
~2,000 pages of a 2.5 GB file, and with 500 it read many of them twice.

A catch-up from HQ (showroom/sync/catch_up.py) writes pages of history through the LAYING_IN execution option:
synchronous=NORMAL and a 256 MB page cache for those transactions. In WAL mode NORMAL never corrupts the
database: a power cut can only take back the last pages committed, and HQ still holds them (the catch-up
resumes from the last page the database kept). The next ordinary commit, synchronous=FULL again, syncs the
WAL and with it every page laid in before it.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DB_FILENAME = "showroom.sqlite3"
READ_ONLY = "showroom_read_only"  # execution option of a query-only transaction
LAYING_IN = "showroom_laying_in"  # execution option of a catch-up page's transaction (module doc)
_PRAGMAS = {
    False: ("PRAGMA synchronous=FULL", "PRAGMA cache_size=-16000", "PRAGMA wal_autocheckpoint=10000"),
    True: ("PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-262144", "PRAGMA wal_autocheckpoint=100000"),
}
CHECKPOINT_DELAY_S = 0.05  # a burst of commits ends before the helper copies what they wrote
CHECKPOINTER_IDLE_S = 30  # the helper thread ends after this long without a commit (a new one starts)


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DB_FILENAME


class _Checkpointer:
    """A PASSIVE checkpoint on a connection of its own, in a thread, after commits: it never takes the
    write lock, so writers and readers go on meanwhile."""

    def __init__(self, db_path: Path):
        self._uri = f"{Path(db_path).resolve().as_uri()}?mode=rw"  # never creates a file
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._closed = False

    def committed(self) -> None:
        with self._lock:
            if self._closed:
                return
            self._wake.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="wal-checkpoint", daemon=True)
                self._thread.start()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            thread = self._thread
            self._wake.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            self._wake.wait(CHECKPOINTER_IDLE_S)
            with self._lock:  # the same lock as committed(): a commit either sees this thread end or wakes it
                if self._closed or not self._wake.is_set():
                    self._thread = None
                    return
                self._wake.clear()
            time.sleep(CHECKPOINT_DELAY_S)
            if self._closed:
                continue
            try:
                conn = sqlite3.connect(self._uri, uri=True, isolation_level=None, check_same_thread=False)
                try:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                finally:
                    conn.close()
            except sqlite3.Error:
                pass  # busy or gone: the next wake, or a commit's own autocheckpoint, does it


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", connect_args={"check_same_thread": False})
    checkpointer = _Checkpointer(db_path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module doc)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        for pragma in _PRAGMAS[False]:  # an ordinary transaction's (the begin hook switches for a laying-in)
            cur.execute(pragma)
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        options = conn.get_execution_options()
        laying_in, held = bool(options.get(LAYING_IN)), conn.connection.info
        if held.get(LAYING_IN, False) != laying_in:  # set outside a transaction: SQLite refuses it inside
            for pragma in _PRAGMAS[laying_in]:
                conn.exec_driver_sql(pragma)
            held[LAYING_IN] = laying_in
        conn.exec_driver_sql("BEGIN" if options.get(READ_ONLY) else "BEGIN IMMEDIATE")

    @event.listens_for(engine, "commit")
    def _on_commit(_conn):
        checkpointer.committed()  # it waits CHECKPOINT_DELAY_S: by then this commit has happened

    @event.listens_for(engine, "engine_disposed")
    def _on_dispose(_engine):
        checkpointer.close()

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)
