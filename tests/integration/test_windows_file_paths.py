"""The file work's Windows paths, walked on Linux by switching the one platform check (durable_files.on_windows):
no folder is opened to be flushed, a target another program holds for a moment is waited for, and a restore
lets go of the database before renaming over it (Windows cannot replace an open file, even its own)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from showroom import backup, durable_files, restore
from tests.conftest import T0
from tests.integration.helpers import dump_database


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(durable_files, "on_windows", lambda: True)
    monkeypatch.setattr(durable_files, "REPLACE_PAUSE_S", 0)  # the retries' pause, not what is tested


@pytest.fixture
def folders_opened(monkeypatch):
    """Every path os.open is asked for (fsync_dir opens the folder; nothing else here uses os.open)."""
    opened: list[Path] = []
    real_open = os.open

    def spy(path, flags, *args, **kwargs):
        opened.append(Path(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    return opened


def held_for(times: int, target: Path, monkeypatch) -> list[Path]:
    """os.replace refuses `times` renames onto `target` as Windows does while another program holds it."""
    attempts: list[Path] = []
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == target:
            attempts.append(Path(dst))
            if len(attempts) <= times:
                raise PermissionError(13, "The process cannot access the file", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return attempts


def test_on_windows_a_backup_never_opens_its_folder_to_flush_it(counter, tmp_path, windows, folders_opened):
    taken = backup.take_backup(counter.store.db_path, tmp_path / "b", "manual", now=T0)
    assert backup.integrity_problem(taken.path) is None
    assert folders_opened == []


def test_on_linux_the_folder_is_flushed_after_the_rename(counter, tmp_path, folders_opened):
    backup.take_backup(counter.store.db_path, tmp_path / "b", "manual", now=T0)
    assert tmp_path / "b" in folders_opened


def test_on_windows_a_target_held_for_a_moment_is_replaced_once_it_is_let_go(tmp_path, windows, monkeypatch):
    source, target = tmp_path / "new", tmp_path / "db"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    attempts = held_for(2, target, monkeypatch)
    durable_files.replace_file(source, target)
    assert len(attempts) == 3 and target.read_bytes() == b"new" and not source.exists()


def test_on_windows_a_target_held_for_good_is_refused_and_both_files_stay(tmp_path, windows, monkeypatch):
    source, target = tmp_path / "new", tmp_path / "db"
    source.write_bytes(b"new")
    target.write_bytes(b"old")
    attempts = held_for(10_000, target, monkeypatch)
    with pytest.raises(PermissionError):
        durable_files.replace_file(source, target)
    assert len(attempts) == durable_files.REPLACE_TRIES
    assert (source.read_bytes(), target.read_bytes()) == (b"new", b"old")


def test_on_linux_a_refused_rename_is_not_tried_again(tmp_path, monkeypatch):
    source, target = tmp_path / "new", tmp_path / "db"
    source.write_bytes(b"new")
    attempts = held_for(1, target, monkeypatch)
    with pytest.raises(PermissionError):
        durable_files.replace_file(source, target)
    assert len(attempts) == 1


def lock_free_at_the_rename(db: Path, monkeypatch) -> list[bool]:
    """Whether another connection could have written the database at the moment it was renamed over."""
    seen: list[bool] = []
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == db:
            probe = sqlite3.connect(db, timeout=0)
            try:
                probe.execute("BEGIN IMMEDIATE")
                probe.rollback()
                seen.append(True)
            except sqlite3.OperationalError:
                seen.append(False)
            finally:
                probe.close()
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return seen


def test_on_windows_a_restore_lets_go_of_the_database_before_renaming_over_it(counter, tmp_path, windows, monkeypatch):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    counter.store.close()
    seen = lock_free_at_the_rename(counter.store.db_path, monkeypatch)
    outcome = restore.restore_now(counter.store.data_dir, taken.path)
    assert outcome.applied and seen == [True]
    assert dump_database(counter.store.db_path) == dump_database(taken.path)


def test_on_linux_a_restore_holds_the_database_until_the_new_file_has_its_name(counter, tmp_path, monkeypatch):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    counter.store.close()
    seen = lock_free_at_the_rename(counter.store.db_path, monkeypatch)
    assert restore.restore_now(counter.store.data_dir, taken.path).applied and seen == [False]
