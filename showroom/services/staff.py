"""Staff accounts, login and the lock after wrong PINs. PINs are argon2-hashed; a refusal never says
which part was wrong, and a locked account is refused without its PIN being checked at all.

Every attempt (login screen or a manager's override PIN) is written to login_record. An admin's changes
to accounts are in staff_admin.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from db.models import Staff
from db.staff_models import LoginRecord, StaffLock
from db.uow import UnitOfWork
from kernel.events import StaffCreated, StaffLocked
from showroom.domain import staff_rules as rules
from showroom.domain.errors import AccountLocked, AlreadyExists, InvalidInput, LoginFailed, OverrideRefused
from showroom.domain.model import Role
from showroom.domain.staff_rules import LockState, LoginChannel, LoginOutcome
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, required_text, resolve_now
from showroom.services.views import Override, StaffView

_hasher = PasswordHasher()


def hash_pin(pin: str) -> str:
    return _hasher.hash(rules.check_pin(pin))


def pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _view(s: Staff) -> StaffView:
    return StaffView(id=s.id, name=s.name, role=s.role, active=s.active)


def checked_role(value: str) -> str:
    try:
        return Role(value).value
    except ValueError:
        raise InvalidInput("role", "unknown_role", value) from None


def add_staff_row(uow: UnitOfWork, name: str, role: str, pin: str, now: datetime, created_by: str | None) -> Staff:
    """Shared by first-run set-up (no actor yet) and create_staff."""
    name = required_text("name", name, 100)
    role = checked_role(role)
    if uow.session.scalar(select(Staff.id).where(Staff.name == name)):
        raise AlreadyExists("staff", name)
    staff = Staff(name=name, role=role, pin_hash=hash_pin(pin), active=True, created_at=now)
    uow.session.add(staff)
    uow.session.flush()
    uow.record_event(StaffCreated(staff_id=staff.id, name=name, role=role), staff_id=created_by or staff.id, at=now)
    return staff


@changes(Topic.STAFF)
def create_staff(
    uow: UnitOfWork, actor: Actor, name: str, role: str, pin: str, now: datetime | None = None
) -> StaffView:
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


# -- lock state and records --------------------------------------------------------------------


def lock_state(uow: UnitOfWork, staff_id: str) -> LockState:
    row = uow.session.get(StaffLock, staff_id)
    return LockState(row.failed_count, row.locked_until) if row else LockState()


def save_lock(uow: UnitOfWork, staff_id: str, state: LockState) -> None:
    row = uow.session.get(StaffLock, staff_id)
    if row is None:
        if state == LockState():
            return
        row = StaffLock(staff_id=staff_id)
        uow.session.add(row)
    row.failed_count, row.locked_until = state.failed, state.locked_until


def _record(
    uow: UnitOfWork, staff_id: str | None, name: str, now: datetime, channel: LoginChannel, outcome: LoginOutcome
) -> None:
    uow.session.add(
        LoginRecord(staff_id=staff_id, name=name[:100], at=now, channel=channel.value, outcome=outcome.value)
    )


def _by_name(uow: UnitOfWork, name: str) -> Staff | None:
    return uow.session.scalar(select(Staff).where(Staff.name == name))


def _judge(
    uow: UnitOfWork,
    name: str,
    pin: str,
    now: datetime,
    channel: LoginChannel,
    checked: tuple[str, bool] | None,
    needs: Role = Role.CLERK,
) -> Staff:
    """Inside a write transaction: decide one attempt, write its record (and the lock), and either return
    the staff member or commit and raise. `checked` is (hash, matched) from a check made before the write
    lock was taken; the PIN is checked again only if that hash has changed meanwhile."""
    staff = _by_name(uow, name)
    refusal: Exception = LoginFailed()
    if staff is None:
        _record(uow, None, name, now, channel, LoginOutcome.UNKNOWN_NAME)
    elif not staff.active:
        _record(uow, staff.id, name, now, channel, LoginOutcome.DISABLED)
    elif not Role(staff.role).at_least(needs):
        _record(uow, staff.id, name, now, channel, LoginOutcome.NOT_ALLOWED)
    elif (state := lock_state(uow, staff.id)).is_locked(now):
        _record(uow, staff.id, name, now, channel, LoginOutcome.LOCKED)
        refusal = AccountLocked(staff.name, state.locked_until)
    else:
        matched = checked[1] if checked and checked[0] == staff.pin_hash else pin_matches(staff.pin_hash, pin)
        if matched:
            save_lock(uow, staff.id, state.after_right_pin())
            _record(uow, staff.id, name, now, channel, LoginOutcome.OK)
            return staff
        after = state.after_wrong_pin(now)
        save_lock(uow, staff.id, after)
        outcome = rules.wrong_pin_outcome(state, after, now)
        _record(uow, staff.id, name, now, channel, outcome)
        if outcome is LoginOutcome.LOCK_STARTED:
            uow.record_event(
                StaffLocked(staff_id=staff.id, name=staff.name, channel=channel.value, until=after.locked_until),
                staff_id=staff.id,
                at=now,
            )
            refusal = AccountLocked(staff.name, after.locked_until)
    uow.commit()  # the refusal is recorded even though the caller gets an error
    raise refusal


def _check_first(uow: UnitOfWork, name: str, pin: str, now: datetime) -> tuple[str, bool] | None:
    """argon2 takes ~0.1-0.2 s: the PIN is checked before the write transaction, which then holds the
    write lock for milliseconds. Never for a locked account. (A `with uow:` that only reads and rolls
    back, because uow.read() would leave this unit of work read-only for the write that follows.)"""
    seen_hash = None
    with uow:
        staff = _by_name(uow, name)
        if staff is not None and staff.active and not lock_state(uow, staff.id).is_locked(now):
            seen_hash = staff.pin_hash
    return (seen_hash, pin_matches(seen_hash, pin)) if seen_hash else None


@changes(Topic.STAFF)
def login(uow: UnitOfWork, name: str, pin: str, now: datetime | None = None) -> Actor:
    """Raises LoginFailed (unknown, disabled or wrong PIN, said alike) or AccountLocked (until when)."""
    now = resolve_now(now)
    name = (name or "").strip()
    checked = _check_first(uow, name, pin, now)
    with uow:
        staff = _judge(uow, name, pin, now, LoginChannel.LOGIN, checked)
        uow.commit()
        return Actor(id=staff.id, name=staff.name, role=staff.role)


def verify_manager(uow: UnitOfWork, name: str, pin: str, now: datetime | None = None) -> Staff | None:
    """Inside a running use case: the manager whose PIN this is, or None (unknown, not a manager, wrong PIN).

    A locked manager raises AccountLocked, PIN unchecked. A right PIN is recorded and clears the run of wrong
    ones, committed with the caller's use case. A wrong one cannot be recorded here (the caller rolls back on
    the refusal): the caller reports it afterwards with record_failed_override.
    """
    now = resolve_now(now)
    staff = _by_name(uow, (name or "").strip())
    if staff is None or not staff.active or not Role(staff.role).at_least(Role.MANAGER):
        return None
    state = lock_state(uow, staff.id)
    if state.is_locked(now):
        raise AccountLocked(staff.name, state.locked_until)
    if not pin_matches(staff.pin_hash, pin):
        return None
    save_lock(uow, staff.id, state.after_right_pin())
    _record(uow, staff.id, staff.name, now, LoginChannel.OVERRIDE, LoginOutcome.OK)
    return staff


@changes(Topic.STAFF)
def record_failed_override(uow: UnitOfWork, name: str, pin: str, now: datetime | None = None) -> None:
    """Its own transaction, after the use case that refused an override has rolled back: the attempt is
    judged again and recorded, and a wrong PIN counts towards the manager's lock exactly as at login, so
    the override box is no way round the lock."""
    now = resolve_now(now)
    name = (name or "").strip()
    checked = _check_first(uow, name, pin, now)
    with uow:
        try:
            _judge(uow, name, pin, now, LoginChannel.OVERRIDE, checked, needs=Role.MANAGER)
        except (LoginFailed, AccountLocked):
            return  # recorded and committed by _judge
        uow.commit()  # the PIN was right after all (e.g. the use case refused for another reason)


@contextmanager
def override_pins_counted(uow: UnitOfWork, override: Override | None, now: datetime) -> Iterator[None]:
    """Put around a use case's `with uow:` that may check an override PIN (`with override_pins_counted(uow,
    override, now), uow:`): once that transaction has rolled back on a wrong PIN or a locked manager, the
    attempt is recorded and counted in a transaction of its own."""
    try:
        yield
    except (OverrideRefused, AccountLocked) as refused:
        if override is not None and getattr(refused, "problem", "wrong_pin") == "wrong_pin":
            record_failed_override(uow, override.manager_name, override.pin, now)
        raise
