"""What the disk or SQLite said, as a typed refusal: by error code and errno, never by message text.

SQLite's messages differ between versions and languages ("database or disk is full", "attempt to write
a readonly database"); its result codes do not. Python's sqlite3 errors carry them as
`sqlite_errorcode` (an extended code: the primary code is its low byte); SQLAlchemy wraps the sqlite3
error as `.orig`. OSError carries `errno`. Shared by the counter and HQ's command line (kernel/refusals.py).
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from kernel.refusals import (
    StorageDamaged,
    StorageFull,
    StorageIOError,
    StorageProblem,
    StorageReadOnly,
    StorageUnavailable,
    StoreBusy,
)

BY_SQLITE_CODE: dict[int, type[StorageProblem]] = {
    sqlite3.SQLITE_FULL: StorageFull,
    sqlite3.SQLITE_READONLY: StorageReadOnly,
    sqlite3.SQLITE_PERM: StorageReadOnly,
    sqlite3.SQLITE_BUSY: StoreBusy,
    sqlite3.SQLITE_LOCKED: StoreBusy,
    sqlite3.SQLITE_CANTOPEN: StorageUnavailable,
    sqlite3.SQLITE_CORRUPT: StorageDamaged,
    sqlite3.SQLITE_NOTADB: StorageDamaged,
    sqlite3.SQLITE_IOERR: StorageIOError,
}
BY_ERRNO: dict[int, type[StorageProblem]] = {
    errno.ENOSPC: StorageFull,
    errno.EROFS: StorageReadOnly,
    errno.EACCES: StorageReadOnly,
    errno.EPERM: StorageReadOnly,
    errno.ENOENT: StorageUnavailable,
    errno.EIO: StorageIOError,
}
if hasattr(errno, "EDQUOT"):  # a user's disk quota is used up: full, as far as they are concerned
    BY_ERRNO[errno.EDQUOT] = StorageFull


def _writable(folder: Path) -> bool:
    """Whether this process may create files in the folder (access(2) says EROFS even to root)."""
    return folder.is_dir() and os.access(folder, os.W_OK)


def storage_refusal(exc: BaseException, where: Path | str = "") -> StorageProblem | None:
    """The StorageProblem an exception stands for, or None when it is not a disk or database fault.
    `where` is the folder the work was in, named in the message when the error does not name a file."""
    if isinstance(exc, StorageProblem):
        return exc
    wrapped = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError around the driver's own error
    if isinstance(wrapped, (sqlite3.Error, OSError)):
        exc = wrapped
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        kind = BY_SQLITE_CODE.get(code & 0xFF) if isinstance(code, int) else None
        if kind is StorageUnavailable and where and Path(where).is_dir() and not _writable(Path(where)):
            kind = StorageReadOnly  # SQLite cannot create its -wal or -shm beside the database
        detail = f"{getattr(exc, 'sqlite_errorname', '')} {exc}".strip()
    elif isinstance(exc, OSError):
        kind = BY_ERRNO.get(exc.errno)
        where = exc.filename or where
        detail = f"{errno.errorcode.get(exc.errno, exc.errno)} {exc.strerror or exc}"
    else:
        return None
    return kind(str(where), detail) if kind is not None else None
