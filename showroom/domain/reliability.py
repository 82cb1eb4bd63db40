"""A streamer's reliability record and what it does to their limits.

Rule (documented for managers): a streamer with at least MIN_SAMPLES finished samples (returned or
lost) whose on-time rate is below MIN_ON_TIME_PERCENT borrows on the terms of the tier one rank
below theirs (its limit, loan days and deposit), until their record improves. The thresholds are
settings (reliability.min_samples, reliability.min_on_time_percent); the rule is off until a manager
sets a percentage, and MIN_ON_TIME_PERCENT is the value we recommend.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from showroom.domain.policy import TierPolicy

MIN_SAMPLES = 5
MIN_ON_TIME_PERCENT = 80


@dataclass(frozen=True)
class Reliability:
    returned_on_time: int  # samples back by their loan's due date
    returned_late: int  # samples back after it
    lost: int  # samples declared lost
    holding: int  # samples out now
    overdue_now: int  # of those, past due

    @property
    def finished(self) -> int:
        return self.returned_on_time + self.returned_late + self.lost

    @property
    def on_time_percent(self) -> int | None:
        """Whole percent of finished samples back on time; None before the first one is finished."""
        if not self.finished:
            return None
        return (100 * self.returned_on_time) // self.finished


@dataclass(frozen=True)
class ReliabilityRule:
    min_samples: int = MIN_SAMPLES
    min_on_time_percent: int = MIN_ON_TIME_PERCENT

    @property
    def is_on(self) -> bool:
        """A threshold of 0 % (the default) lowers nobody: no on-time rate is below it."""
        return self.min_on_time_percent > 0

    def is_below(self, record: Reliability) -> bool:
        rate = record.on_time_percent
        return record.finished >= self.min_samples and rate is not None and rate < self.min_on_time_percent


def effective_policy(
    own: TierPolicy, lower: TierPolicy | None, record: Reliability, rule: ReliabilityRule = ReliabilityRule()
) -> TierPolicy:
    """The terms a streamer borrows on: their tier's, or the tier below's when their record is poor.

    The overdue rules (block_on_overdue, allow_override) stay their own tier's; only the limits drop.
    """
    if lower is None or not rule.is_below(record):
        return own
    return replace(
        own,
        max_samples_out=min(own.max_samples_out, lower.max_samples_out),
        loan_days=min(own.loan_days, lower.loan_days),
        deposit_rule=lower.deposit_rule,
        deposit_per_sample_fen=lower.deposit_per_sample_fen,
        deposit_percent=lower.deposit_percent,
        deposit_rounding=lower.deposit_rounding,
        reduced_from=own.tier,
    )
