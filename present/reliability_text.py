"""A streamer's reliability record in one line, the same on the check-out panel and the streamer page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from present import labels
from showroom.domain.policy import TierPolicy
from showroom.domain.reliability import MIN_ON_TIME_PERCENT, Reliability

translate = QCoreApplication.translate


def reliability_line(record: Reliability | None, policy: TierPolicy | None = None) -> str:
    if record is None:
        return ""
    if record.on_time_percent is None:
        text = translate("Reliability", "No sample back yet")
    else:
        text = translate("Reliability", "{rate}% on time of {count} · {late} late · {lost} lost").format(
            rate=record.on_time_percent, count=record.finished, late=record.returned_late, lost=record.lost
        )
    text += translate("Reliability", " · holds {holding}").format(holding=record.holding)
    if policy is not None and policy.reduced_from:
        text += translate("Reliability", " · limits lowered from {tier} for a poor on-time record").format(
            tier=labels.tier(policy.reduced_from)
        )
    return text


def is_poor(record: Reliability | None, policy: TierPolicy | None = None) -> bool:
    """Worth a red colour: limits lowered, or samples lost, or fewer than 4 in 5 on time."""
    if record is None:
        return False
    rate = record.on_time_percent
    return bool((policy and policy.reduced_from) or record.lost or (rate is not None and rate < MIN_ON_TIME_PERCENT))
