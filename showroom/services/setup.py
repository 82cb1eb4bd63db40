"""First-run set-up of the local showroom and its first admin."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from db.models import ShowroomRow
from db.uow import UnitOfWork
from kernel.events import ShowroomSetUp
from showroom.domain.codes import SITE
from showroom.domain.errors import AlreadyExists, InvalidInput, ShowroomNotSetUp
from showroom.services.changes import Topic, changes
from showroom.services.common import (
    DEFAULT_TIMEZONE,
    Actor,
    local_showroom,
    put_setting,
    required_text,
    resolve_now,
    timezone_name,
)
from showroom.services.staff import add_staff_row
from showroom.services.views import ShowroomInfo
from showroom.settings import BY_KEY, is_allowed


@changes(Topic.SETTINGS, Topic.STAFF)
def set_up_showroom(
    uow: UnitOfWork,
    code: str,
    name: str,
    city: str,
    admin_name: str,
    admin_pin: str,
    timezone: str = DEFAULT_TIMEZONE,
    now: datetime | None = None,
    settings: dict[str, object] | None = None,
) -> Actor:
    """Creates the local showroom, its first admin and its first settings (printers, layouts, ...) in one
    transaction; returns the admin. A setting that is not declared or not allowed refuses all of it."""
    now = resolve_now(now)
    settings = dict(settings or {})
    for key, value in settings.items():
        spec = BY_KEY.get(key)
        if spec is None or not is_allowed(spec, value):
            raise InvalidInput(key, "not_allowed", value)
    code = (code or "").strip().upper()
    if not SITE.match(code):
        raise InvalidInput("showroom_code", "site_code", code)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput("timezone", "unknown_timezone", timezone) from None
    with uow:
        if uow.session.scalar(select(ShowroomRow.id).where(ShowroomRow.is_local.is_(True))):
            raise AlreadyExists("showroom", code)
        room = ShowroomRow(
            code=code,
            name=required_text("showroom_name", name, 100),
            city=required_text("city", city, 100),
            is_local=True,
        )
        uow.session.add(room)
        put_setting(uow, "timezone", timezone)
        uow.session.flush()
        # The showroom's own event comes first (seq 1): every later fact belongs to it.
        uow.record_event(
            ShowroomSetUp(showroom_id=room.id, code=code, name=room.name, city=room.city, timezone=timezone),
            staff_id=None,
            at=now,
        )
        admin = add_staff_row(uow, admin_name, "admin", admin_pin, now, None)
        for key, value in settings.items():
            put_setting(uow, key, value)
        uow.commit()
        return Actor(id=admin.id, name=admin.name, role=admin.role)


def is_set_up(uow: UnitOfWork) -> bool:
    with uow.read():
        try:
            local_showroom(uow)
            return True
        except ShowroomNotSetUp:
            return False


def showroom_info(uow: UnitOfWork) -> ShowroomInfo:
    with uow.read():
        room = local_showroom(uow)
        return ShowroomInfo(id=room.id, code=room.code, name=room.name, city=room.city, timezone=timezone_name(uow))
