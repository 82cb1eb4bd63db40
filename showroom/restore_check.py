"""Checking a backup before it is restored: what it is, whether it is whole, and what it holds.

The checks run on a private copy (the admin's file, perhaps on a USB stick, is only read): it must be
SQLite, pass `PRAGMA integrity_check`, hold our tables with Alembic revisions this version knows (a newer
version's file is refused) and a local showroom. Every refusal is a BackupRefused; nothing is changed.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from db.migrate import head_revisions, unknown_revisions
from showroom.backup import SQLITE_HEADER, backup_info, integrity_problem
from showroom.domain.errors import BackupRefused

CORE_TABLES = {
    "alembic_version",
    "showroom",
    "staff",
    "setting",
    "merchant",
    "product",
    "sample",
    "streamer",
    "loan",
    "loan_item",
    "outbox_event",
}


@dataclass(frozen=True)
class BackupSummary:
    """What a restore would bring back: shown to the admin before they confirm."""

    source: Path
    showroom_code: str
    showroom_name: str
    taken_at: datetime  # UTC; from the backup's name, else the file's modification time
    samples: int
    samples_on_loan: int
    loans: int
    open_loans: int
    streamers: int
    latest_activity: datetime | None  # UTC time of the newest recorded event
    needs_upgrade: bool  # made by an older version: it migrates when opened
    connected_to_hq: bool = False  # the backup was enrolled: after the restore it must enrol afresh


def _utc(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc) if text else None


def taken_at_of(path: Path) -> datetime:
    info = backup_info(Path(path))
    if info is not None:
        return info.taken_at
    return datetime.fromtimestamp(Path(path).stat().st_mtime, timezone.utc)


def private_copy(source: Path, folder: Path) -> Path:
    """Copies the file (and a -wal beside it: a live database copied by hand) to check it undisturbed."""
    source = Path(source)
    if not source.is_file():
        raise BackupRefused("not_found", str(source))
    with open(source, "rb") as f:
        if f.read(16) != SQLITE_HEADER:
            raise BackupRefused("not_sqlite", str(source))
    copy = Path(folder) / f".restore-check-{uuid.uuid4().hex}.sqlite3"
    shutil.copyfile(source, copy)
    if Path(f"{source}-wal").is_file():
        shutil.copyfile(f"{source}-wal", f"{copy}-wal")
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")  # folds the WAL in; one file to swap
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        remove_copy(copy)
        raise BackupRefused("damaged", str(exc)) from None
    return copy


def remove_copy(path: Path) -> None:
    for p in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        p.unlink(missing_ok=True)


def summarise(db_file: Path, source: Path, taken_at: datetime) -> BackupSummary:
    """What a checked copy holds; BackupRefused when it is damaged, not ours, too new or holds no showroom."""
    problem = integrity_problem(db_file)
    if problem:
        raise BackupRefused("damaged", problem)
    conn = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not CORE_TABLES <= tables:
            raise BackupRefused("not_showroom", ", ".join(sorted(CORE_TABLES - tables)))
        revisions = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        if not revisions:
            raise BackupRefused("not_showroom", "alembic_version")
        unknown = unknown_revisions(revisions)
        if unknown:
            raise BackupRefused("too_new", unknown[0])
        room = conn.execute("SELECT code, name FROM showroom WHERE is_local = 1").fetchone()
        if room is None:
            raise BackupRefused("no_showroom")

        def count(sql: str) -> int:
            return conn.execute(sql).fetchone()[0]

        return BackupSummary(
            source=Path(source),
            showroom_code=room[0],
            showroom_name=room[1],
            taken_at=taken_at,
            samples=count("SELECT count(*) FROM sample"),
            samples_on_loan=count("SELECT count(*) FROM sample WHERE status = 'on_loan'"),
            loans=count("SELECT count(*) FROM loan"),
            open_loans=count("SELECT count(*) FROM loan WHERE closed_at IS NULL"),
            streamers=count("SELECT count(*) FROM streamer"),
            latest_activity=_utc(conn.execute("SELECT max(occurred_at) FROM outbox_event").fetchone()[0]),
            needs_upgrade=revisions != head_revisions(),
            connected_to_hq="sync_state" in tables
            and conn.execute("SELECT count(*) FROM sync_state").fetchone()[0] > 0,
        )
    finally:
        conn.close()


def forget_hq(db_file: Path) -> None:
    """A restored database numbers its outbox from where the backup stopped, below what HQ already
    acknowledged from this device: pushed as that device, HQ would refuse it forever. So the copy forgets
    its HQ connection; a fresh enrolment (a new device) sends whatever HQ lacks, and HQ's usual checks flag
    what differs from the work done after the backup."""
    conn = sqlite3.connect(db_file, isolation_level=None)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").fetchone():
            conn.execute("DELETE FROM sync_state")
    finally:
        conn.close()


def inspect_backup(path: Path) -> BackupSummary:
    """Checks a file as a restore would and says what it holds; raises BackupRefused. Writes nothing."""
    with tempfile.TemporaryDirectory(prefix="showroom-check-") as scratch:
        copy = private_copy(Path(path), Path(scratch))
        return summarise(copy, Path(path), taken_at_of(Path(path)))
