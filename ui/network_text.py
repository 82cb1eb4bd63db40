"""A streamer's standing in the other showrooms, in words, with how old the counter's copy of it is."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from showroom.domain.policy import NetworkStanding

translate = QCoreApplication.translate


def standing_text(network: NetworkStanding) -> str:
    """Where the streamer stands elsewhere: "2 samples overdue at 长沙直播样品间", one clause per fact."""
    parts = []
    if network.blacklisted_at:
        parts.append(translate("NetworkStanding", "blacklisted at {showroom}").format(showroom=network.blacklisted_at))
    for e in network.elsewhere:
        if e.suspended:
            parts.append(translate("NetworkStanding", "suspended at {showroom}").format(showroom=e.showroom))
        if e.overdue:
            text = (
                translate("NetworkStanding", "1 sample overdue at {showroom}")
                if e.overdue == 1
                else translate("NetworkStanding", "{count} samples overdue at {showroom}")
            )
            parts.append(text.format(count=e.overdue, showroom=e.showroom))
        elif e.holding:
            text = (
                translate("NetworkStanding", "holds 1 sample at {showroom}")
                if e.holding == 1
                else translate("NetworkStanding", "holds {count} samples at {showroom}")
            )
            parts.append(text.format(count=e.holding, showroom=e.showroom))
    if not parts:
        return translate("NetworkStanding", "nothing held in other showrooms")
    return translate("NetworkStanding", "; ").join(parts)


def age_text(as_of: datetime | None, now: datetime) -> str:
    """How old the counter's copy of the network standing is: "network standing as of 3 days ago"."""
    if as_of is None:
        return translate("NetworkStanding", "network standing not yet pulled from HQ")
    age = max(now - as_of, timedelta(0))
    days, hours, minutes = age.days, age // timedelta(hours=1), age // timedelta(minutes=1)
    if days:
        return (
            translate("NetworkStanding", "network standing as of 1 day ago")
            if days == 1
            else translate("NetworkStanding", "network standing as of {count} days ago").format(count=days)
        )
    if hours:
        return (
            translate("NetworkStanding", "network standing as of 1 hour ago")
            if hours == 1
            else translate("NetworkStanding", "network standing as of {count} hours ago").format(count=hours)
        )
    if minutes:
        return (
            translate("NetworkStanding", "network standing as of 1 minute ago")
            if minutes == 1
            else translate("NetworkStanding", "network standing as of {count} minutes ago").format(count=minutes)
        )
    return translate("NetworkStanding", "network standing as of a moment ago")


def holds_against(network: NetworkStanding | None) -> bool:
    """Worth a red colour: blacklisted, suspended or late somewhere else."""
    return network is not None and bool(network.blacklisted_at or network.suspended_at or network.overdue)
