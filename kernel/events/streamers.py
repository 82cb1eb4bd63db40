"""Streamers: registered, their standing changed, reminded of what they hold."""

from __future__ import annotations

from kernel.events.base import APPLIES, STORES, Event, Record
from kernel.events.fields import Boolean, Integer, Text, Uuid
from kernel.events.records import Nested
from kernel.events.vocabulary import (
    MAX_DAYS,
    PLATFORMS,
    REASON_KEYS,
    REMINDER_CHANNELS,
    REMINDER_OUTCOMES,
    STREAMER_STATUSES,
    Choice,
    LoanNumber,
    MemberCode,
    Mobile,
    Name,
    Note,
    Reason,
    SampleCode,
    Tier,
)


class StreamerRegistered(Event, type="streamer.registered@1", hq=APPLIES):
    """A streamer registered at this counter (HQ merges streamers by phone across showrooms)."""

    streamer_id = Uuid()
    name = Name()
    phone = Mobile()
    platform = Choice(PLATFORMS)
    handle = Text(100)
    tier = Tier()
    member_code = MemberCode()


class ReasonParams(Record):
    """The parameters of a reason key: the late sample and the days late (auto_suspend_overdue)."""

    code = SampleCode(optional=True)
    days = Integer(1, MAX_DAYS, unit="days", optional=True)


class StreamerStatusChanged(Event, type="streamer.status_changed@1", hq=APPLIES):
    """Suspended, blacklisted or active again; `automatic` when the tier's rule suspended them, with the
    sample and the days late that did it."""

    streamer_id = Uuid()
    phone = Mobile()
    from_status = Choice(STREAMER_STATUSES, key="from")
    to_status = Choice(STREAMER_STATUSES, key="to")
    reason = Reason()
    automatic = Boolean(optional=True)
    sample_code = SampleCode(optional=True)
    days_late = Integer(1, MAX_DAYS, unit="days", optional=True)
    # a reason the app wrote, as a key the reader words in their language (showroom.domain.reasons)
    reason_key = Choice(REASON_KEYS, optional=True)
    reason_params = Nested(ReasonParams, optional=True)


class StreamerTierChanged(Event, type="streamer.tier_changed@1", hq=APPLIES):
    """A manager promoted or demoted a streamer."""

    streamer_id = Uuid()
    phone = Mobile()
    from_tier = Tier(key="from")
    to_tier = Tier(key="to")
    reason = Reason()


class StreamerReminded(Event, type="streamer.reminded@1", hq=STORES):
    """A clerk reminded a streamer of what they hold, and what came of it."""

    reminder_id = Uuid()
    streamer_id = Uuid()
    phone = Mobile()
    loan_number = LoanNumber(nullable=True)
    channel = Choice(REMINDER_CHANNELS)
    outcome = Choice(REMINDER_OUTCOMES)
    note = Note()
