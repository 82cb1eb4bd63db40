"""One window per showroom folder, tried with real processes: two starts at the same moment on an empty
folder seed one demo and show one window; commands that write wait their turn and say why."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from db.engine import database_path
from showroom.domain.errors import FolderInUse
from showroom.folder_lock import FolderLock, lock_path

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
HOLD = textwrap.dedent("""
    import sys, time
    from showroom.folder_lock import FolderLock
    with FolderLock(sys.argv[1], sys.argv[2]):
        print("held", flush=True)
        sys.stdin.readline()
""")


def start_app(data_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "cli", "--demo", "--data-dir", str(data_dir), "--language", "en"],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def showroom(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args, "--language", "en"],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=120,
    )


def log_says(data_dir: Path, text: str, timeout: float = 90) -> bool:
    """Polls the app's log (another process: there is no signal to wait on)."""
    log = data_dir / "logs" / "showroom.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture
def holder(tmp_path):
    """Another process holding a folder's lock, as `holder(folder, "app")`."""
    procs = []

    def hold(folder: Path, what: str) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(folder), what],
            cwd=ROOT,
            env=ENV,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout.readline().strip() == "held"
        return proc

    yield hold
    for proc in procs:
        proc.stdin.close()
        proc.wait(timeout=30)


@pytest.mark.slow
def test_two_starts_at_the_same_moment_on_an_empty_folder_make_one_demo_and_one_window(tmp_path):
    data_dir = tmp_path / "room"
    apps = [start_app(data_dir), start_app(data_dir)]
    try:
        deadline = time.monotonic() + 90
        while all(app.poll() is None for app in apps) and time.monotonic() < deadline:
            time.sleep(0.05)
        second = next(app for app in apps if app.poll() is not None)
        first = next(app for app in apps if app is not second)
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in err and "brought forward" in err and "Traceback" not in err
        assert log_says(data_dir, "this window was brought forward")
        assert log_says(data_dir, "opened ")  # the first seeded the demo and shows its login
        assert first.poll() is None
        with sqlite3.connect(database_path(data_dir)) as conn:
            assert conn.execute("SELECT count(*) FROM showroom WHERE is_local = 1").fetchone()[0] == 1
            assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] == 4
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert not list(data_dir.glob(".demo-seeding-*"))
        log = (data_dir / "logs" / "showroom.log").read_text(encoding="utf-8")
        assert log.count("opened ") == 1
        # A third start while the window is open: brought forward again, nothing else done.
        third = showroom("--demo", "--data-dir", str(data_dir))
        assert third.returncode == 0 and "brought forward" in third.stderr
        # A command that writes is refused while the window is open, and says why.
        restore = showroom("restore", "--data-dir", str(data_dir), str(database_path(data_dir)))
        assert restore.returncode == 1 and "Traceback" not in restore.stderr
        assert f"Showroom is already open on {data_dir}" in restore.stderr
    finally:
        for app in apps:
            if app.poll() is None:
                app.terminate()
                app.communicate(timeout=30)
    FolderLock(data_dir, "app").acquire().release()  # the OS let go of the stopped app's lock


def test_the_lock_is_one_per_folder_says_who_holds_it_and_goes_with_its_process(tmp_path, holder):
    folder = tmp_path / "room"
    proc = holder(folder, "restore")
    with pytest.raises(FolderInUse) as refused:
        FolderLock(folder, "app").acquire()
    assert refused.value.pid == proc.pid and refused.value.holder == "restore"
    FolderLock(tmp_path / "other", "app").acquire().release()  # another folder is free
    proc.kill()  # no clean exit: the OS lets go
    proc.wait(timeout=30)
    with FolderLock(folder, "app") as mine:
        with FolderLock(folder, "demo"):  # the same process takes it again
            assert lock_path(folder).read_text().split() == [str(os.getpid()), "app"]
        assert mine
    assert not lock_path(folder).exists()


def test_commands_that_write_are_refused_while_the_app_holds_the_folder(counter, holder):
    counter.store.close()
    folder = counter.store.data_dir
    proc = holder(folder, "app")
    for args in (["sync"], ["enrol", "http://127.0.0.1:9", "CODE"]):
        done = showroom(*args, "--data-dir", str(folder))
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert f"Showroom is already open on {folder} (process {proc.pid})" in done.stderr
    done = showroom("report", "overdue", "--data-dir", str(folder), "-o", str(folder / "calls.csv"))
    assert done.returncode == 0, done.stderr  # reading is fine while the app runs


def test_a_second_start_nobody_answers_for_is_refused_in_words(qtbot, tmp_path, holder, monkeypatch):
    from ui import app as app_module

    folder = tmp_path / "room"
    holder(folder, "sync")
    said = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    assert app_module.run_gui(folder, language="en") == 1
    assert said and "Another command (sync, process" in said[0] and "try again" in said[0]
