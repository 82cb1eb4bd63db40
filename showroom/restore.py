"""Restoring a backup: check the file first, copy the current database aside, swap the file in atomically.

Any refusal changes nothing. The checks run on a private copy inside the data folder (the admin's
file, perhaps on a USB stick, is only read): it must be SQLite, pass `PRAGMA integrity_check`, hold
our tables with Alembic revisions this version knows (a newer version's file is refused) and a local
showroom. The swap happens only while no one else has the database open: a running app keeps its
connections, so SQLite refuses to take the database out of WAL mode for us — that is the test. The
app itself never swaps its own file: it stages the restore (`restore-pending.*` in the data folder)
and the next Store applies it before opening, checking it again. The restored file migrates on open.

Power cuts: the staged file and the before-restore copy are whole before they get their names;
the current database is checkpointed into its main file first, so one rename switches old for new.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from db.engine import database_path
from db.migrate import head_revisions, unknown_revisions
from showroom.backup import (SQLITE_HEADER, BackupFailed, backup_folder, backup_info, fsync_dir,
                             integrity_problem, new_backup_path, write_verified)
from showroom.domain.errors import ShowroomError
from showroom.domain.model import Role
from showroom.folder_lock import FolderLock
from showroom.services.common import Actor, acting_staff

log = logging.getLogger(__name__)

PENDING_FILE = "restore-pending.json"
STAGED_FILE = "restore-pending.sqlite3"
CORE_TABLES = {"alembic_version", "showroom", "staff", "setting", "merchant", "product", "sample", "streamer",
               "loan", "loan_item", "outbox_event"}


class BackupRefused(ShowroomError):
    """The file cannot be restored. problem: not_found | not_sqlite | damaged | not_showroom | too_new |
    no_showroom | other_showroom. Nothing was changed."""

    def __init__(self, problem: str, detail: str = ""):
        super().__init__(problem, detail)
        self.problem, self.detail = problem, detail


class StoreInUse(ShowroomError):
    """Another program (the running app, most likely) has the database open; nothing was changed."""


@dataclass(frozen=True)
class BackupSummary:
    """What a restore would bring back: shown to the admin before they confirm."""

    source: Path
    showroom_code: str
    showroom_name: str
    taken_at: datetime            # UTC; from the backup's name, else the file's modification time
    samples: int
    samples_on_loan: int
    loans: int
    open_loans: int
    streamers: int
    latest_activity: datetime | None   # UTC time of the newest recorded event
    needs_upgrade: bool           # made by an older version: it migrates when opened
    connected_to_hq: bool = False  # the backup was enrolled: after the restore it must enrol afresh


@dataclass(frozen=True)
class RestoreOutcome:
    applied: bool
    summary: BackupSummary | None
    problem: str = ""             # why not applied: a BackupRefused problem, "in_use" or "missing"
    detail: str = ""
    previous: Path | None = None  # the before-restore copy of the database it replaced


# --- checking ---------------------------------------------------------------------------------------

def _utc(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc) if text else None


def taken_at_of(path: Path) -> datetime:
    info = backup_info(Path(path))
    if info is not None:
        return info.taken_at
    return datetime.fromtimestamp(Path(path).stat().st_mtime, timezone.utc)


def _private_copy(source: Path, folder: Path) -> Path:
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
            conn.execute("PRAGMA journal_mode=DELETE")   # folds the WAL in; one file to swap
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        _remove(copy)
        raise BackupRefused("damaged", str(exc)) from None
    return copy


def _remove(path: Path) -> None:
    for p in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        p.unlink(missing_ok=True)


def _summarise(db_file: Path, source: Path, taken_at: datetime) -> BackupSummary:
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
            source=Path(source), showroom_code=room[0], showroom_name=room[1], taken_at=taken_at,
            samples=count("SELECT count(*) FROM sample"),
            samples_on_loan=count("SELECT count(*) FROM sample WHERE status = 'on_loan'"),
            loans=count("SELECT count(*) FROM loan"),
            open_loans=count("SELECT count(*) FROM loan WHERE closed_at IS NULL"),
            streamers=count("SELECT count(*) FROM streamer"),
            latest_activity=_utc(conn.execute("SELECT max(occurred_at) FROM outbox_event").fetchone()[0]),
            needs_upgrade=revisions != head_revisions(),
            connected_to_hq="sync_state" in tables
            and conn.execute("SELECT count(*) FROM sync_state").fetchone()[0] > 0)
    finally:
        conn.close()


def _forget_hq(db_file: Path) -> None:
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


def _forget_device_secret(data_dir: Path) -> None:
    from showroom.sync.state import secret_path   # the credential of the device the restore disconnected
    secret_path(data_dir).unlink(missing_ok=True)


def inspect_backup(path: Path) -> BackupSummary:
    """Checks a file as a restore would and says what it holds; raises BackupRefused. Writes nothing."""
    with tempfile.TemporaryDirectory(prefix="showroom-check-") as scratch:
        copy = _private_copy(Path(path), Path(scratch))
        return _summarise(copy, Path(path), taken_at_of(Path(path)))


# --- swapping -----------------------------------------------------------------------------------------

def _swap_in(data_dir: Path, new_file: Path) -> Path | None:
    """Replaces the database with `new_file` (same folder); returns the before-restore copy, if any."""
    db = database_path(data_dir)
    if not db.exists():   # a new PC: nothing to keep
        os.replace(new_file, db)
        fsync_dir(Path(data_dir))
        return None
    conn = sqlite3.connect(db, isolation_level=None, timeout=0.5)
    try:
        damaged = False
        try:
            # Leaving WAL needs every other connection closed; it also folds the WAL into the main file.
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            conn.execute("BEGIN EXCLUSIVE")   # and nobody opens it while it is copied aside and replaced
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise StoreInUse() from exc
            raise
        except sqlite3.DatabaseError:   # the current file is damaged (why one restores): kept as it is
            log.warning("the database being replaced is damaged; it is kept as it was")
            mode, damaged = "delete", True
        if mode != "delete":
            raise StoreInUse()
        previous = _before_restore_copy(db, _folder_setting(conn, data_dir), Path(data_dir), damaged)
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        os.replace(new_file, db)
        fsync_dir(Path(data_dir))
    finally:
        conn.close()
    return previous


def _folder_setting(conn: sqlite3.Connection, data_dir: Path) -> Path:
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = 'backup.folder'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    return backup_folder(data_dir, row[0] if row else "")


def _before_restore_copy(db: Path, folder: Path, data_dir: Path, damaged: bool) -> Path:
    """A byte copy (the database is whole in its main file and locked by us), flushed before it is named.
    Not integrity-checked: it keeps exactly what was there, damaged or not (with its -wal when damaged)."""
    for place in dict.fromkeys([folder, backup_folder(data_dir)]):
        try:
            kept = write_verified(new_backup_path(place, "before-restore", datetime.now(timezone.utc)),
                                  lambda partial: shutil.copyfile(db, partial), check=False)
        except OSError as exc:
            log.warning("cannot write the before-restore copy into %s: %s", place, exc)
            continue
        if damaged and Path(f"{db}-wal").is_file():
            shutil.copyfile(f"{db}-wal", f"{kept}-wal")
        return kept
    raise BackupFailed("the database to be replaced could not be copied aside")   # so it is not replaced


def _current_showroom_code(data_dir: Path) -> str | None:
    """The code of the showroom this folder holds now; None for an empty folder or an unreadable file."""
    db = database_path(data_dir)
    if not db.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT code FROM showroom WHERE is_local = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None   # damaged: exactly when a restore is wanted
    return row[0] if row else None


def restore_now(data_dir: Path, path: Path, other_showroom: bool = False) -> RestoreOutcome:
    """`showroom restore`: checks the file, keeps the current database aside and puts the file in its place.
    Refused (BackupRefused, StoreInUse, FolderInUse) with nothing changed; a backup of another showroom than the one
    this folder holds only when asked for (`other_showroom`): its samples and loans are not this counter's."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with FolderLock(data_dir, "restore"):   # FolderInUse while the app (or another command) works on it
        copy = _private_copy(Path(path), data_dir)
        try:
            summary = _summarise(copy, Path(path), taken_at_of(Path(path)))
            own = _current_showroom_code(data_dir)
            if own is not None and own != summary.showroom_code and not other_showroom:
                raise BackupRefused("other_showroom", f"{summary.showroom_code}/{own}")
            _forget_hq(copy)
            previous = _swap_in(data_dir, copy)
        finally:
            _remove(copy)
        _forget_device_secret(data_dir)
        discard_pending_restore(data_dir)   # an older staged restore must not undo this one at the next start
    log.info("restored %s (previous database kept as %s)", path, previous)
    return RestoreOutcome(True, summary, previous=previous)


# --- staging, for the running app -----------------------------------------------------------------------

def stage_restore(store, actor: Actor, path: Path) -> BackupSummary:
    """An admin picks a backup in the app: checked and copied into the data folder, applied at the next start."""
    uow = store.uow()
    with uow.read():
        acting_staff(uow, actor, Role.ADMIN, "restore")
    data_dir = Path(store.data_dir)
    copy = _private_copy(Path(path), data_dir)
    try:
        summary = _summarise(copy, Path(path), taken_at_of(Path(path)))
        _forget_hq(copy)   # before the digest: the digest names the file as it is swapped in
        with open(copy, "rb+") as f:
            os.fsync(f.fileno())
        digest = _sha256(copy)
        os.replace(copy, data_dir / STAGED_FILE)
    finally:
        _remove(copy)
    note = {"source": str(path), "taken_at": summary.taken_at.isoformat(), "code": summary.showroom_code,
            "sha256": digest}
    marker = data_dir / f".{PENDING_FILE}.partial"
    marker.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
    os.replace(marker, data_dir / PENDING_FILE)   # the restore exists only once both files are whole
    fsync_dir(data_dir)
    log.info("restore of %s staged; it is applied at the next start", path)
    return summary


def _utc_note(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pending_restore(data_dir: Path) -> dict | None:
    """The staged restore's note (source, taken_at, code), or None."""
    marker = Path(data_dir) / PENDING_FILE
    try:
        return json.loads(marker.read_text(encoding="utf-8")) if marker.exists() else None
    except (OSError, ValueError):
        return {}


def discard_pending_restore(data_dir: Path) -> None:
    (Path(data_dir) / PENDING_FILE).unlink(missing_ok=True)
    _remove(Path(data_dir) / STAGED_FILE)


def apply_pending_restore(data_dir: Path) -> RestoreOutcome | None:
    """Run by Store before it opens the database. None when nothing is staged."""
    data_dir = Path(data_dir)
    for leftover in data_dir.glob(".restore-check-*.sqlite3"):   # a check cut short by a power cut
        _remove(leftover)
    note = pending_restore(data_dir)
    if note is None:
        return None
    staged = data_dir / STAGED_FILE
    source = Path(note.get("source", str(staged)))
    taken = _utc_note(note.get("taken_at"))
    if not staged.is_file():
        db = database_path(data_dir)
        if note.get("sha256") and db.is_file() and _sha256(db) == note["sha256"]:
            # The power went after the swap and before the note was removed: the restore is done.
            _forget_device_secret(data_dir)
            discard_pending_restore(data_dir)
            return RestoreOutcome(True, _summarise(db, source, taken or taken_at_of(db)))
        log.error("a restore of %s was staged but its file is gone; the database was not changed", source)
        discard_pending_restore(data_dir)
        return RestoreOutcome(False, None, "missing", str(source))
    try:
        # Checked again: it sat on disk since the admin chose it.
        summary = _summarise(staged, source, taken or taken_at_of(staged))
    except BackupRefused as exc:
        log.error("staged restore of %s refused (%s %s); the database was not changed", source, exc.problem,
                  exc.detail)
        discard_pending_restore(data_dir)
        return RestoreOutcome(False, None, exc.problem, exc.detail)
    try:
        previous = _swap_in(data_dir, staged)
    except StoreInUse:
        log.warning("staged restore of %s waits: the database is open elsewhere", source)
        return RestoreOutcome(False, summary, "in_use")
    _forget_device_secret(data_dir)
    discard_pending_restore(data_dir)
    fsync_dir(data_dir)
    log.info("restored %s (previous database kept as %s)", source, previous)
    return RestoreOutcome(True, summary, previous=previous)
