"""The refusals the counter and HQ share: the base of every refusal, a value that breaks its rule (a phone
that is no mainland mobile, say), and the disk or the database refusing the work.

showroom/domain/errors.py builds the counter's other refusals on these and names them with the rest, so
the counter's code keeps importing every refusal from there; HQ imports these from here.
Never decide what went wrong from an error's text: catch the type.
"""

from __future__ import annotations


class ShowroomError(Exception):
    """Base of every refusal; the database is unchanged when one is raised from a service."""

    def __init__(self, *args):
        super().__init__(*args)


class InvalidInput(ShowroomError):
    """A field failed validation. `problem` is a short machine key (not_mobile, required, ...)."""

    def __init__(self, field: str, problem: str, value: object = None):
        super().__init__(field, problem, value)
        self.field, self.problem, self.value = field, problem, value


class StorageProblem(ShowroomError):
    """The disk or the database file refused the work, told by the error's type or code (never its text).
    Nothing was saved and nothing is half-written; once the cause is fixed the same action works.
    `where` is the folder or file concerned; `detail` what the system said (for the log)."""

    def __init__(self, where: str = "", detail: str = ""):
        super().__init__(where, detail)
        self.where, self.detail = str(where), detail


class StorageFull(StorageProblem):
    """The disk is full (SQLITE_FULL, ENOSPC, EDQUOT)."""


class StorageReadOnly(StorageProblem):
    """The folder or file may not be written: a read-only drive or no permission (SQLITE_READONLY, EROFS,
    EACCES, EPERM)."""


class StorageUnavailable(StorageProblem):
    """The database cannot be opened: its folder is missing or on a drive that is gone (SQLITE_CANTOPEN,
    ENOENT)."""


class StorageDamaged(StorageProblem):
    """The database file is not a database any more (SQLITE_CORRUPT, SQLITE_NOTADB)."""


class StorageIOError(StorageProblem):
    """The disk failed to read or write (SQLITE_IOERR, EIO)."""


class StoreBusy(StorageProblem):
    """Another program held the database longer than we wait (busy_timeout); nothing was saved."""
