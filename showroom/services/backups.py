"""Backups and restores as use cases: what the Backups dialog, the daily timer and `showroom backup` call.

Each takes the unit of work of the showroom concerned (its data folder comes with it) and runs one read
transaction (who acts, where backups go, how many are kept); the file work follows outside any
transaction: SQLite's backup API reads a snapshot of its own, so a copy never holds up the counter.
None of them writes a row. The files themselves: showroom.backup, showroom.restore_check, showroom.restore.
`showroom restore` is the one exception: it replaces the database of a folder no Store has open, so it
calls showroom.restore.restore_now with the folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from showroom.backup import (
    BackupInfo,
    backup_folder,
    backup_to_file,
    daily_backup_due,
    list_backups,
    new_backup_path,
    prune,
    take_backup,
)
from showroom.domain.model import Role
from showroom.restore import PendingRestore, discard_pending_restore, pending_restore, stage_file
from showroom.restore_check import BackupSummary, inspect_backup  # noqa: F401  (a use case as it is: reads a file)
from showroom.services.common import Actor, acting_staff, resolve_now, setting_value
from showroom.store import ShowroomUnitOfWork


@dataclass(frozen=True)
class BackupPlace:
    """Where this showroom's backups go (the `backup.folder` setting, resolved) and how many daily ones stay."""

    folder: Path
    keep: int


@dataclass(frozen=True)
class BackupOverview:
    """The Backups dialog: the folder, every backup in it (newest first) and a restore waiting for a restart."""

    folder: Path
    backups: list[BackupInfo]
    pending: PendingRestore | None


def _place(uow: ShowroomUnitOfWork) -> BackupPlace:
    """Inside a transaction the caller has open."""
    return BackupPlace(
        backup_folder(uow.data_dir, str(setting_value(uow, "backup.folder"))), int(setting_value(uow, "backup.keep"))
    )


def backup_place(uow: ShowroomUnitOfWork) -> BackupPlace:
    with uow.read():
        return _place(uow)


def backup_overview(uow: ShowroomUnitOfWork) -> BackupOverview:
    """Reads the settings (one read transaction), then lists the folder, and old before-upgrade copies that
    db.migrate once left next to the database."""
    place = backup_place(uow)
    return BackupOverview(place.folder, list_backups(place.folder, uow.data_dir), pending_restore(uow.data_dir))


def take_manual_backup(uow: ShowroomUnitOfWork, actor: Actor, now: datetime | None = None) -> BackupInfo:
    """An admin's "Back up now": the actor and the folder in one read transaction, then the copy."""
    with uow.read():
        acting_staff(uow, actor, Role.ADMIN, "backup")
        place = _place(uow)
    return take_backup(uow.db_path, place.folder, "manual", now)


def take_daily_backup_if_due(uow: ShowroomUnitOfWork, now: datetime | None = None) -> BackupInfo | None:
    """Today's backup unless one was taken in the last 23 hours; keeps the last `backup.keep` daily ones.
    Run by the app's timer with nobody acting (also while the login screen waits)."""
    now = resolve_now(now)
    place = backup_place(uow)
    if not daily_backup_due(list_backups(place.folder), now):
        return None
    taken = take_backup(uow.db_path, place.folder, "daily", now)
    prune(place.folder, "daily", place.keep)
    return taken


def back_up_to(uow: ShowroomUnitOfWork, target: Path | None = None, now: datetime | None = None) -> BackupInfo:
    """`showroom backup [-o FILE|FOLDER]`: into the backup folder (no target), a folder (named there as any
    manual backup) or a file (replaced if there). The command line acts as the PC's user, not as staff."""
    if target is None:
        return take_backup(uow.db_path, backup_place(uow).folder, "manual", now)
    if Path(target).is_dir():
        target = new_backup_path(Path(target), "manual", resolve_now(now))
    return backup_to_file(uow.db_path, Path(target), now)


def stage_restore(uow: ShowroomUnitOfWork, actor: Actor, path: Path) -> BackupSummary:
    """An admin picks a backup in the app: checked and copied into the data folder, applied at the next start
    (the running app never swaps its own file). The actor is checked in one read transaction."""
    with uow.read():
        acting_staff(uow, actor, Role.ADMIN, "restore")
    return stage_file(uow.data_dir, path)


def cancel_pending_restore(uow: ShowroomUnitOfWork, actor: Actor) -> None:
    """An admin changes their mind before the restart: the staged restore is forgotten."""
    with uow.read():
        acting_staff(uow, actor, Role.ADMIN, "restore")
    discard_pending_restore(uow.data_dir)
