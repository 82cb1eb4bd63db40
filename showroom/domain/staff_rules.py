"""Rules for staff accounts and logging in: PIN form, lockout after wrong PINs, keeping an admin.

Pure Python: the services load the facts (lock state, who is an active admin) and ask these rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from showroom.domain.errors import InvalidInput, StaffChangeRefused
from showroom.domain.model import Role

MAX_WRONG_PINS = 5  # consecutive wrong PINs that lock an account
LOCK_DURATION = timedelta(minutes=15)  # how long the lock holds (an admin may lift it earlier)
PIN_MIN_DIGITS, PIN_MAX_DIGITS = 4, 12


class LoginOutcome(StrEnum):
    """What one attempt came to; stored in login_record.outcome."""

    OK = "ok"
    WRONG_PIN = "wrong_pin"
    LOCK_STARTED = "lock_started"  # a wrong PIN that made it MAX_WRONG_PINS in a row: the lock begins
    LOCKED = "locked"  # refused unheard: the account is locked (the PIN is not even checked)
    DISABLED = "disabled"
    NOT_ALLOWED = "not_allowed"  # a name without the role asked for (a clerk's name in the override box)
    UNKNOWN_NAME = "unknown_name"


class LoginChannel(StrEnum):
    LOGIN = "login"  # the login screen
    OVERRIDE = "override"  # a manager's PIN typed to override a block at the counter


def check_pin(pin: str | None) -> str:
    """A PIN is 4 to 12 digits (ASCII: a full-width digit from an IME is not what the keypad types)."""
    if not pin or not (pin.isascii() and pin.isdigit()) or not PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS:
        raise InvalidInput("pin", "pin_format")
    return pin


def check_pin_twice(pin: str | None, again: str | None) -> str:
    """A new PIN is typed twice; a slip of the finger would otherwise lock the person out."""
    check_pin(pin)
    if pin != again:
        raise InvalidInput("pin_again", "pins_differ")
    return pin


@dataclass(frozen=True)
class LockState:
    failed: int = 0  # consecutive wrong PINs since the last right one (or the last lock)
    locked_until: datetime | None = None

    def is_locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def current(self, now: datetime) -> LockState:
        """A lock that has run out leaves nothing behind: the next wrong PIN counts from one again."""
        if self.locked_until is not None and now >= self.locked_until:
            return LockState()
        return self

    def after_wrong_pin(self, now: datetime) -> LockState:
        """Never called while locked: a locked account's PIN is not checked, so no attempt extends the lock."""
        state = self.current(now)
        failed = state.failed + 1
        if failed >= MAX_WRONG_PINS:
            return LockState(failed=failed, locked_until=now + LOCK_DURATION)
        return LockState(failed=failed)

    def after_right_pin(self) -> LockState:
        return LockState()


def wrong_pin_outcome(before: LockState, after: LockState, now: datetime) -> LoginOutcome:
    return LoginOutcome.LOCK_STARTED if after.is_locked(now) and not before.is_locked(now) else LoginOutcome.WRONG_PIN


# -- who may change whom -------------------------------------------------------------------------


def check_can_disable(actor_id: str, target_id: str, target_role: str, active_admin_ids: set[str]) -> None:
    if actor_id == target_id:
        raise StaffChangeRefused("disable_self")
    if target_role == Role.ADMIN.value and active_admin_ids <= {target_id}:
        raise StaffChangeRefused("last_admin")


def check_can_change_role(
    target_id: str, old_role: str, new_role: str, active: bool, active_admin_ids: set[str]
) -> None:
    """Demoting the last active admin (even oneself) would leave nobody able to manage staff."""
    if old_role == Role.ADMIN.value and new_role != Role.ADMIN.value and active and active_admin_ids <= {target_id}:
        raise StaffChangeRefused("last_admin")
