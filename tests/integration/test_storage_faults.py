"""Disk full, read-only folder, database locked: a typed refusal said in words, nothing half-written, and
the same action works once the cause is fixed.

How each fault is made (tests run as root here, and root ignores chmod):
- full: SQLite's own `PRAGMA max_page_count` (SQLITE_FULL), and a real 4 MB tmpfs filled up (ENOSPC)
  where this machine lets the tests mount one;
- read-only: the database opened `mode=ro` (SQLITE_READONLY), and a read-only bind mount of the folder
  (EROFS) where mounts are allowed;
- locked: another connection holding a write transaction (tests/integration/test_concurrent_writers.py).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from db import engine as db_engine
from db.engine import database_path
from kernel.storage_faults import storage_refusal
from present.errors import describe
from showroom import store as store_module
from showroom.domain.errors import StorageFull, StorageReadOnly, StorageUnavailable, StoreBusy
from showroom.services import catalog
from showroom.store import Store
from tests.faults import cap_pages, read_only_view, tiny_disk  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parents[2]


def stock(counter) -> int:
    return catalog.search_products(counter.uow())[0].samples_total


def outbox(store) -> int:
    with sqlite3.connect(store.db_path) as conn:
        return conn.execute("SELECT count(*) FROM outbox_event").fetchone()[0]


def test_a_full_database_is_refused_in_words_nothing_is_written_and_work_goes_on_after(counter):
    before, events = stock(counter), outbox(counter.store)
    lift = cap_pages(counter.store)
    with pytest.raises(StorageFull) as refused:
        catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 200)
    assert refused.value.where == str(counter.store.data_dir)
    text = describe(refused.value)
    assert "is full" in text and "nothing was saved" in text and str(counter.store.data_dir) in text
    assert (stock(counter), outbox(counter.store)) == (before, events)
    lift()  # space was freed
    catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 200)
    assert stock(counter) == before + 200


def test_a_read_only_database_is_refused_in_words(counter, monkeypatch):
    counter.store.close()

    def read_only_engine(db_path):
        engine = db_engine.make_engine(db_path)
        engine.dispose()
        return create_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true", connect_args={"check_same_thread": False})

    monkeypatch.setattr(store_module, "make_engine", read_only_engine)
    ro = Store(counter.store.data_dir)
    try:
        with pytest.raises(StorageReadOnly) as refused:
            catalog.receive_samples(ro.uow(), counter.clerk, counter.product_id, 1)
        assert "cannot be written" in describe(refused.value)
    finally:
        ro.close()


def test_errors_are_told_by_code_and_errno_never_by_text():
    busy = sqlite3.OperationalError("some words in another language")
    busy.sqlite_errorcode, busy.sqlite_errorname = sqlite3.SQLITE_BUSY, "SQLITE_BUSY"
    assert isinstance(storage_refusal(busy), StoreBusy)
    locked_text = sqlite3.OperationalError("database is locked")  # no code: not guessed from the words
    assert storage_refusal(locked_text) is None
    import errno

    assert isinstance(storage_refusal(OSError(errno.ENOSPC, "No space", "/x")), StorageFull)
    assert isinstance(storage_refusal(OSError(errno.EROFS, "Read-only", "/x")), StorageReadOnly)
    assert storage_refusal(OSError(errno.ENOENT, "gone", "/x/y")).where == "/x/y"
    assert storage_refusal(ValueError("no")) is None


def test_a_command_says_a_missing_output_folder_plainly(counter, tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "card",
            "--data-dir",
            str(counter.store.data_dir),
            "CS-M00001",
            "-o",
            str(tmp_path / "nowhere" / "card.pdf"),
            "--language",
            "en",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "cannot be opened" in done.stderr and "nowhere" in done.stderr


# --- real file systems, where this machine lets the tests mount them -------------------------------


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as f:
        for size in (65536, 4096, 512, 1):  # to the last byte
            try:
                while True:
                    f.write(b"\0" * size)
            except OSError:
                pass
    return filler


def test_a_full_disk_is_refused_in_words_and_work_goes_on_once_there_is_room(counter, tiny_disk):
    counter.store.close()
    data_dir = tiny_disk / "room"
    data_dir.mkdir()
    with sqlite3.connect(database_path(counter.store.data_dir)) as src, sqlite3.connect(database_path(data_dir)) as dst:
        src.backup(dst)
    store = Store(data_dir)
    try:
        product = catalog.search_products(store.uow())[0]
        filler = _fill(tiny_disk)
        with pytest.raises(StorageFull):
            catalog.receive_samples(store.uow(), counter.clerk, product.id, 300)
        assert catalog.search_products(store.uow())[0].samples_total == product.samples_total
        backup = subprocess.run(
            [
                sys.executable,
                "-m",
                "cli",
                "backup",
                "--data-dir",
                str(data_dir),
                "-o",
                str(tiny_disk / "copy.sqlite3"),
                "--language",
                "en",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert backup.returncode == 1 and "is full" in backup.stderr and "Traceback" not in backup.stderr
        assert not [p for p in tiny_disk.iterdir() if p.name not in ("room", "filler")]  # no half copy
        filler.unlink()
        catalog.receive_samples(store.uow(), counter.clerk, product.id, 300)
        assert catalog.search_products(store.uow())[0].samples_total == product.samples_total + 300
    finally:
        store.close()


def test_a_read_only_folder_is_refused_in_words(counter, read_only_view):
    counter.store.close()
    folder, view = read_only_view
    shutil.copy(database_path(counter.store.data_dir), database_path(folder))
    with pytest.raises((StorageReadOnly, StorageUnavailable)) as refused:
        Store(view)
    assert isinstance(refused.value, StorageReadOnly), refused.value
    assert str(view) in describe(refused.value)
    done = subprocess.run(
        [sys.executable, "-m", "cli", "sync", "--data-dir", str(view), "--language", "en"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "cannot be written" in done.stderr and "Traceback" not in done.stderr
