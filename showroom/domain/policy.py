"""Lending rules: who may take what, until when, against what deposit. Policies are data."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from showroom.domain.errors import Block, PlannedDateInvalid
from showroom.domain.model import StreamerStatus


@dataclass(frozen=True)
class TierPolicy:
    tier: str
    max_samples_out: int
    loan_days: int
    deposit_rule: str             # none | per_sample | percent_of_value
    deposit_per_sample_fen: int = 0
    deposit_percent: int = 0
    block_on_overdue: bool = True
    allow_override: bool = True
    suspend_after_days_late: int | None = None  # automatic suspension; None = never
    reduced_from: str | None = None  # set when a poor on-time record lends on the tier below's terms


@dataclass(frozen=True)
class Standing:
    """What the counter needs to know about a streamer before lending."""

    status: str
    status_reason: str
    holding: int      # samples out now
    overdue: int      # of those, past due


@dataclass(frozen=True)
class HeldElsewhere:
    """What another showroom of the network holds against the streamer, as last pulled from HQ."""

    showroom: str     # its name
    holding: int      # samples out there
    overdue: int      # of those, past due now
    suspended: bool


@dataclass(frozen=True)
class NetworkStanding:
    """The streamer's standing in the other showrooms, as the counter last pulled it (it may be offline)."""

    blacklisted_at: str                    # the showroom that blacklisted them; "" when none did
    elsewhere: tuple[HeldElsewhere, ...]
    as_of: datetime | None                 # when it was pulled whole; None: never yet

    @property
    def overdue(self) -> int:
        return sum(e.overdue for e in self.elsewhere)

    @property
    def suspended_at(self) -> list[str]:
        return [e.showroom for e in self.elsewhere if e.suspended]


def with_network(standing: Standing, network: NetworkStanding | None) -> Standing:
    """The local standing with the network's folded in, so the tier's own block rules judge both: a
    blacklist anywhere blacklists, a suspension anywhere suspends, samples overdue anywhere are overdue.
    The reason of a block the network adds is where it stands. Samples held elsewhere and not yet due do
    not count against this showroom's limit."""
    if network is None:
        return standing
    status, reason = standing.status, standing.status_reason
    if status != StreamerStatus.BLACKLISTED and network.blacklisted_at:
        status, reason = StreamerStatus.BLACKLISTED.value, network.blacklisted_at
    elif status == StreamerStatus.ACTIVE and network.suspended_at:
        status, reason = StreamerStatus.SUSPENDED.value, ", ".join(network.suspended_at)
    return replace(standing, status=status, status_reason=reason, overdue=standing.overdue + network.overdue)


def checkout_blocks(standing: Standing, policy: TierPolicy, basket_size: int) -> list[Block]:
    """Every reason to refuse this basket. Blacklisting can never be overridden at the counter."""
    blocks: list[Block] = []
    if standing.status == StreamerStatus.BLACKLISTED:
        blocks.append(Block("blacklisted", overridable=False, reason=standing.status_reason))
    elif standing.status == StreamerStatus.SUSPENDED:
        blocks.append(Block("suspended", policy.allow_override, reason=standing.status_reason))
    if policy.block_on_overdue and standing.overdue > 0:
        blocks.append(Block("overdue", policy.allow_override, count=standing.overdue))
    if standing.holding + basket_size > policy.max_samples_out:
        blocks.append(Block("over_limit", policy.allow_override,
                            count=standing.holding + basket_size, limit=policy.max_samples_out))
    return blocks


def deposit_for(policy: TierPolicy, sample_values_fen: list[int]) -> int:
    """Deposit in fen for a basket; percent rounds up to the yuan so the drawer takes no coins."""
    if policy.deposit_rule == "per_sample":
        return policy.deposit_per_sample_fen * len(sample_values_fen)
    if policy.deposit_rule == "percent_of_value":
        fen = sum(sample_values_fen) * policy.deposit_percent / 100
        return int(-(-fen // 100) * 100)
    return 0


def end_of_local_day(day: date, tz: tzinfo) -> datetime:
    """Due dates fall at the end of a local day: 'due 3 Dec' means back by closing that day."""
    return datetime.combine(day, time(23, 59, 59), tzinfo=tz)


def due_at(now: datetime, policy: TierPolicy, tz: tzinfo, planned_stream_date: date | None = None) -> datetime:
    """Policy due date, or the day after the planned stream when given (within the policy window)."""
    today = now.astimezone(tz).date()
    latest = today + timedelta(days=policy.loan_days)
    if planned_stream_date is None:
        return end_of_local_day(latest, tz)
    if planned_stream_date < today:
        raise PlannedDateInvalid("in_past")
    day = planned_stream_date + timedelta(days=1)
    if day > latest:
        raise PlannedDateInvalid("beyond_policy", latest - timedelta(days=1))
    return end_of_local_day(day, tz)


def is_overdue(due: datetime, now: datetime) -> bool:
    return now > due


def days_overdue(due: datetime, now: datetime, tz: tzinfo) -> int:
    """Whole local days late: returned the morning after the due day is 1 day late."""
    if now <= due:
        return 0
    # at least 1: past the due instant is late, even in the last second before local midnight
    return max((now.astimezone(tz).date() - due.astimezone(tz).date()).days, 1)

