"""One program at a time writes a showroom folder: the app for its whole session, or a command that writes.

Two apps on one folder would each seed a demo or run the wizard, and one would go on writing to a
database the other had replaced. The lock is the operating system's own (flock on POSIX, a byte-range
lock through msvcrt on Windows) on `showroom.lock` in the folder, so it goes away with its process,
whatever way that ends: no stale lock after a crash or a power cut, no guessing from a PID that may
have been reused. An O_EXCL lock file would need both. The file also holds the holder's PID and what
it is ("app", "restore", ...), only to say who it is; it is removed when the lock is let go.

A process may take its own lock again (the app seeds the demo under the lock it already holds).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from showroom import durable_files
from showroom.domain.errors import FolderInUse

LOCK_FILENAME = "showroom.lock"
_WINDOWS_LOCK_OFFSET = 1 << 20  # Windows locks are mandatory: lock a byte past the text, so it stays readable

_held: dict[Path, list] = {}  # this process's locks: path -> [file, holder, depth]
_held_guard = threading.Lock()


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILENAME


def _try_lock(f) -> bool:
    if durable_files.on_windows():
        import msvcrt

        f.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(f.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(f) -> None:
    if durable_files.on_windows():
        import msvcrt

        f.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(f.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _holder_of(f) -> tuple[int | None, str]:
    f.seek(0)
    words = f.read(200).split()
    pid = int(words[0]) if words and words[0].isdigit() else None
    return pid, (words[1] if len(words) > 1 else "app")


def _still_named(f, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(f.fileno()), os.stat(path))
    except FileNotFoundError:
        return False


class FolderLock:
    """`with FolderLock(data_dir, "restore"):` or acquire()/release(). Raises FolderInUse (nothing done)
    when another process holds it, and OSError when the folder cannot hold a lock file (read-only)."""

    def __init__(self, data_dir: Path, holder: str):
        self.path = lock_path(data_dir).resolve()
        self.holder = holder
        self._mine = False

    def acquire(self) -> FolderLock:
        with _held_guard:
            held = _held.get(self.path)
            if held is not None:  # already this process's
                held[2] += 1
                self._mine = True
                return self
            self.path.parent.mkdir(parents=True, exist_ok=True)
            while True:
                f = open(self.path, "a+", encoding="utf-8")
                if not _try_lock(f):
                    pid, holder = _holder_of(f)
                    f.close()
                    raise FolderInUse(str(self.path.parent), pid, holder)
                if _still_named(f, self.path):
                    break
                f.close()  # its holder removed it between our open and our lock: lock the new one
            f.seek(0)
            f.truncate()
            f.write(f"{os.getpid()} {self.holder}\n")
            f.flush()
            _held[self.path] = [f, self.holder, 1]
            self._mine = True
            return self

    def release(self) -> None:
        with _held_guard:
            if not self._mine:
                return
            self._mine = False
            held = _held[self.path]
            held[2] -= 1
            if held[2]:
                return
            del _held[self.path]
            f = held[0]
            if (
                not durable_files.on_windows()
            ):  # removed while still locked, so a waiting opener sees it is gone (above)
                self.path.unlink(missing_ok=True)
            try:
                _unlock(f)
            finally:
                f.close()
            if durable_files.on_windows():  # Windows removes no open file: fails harmlessly if someone has it open
                try:
                    self.path.unlink(missing_ok=True)
                except OSError:
                    pass

    def __enter__(self) -> FolderLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
