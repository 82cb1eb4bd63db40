"""Helpers shared by the use cases: the clock, the local showroom, settings, roles, code counters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo

from sqlalchemy import select

from db.models import CodeCounter, Setting, ShowroomRow, Staff
from db.uow import UnitOfWork
from showroom.domain.errors import InvalidInput, PermissionDenied, ShowroomNotSetUp
from showroom.domain.model import Role
from showroom.domain.text import entered_text
from showroom.settings import BY_KEY, DEFAULT_TIMEZONE, is_allowed, parse, render  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class Actor:
    """The staff member doing the action (from login)."""

    id: str
    name: str
    role: str


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def resolve_now(now: datetime | None) -> datetime:
    """Services take `now` so that tests and the demo history can place actions in time."""
    if now is None:
        return utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now


def local_showroom(uow: UnitOfWork) -> ShowroomRow:
    row = uow.session.scalar(select(ShowroomRow).where(ShowroomRow.is_local.is_(True)))
    if row is None:
        raise ShowroomNotSetUp()
    return row


def setting_value(uow: UnitOfWork, key: str) -> object:
    """A declared setting (showroom.settings), typed by its spec, inside a transaction the caller has open:
    the default when none was saved or what is stored is not an allowed value. The one way settings are read."""
    spec = BY_KEY[key]
    row = uow.session.get(Setting, key)
    return parse(spec, row.value) if row else spec.default


def put_setting(uow: UnitOfWork, key: str, value: object) -> None:
    """Stores a declared setting's typed value inside the caller's transaction; InvalidInput (nothing written)
    for an undeclared key or a value its spec does not allow."""
    spec = BY_KEY.get(key)
    if spec is None or not is_allowed(spec, value):
        raise InvalidInput(key, "not_allowed", value)
    row = uow.session.get(Setting, key)
    if row is None:
        uow.session.add(Setting(key=key, value=render(value)))
    else:
        row.value = render(value)


def timezone_name(uow: UnitOfWork) -> str:
    """The showroom's time zone (the `timezone` setting, chosen at set-up)."""
    return str(setting_value(uow, "timezone"))


def local_tz(uow: UnitOfWork) -> tzinfo:
    return ZoneInfo(timezone_name(uow))


def acting_staff(uow: UnitOfWork, actor: Actor, needs: Role = Role.CLERK, action: str = "") -> Staff:
    """Re-reads the actor: a disabled account or a lower role is refused even mid-session."""
    staff = uow.session.get(Staff, actor.id)
    if staff is None or not staff.active:
        raise PermissionDenied(action or "any", "active_account")
    if not Role(staff.role).at_least(needs):
        raise PermissionDenied(action, needs.value)
    return staff


def next_number(uow: UnitOfWork, series: str) -> int:
    """Next number of a code series; safe because write transactions start IMMEDIATE."""
    counter = uow.session.get(CodeCounter, series)
    if counter is None:
        counter = CodeCounter(series=series, last_value=0)
        uow.session.add(counter)
    counter.last_value += 1
    return counter.last_value


def required_text(field: str, value: str | None, max_len: int = 200) -> str:
    return entered_text(field, value, max_len, required=True)


def optional_text(field: str, value: str | None, max_len: int = 200) -> str:
    return entered_text(field, value, max_len)


def is_whole_number(value: object) -> bool:
    """int but not bool: True must not pass for a quantity of 1 or a price of 1 fen."""
    return isinstance(value, int) and not isinstance(value, bool)


def like_pattern(text: str) -> str:
    """A LIKE pattern for 'contains text', with % and _ typed by the user taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


LIKE_ESCAPE = "\\"


def non_negative_fen(field: str, value: int) -> int:
    if not is_whole_number(value) or value < 0:
        raise InvalidInput(field, "not_money", value)
    return value
