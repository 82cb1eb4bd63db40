"""Staff accounts and login. PINs are argon2-hashed; a wrong PIN says nothing about which part was wrong."""
from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from db.models import Staff
from db.uow import UnitOfWork
from showroom.domain.errors import AlreadyExists, InvalidInput, LoginFailed
from showroom.domain.model import Role
from showroom.services.common import Actor, acting_staff, required_text, resolve_now
from showroom.services.views import StaffView

_hasher = PasswordHasher()


def hash_pin(pin: str) -> str:
    if not pin or not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise InvalidInput("pin", "pin_format")
    return _hasher.hash(pin)


def pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _view(s: Staff) -> StaffView:
    return StaffView(id=s.id, name=s.name, role=s.role, active=s.active)


def add_staff_row(uow: UnitOfWork, name: str, role: str, pin: str, now, created_by: str | None) -> Staff:
    """Shared by first-run set-up (no actor yet) and create_staff."""
    name = required_text("name", name, 100)
    try:
        role = Role(role).value
    except ValueError:
        raise InvalidInput("role", "unknown_role", role) from None
    if uow.session.scalar(select(Staff.id).where(Staff.name == name)):
        raise AlreadyExists("staff", name)
    staff = Staff(name=name, role=role, pin_hash=hash_pin(pin), active=True, created_at=now)
    uow.session.add(staff)
    uow.session.flush()
    uow.record_event("staff.created@1", {"staff_id": staff.id, "name": name, "role": role},
                     staff_id=created_by or staff.id, at=now)
    return staff


def create_staff(uow: UnitOfWork, actor: Actor, name: str, role: str, pin: str, now=None) -> StaffView:
    now = resolve_now(now)
    with uow:
        acting_staff(uow, actor, Role.ADMIN, "create_staff")
        staff = add_staff_row(uow, name, role, pin, now, actor.id)
        uow.commit()
        return _view(staff)


def list_staff(uow: UnitOfWork, active_only: bool = True) -> list[StaffView]:
    with uow.read():
        q = select(Staff).order_by(Staff.name)
        if active_only:
            q = q.where(Staff.active.is_(True))
        return [_view(s) for s in uow.session.scalars(q)]


def login(uow: UnitOfWork, name: str, pin: str) -> Actor:
    with uow.read():
        staff = uow.session.scalar(select(Staff).where(Staff.name == name, Staff.active.is_(True)))
        if staff is None or not pin_matches(staff.pin_hash, pin):
            raise LoginFailed()
        return Actor(id=staff.id, name=staff.name, role=staff.role)


def verify_manager(uow: UnitOfWork, name: str, pin: str) -> Staff | None:
    """Inside a running use case: the manager whose PIN this is, or None."""
    staff = uow.session.scalar(select(Staff).where(Staff.name == name, Staff.active.is_(True)))
    if staff is None or not Role(staff.role).at_least(Role.MANAGER):
        return None
    return staff if pin_matches(staff.pin_hash, pin) else None
