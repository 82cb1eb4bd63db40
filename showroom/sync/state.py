"""The device's credentials and sync bookkeeping. The secret is a file beside the database, owner-only."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from db.sync_models import SyncState
from db.uow import UnitOfWork
from showroom.domain.errors import NotEnrolled

SECRET_FILENAME = "device-secret"


def secret_path(data_dir: Path) -> Path:
    return Path(data_dir) / SECRET_FILENAME


def write_secret(data_dir: Path, token: str) -> None:
    """Written atomically with mode 0600 before the state row commits: a crash leaves no half credential."""
    target = secret_path(data_dir)
    tmp = target.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, token.encode())
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, target)


def read_secret(data_dir: Path) -> str:
    try:
        return secret_path(data_dir).read_text().strip()
    except FileNotFoundError:
        raise NotEnrolled("no device secret") from None


def get_state(uow: UnitOfWork) -> SyncState | None:
    return uow.session.scalar(select(SyncState).where(SyncState.id == 1))


def require_state(uow: UnitOfWork) -> SyncState:
    state = get_state(uow)
    if state is None:
        raise NotEnrolled()
    return state
