"""The address of HQ for an enrolled showroom: read it, or move it (HQ got a new server or port).

Not the sync engine: the device keeps its id and secret; only where it sends them changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.uow import UnitOfWork
from kernel.events import DeviceHqAddressChanged
from showroom.domain.errors import InvalidInput, NotEnrolled
from showroom.domain.model import Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, resolve_now
from showroom.sync.client import normalise_url
from showroom.sync.state import get_state

MAX_URL = 300  # the width of sync_state.hq_url


@dataclass(frozen=True)
class HqAddress:
    enrolled: bool
    url: str  # "" when not enrolled
    showroom_code: str  # as HQ knows this showroom


def read_hq_address(uow: UnitOfWork) -> HqAddress:
    with uow.read():
        state = get_state(uow)
        if state is None:
            return HqAddress(False, "", "")
        return HqAddress(True, state.hq_url, state.showroom_code)


def current_hq_url(uow: UnitOfWork) -> str:
    """Inside a transaction the caller has open."""
    state = get_state(uow)
    return state.hq_url if state else ""


def checked_url(url: str) -> str:
    """An http(s) address with a host, normalised as the sync client uses it."""
    text = (url or "").strip()
    if not text:
        raise InvalidInput("hq_url", "required")
    normal = normalise_url(text)
    host = normal.split("://", 1)[1].split("/", 1)[0]
    if not host or any(ch.isspace() for ch in normal):
        raise InvalidInput("hq_url", "not_url", text)
    if len(normal) > MAX_URL:
        raise InvalidInput("hq_url", "too_long", MAX_URL)
    return normal


@changes(Topic.SETTINGS)
def change_hq_address(uow: UnitOfWork, actor: Actor, url: str, now: datetime | None = None) -> HqAddress:
    """A manager points an enrolled showroom at HQ's new address."""
    now = resolve_now(now)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "change_hq_address")
        apply_hq_address(uow, staff.id, url, now)
        uow.commit()
    return read_hq_address(uow)


def apply_hq_address(uow: UnitOfWork, staff_id: str, url: str, now: datetime) -> bool:
    """Inside the caller's transaction; returns whether the address changed. Only an enrolled showroom
    has an address to change: enrolling is Sync → Connect to HQ."""
    state = get_state(uow)
    if state is None:
        raise NotEnrolled()
    normal = checked_url(url)
    if normal == state.hq_url:
        return False
    uow.record_event(DeviceHqAddressChanged(before=state.hq_url, after=normal), staff_id=staff_id, at=now)
    state.hq_url = normal
    return True
