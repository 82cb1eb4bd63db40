"""A new PC from HQ alone: `showroom recover` rebuilds a showroom's database in an empty data folder from
HQ's copy of its counter's events (hq/PROTOCOL.md, "Catch-up after a restore"), enrolled as that counter;
HQ revokes the old PC's device as part of it. The network catalog, streamers and standing come with the first
sync after it, as for any new device.

What HQ never holds cannot come back: PIN hashes (the first administrator gets the PIN given here; every
other account waits for an administrator to give it one), this PC's own settings (printers, paper,
receipt terms, backups: the defaults until set again), signature images, and work never synced.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from db.models import ShowroomRow, Staff
from kernel.events import StaffPinReset
from showroom.domain.errors import AlreadyExists, InvalidInput
from showroom.domain.model import Role
from showroom.replay.records import NO_PIN
from showroom.services.changes import changes
from showroom.services.common import utcnow
from showroom.services.staff import hash_pin
from showroom.sync.catch_up import Progress
from showroom.sync.client import HqClient, normalise_url
from showroom.sync.enrol import EVERYTHING, Enrolment, enrolled


@dataclass(frozen=True)
class Recovery:
    enrolment: Enrolment
    admin_name: str  # the administrator whose PIN was set here
    pins_to_reset: list[str]  # every other account: no login until an administrator gives it a PIN


@changes(*EVERYTHING)
def recover(
    uow_factory,
    data_dir: Path,
    url: str,
    code: str,
    admin_pin: str,
    *,
    transport=None,
    progress: Progress | None = None,
) -> Recovery:
    url, code = normalise_url(url), (code or "").strip()
    if not code:
        raise InvalidInput("enrol_code", "required")
    new_hash = hash_pin(admin_pin)  # a PIN the rules refuse stops it before HQ is asked
    uow = uow_factory()
    with uow.read():
        room = uow.session.scalar(select(ShowroomRow).where(ShowroomRow.is_local.is_(True)))
        if room is not None:
            raise AlreadyExists("showroom", room.code)  # only an empty folder is rebuilt
    with HqClient(url, transport=transport) as client:
        answer = client.recover(code, platform.node() or "showroom")
    done = enrolled(uow_factory, data_dir, url, answer, transport, progress)
    uow = uow_factory()
    with uow:
        waiting = list(uow.session.scalars(select(Staff).where(Staff.pin_hash == NO_PIN).order_by(Staff.created_at)))
        admin = next((s for s in waiting if s.role == Role.ADMIN.value and s.active), None)
        if admin is None:
            raise InvalidInput("admin", "no_admin_to_recover")
        admin.pin_hash = new_hash
        uow.record_event(
            StaffPinReset(staff_id=admin.id, name=admin.name, lock_lifted=False), staff_id=admin.id, at=utcnow()
        )
        result = Recovery(done, admin.name, [s.name for s in waiting if s is not admin])
        uow.commit()
    return result
