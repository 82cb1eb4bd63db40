"""Backup files: consistent copies of the showroom database taken while the counter works, checked, kept by kind.

A backup is one self-contained SQLite file (rollback-journal mode, no -wal beside it) named
`showroom-<UTC time>-<kind>.sqlite3`, so names sort by time and say what they are. It is written
under a hidden `.partial` name, checked with `PRAGMA integrity_check`, flushed to disk and only then
renamed: a power cut never leaves a half file that looks like a backup.

Kinds: `daily` (the app, once a day; the last `backup.keep` are kept), `manual` (an admin, or
`showroom backup`; never pruned), `before-upgrade` (before a migration; the last few are kept) and
`before-restore` (the database a restore replaced; never pruned). This module is the file work; the use
cases that the app and the commands call are in showroom.services.backups, restoring in showroom.restore.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db.engine import database_path
from kernel.storage_faults import storage_refusal
from showroom.domain.errors import BackupFailed, StorageProblem
from showroom.durable_files import fsync_dir, fsync_file, replace_file
from showroom.photo_files import back_up_photos
from showroom.services.common import resolve_now
from showroom.settings import BY_KEY, parse

log = logging.getLogger(__name__)

KINDS = ("daily", "manual", "before-upgrade", "before-restore")
BACKUP_DIRNAME = "backups"
KEEP_BEFORE_UPGRADE = 5
# The daily check runs hourly; 23 h rather than 24 keeps the backup near the same hour each day.
DAILY_EVERY = timedelta(hours=23)
SQLITE_HEADER = b"SQLite format 3\x00"

_NAME = re.compile(
    r"^showroom-(?P<stamp>\d{8}T\d{6}Z)-(?P<kind>daily|manual|before-upgrade|before-restore)"
    r"(?:-\d+)?\.sqlite3$"
)
# Copies db.migrate made next to the database before backups had a folder of their own.
_LEGACY = re.compile(r"^showroom\.before-upgrade-(?P<stamp>\d{8}T\d{6}Z)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime  # UTC
    size: int  # bytes


# --- where, and what is there ---------------------------------------------------------------------


def backup_folder(data_dir: Path, configured: str = "") -> Path:
    """The `backup.folder` setting; empty means `backups` in the data folder, relative means inside it."""
    if not configured.strip():
        return Path(data_dir) / BACKUP_DIRNAME
    folder = Path(configured.strip()).expanduser()
    return folder if folder.is_absolute() else Path(data_dir) / folder


def stored_setting(conn: sqlite3.Connection, key: str) -> object:
    """A declared setting, typed by its spec, read through a plain connection to a database file the Store has
    not opened (before it migrates, or while a restore holds it locked); the default when it cannot be read."""
    spec = BY_KEY[key]
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        return spec.default
    return parse(spec, row[0]) if row else spec.default


def stored_setting_of(db_path: Path, key: str) -> object:
    """The same from a file, opened for this one read."""
    try:
        conn = sqlite3.connect(db_path, timeout=10)
    except sqlite3.DatabaseError:
        return BY_KEY[key].default
    try:
        return stored_setting(conn, key)
    finally:
        conn.close()


def _parse_stamp(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)


def backup_info(path: Path) -> BackupInfo | None:
    """What a file in the backup folder is, from its name; None for anything else."""
    match = _NAME.match(path.name)
    kind = match["kind"] if match else "before-upgrade"
    match = match or _LEGACY.match(path.name)
    if match is None or not path.is_file():
        return None
    return BackupInfo(path, kind, _parse_stamp(match["stamp"]), path.stat().st_size)


def list_backups(folder: Path, data_dir: Path | None = None) -> list[BackupInfo]:
    """Every backup in the folder (and old before-upgrade copies next to the database), newest first."""
    places = [Path(folder)] + ([Path(data_dir)] if data_dir is not None else [])
    found: dict[Path, BackupInfo] = {}
    for place in places:
        if place.is_dir():
            for path in place.iterdir():
                info = backup_info(path)
                if info is not None:
                    found[path.resolve()] = info
    return sorted(found.values(), key=lambda b: (b.taken_at, b.path.name), reverse=True)


# --- writing a copy ---------------------------------------------------------------------------------


def integrity_problem(path: Path) -> str | None:
    """None when `PRAGMA integrity_check` says ok, else what it (or SQLite) said."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if found == ["ok"] else "; ".join(str(line) for line in found[:3])


def write_verified(target: Path, fill: Callable[[Path], None], check: bool = True) -> Path:
    """`fill(partial)` writes a database file; it is checked, flushed and renamed to `target`, or removed.

    check=False keeps a file as it is, damaged or not (the database a restore replaces)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}-{threading.get_ident()}.partial")
    try:
        fill(partial)
        problem = integrity_problem(partial) if check else None
        if problem:
            raise BackupFailed(problem)
        fsync_file(partial)
        replace_file(partial, target)
        fsync_dir(target.parent)
    finally:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return target


def online_copy(source: Path, target: Path) -> None:
    """SQLite's backup API, in one step: in WAL mode the copy reads one snapshot while the counter
    keeps committing (a copy in many small steps would restart whenever another connection writes)."""
    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, nothing in a -wal beside it
        finally:
            dst.close()
    finally:
        src.close()


def new_backup_path(folder: Path, kind: str, now: datetime) -> Path:
    stem = f"showroom-{now.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}-{kind}"
    target, n = folder / f"{stem}.sqlite3", 1
    while target.exists():  # two in one second (a manual one right after the daily, say)
        n += 1
        target = folder / f"{stem}-{n}.sqlite3"
    return target


def _copy_to(db_path: Path, target: Path) -> Path:
    """A full or read-only backup folder is a StorageProblem naming that folder; no half copy stays. The photos
    the copy lists go beside it (showroom.photo_files); a backup whose photos cannot be written is removed."""
    try:
        write_verified(target, lambda partial: online_copy(db_path, partial))
        try:
            back_up_photos(Path(db_path).parent, target)
        except OSError:
            target.unlink(missing_ok=True)
            raise
        return target
    except (OSError, sqlite3.Error) as exc:
        problem = storage_refusal(exc, target.parent)
        if problem is None:
            raise
        raise problem from exc


def take_backup(db_path: Path, folder: Path, kind: str, now: datetime | None = None) -> BackupInfo:
    """A verified online copy of the database into the folder, named by time and kind."""
    if kind not in KINDS:
        raise ValueError(kind)
    target = _copy_to(db_path, new_backup_path(Path(folder), kind, resolve_now(now)))
    log.info("backup (%s) written: %s", kind, target)
    return backup_info(target)


def backup_to_file(db_path: Path, target: Path, now: datetime | None = None) -> BackupInfo:
    """`showroom backup -o FILE`: the same verified copy, to a file the admin named (replaced if there)."""
    _copy_to(db_path, Path(target))
    return BackupInfo(Path(target), "manual", resolve_now(now), Path(target).stat().st_size)


def prune(folder: Path, kind: str, keep: int) -> list[Path]:
    """Removes the oldest backups of one kind beyond `keep`; manual and before-restore ones never come here."""
    mine = [b for b in list_backups(folder) if b.kind == kind]
    removed = []
    for old in mine[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
        log.info("old %s backup removed: %s", kind, old.path)
    return removed


# --- when, and before an upgrade -------------------------------------------------------------------------


def daily_backup_due(backups: list[BackupInfo], now: datetime) -> bool:
    """Due unless a daily backup was taken in the last 23 hours (one dated in the future, after the
    clock was put back, does not count: otherwise no backup would be taken until that time came)."""
    return not any(now - DAILY_EVERY < b.taken_at <= now + timedelta(minutes=5) for b in backups if b.kind == "daily")


def backup_before_upgrade(data_dir: Path) -> Path:
    """Called by the Store before a migration: into the backup folder (or `backups` in the data folder
    when the configured one cannot be written, e.g. a USB disk that is not plugged in)."""
    db_path = database_path(data_dir)
    configured = backup_folder(data_dir, str(stored_setting_of(db_path, "backup.folder")))
    refused = None
    for folder in dict.fromkeys([configured, backup_folder(data_dir)]):
        try:
            taken = take_backup(db_path, folder, "before-upgrade")
        except (OSError, StorageProblem) as exc:
            log.warning("cannot write the before-upgrade backup into %s: %s", folder, exc)
            refused = exc
            continue
        prune(folder, "before-upgrade", KEEP_BEFORE_UPGRADE)
        return taken.path
    if isinstance(refused, StorageProblem):  # a full disk, say: the migration waits, nothing changed
        raise refused
    raise BackupFailed("no backup folder can be written")
