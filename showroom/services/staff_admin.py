"""An admin's view and changes of staff accounts: the list with locks and last logins, recent login
attempts, and disable/enable, role, PIN reset and early unlock, each an outbox event naming the admin.
The last active admin is kept and nobody disables themselves (showroom.domain.staff_rules).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from db.models import Staff
from db.staff_models import LoginRecord, StaffLock
from db.uow import UnitOfWork
from kernel.events import StaffDisabled, StaffEnabled, StaffPinReset, StaffRoleChanged, StaffUnlocked
from showroom.domain import staff_rules as rules
from showroom.domain.errors import InvalidInput, NotFound
from showroom.domain.model import Role
from showroom.domain.staff_rules import LockState, LoginChannel, LoginOutcome
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, resolve_now
from showroom.services.staff import checked_role, hash_pin, lock_state, save_lock

RECENT_RECORDS = 200


@dataclass(frozen=True)
class StaffAccount:
    """One row of the admin's staff list."""

    id: str
    name: str
    role: str
    active: bool
    failed_pins: int  # wrong PINs in a row so far (0 after a right one or a lock's end)
    locked_until: datetime | None  # None unless locked now
    last_login_at: datetime | None


@dataclass(frozen=True)
class LoginAttempt:
    at: datetime
    name: str  # as given; may name nobody
    staff_id: str | None
    channel: str  # LoginChannel
    outcome: str  # LoginOutcome


# -- the admin's staff list --------------------------------------------------------------------


def staff_accounts(uow: UnitOfWork, actor: Actor, now: datetime | None = None) -> list[StaffAccount]:
    now = resolve_now(now)
    with uow.read():
        acting_staff(uow, actor, Role.ADMIN, "manage_staff")
        last = dict(
            uow.session.execute(
                select(LoginRecord.staff_id, func.max(LoginRecord.at))
                .where(LoginRecord.outcome == LoginOutcome.OK.value, LoginRecord.channel == LoginChannel.LOGIN.value)
                .group_by(LoginRecord.staff_id)
            ).all()
        )
        locks = {
            row.staff_id: LockState(row.failed_count, row.locked_until).current(now)
            for row in uow.session.scalars(select(StaffLock))
        }
        accounts = []
        for s in uow.session.scalars(select(Staff).order_by(Staff.name)):
            lock = locks.get(s.id, LockState())
            accounts.append(
                StaffAccount(
                    id=s.id,
                    name=s.name,
                    role=s.role,
                    active=s.active,
                    failed_pins=lock.failed,
                    locked_until=lock.locked_until,
                    last_login_at=last.get(s.id),
                )
            )
        return accounts


def login_records(uow: UnitOfWork, actor: Actor, limit: int = RECENT_RECORDS) -> list[LoginAttempt]:
    """The newest attempts first."""
    with uow.read():
        acting_staff(uow, actor, Role.ADMIN, "manage_staff")
        q = select(LoginRecord).order_by(LoginRecord.at.desc(), LoginRecord.id).limit(limit)
        return [
            LoginAttempt(at=r.at, name=r.name, staff_id=r.staff_id, channel=r.channel, outcome=r.outcome)
            for r in uow.session.scalars(q)
        ]


# -- an admin's changes to accounts ------------------------------------------------------------


def _target(uow: UnitOfWork, staff_id: str) -> Staff:
    staff = uow.session.get(Staff, staff_id)
    if staff is None:
        raise NotFound("staff", staff_id)
    return staff


def _active_admin_ids(uow: UnitOfWork) -> set[str]:
    return set(uow.session.scalars(select(Staff.id).where(Staff.role == Role.ADMIN.value, Staff.active.is_(True))))


def _account(uow: UnitOfWork, staff: Staff, now: datetime) -> StaffAccount:
    lock = lock_state(uow, staff.id).current(now)
    last = uow.session.scalar(
        select(func.max(LoginRecord.at)).where(
            LoginRecord.staff_id == staff.id,
            LoginRecord.outcome == LoginOutcome.OK.value,
            LoginRecord.channel == LoginChannel.LOGIN.value,
        )
    )
    return StaffAccount(
        id=staff.id,
        name=staff.name,
        role=staff.role,
        active=staff.active,
        failed_pins=lock.failed,
        locked_until=lock.locked_until,
        last_login_at=last,
    )


def _admin_change(uow: UnitOfWork, actor: Actor, staff_id: str, now, change) -> StaffAccount:
    """One admin use case: `change(admin, target, now)` alters the target and returns the event to record
    (its declaration and the fields beyond the staff id and name)."""
    now = resolve_now(now)
    with uow:
        admin = acting_staff(uow, actor, Role.ADMIN, "manage_staff")
        target = _target(uow, staff_id)
        event, fields = change(admin, target, now)
        uow.record_event(event(staff_id=target.id, name=target.name, **fields), staff_id=admin.id, at=now)
        account = _account(uow, target, now)
        uow.commit()
        return account


@changes(Topic.STAFF)
def set_active(uow: UnitOfWork, actor: Actor, staff_id: str, active: bool, now: datetime | None = None) -> StaffAccount:
    """Disable (keeps the account and its history; it can no longer log in) or enable again."""

    def change(admin: Staff, target: Staff, now: datetime):
        if target.active == active:
            raise InvalidInput("active", "unchanged")
        if not active:
            rules.check_can_disable(admin.id, target.id, target.role, _active_admin_ids(uow))
        target.active = active
        return (StaffEnabled if active else StaffDisabled), {}

    return _admin_change(uow, actor, staff_id, now, change)


@changes(Topic.STAFF)
def change_role(uow: UnitOfWork, actor: Actor, staff_id: str, role: str, now: datetime | None = None) -> StaffAccount:
    role = checked_role(role)

    def change(admin: Staff, target: Staff, now: datetime):
        if target.role == role:
            raise InvalidInput("role", "unchanged")
        rules.check_can_change_role(target.id, target.role, role, target.active, _active_admin_ids(uow))
        old, target.role = target.role, role
        return StaffRoleChanged, {"old_role": old, "new_role": role}

    return _admin_change(uow, actor, staff_id, now, change)


@changes(Topic.STAFF)
def reset_pin(uow: UnitOfWork, actor: Actor, staff_id: str, pin: str, now: datetime | None = None) -> StaffAccount:
    """A new PIN handed over by the admin; it also lifts any lock, since its holder now knows the PIN."""
    new_hash = hash_pin(pin)  # before the transaction: argon2 is slow and needs no lock

    def change(admin: Staff, target: Staff, now: datetime):
        was_locked = lock_state(uow, target.id).is_locked(now)
        target.pin_hash = new_hash
        save_lock(uow, target.id, LockState())
        return StaffPinReset, {"lock_lifted": was_locked}

    return _admin_change(uow, actor, staff_id, now, change)


@changes(Topic.STAFF)
def unlock(uow: UnitOfWork, actor: Actor, staff_id: str, now: datetime | None = None) -> StaffAccount:
    """Lift a lock before its time (the person proved who they are to the admin)."""

    def change(admin: Staff, target: Staff, now: datetime):
        state = lock_state(uow, target.id)
        if not state.is_locked(now):
            raise InvalidInput("locked", "unchanged")
        save_lock(uow, target.id, LockState())
        return StaffUnlocked, {"was_locked_until": state.locked_until, "failed_pins": state.failed}

    return _admin_change(uow, actor, staff_id, now, change)
