"""A demo showroom: 长沙直播样品间 with a catalogue, streamers and some 45 days of lending history.

Everything is written through the services, exactly as the counter would write it, with `now=` placing
each action in the past, so that the outbox, the movements and the deposit ledger are all consistent.
The result is deterministic for a given `seed` and `now`: the same sample codes, member codes and loan
numbers come out every time (only the UUID primary keys differ).

The history is planned per streamer (a series of visits: return what is held, then borrow a new basket)
and then played in time order. Policies are respected rather than overridden: a streamer whose loan is
overdue now never borrows again after its due date, and each basket fits the tier's limit.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from db.engine import database_path
from demo.data import DEFAULT_SEED, DEMO_PINS, DEMO_STAFF, DemoStaff  # noqa: F401  (re-exported)
from demo.history import DemoHistory, DemoInfo
from showroom.durable_files import fsync_dir, fsync_file, replace_file
from showroom.folder_lock import FolderLock
from showroom.services import setup
from showroom.store import Store


def seed_demo(store: Store, now: datetime | None = None, seed: int = DEFAULT_SEED) -> DemoInfo:
    """Fills an empty (not yet set-up) store with the demo showroom and its history up to `now`."""
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if setup.is_set_up(store.uow()):
        raise ValueError("the demo can only be seeded into an empty store")
    demo = DemoHistory(store, now, seed)
    demo.set_up()
    demo.plan_catalogue()
    demo.plan_streamers()
    demo.play()
    return demo.info()


def ensure_demo(data_dir: Path, now: datetime | None = None, seed: int = DEFAULT_SEED) -> Store:
    """Opens the demo store in `data_dir`, seeding it first if it has never been set up.

    Seeding takes many transactions, so it happens in a scratch folder and the finished database
    is moved into place: a seed that dies half-way leaves nothing half-seeded behind. It happens under
    the folder's lock, so two programs started at once on an empty folder cannot both seed it.
    """
    data_dir = Path(data_dir)
    with FolderLock(data_dir, "demo"):  # the app's own lock, taken again; else no other program may seed too
        return _open_or_seed(data_dir, now, seed)


def _open_or_seed(data_dir: Path, now: datetime | None, seed: int) -> Store:
    store = Store(data_dir)
    if setup.is_set_up(store.uow()):
        return store
    store.close()
    for leftover in data_dir.glob(".demo-seeding-*"):  # a seed cut short (power, kill): start afresh
        shutil.rmtree(leftover, ignore_errors=True)
    scratch = Path(tempfile.mkdtemp(prefix=".demo-seeding-", dir=data_dir))
    try:
        seeding = Store(scratch)
        try:
            seed_demo(seeding, now=now, seed=seed)
        finally:
            seeding.close()
        target = database_path(data_dir)
        staged = scratch / "finished.sqlite3"
        _copy_database(database_path(scratch), staged)  # one file, whatever was still in the WAL
        fsync_file(staged)  # whole on disk before it gets its name
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        replace_file(staged, target)  # atomic: the old empty file or the whole demo
        fsync_dir(data_dir)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Store(data_dir)


def _copy_database(source: Path, target: Path) -> None:
    """SQLite's backup API copies the pages wherever they are (main file or WAL), consistently."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
