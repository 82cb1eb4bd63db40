"""Faults made for tests: SQLite's own page limit (a full database, anywhere), a failing COMMIT, and real
file systems, a tiny tmpfs that fills up and a read-only bind mount. Those need CAP_SYS_ADMIN (root in
a container that allows mounts); elsewhere the tests that use them are skipped."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable

import pytest
from sqlalchemy import event


def cap_pages(store) -> Callable[[], object]:
    """Every connection may grow the database by no page at all: SQLITE_FULL at the next write."""

    def cap(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    store.engine.dispose()
    event.listen(store.engine, "connect", cap)
    return lambda: (event.remove(store.engine, "connect", cap), store.engine.dispose())


def fail_commits(store, code: int = sqlite3.SQLITE_FULL) -> Callable[[], object]:
    """Every COMMIT fails as SQLite fails it with `code` (a connection-level stand-in for a disk that is
    full at that moment: a small transaction fits in pages the database already has, so max_page_count
    cannot make it fail)."""

    def refuse(_conn):
        error = sqlite3.OperationalError("injected by the test")
        error.sqlite_errorcode, error.sqlite_errorname = code, "injected"
        raise error

    event.listen(store.engine, "commit", refuse)
    return lambda: event.remove(store.engine, "commit", refuse)


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def tiny_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=4m", "tmpfs", str(disk)):
        pytest.skip("no tmpfs can be mounted here (needs CAP_SYS_ADMIN)")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


@pytest.fixture
def read_only_view(tmp_path):
    """`(folder, view)`: view shows folder read-only (a bind mount), as a write-protected drive would."""
    folder, view = tmp_path / "rw", tmp_path / "ro"
    folder.mkdir()
    view.mkdir()
    if not (_mount("--bind", str(folder), str(view)) and _mount("-o", "remount,bind,ro", str(view))):
        subprocess.run(["umount", "-l", str(view)], check=False)
        pytest.skip("no read-only bind mount can be made here (needs CAP_SYS_ADMIN)")
    yield folder, view
    subprocess.run(["umount", "-l", str(view)], check=False)
