"""The folder lock's Windows path (a byte-range lock through msvcrt, the file removed only after it is let
go), walked on Linux: the one platform check is switched and msvcrt is a stand-in that locks the same byte
range with POSIX record locks, which, like Windows' own, keep other processes out. The other process reads
the holder's text while the lock is held: the lock sits past the text, since Windows locks are mandatory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from showroom import durable_files, folder_lock

ROOT = Path(__file__).resolve().parents[2]
STAND_IN = """
import fcntl, os, sys, types
msvcrt = types.ModuleType("msvcrt")
msvcrt.LK_NBLCK, msvcrt.LK_UNLCK = 2, 0
def locking(fd, mode, nbytes):
    start = os.lseek(fd, 0, os.SEEK_CUR)
    try:
        fcntl.lockf(fd, fcntl.LOCK_UN if mode == 0 else fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, start)
    except BlockingIOError:
        raise PermissionError(13, "Permission denied") from None   # what msvcrt raises when another holds it
msvcrt.locking = locking
sys.modules["msvcrt"] = msvcrt
"""


@pytest.fixture
def windows(monkeypatch):
    namespace: dict = {}
    exec(STAND_IN, namespace)
    monkeypatch.setitem(sys.modules, "msvcrt", namespace["msvcrt"])
    monkeypatch.setattr(durable_files, "on_windows", lambda: True)


def test_the_windows_lock_holds_the_folder_and_says_who_holds_it(windows, tmp_path):
    lock = folder_lock.FolderLock(tmp_path, "app").acquire()
    try:
        # (not read here: closing any handle of the file drops this process's POSIX locks, which the
        # stand-in uses; Windows' own are per handle. The other process reads who holds it.)
        program = (
            STAND_IN
            + f"""
from showroom import durable_files, folder_lock
from showroom.domain.errors import FolderInUse
durable_files.on_windows = lambda: True
try:
    folder_lock.FolderLock({str(tmp_path)!r}, "restore").acquire()
    print("taken")
except FolderInUse as refused:
    print("refused", refused.pid, refused.holder)
"""
        )
        other = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert other.stdout.split() == ["refused", str(os.getpid()), "app"], other.stderr[-2000:]
    finally:
        lock.release()
    assert not folder_lock.lock_path(tmp_path).exists()  # removed once let go (Windows removes no open file)


def test_after_the_holder_lets_go_the_next_one_takes_it(windows, tmp_path):
    folder_lock.FolderLock(tmp_path, "app").acquire().release()
    with folder_lock.FolderLock(tmp_path, "restore"):
        assert folder_lock.lock_path(tmp_path).read_text().split()[1] == "restore"
