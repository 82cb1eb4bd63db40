"""Commits never wait for a checkpoint: a helper thread copies the WAL back into the database file."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

from sqlalchemy import text

from db.engine import make_engine


def _poll(condition, timeout_s: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def _rows_in_main_file(db_path, copy_path) -> int:
    """What a reader of the database file alone (no WAL beside it) sees."""
    for leftover in (
        copy_path,
        copy_path.with_name(copy_path.name + "-wal"),
        copy_path.with_name(copy_path.name + "-shm"),
    ):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(db_path, copy_path)
    conn = sqlite3.connect(copy_path)
    try:
        return conn.execute("SELECT count(*) FROM t").fetchone()[0]
    except sqlite3.OperationalError:  # not even the table yet
        return 0
    finally:
        conn.close()


def test_committed_pages_reach_the_database_file_without_a_commit_paying_for_it(tmp_path):
    db_path = tmp_path / "showroom.sqlite3"
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            conn.execute(text("CREATE TABLE t (x INTEGER)"))
            conn.commit()
        with engine.connect() as conn:
            conn.execute(text("INSERT INTO t VALUES (1), (2), (3)"))
            conn.commit()
        assert _poll(lambda: _rows_in_main_file(db_path, tmp_path / "copy.sqlite3") == 3)
    finally:
        engine.dispose()


def _helpers() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "wal-checkpoint"}


def test_disposing_the_engine_ends_its_helper(tmp_path):
    others = _helpers()
    engine = make_engine(tmp_path / "showroom.sqlite3")
    with engine.connect() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
        conn.commit()
    [helper] = _helpers() - others
    engine.dispose()
    helper.join(timeout=10)
    assert not helper.is_alive()
