"""Lending rules: who may take what, until when, against what deposit. Policies are data."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo

from kernel.lateness import days_overdue  # noqa: F401  (the domain's rule; HQ reads it from kernel)
from showroom.domain.errors import Block, PlannedDateInvalid
from showroom.domain.model import StreamerStatus
from showroom.domain.reasons import StatusReason


@dataclass(frozen=True)
class TierPolicy:
    tier: str
    max_samples_out: int
    loan_days: int
    deposit_rule: str  # none | per_sample | percent_of_value
    deposit_per_sample_fen: int = 0
    deposit_percent: int = 0
    deposit_rounding: str = "fen"  # fen | yuan | ten_yuan: the step a deposit is rounded up to
    block_on_overdue: bool = True
    allow_override: bool = True
    suspend_after_days_late: int | None = None  # automatic suspension; None = never
    lose_after_days_late: int | None = None  # automatic loss; None = never
    photo_required_for_damage: bool = False  # a return marked damaged is refused without a photo
    # lending by post (showroom.domain.mailing): no terms, no parcels
    may_post: bool = False
    post_limit: int = 0  # samples out by post at once
    post_days: int = 0  # days kept, counted from delivery
    return_transit_days: int = 0  # days a parcel may take either way
    reduced_from: str | None = None  # set when a poor on-time record lends on the tier below's terms


@dataclass(frozen=True)
class Standing:
    """What the counter needs to know about a streamer before lending."""

    status: str
    status_reason: str
    holding: int  # samples out now
    overdue: int  # of those, past due
    reason: StatusReason | None = None  # the status reason with its key, when the app wrote it


@dataclass(frozen=True)
class HeldElsewhere:
    """What another showroom of the network holds against the streamer, as last pulled from HQ."""

    showroom: str  # its name
    holding: int  # samples out there
    overdue: int  # of those, past due now
    suspended: bool


@dataclass(frozen=True)
class NetworkStanding:
    """The streamer's standing in the other showrooms, as the counter last pulled it (it may be offline)."""

    blacklisted_at: str  # the showroom that blacklisted them; "" when none did
    elsewhere: tuple[HeldElsewhere, ...]
    as_of: datetime | None  # when it was pulled whole; None: never yet

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
    overdue = standing.overdue + network.overdue
    if standing.status != StreamerStatus.BLACKLISTED and network.blacklisted_at:
        where = network.blacklisted_at
        return replace(
            standing,
            status=StreamerStatus.BLACKLISTED.value,
            status_reason=where,
            reason=StatusReason(where),
            overdue=overdue,
        )
    if standing.status == StreamerStatus.ACTIVE and network.suspended_at:
        where = ", ".join(network.suspended_at)
        return replace(
            standing,
            status=StreamerStatus.SUSPENDED.value,
            status_reason=where,
            reason=StatusReason(where),
            overdue=overdue,
        )
    return replace(standing, overdue=overdue)


def checkout_blocks(standing: Standing, policy: TierPolicy, basket_size: int) -> list[Block]:
    """Every reason to refuse this basket. Blacklisting can never be overridden at the counter."""
    blocks: list[Block] = []
    why = standing.reason or StatusReason(standing.status_reason)
    said = dict(reason=why.text, reason_key=why.key, reason_params=dict(why.params))
    if standing.status == StreamerStatus.BLACKLISTED:
        blocks.append(Block("blacklisted", overridable=False, **said))
    elif standing.status == StreamerStatus.SUSPENDED:
        blocks.append(Block("suspended", policy.allow_override, **said))
    if policy.block_on_overdue and standing.overdue > 0:
        blocks.append(Block("overdue", policy.allow_override, count=standing.overdue))
    if standing.holding + basket_size > policy.max_samples_out:
        blocks.append(
            Block(
                "over_limit", policy.allow_override, count=standing.holding + basket_size, limit=policy.max_samples_out
            )
        )
    return blocks


# A deposit is rounded up to a step the drawer can pay out in: to the fen (as computed), the yuan, or ¥10.
DEPOSIT_ROUNDING_STEPS = {"fen": 1, "yuan": 100, "ten_yuan": 1000}


@dataclass(frozen=True)
class DepositCalculation:
    """How a basket's deposit follows from the tier's rule: what the counter says and the receipt prints."""

    rule: str  # none | per_sample | percent_of_value
    rate: int  # the percent, or the fen per sample
    samples: int
    value_fen: int  # the basket's sample value (what a percent is taken of)
    share_centifen: int  # the exact amount before rounding, in hundredths of a fen
    rounding: str  # fen | yuan | ten_yuan
    deposit_fen: int  # the share rounded up to the rounding step

    @property
    def rounded(self) -> bool:
        """True when rounding changed the amount (the receipt then shows both)."""
        return self.deposit_fen * 100 != self.share_centifen


def _round_up(centifen: int, step_fen: int) -> int:
    step = step_fen * 100
    return -(-centifen // step) * step // 100


def deposit_calculation(policy: TierPolicy, sample_values_fen: list[int]) -> DepositCalculation:
    """The deposit the tier's rule asks for this basket."""
    rate = {"per_sample": policy.deposit_per_sample_fen, "percent_of_value": policy.deposit_percent}
    return calculate_deposit(
        policy.deposit_rule, rate.get(policy.deposit_rule, 0), policy.deposit_rounding, sample_values_fen
    )


def calculate_deposit(rule: str, rate: int, rounding: str, sample_values_fen: list[int]) -> DepositCalculation:
    """The rule's exact amount, rounded UP to the rounding step (a share of a fen is always rounded up
    to the fen, so the showroom never holds less than the rule says)."""
    values = list(sample_values_fen)
    share = {"per_sample": rate * len(values) * 100, "percent_of_value": sum(values) * rate}.get(rule, 0)
    step = DEPOSIT_ROUNDING_STEPS.get(rounding)
    if step is None:
        raise ValueError(f"unknown deposit rounding {rounding!r}")
    return DepositCalculation(
        rule=rule,
        rate=rate,
        samples=len(values),
        value_fen=sum(values),
        share_centifen=share,
        rounding=rounding,
        deposit_fen=_round_up(share, step),
    )


def deposit_for(policy: TierPolicy, sample_values_fen: list[int]) -> int:
    """Deposit in fen for a basket (see deposit_calculation for how it is reached)."""
    return deposit_calculation(policy, sample_values_fen).deposit_fen


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
