"""Administration of one showroom PC: its staff, its tier terms, its HQ address. HQ stores these for the
audit trail and applies none of them (hq/PROTOCOL.md, "Event types HQ does not apply")."""

from __future__ import annotations

from kernel.events.base import STORES, Event, Record
from kernel.events.fields import Boolean, Integer, Text, Timestamp, Uuid
from kernel.events.records import Nested
from kernel.events.vocabulary import DEPOSIT_ROUNDINGS, DEPOSIT_RULES, LOGIN_CHANNELS, ROLES, Choice, Fen, Name, Tier


class StaffEvent(Event):
    """Every staff event names the account it is about."""

    staff_id = Uuid()
    name = Name()


class StaffCreated(StaffEvent, type="staff.created@1", hq=STORES):
    """An account was added (the first administrator at set-up, then by an administrator)."""

    role = Choice(ROLES)


class StaffLocked(StaffEvent, type="staff.locked@1", hq=STORES):
    """Too many wrong PINs in a row, at the login or as a manager's override: locked until a time."""

    channel = Choice(LOGIN_CHANNELS)
    until = Timestamp()


class StaffUnlocked(StaffEvent, type="staff.unlocked@1", hq=STORES):
    """An administrator lifted a lock before its time."""

    was_locked_until = Timestamp()
    failed_pins = Integer(0, 10_000, unit="count")


class StaffRoleChanged(StaffEvent, type="staff.role_changed@1", hq=STORES):
    """An administrator changed what an account may do."""

    old_role = Choice(ROLES)
    new_role = Choice(ROLES)


class StaffDisabled(StaffEvent, type="staff.disabled@1", hq=STORES):
    """The account can no longer log in; it and its history are kept."""


class StaffEnabled(StaffEvent, type="staff.enabled@1", hq=STORES):
    """A disabled account may log in again."""


class StaffPinReset(StaffEvent, type="staff.pin_reset@1", hq=STORES):
    """An administrator handed over a new PIN (which also lifts a lock)."""

    lock_lifted = Boolean()


class TierTerms(Record):
    """A tier's lending terms as the settings dialog edits them."""

    max_samples_out = Integer(0, 10_000, unit="count")
    loan_days = Integer(0, 3_650, unit="days")
    deposit_rule = Choice(DEPOSIT_RULES)
    deposit_per_sample_fen = Fen()
    deposit_percent = Integer(0, 100, unit="percent")
    deposit_rounding = Choice(DEPOSIT_ROUNDINGS, optional=True)  # absent before deposit rounding
    block_on_overdue = Boolean()
    allow_override = Boolean()
    suspend_after_days_late = Integer(1, 3_650, unit="days", nullable=True)
    lose_after_days_late = Integer(1, 3_650, unit="days", nullable=True, optional=True)  # absent before auto loss
    # written only when true (absent: not required, as before photo evidence), so older payloads stay the same
    photo_required_for_damage = Boolean(optional=True)
    # lending by post: written only for a tier that may post (absent: not by post, as before samples by courier)
    may_post = Boolean(optional=True)
    post_limit = Integer(0, 999, unit="count", optional=True)
    post_days = Integer(0, 90, unit="days", optional=True)
    return_transit_days = Integer(0, 30, unit="days", optional=True)


class TierPolicyChanged(Event, type="tier_policy.changed@1", hq=STORES):
    """A manager changed a tier's terms: before and after."""

    tier = Tier()
    before = Nested(TierTerms)
    after = Nested(TierTerms)


class DeviceHqAddressChanged(Event, type="device.hq_address_changed@1", hq=STORES):
    """This PC now sends to HQ at another address."""

    before = Text(300)
    after = Text(300, min_len=1)
