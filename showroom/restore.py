"""Restoring a backup: the current database copied aside, the checked file swapped in atomically.

Any refusal changes nothing. The file is checked first on a private copy inside the data folder
(showroom.restore_check). The swap happens only while no one else has the database open: a running app
keeps its connections, so SQLite refuses to take the database out of WAL mode for us — that is the test.
The app itself never swaps its own file: it stages the restore (`restore-pending.*` in the data folder)
and the next Store applies it before opening, checking it again. The restored file migrates on open.
The use cases the app calls (staging, cancelling) are in showroom.services.backups; `showroom restore`
calls restore_now here, on a folder whose database no Store has open.

Power cuts: the staged file and the before-restore copy are whole before they get their names;
the current database is checkpointed into its main file first, so one rename switches old for new.
Windows cannot replace a file that is open, even by us: there the lock is let go just before the rename
(the folder lock still keeps our own programs out) and a target held for a moment is waited for
(showroom.durable_files).
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from db.engine import database_path
from showroom import durable_files
from showroom.backup import backup_folder, new_backup_path, stored_setting, write_verified
from showroom.domain.errors import BackupFailed, BackupRefused, StoreInUse
from showroom.durable_files import fsync_dir, fsync_file, replace_file
from showroom.folder_lock import FolderLock
from showroom.photo_files import restore_photos
from showroom.restore_check import BackupSummary, forget_hq, private_copy, remove_copy, summarise, taken_at_of

log = logging.getLogger(__name__)

PENDING_FILE = "restore-pending.json"
STAGED_FILE = "restore-pending.sqlite3"


@dataclass(frozen=True)
class RestoreOutcome:
    applied: bool
    summary: BackupSummary | None
    problem: str = ""  # why not applied: a BackupRefused problem, "in_use" or "missing"
    detail: str = ""
    previous: Path | None = None  # the before-restore copy of the database it replaced


@dataclass(frozen=True)
class PendingRestore:
    """A restore an admin staged in the app, waiting for the next start (its note in the data folder)."""

    source: str  # the file the admin chose ("" when the note cannot be read)
    taken_at: datetime | None  # UTC
    showroom_code: str
    sha256: str  # of the staged file as it is swapped in


def _forget_device_secret(data_dir: Path) -> None:
    from showroom.sync.state import secret_path  # the credential of the device the restore disconnected

    secret_path(data_dir).unlink(missing_ok=True)


# --- swapping -----------------------------------------------------------------------------------------


def _swap_in(data_dir: Path, new_file: Path) -> Path | None:
    """Replaces the database with `new_file` (same folder); returns the before-restore copy, if any."""
    db = database_path(data_dir)
    if not db.exists():  # a new PC: nothing to keep
        replace_file(new_file, db)
        fsync_dir(Path(data_dir))
        return None
    conn = sqlite3.connect(db, isolation_level=None, timeout=0.5)
    try:
        damaged = _hold_alone(conn)
        folder = backup_folder(data_dir, str(stored_setting(conn, "backup.folder")))
        previous = _before_restore_copy(db, folder, Path(data_dir), damaged)
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        if durable_files.on_windows():
            # Windows refuses to replace a file that is open, even by us: the exclusive lock goes first
            # (the folder lock still keeps our own programs out while the name changes hands).
            conn.close()
        replace_file(new_file, db)
        fsync_dir(Path(data_dir))
    finally:
        conn.close()
    return previous


def _hold_alone(conn: sqlite3.Connection) -> bool:
    """Takes the database out of WAL mode (which needs every other connection closed and folds the WAL into
    the main file) and locks it exclusively; StoreInUse when another program has it open. Returns whether
    the file is damaged (why one restores: it is then kept exactly as it is)."""
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        conn.execute("BEGIN EXCLUSIVE")  # nobody opens it while it is copied aside and replaced
    except sqlite3.OperationalError as exc:
        if exc.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise StoreInUse() from exc
        raise
    except sqlite3.DatabaseError:
        log.warning("the database being replaced is damaged; it is kept as it was")
        return True
    if mode != "delete":
        raise StoreInUse()
    return False


def _before_restore_copy(db: Path, folder: Path, data_dir: Path, damaged: bool) -> Path:
    """A byte copy (the database is whole in its main file and locked by us), flushed before it is named.
    Not integrity-checked: it keeps exactly what was there, damaged or not (with its -wal when damaged)."""
    for place in dict.fromkeys([folder, backup_folder(data_dir)]):
        try:
            kept = write_verified(
                new_backup_path(place, "before-restore", datetime.now(timezone.utc)),
                lambda partial: shutil.copyfile(db, partial),
                check=False,
            )
        except OSError as exc:
            log.warning("cannot write the before-restore copy into %s: %s", place, exc)
            continue
        if damaged and Path(f"{db}-wal").is_file():
            shutil.copyfile(f"{db}-wal", f"{kept}-wal")
        return kept
    raise BackupFailed("the database to be replaced could not be copied aside")  # so it is not replaced


def _bring_back_photos(data_dir: Path, folder: Path) -> None:
    """The restored database's photos from the backup's folder. The database is in place already: a photo that
    cannot be copied is logged, and the history shows it as missing, rather than undoing the restore."""
    try:
        log.info("%d photo(s) brought back from %s", restore_photos(data_dir, folder), folder)
    except OSError as exc:
        log.warning("photos of the restored database not all brought back from %s: %s", folder, exc)


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
        return None  # damaged: exactly when a restore is wanted
    return row[0] if row else None


def restore_now(data_dir: Path, path: Path, other_showroom: bool = False) -> RestoreOutcome:
    """`showroom restore`: checks the file, keeps the current database aside and puts the file in its place.
    Refused (BackupRefused, StoreInUse, FolderInUse) with nothing changed; a backup of another showroom than the one
    this folder holds only when asked for (`other_showroom`): its samples and loans are not this counter's."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with FolderLock(data_dir, "restore"):  # FolderInUse while the app (or another command) works on it
        copy = private_copy(Path(path), data_dir)
        try:
            summary = summarise(copy, Path(path), taken_at_of(Path(path)))
            own = _current_showroom_code(data_dir)
            if own is not None and own != summary.showroom_code and not other_showroom:
                raise BackupRefused("other_showroom", f"{summary.showroom_code}/{own}")
            forget_hq(copy)
            previous = _swap_in(data_dir, copy)
        finally:
            remove_copy(copy)
        _bring_back_photos(data_dir, Path(path).parent)
        _forget_device_secret(data_dir)
        discard_pending_restore(data_dir)  # an older staged restore must not undo this one at the next start
    log.info("restored %s (previous database kept as %s)", path, previous)
    return RestoreOutcome(True, summary, previous=previous)


# --- staging, for the running app -----------------------------------------------------------------------


def stage_file(data_dir: Path, path: Path) -> BackupSummary:
    """Checks the file and copies it into the data folder with a note, to be applied at the next start
    (showroom.services.backups.stage_restore is the admin's use case around it)."""
    data_dir = Path(data_dir)
    copy = private_copy(Path(path), data_dir)
    try:
        summary = summarise(copy, Path(path), taken_at_of(Path(path)))
        forget_hq(copy)  # before the digest: the digest names the file as it is swapped in
        fsync_file(copy)
        digest = _sha256(copy)
        replace_file(copy, data_dir / STAGED_FILE)
    finally:
        remove_copy(copy)
    note = {
        "source": str(path),
        "taken_at": summary.taken_at.isoformat(),
        "code": summary.showroom_code,
        "sha256": digest,
    }
    marker = data_dir / f".{PENDING_FILE}.partial"
    marker.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
    replace_file(marker, data_dir / PENDING_FILE)  # the restore exists only once both files are whole
    fsync_dir(data_dir)
    log.info("restore of %s staged; it is applied at the next start", path)
    return summary


def _utc_note(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) and text else None
    except ValueError:
        return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pending_restore(data_dir: Path) -> PendingRestore | None:
    """The staged restore's note, or None when nothing is staged (an unreadable note has empty fields)."""
    marker = Path(data_dir) / PENDING_FILE
    if not marker.exists():
        return None
    try:
        note = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        note = {}
    if not isinstance(note, dict):
        note = {}
    return PendingRestore(
        source=str(note.get("source", "")),
        taken_at=_utc_note(note.get("taken_at")),
        showroom_code=str(note.get("code", "")),
        sha256=str(note.get("sha256", "")),
    )


def discard_pending_restore(data_dir: Path) -> None:
    """Forgets a staged restore: its note first (without it the staged file is never applied), then the file."""
    (Path(data_dir) / PENDING_FILE).unlink(missing_ok=True)
    remove_copy(Path(data_dir) / STAGED_FILE)


def apply_pending_restore(data_dir: Path) -> RestoreOutcome | None:
    """Run by Store before it opens the database. None when nothing is staged."""
    data_dir = Path(data_dir)
    for leftover in data_dir.glob(".restore-check-*.sqlite3"):  # a check cut short by a power cut
        remove_copy(leftover)
    note = pending_restore(data_dir)
    if note is None:
        return None
    staged = data_dir / STAGED_FILE
    source = Path(note.source or staged)
    taken = note.taken_at
    if not staged.is_file():
        db = database_path(data_dir)
        if note.sha256 and db.is_file() and _sha256(db) == note.sha256:
            # The power went after the swap and before the note was removed: the restore is done.
            _forget_device_secret(data_dir)
            discard_pending_restore(data_dir)
            return RestoreOutcome(True, summarise(db, source, taken or taken_at_of(db)))
        log.error("a restore of %s was staged but its file is gone; the database was not changed", source)
        discard_pending_restore(data_dir)
        return RestoreOutcome(False, None, "missing", str(source))
    try:
        # Checked again: it sat on disk since the admin chose it.
        summary = summarise(staged, source, taken or taken_at_of(staged))
    except BackupRefused as exc:
        log.error("staged restore of %s refused (%s %s); the database was not changed", source, exc.problem, exc.detail)
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
    _bring_back_photos(data_dir, source.parent)
    log.info("restored %s (previous database kept as %s)", source, previous)
    return RestoreOutcome(True, summary, previous=previous)
